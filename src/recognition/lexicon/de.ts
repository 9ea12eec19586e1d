import type { Lexicon } from './types';

export const de: Lexicon = {
  lang: 'de',
  addin: ['add ?ins?', 'plug ?ins?', 'panels?', 'bereich', 'seitenleiste', 'erweiterung', 'integration'],
  token: ['tokens?', '[a-z]*token[a-z]*'],
  identity: ['identitat[a-z]*', 'identitats[a-z]*', 'id'],
  failure: [
    'anmeld[a-z]*', 'einloggen', 'login', 'authentifi[a-z]*', 'lad[t]? nicht', 'ladt (?:nicht|nicht mehr)', 'laden',
    'funktioniert (?:nicht|nicht mehr|gar nicht)', 'geht (?:nicht|nicht mehr)', 'kaputt', 'offnet (?:sich )?nicht',
    'kann nicht abgerufen', 'nicht abrufen', 'nicht (?:mehr )?abgerufen', 'abgesturzt', 'sturzt ab',
    'kein zugriff', 'nicht mehr', 'kein zugang', 'zugriff',
    'verbind(?:et|en)? (?:sich )?nicht', 'keine verbindung', 'will (?:sich )?nicht', 'streikt', 'spinnt', 'hangt', 'bleibt (?:leer|weiss|hangen)', 'funzt nicht', 'geht gar nicht', 'lasst mich nicht',
  ],
  error: ['fehler[a-z]*', '[a-z]*fehler', 'problem[a-z]*'],
  unexpectedError: ['unerwartete[rn]? fehler'],
  legacy: ['legacy', 'alte[nr]?', 'veraltete[nr]?', 'bisherige[nr]?', 'abgeschaltet', 'abschalt[a-z]*', 'eingestellt', 'abgedreht', 'ausgeschaltet', 'deaktiviert'],
  reenable: ['wieder (?:ein|an)schalten', 'wieder (?:ein|an|aktivier)[a-z]*', 'reaktivier[a-z]*', 'erlauben', 'zulassen', 'admin[a-z]*', 'administrator[a-z]*'],
  exception: ['ausnahme[a-z]*', 'frist', 'stichtag', 'verlangerung', 'ab wann', 'wann genau', 'bis wann', 'fur alle', 'deadline'],
  human: [
    'mit (?:einem |einer |jemandem )?(?:menschen|mensch|mitarbeiter[a-z]*|agenten|person|techniker|support)[a-z]* sprechen',
    '(?:brauche|mochte|will) (?:einen |eine )?(?:menschen|mensch|mitarbeiter|person|techniker|agenten)',
    'ticket (?:auf|er)?(?:machen|offnen|erstellen|anlegen)', 'ticket aufmachen', 'ticket eroffnen', '(?:ein )?ticket (?:bitte|anlegen)',
    'eskalier[a-z]*', 'verbinden sie mich', 'verbinde mich', 'echten menschen', 'jemand(?:en)? vom support', 'support mitarbeiter',
    'ruckruf', 'kann mich jemand anrufen', '(?:an|zu) einem menschen weiterleiten', 'support ?fall (?:eroffnen|anlegen)', 'mitarbeiter sprechen',
    'ansprechpartner[a-z]*', 'ansprechperson', '(?:an|zu) (?:einen|einem|eine|einer|jemand[a-z]*|den support|den service ?desk) [a-z ]{0,30}weiterleit[a-z]*', 'leite[a-z]* mich', 'mich (?:bitte )?weiterleiten', '(?:kann|konnte|wurde) mich [a-z ]{0,60}(?:an|zuruck)rufen', 'ruf(?:en sie|t)? mich (?:bitte )?(?:an|zuruck)', '(?:brauche|mochte|hatte gerne?|will) (?:einen |eine |jemanden )?(?:ansprechpartner|menschen|mitarbeiter|techniker|jemand[a-z]*)',
  ],
  otherWorkfront: ['stundenzettel', 'zeiterfassung', 'zeitblatt', 'bericht[a-z]*', 'export[a-z]*', 'excel', 'benachrichtigung[a-z]*', 'mobile', 'handy', 'kalender', 'synchronis[a-z]*', 'korrektur[a-z]*', 'passwort'],
  commands: {
    help: ['hilfe', 'hilf mir', 'helfen'],
    status: ['status', 'stand', 'mein fall', 'status meines (?:falls|tickets)'],
    cancel: ['abbrechen', 'stornieren', 'abbruch', 'vergiss es'],
    cases: ['falle', 'offene falle', 'alle falle', 'tickets'],
    'register-channel': ['diesen kanal fur (?:den )?support (?:verwenden|nutzen)', 'kanal registrieren', 'diesen kanal registrieren', 'das ist der support kanal'],
  },
};
