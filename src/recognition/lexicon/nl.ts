import type { Lexicon } from './types';

export const nl: Lexicon = {
  lang: 'nl',
  addin: ['invoegtoepassing(?:en)?', 'paneel', 'zijbalk', 'plug ?in', 'extensie', 'integratie'],
  token: ['tokens?', '[a-z]*token[a-z]*'],
  identity: ['identiteit[a-z]*'],
  failure: [
    'aanmelden', 'inloggen', 'authenticat[a-z]*', 'verificatie', 'laadt niet', 'laadt (?:niet )?meer', 'werkt niet',
    'werkt niet meer', 'opent niet', 'gaat niet (?:meer )?open', 'kan (?:de |het )?[a-z]* niet ophalen', 'niet ophalen',
    'kapot', 'vastgelopen', 'lukt niet',
    'doet (?:het )?(?:niet|niks)', 'niet (?:meer )?(?:verbinden|aanmelden|inloggen|openen|laden)', 'verbindt niet',
    'geen verbinding', 'stuk', 'blijft (?:leeg|wit|hangen|laden)', 'wil niet', 'lukt (?:het )?niet',
    'kan niet (?:meer )?(?:inloggen|aanmelden|verbinden)', 'in te (?:loggen|melden)', 'weiger[a-z]*',
    'inlog[a-z]*', 'authentic[a-z]*', 'logt (?:niet|nooit) (?:meer )?in', 'meldt (?:zich )?niet (?:meer )?aan',
  ],
  error: ['fout(?:en|melding)?', '[a-z]*fout', 'probleem'],
  unexpectedError: ['onverwachte fout'],
  legacy: ['verouderde?', 'oude', 'legacy', 'uitgefaseerd[a-z]*', 'uitgeschakeld'],
  reenable: ['weer aan ?zetten', 'zet [a-z ]*weer aan', 'opnieuw inschakelen', 'weer inschakelen', 'toestaan', 'beheerder[a-z]*', 'admin'],
  exception: ['uitzondering', 'deadline', 'termijn', 'uitstel', 'wanneer precies', 'vanaf wanneer', 'voor iedereen'],
  human: [
    'iemand (?:van [a-z ]+)?(?:spreken|bellen)', '(?:spreken|praten) met (?:een |iemand)?(?:medewerker|mens|persoon|agent|iemand|support)?',
    'met een (?:mens|medewerker|persoon)', '(?:ticket|melding) (?:aanmaken|openen|maken)', '(?:maak|open) (?:een )?(?:ticket|melding)',
    'escaleren', 'echt mens', 'kan iemand (?:mij|me) bellen', 'doorverbinden', 'een mens', 'echte persoon', 'helpdesk medewerker',
    '(?:mag|kan|wil|zou) (?:ik )?(?:graag )?(?:een |iemand )?(?:medewerker|mens|persoon|agent|specialist)',
    'graag (?:een )?(?:medewerker|mens)', 'iemand (?:mij|me) (?:terug)?bellen', 'bel (?:mij|me)', 'terugbellen',
    'contact (?:met (?:mij|me|ons) )?(?:op)?nemen', 'neem contact',
    'is er (?:iemand|een (?:medewerker|mens|persoon|specialist|technicus|collega|supportmedewerker))(?! (?:anders|nog|die (?:weet|dit ook|ook|het ook)|met))', 'verbind (?:me|mij) (?:[a-z]+ )?door', 'doorverbind[a-z]*', '(?:kan|kunnen|zou|wil|willen) (?:de |het )?(?:ict|it|helpdesk|servicedesk|support|iemand|een medewerker|een technicus|ict afdeling|it afdeling)[a-z ]{0,30}(?:kijken|controleren|nakijken|checken|bellen|langskomen|uitzoeken)', 'bij wie (?:kan|moet|kun) (?:ik|je|we)', 'wie (?:kan|moet|mag) ik (?:bellen|mailen|contacteren|benaderen|spreken|aanschrijven)', 'echt(?:e)? (?:persoon|mens)', '(?:ik|we|wij) (?:heb|hebben) (?:een |dringend |echt )*(?:technicus|medewerker|mens|specialist|iemand)[a-z ]{0,20}nodig', '(?:maak|open|leg|registreer) (?:(?:alsjeblieft|aub|even|graag|snel|voor mij|voor me|u|jij|jullie) )*(?:een )?(?:ticket|melding|incident|storingsmelding)',
  ],
  otherWorkfront: ['urenstaat', 'urenregistratie', 'rapport[a-z]*', 'exporteren', 'excel', 'meldingen', 'notificaties', 'mobiele', 'agenda', 'synchronis[a-z]*', 'proef', 'wachtwoord', 'doorstur[a-z]* (?:een |de |deze )?(?:mail|e mail|bericht)', '(?:mail|e mail|bericht) doorstur[a-z]*'],
  commands: {
    help: ['hulp', 'help'],
    status: ['status', 'mijn zaak', 'status van mijn (?:zaak|ticket|melding)'],
    cancel: ['annuleren', 'annuleer', 'stop'],
    cases: ['zaken', 'meldingen', 'open zaken', 'tickets'],
    'register-channel': ['gebruik dit kanaal voor (?:support|ondersteuning)', 'dit kanaal (?:registreren|gebruiken voor support)', 'registreer dit kanaal', 'dit is het supportkanaal'],
  },
};
