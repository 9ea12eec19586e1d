import type { Lexicon } from './types';

export const de: Lexicon = {
  lang: 'de',
  addin: ['add ?ins?', 'plug ?ins?', 'panels?', 'bereich', 'seitenleiste', 'erweiterung', 'integration'],
  token: ['tokens?', '[a-z]*token[a-z]*'],
  identity: ['identitat[a-z]*', 'identitats[a-z]*', 'id'],
  failure: [
    'anmeld[a-z]*', '(?:meldet|melde) (?:sich|mich) [a-z ]{0,20}nicht (?:mehr )?an', 'einloggen', 'login', 'authentifi[a-z]*', 'lad[t]? nicht', 'ladt (?:nicht|nicht mehr)', 'laden',
    'funktioniert (?:nicht|nicht mehr|gar nicht)', 'geht (?:[a-z]+ ){0,3}nicht', 'kaputt', 'offnet (?:sich )?nicht',
    'kann nicht abgerufen', 'nicht abrufen', 'nicht (?:mehr )?abgerufen', 'abgesturzt', 'sturzt ab',
    'kein zugriff', 'nicht mehr', 'kein zugang', 'zugriff',
    'verbind(?:et|en)? (?:sich )?nicht', 'keine verbindung', 'will (?:sich )?nicht', 'streikt', 'spinnt', 'hangt',
    'bleibt (?:leer|weiss|hangen)', 'funzt nicht', 'geht gar nicht', 'lasst mich nicht',
  ],
  error: ['fehler[a-z]*', '[a-z]*fehler', 'problem[a-z]*'],
  unexpectedError: ['unerwartete[rn]? fehler'],
  legacy: ['legacy', 'alte[nr]?', 'veraltete[nr]?', 'bisherige[nr]?', 'abgeschaltet', 'abschalt[a-z]*', 'eingestellt', 'abgedreht', 'ausgeschaltet', 'deaktiviert'],
  reenable: ['wieder (?:ein|an)schalten', 'wieder (?:ein|an|aktivier)[a-z]*', 'reaktivier[a-z]*', 'erlauben', 'zulassen', 'admin[a-z]*', 'administrator[a-z]*'],
  exception: ['ausnahme[a-z]*', 'frist', 'stichtag', 'verlangerung', 'ab wann', 'wann genau', 'bis wann', 'fur alle', 'deadline'],
  human: [
    'fernwartung', 'fernzugriff', 'per fernzugriff', 'auf (?:meinen|meine|mein) (?:rechner|pc|laptop|bildschirm) (?:auf)?schalten', 'aufschalten',
    'mit (?:einem |einer |jemandem )?(?:menschen|mensch|mitarbeiter[a-z]*|agenten|person|techniker|support)[a-z]* sprechen',
    '(?:brauche|mo(?:e)?chte|will) (?:einen |eine )?(?:menschen|mensch|mitarbeiter|person|techniker|agenten)',
    'ticket (?:auf|er)?(?:machen|o(?:e)?ffnen|erstellen|anlegen)', 'ticket aufmachen', 'ticket ero(?:e)?ffnen', '(?:ein )?ticket (?:bitte|anlegen)',
    'eskalier[a-z]*', 'verbinden sie mich', 'verbinde mich', 'echten menschen', 'jemand(?:en)? vom support', 'support mitarbeiter',
    'ru(?:e)?ckruf', 'kann mich jemand anrufen', '(?:an|zu) einem menschen weiterleiten', 'support ?fall (?:ero(?:e)?ffnen|anlegen)',
    'mitarbeiter sprechen',
    'ansprechpartner[a-z]*', 'ansprechperson',
    '(?:an|zu) (?:einen|einem|eine|einer|jemand[a-z]*|den support|den service ?desk) [a-z ]{0,30}weiterleit[a-z]*',
    'leite[a-z]* mich',
    // separable verbs: "leite das an einen Kollegen weiter", "gib es bitte an den Support weiter"
    '(?<!ich |wir )(?:leite|leitet|leiten sie|gib|gebt|geben sie|reich|reicht|reichen sie) [a-z ]{0,40}(?:an|zu|zum|zur) (?:(?:einen|einem|eine|einer|den|dem|der|die|das|jemand[a-z]*) )?(?:[a-z]+ )?(?:mitarbeiter|techniker|kolleg|support|mensch|experte|expertin|agent|person|helpdesk|service ?desk|it|second level|admin)[a-z]* weiter', 'mich (?:bitte )?weiterleiten', '(?:kann|ko(?:e)?nnte|wu(?:e)?rde) mich [a-z ]{0,60}(?:an|zuru(?:e)?ck)rufen',
    'ruf(?:en sie|t)? mich (?:bitte )?(?:an|zuru(?:e)?ck)',
    '(?:brauche|mo(?:e)?chte|ha(?:e)?tte gerne?|will) (?:einen |eine |jemanden )?(?:ansprechpartner|menschen|mitarbeiter|techniker|jemand[a-z]*)',
    '(?:techniker|mitarbeiter|jemand|support|kollege)[a-z]* [a-z ]{0,30}(?:bei mir )?(?:melden|kontaktieren)',
    '(?:melde|meldet|melden sie) sich (?:bitte )?bei mir',
    // modal + subject ... verb at the clause end: the middle field ("vom Helpdesk sich das ganze Problem") can be long
    'gibt es (?:hier )?(?:jemand[a-z]*|einen (?:mitarbeiter|techniker|menschen|ansprechpartner|kollegen)|eine (?:person|mitarbeiterin|technikerin))(?! (?:anderes|anders|sonst|noch|der (?:weiss|das auch|auch|schon)|mit))', 'an wen [a-z ]{0,20}(?:wenden|melden)', 'wen (?:kann|soll|muss|ko(?:e)?nnte) ich (?:kontaktieren|anrufen|fragen|ansprechen|anschreiben)', '(?:kann|ko(?:e)?nnte|ko(?:e)?nnten|soll|wu(?:e)?rde|mo(?:e)?chte) (?:(?:sich|bitte|mal|vielleicht|nicht) )*(?:die it|der support|der service ?desk|der helpdesk|ein techniker|ein mitarbeiter|ein(?:e)? (?:kolleg(?:e|in)|expert(?:e|in)|mensch|technikerin|mitarbeiterin)|jemand[a-z]*|ihr|die it abteilung|das it team|der it support)[a-z ]{0,70}(?:pru(?:e)?fen|anschauen|ansehen|nachsehen|ku(?:e)?mmern|checken|untersuchen|draufschauen|drauf schauen|vorbeikommen|uberprufen|reinschauen)', 'stellen sie mich durch', 'mich mit (?:einem |einer |jemand[a-z]* |dem |der )[a-z ]{0,30}verbinden', 'durchstellen', '(?:echte[nr]? )?mensch(?:en)? aus fleisch und blut',
  ],
  otherWorkfront: ['stundenzettel', 'zeiterfassung', 'zeitblatt', 'bericht[a-z]*', 'export[a-z]*', 'excel', 'benachrichtigung[a-z]*', 'mobile', 'handy', 'kalender', 'synchronis[a-z]*', 'korrektur[a-z]*', 'passwort', '(?:mail|e mail|nachricht)[a-z ]{0,40}weiterleit[a-z]*'],
  commands: {
    help: ['hilfe', 'hilf mir', 'helfen'],
    status: ['status', 'stand', 'mein fall', 'status meines (?:falls|tickets)'],
    cancel: ['abbrechen', 'stornieren', 'abbruch', 'vergiss es'],
    cases: ['falle', 'offene falle', 'alle falle', 'tickets'],
    'register-channel': ['diesen kanal fur (?:den )?support (?:verwenden|nutzen)', 'kanal registrieren', 'diesen kanal registrieren', 'das ist der support kanal'],
  },
};
