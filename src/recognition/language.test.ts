import { describe, expect, it } from 'vitest';
import { chooseLanguage, langFromLocale } from './language';

describe('langFromLocale', () => {
  it.each([['pt-BR', 'pt'], ['fr_CA', 'fr'], ['ZH-tw', 'zh'], ['en', 'en'], ['ru-RU', undefined], ['', undefined], [undefined, undefined]])('%s -> %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe('chooseLanguage', () => {
  const sentences: Array<[string, string]> = [
    ['The Workfront panel keeps failing when I open it in the morning', 'en'],
    ['Le panneau Workfront plante chaque matin quand je l\'ouvre', 'fr'],
    ['Das Workfront-Fenster stürzt jeden Morgen beim Öffnen ab', 'de'],
    ['El panel de Workfront se cae cada mañana cuando lo abro', 'es'],
    ['Il pannello di Workfront si blocca ogni mattina quando lo apro', 'it'],
    ['O painel do Workfront trava toda manhã quando eu abro', 'pt'],
    ['Het Workfront-venster loopt elke ochtend vast als ik het open', 'nl'],
    ['毎朝Workfrontのパネルが固まります', 'ja'],
    ['매일 아침 Workfront 패널이 멈춰요', 'ko'],
    ['每天早上 Workfront 面板都会卡住', 'zh'],
    ['每天早上 Workfront 面板都會卡住', 'zh'],
  ];
  it.each(sentences)('detects the language of: %s', (text, lang) => {
    expect(chooseLanguage(text, 'en-US')).toEqual({ lang, source: 'text' });
  });
  it('lets the user\'s words win over a pasted English error and an English locale', () => {
    const text = 'Unexpected error — Unable to get the outlookIdentityToken. Je ne peux plus rien faire dans Outlook depuis hier.';
    expect(chooseLanguage(text, 'en-US').lang).toBe('fr');
  });
  it('follows the message when the locale does not match it', () => {
    expect(chooseLanguage('Ich kann Workfront in Outlook seit gestern nicht mehr benutzen', 'fr-FR').lang).toBe('de');
  });
  it('counts short prepositions and words of time, which survive in terse messages', () => {
    expect(chooseLanguage('Fehler beim Start vom Workfront Panel, seit heute', 'en-US').lang).toBe('de');
    expect(chooseLanguage('errore su workfront in outlook da stamattina, anche oggi', 'en-US').lang).toBe('it');
    expect(chooseLanguage('erro no workfront desde ontem, hoje também', 'en-US').lang).toBe('pt');
  });

  it('ignores the token name written in pieces, which is English-looking but technical', () => {
    expect(chooseLanguage('el complemento falla con algo de outlook-identity-token no encontrado', 'en-US').lang).toBe('es');
  });

  it('falls back to the locale for short messages', () => {
    expect(chooseLanguage('help', 'pt-BR')).toEqual({ lang: 'pt', source: 'locale' });
    expect(chooseLanguage('outlookIdentityToken ??', 'it-IT')).toEqual({ lang: 'it', source: 'locale' });
  });
  it('recognizes greetings and thanks that belong to one language', () => {
    expect(chooseLanguage('merci !', 'en-US')).toEqual({ lang: 'fr', source: 'text' });
    expect(chooseLanguage('Danke schön', 'en-US')).toEqual({ lang: 'de', source: 'text' });
    expect(chooseLanguage('Obrigada', 'es-ES')).toEqual({ lang: 'pt', source: 'text' });
  });
  it('falls back to English without a usable locale', () => {
    expect(chooseLanguage('ok', 'ru-RU')).toEqual({ lang: 'en', source: 'default' });
    expect(chooseLanguage('', undefined)).toEqual({ lang: 'en', source: 'default' });
  });
});

// Sentences written for these tests only.
describe('short messages told by the problem\'s own words', () => {
  it.each([
    ['Workfront in Outlook: foutmelding', 'en-US', 'nl'],
    ['workfront no outlook parou de logar', 'es-ES', 'pt'],
    ['workfront en outlook no conecta', 'en-US', 'es'],
    ['outlook workfront anmeldung kaputt', 'en-US', 'de'],
    ['Workfront Outlook: erreur de connexion', 'en-US', 'fr'],
  ] as const)('%s (locale %s) is %s', (text, locale, lang) => {
    expect(chooseLanguage(text, locale)).toEqual({ lang, source: 'text' });
  });

  it('words of two languages tell nothing: the locale decides', () => {
    expect(chooseLanguage('workfront outlook error fehler', 'it-IT')).toEqual({ lang: 'it', source: 'locale' });
  });
});

describe('pasted dialogs', () => {
  it('request ids, dates and times do not count as words', () => {
    const pasted = 'Questo è il messaggio che vedo:\nUnexpected error\nUnable to get the outlookIdentityToken\nRequest ID: 4b1e7c2a-9d03-4f6e-8a15-c2d7e9f0a6b3\n12/11/2025 09:41';
    expect(chooseLanguage(pasted, 'it-IT')).toEqual({ lang: 'it', source: 'text' });
  });

  it('the product\'s English name ("Workfront for Outlook") does not make a message English', () => {
    expect(chooseLanguage('Foutmelding: Unable to get the outlookIdentityToken (Workfront for Outlook)', 'nl-BE').lang).toBe('nl');
    expect(chooseLanguage('Erro Unable to get the outlookIdentityToken no Workfront for Outlook', 'pt-PT').lang).toBe('pt');
  });

  it('"da" is Italian as much as Portuguese, and "ds" is French chat for "dans"', () => {
    expect(chooseLanguage('in outlook wf mi da Unexpected error', 'it-IT').lang).toBe('it');
    expect(chooseLanguage('wf ds outlook me met Unexpected error', 'fr-FR').lang).toBe('fr');
  });

  it('ignores the product names when mistyped', () => {
    expect(chooseLanguage('workfornt en outlok no me deja entrar', 'es-ES').lang).toBe('es');
  });
});
