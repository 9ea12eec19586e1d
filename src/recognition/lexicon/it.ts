import type { Lexicon } from './types';

export const it: Lexicon = {
  lang: 'it',
  addin: ['componente aggiuntivo', 'componenti aggiuntivi', 'componente', 'pannello', 'estensione', 'plugin', 'integrazione'],
  token: ['token', 'gettoni?'],
  identity: ['identita', 'di identita'],
  failure: [
    'accedere', 'accesso', 'autentica[a-z]*', 'non (?:si )?carica', 'non funziona', 'smesso di funzionare',
    'non (?:si )?apre', 'impossibile', 'non riesc[oe]', 'non riesce a ottenere', 'bloccat[oa]', 'si blocca', 'rott[oa]',
    'non (?:si )?(?:collega|connette)', 'non va(?: piu)?', 'non mi fa (?:accedere|entrare|collegare)',
    'non (?:riesco|riesce) (?:a|ad) (?:collegar|connett|entrar|acceder)[a-z]*', 'rest[ao] (?:bianc[oa]|vuot[oa])',
    'schermata bianca', 'mort[oa]', 'non parte', 'non si avvia',
  ],
  error: ['errori?', 'problema', 'guasto'],
  unexpectedError: ['errore imprevisto', 'errore inaspettato'],
  legacy: ['legacy', 'vecchi', 'precedenti', 'obsolet[io]', 'dismess[io]', 'disattivat[io]', 'ritirat[io]'],
  reenable: ['riattiv[a-z]*', 'abilitar(?:e|li) di nuovo', 'consentire', 'amministrator[ei]', 'admin'],
  exception: ['eccezione', 'deroga', 'proroga', 'scadenza', 'data limite', 'quando esattamente', 'da quando', 'per tutti'],
  human: [
    '(?:assistenza|controllo|accesso|sessione) remot[oa]', 'collegar(?:si|vi|mi) da remoto', 'da remoto sul mio',
    'parlare con (?:un |una |qualcuno|una persona |un operatore )*(?:operatore|agente|persona|umano|tecnico|qualcuno|supporto)',
    '(?:aprire|aprite|apri|apra|creare|crea) (?:un |una )?(?:ticket|caso|segnalazione|richiesta)', 'escal(?:are|ate|ation)', 'scal(?:are|ate|ato|ata|i|ino) (?:la |il |questa |questo |mia |mio |la mia |il mio )*(?:richiesta|ticket|problema|segnalazione|caso|pratica)',
    'mettermi in contatto', 'persona reale', 'essere umano', 'qualcuno del supporto', 'operatore umano',
    'passi (?:un|una) (?:operatore|tecnico|persona)', 'farmi richiamare', 'contattare (?:un|una) (?:operatore|tecnico|persona)',
    '(?:posso avere|vorrei|voglio|ho bisogno di|mi serve|mi passate|passatemi|mi passi) (?:parlare con )?(?:un |una )?(?:operatore|agente|tecnico|persona|umano|assistente|consulente)',
    'qualcuno (?:mi )?(?:chiami|richiami|contatti|possa chiamare)', '(?:chiamatemi|richiamatemi|contattatemi)',
    '(?:mi|ci) (?:fate|fa|faccia|potete|puo) (?:chiamare|richiamare|contattare)',
    '(?:c e|esiste|ci sarebbe) (?:qualcuno|una persona|un tecnico|un operatore|un umano)(?! (?:altro|che (?:sa|sappia|ha|abbia)|con))', '(?:ri)?chiamarmi', '(?:ri)?contattarmi', '(?:ri)?chiamateci', '(?:l it|l assistenza|il supporto|l helpdesk|l help desk|il service desk|un tecnico|qualcuno|i sistemi|l informatica|il reparto it|l ufficio it|l ufficio sistemi)(?: dell assistenza| del supporto| dell it)? (?:puo|potrebbe|possono|potrebbero|riesce a|deve|potete) (?:verificare|controllare|guardare|vedere|dare un occhiata|occuparsi|sistemare|passare|intervenire|chiamarmi|richiamarmi|contattarmi)', 'a chi (?:posso|devo|mi posso|mi devo|rivolgermi|chiedere|scrivere)', 'chi (?:posso|devo) (?:contattare|chiamare|sentire)', 'persona (?:vera|in carne e ossa)',
  ],
  otherWorkfront: ['timesheet', 'foglio ore', 'report', 'esport[a-z]*', 'excel', 'notifiche', 'mobile', 'calendario', 'sincronizz[a-z]*', 'revisore', 'bozz[ae]', 'password', 'inoltr[a-z]* (?:una |la |questa )?(?:mail|email|e mail|messaggio)'],
  commands: {
    help: ['aiuto', 'aiutami'],
    status: ['stato', 'il mio caso', 'stato del (?:mio )?(?:caso|ticket)'],
    cancel: ['annulla', 'annullare', 'lascia perdere'],
    cases: ['casi', 'casi aperti', 'ticket'],
    'register-channel': ['usa questo canale per (?:il )?supporto', 'usare questo canale per (?:il )?supporto', 'registra questo canale', 'questo e il canale di supporto'],
  },
};
