import { describe, expect, it } from 'vitest';
import { voteByFunctionWords } from './functionWords';
import { chooseLanguage } from './language';

describe('voteByFunctionWords', () => {
  it.each([
    ['o relatorio do mes nao abre', 'pt'],
    ['het scherm doet niks meer', 'nl'],
    ['the button is grey again', 'en'],
    ['der Knopf ist wieder grau', 'de'],
    ['le bouton reste gris depuis hier', 'fr'],
    ['el boton sigue gris desde ayer', 'es'],
    ['il pulsante resta grigio anche oggi', 'it'],
  ])('%s -> %s', (text, lang) => {
    expect(voteByFunctionWords(text)?.lang).toBe(lang);
  });
  it('ignores words shared by two languages ("la", "do", "je", "su") and product terms', () => {
    expect(voteByFunctionWords('la su do je')).toBeUndefined();
    expect(voteByFunctionWords('Workfront Outlook token login')).toBeUndefined();
  });
  it('gives no winner on a tie', () => {
    expect(voteByFunctionWords('the der')).toBeUndefined();
  });
});

describe('chooseLanguage on short and mixed messages', () => {
  it.each([
    ['agenda laadt niet op mijn laptop', 'en-US', 'nl'],
    ['o app do banco nao abre', 'en-US', 'pt'],
    ['Unable to get the outlookIdentityToken dans le volet, je fais comment ?', 'en-US', 'fr'],
    ['Unable to get the outlookIdentityToken im Panel, was mache ich jetzt?', 'en-GB', 'de'],
    ['the sidebar token thing again', 'fr-FR', 'en'],
  ])('%s (%s) -> %s', (text, locale, lang) => {
    expect(chooseLanguage(text, locale).lang).toBe(lang);
  });
  it('keeps the locale when the words carry no language', () => {
    expect(chooseLanguage('help', 'fr-FR')).toEqual({ lang: 'fr', source: 'locale' });
    expect(chooseLanguage('Workfront Outlook token ??', 'nl-NL')).toEqual({ lang: 'nl', source: 'locale' });
  });
});
