import type { Lexicon } from './types';

export const fr: Lexicon = {
  lang: 'fr',
  addin: ['complements?', 'compl', 'volets?', 'panneau', 'module', 'extension', 'greffon'],
  token: ['jetons?', 'tokens?'],
  identity: ['identite', 'd identite', 'identification'],
  failure: [
    's authentifier', 'authentifi[a-z]*', 'se connecter', 'connexion', 'me connecter', 'charge(?:r|ment)?', 'se charge',
    'ne (?:marche|fonctionne|s ouvre|charge|repond) (?:plus|pas)', 'refuse de', 'plante', 'bloque', 'impossible d', 'acceder', 'pas acces', 'erreur au chargement',
    'n arrive (?:plus|pas) a', 'ne s ouvre', 'au demarrage', 'en panne', 'morte?',
    'cass(?:e|ee|es|ees)', 'ne (?:se )?connecte (?:plus|pas)', 'hors service', 'hs', 'ne veut (?:plus|pas)', 'rien ne (?:marche|fonctionne|s affiche)', 'plus moyen d', 'tourne dans le vide', 'page blanche', 'reste (?:vide|blanc|blanche)',
  ],
  error: ['erreurs?', 'probleme', 'souci', 'bug'],
  unexpectedError: ['erreur inattendue'],
  legacy: ['herites?', 'heritage', 'anciens?', 'ancienne', 'obsoletes?', 'legacy', 'retir[a-z]*', 'desactiv[a-z]*'],
  reenable: ['reactiv[a-z]*', 'remettre', 'rallumer', 'autoriser', 'activer a nouveau', 'admin[a-z]*', 'administrat[a-z]*'],
  exception: ['exception', 'derogation', 'date limite', 'echeance', 'delai', 'a partir de quand', 'quand', 'pour tout le monde', 'fin du support', 'prolongation', 'plus de temps', 'supprim[a-z]*', 'abandonn[a-z]*'],
  human: [
    'parler (?:a|avec) (?:un |une |quelqu un|une vraie |un vrai )*(?:agent|humain|personne|conseiller|technicien|quelqu un|support|operateur)',
    'passer quelqu un', 'besoin d (?:un|une) (?:humain|agent|personne|technicien|conseiller)',
    '(?:ouvrir|creer|ouvrez|creez) (?:un |une )?(?:ticket|incident|dossier|demande)', 'escalad[a-z]*', 'escalader',
    'mettre en (?:relation|contact)', 'mettez moi en relation', '(?:contacter|joindre) le support', 'un vrai humain',
    'quelqu un du support', 'un etre humain', '(?:je veux|je voudrais) un (?:humain|technicien|agent)', 'me rappeler', 'transferez moi', 'contacter un (?:agent|technicien|conseiller)',
    'un humain', '(?:un|une) (?:agent|technicien|conseiller|operateur|interlocuteur)(?: humain)? (?:svp|stp|s il (?:vous|te) plait|please|merci)', '(?:veux|voudrais|aimerais|besoin d|faudrait|peux avoir|pourrais avoir) (?:parler (?:a|avec) )?(?:un |une )?(?:vrai |vraie )?(?:humain|agent|technicien|conseiller|operateur|interlocuteur|personne)', 'quelqu un (?:pour )?(?:me|m) (?:rappeler|appeler|contacter)', '(?:appelez|rappelez|contactez) moi', 'me recontacter',
  ],
  otherWorkfront: ['feuilles? de temps', 'relecteur', 'epreuves?', 'rapports?', 'exporter', 'excel', 'notifications?', 'mobile', 'android', 'iphone', 'calendrier', 'agenda', 'synchronis[a-z]*', 'sur le web', 'sso', 'mot de passe'],
  commands: {
    help: ['aide', 'aidez moi', 'aide moi', 'au secours'],
    status: ['statut', 'etat', 'mon dossier', 'statut de mon (?:dossier|ticket)', 'ou en est mon (?:dossier|ticket)'],
    cancel: ['annuler', 'annule', 'annuler (?:ma demande|mon dossier|mon ticket)', 'laisse tomber'],
    cases: ['dossiers', 'les dossiers', 'cas', 'tickets', 'dossiers ouverts'],
    'register-channel': ['utiliser ce canal pour le support', 'utilise ce canal pour le support', 'enregistrer ce canal', 'ce canal est le canal de support', 'definir ce canal comme canal de support'],
  },
};
