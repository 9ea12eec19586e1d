/**
 * The words a request for a person turns on, in the Latin-script languages, as normalized text
 * spells them (lowercase, no accents). A word one typo away from one of these ("tikcet", "persn",
 * "operatroe", "chamdo") is read as it (see spelling.ts). Five letters or more: shorter words
 * have too many real neighbours.
 */
export const REQUEST_WORDS: readonly string[] = [
  // en
  'ticket', 'person', 'human', 'agent', 'operator', 'technician', 'someone', 'somebody', 'escalate', 'phone', 'speak',
  // fr
  'personne', 'humain', 'conseiller', 'technicien', 'operateur', 'appeler', 'rappeler', 'parler', 'quelqu',
  // de
  'mensch', 'menschen', 'mitarbeiter', 'techniker', 'jemand', 'jemanden', 'anrufen', 'zuruckrufen', 'ansprechpartner', 'sprechen',
  // es
  'persona', 'humano', 'agente', 'operador', 'tecnico', 'alguien', 'llamar', 'llamen', 'hablar',
  // it
  'umano', 'operatore', 'qualcuno', 'chiamare', 'chiamata', 'parlare',
  // pt
  'chamado', 'pessoa', 'atendente', 'alguem', 'falar', 'ligue',
  // nl
  'persoon', 'medewerker', 'technicus', 'iemand', 'bellen', 'spreken',
];

/** Real words one edit from a request word, which must stay as written. */
export const NOT_TYPOS: readonly string[] = [
  'personal', 'personas', 'persons', 'agence', 'agents', 'agentes', 'humana', 'humans', 'humanos', 'tecnica', 'tecnicos', 'tecnicas',
  'llamas', 'llama', 'llame', 'hablan', 'parle', 'parlar', 'phones', 'speaks', 'tickets', 'niemand', 'calling', 'iphone',
  'sigue', 'personnel', 'personnes', 'quelque', 'quelques', 'perso', 'pessoal', 'jemandem', 'gente', 'persone', 'umane', 'abrufen', 'chamada',
  // past forms ("called") must stay past: a reported call is not a request
  'appele', 'rappele', 'phoned', 'escalated', 'escalates', 'chiamato', 'liguei',
  // "qualcun altro" (someone else) is a phrase of its own
  'qualcun',
  // determiners and other words one letter from a request word ("tem algum outro jeito": is there some other way)
  'algum', 'alguma', 'algun', 'alguna', 'algumas', 'alguns', 'falta',
];
