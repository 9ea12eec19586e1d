import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';

// Sentences written for these tests only (not taken from any corpus). Each group covers one
// grammatical construction of asking for a person, plus look-alikes that must NOT count.
describe('constructions that ask for a person', () => {
  it.each([
    // Spanish clitic before the verb, question form
    '¿nos comunican con un asesor? el complemento Workfront de Outlook da error de token',
    'me podrian pasar con alguien de sistemas, Workfront en Outlook no obtiene el token',
    // German separable verb "weiterleiten / weitergeben" with the particle at the clause end
    'Leitet mein Anliegen bitte an die IT weiter, Workfront in Outlook hat einen Tokenfehler',
    'Geben Sie das bitte zur Expertin weiter: Tokenfehler im Workfront-Add-in von Outlook',
    // German umlaut typed as ae/oe/ue, and a long middle field before the verb
    'Wuerde eine Kollegin aus dem Service Desk sich bitte meinen Workfront-Outlook-Tokenfehler ansehen?',
    'Moechte mit einem Techniker sprechen, Workfront in Outlook zeigt Tokenfehler',
    // Japanese: make a ticket, plain verb 作る
    'Outlook の Workfront でトークンのエラー。インシデントを作っていただけますか',
    // English: "put ... thru", "pass ... on to"
    'could u put us thru to a tech? workfront outlook token error',
    'please pass my ticket on to the helpdesk, workfront in outlook has a token error',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });
});

describe('look-alikes of those constructions that are NOT a request', () => {
  it.each([
    'esto es lo que me pasa con Workfront en Outlook: error de token',
    'Wir leiten die Mail an den Support weiter, seit heute Tokenfehler bei Workfront in Outlook',
    'Workfront Outlook トークンのエラー、ケースを作ってみたけど同じでした',
    'I passed it on to my manager already, workfront outlook token error',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: false });
  });
});
