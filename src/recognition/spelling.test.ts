import { describe, expect, it } from 'vitest';
import { recognize } from './recognize';
import { correctProductNames, correctRequestWords, oneEditApart } from './spelling';

describe('oneEditApart', () => {
  it.each([
    ['tiket', 'ticket'], ['tickte', 'ticket'], ['tivket', 'ticket'], ['ticckt', 'tickt'], ['persno', 'person'], ['xperson', 'person'],
  ])('%s / %s: one edit', (a, b) => {
    expect(oneEditApart(a, b)).toBe(true);
    expect(oneEditApart(b, a)).toBe(true);
  });

  it.each([['ticket', 'ticket'], ['tckte', 'ticket'], ['prsno', 'person'], ['human', 'humane ok']])('%s / %s: not one edit', (a, b) => {
    expect(oneEditApart(a, b)).toBe(false);
  });
});

describe('correctRequestWords', () => {
  it('reads a word one typo from a request word as that word', () => {
    expect(correctRequestWords(' please raise a tikcet for me ')).toBe(' please raise a ticket for me ');
    expect(correctRequestWords(' quiero hablar con un operdor ')).toBe(' quiero hablar con un operador ');
  });

  it('leaves real words, short words and words two typos away as written', () => {
    for (const text of [' my personal token ', ' the iphone app ', ' la gente dice ', ' tkt pls ', ' open a tkciet ', ' tem algum outro jeito ', ' falta alguma coisa ']) {
      expect(correctRequestWords(text)).toBe(text);
    }
  });
});

// Sentences written for these tests only.
describe('requests for a person typed in a hurry', () => {
  it.each([
    'workfront outlook keeps saying unexpected error, can you open a tikcet',
    'Workfront dans Outlook : unexpected error, je veux parler à un technicein',
    'Workfront in Outlook: unexpected error. Bitte verbinden Sie mich mit einem Mitarbeiterr',
    'workfront en outlook da unexpected error, quiero hablar con una perosna',
    'Workfront in Outlook dà unexpected error, vorrei un operatroe',
    'workfront no outlook dá unexpected error, quero falar com um atendnete',
    'workfront in outlook geeft unexpected error, kan een medewerkre me bellen',
  ])('%s', (text) => {
    expect(recognize(text)).toMatchObject({ topic: 'token-error', wantsHuman: true });
  });

  it('a reported call stays reported', () => {
    expect(recognize('Ho già chiamato il supporto per Workfront in Outlook, unexpected error').wantsHuman).toBe(false);
  });
});

describe('correctProductNames', () => {
  it('fixes one typing error in the product names and leaves other words', () => {
    expect(correctProductNames(' workfornt in outlok and wokrfront in outllook ')).toBe(' workfront in outlook and workfront in outlook ');
    expect(correctProductNames(' workflow outlet outbox workfront outlook ')).toBe(' workflow outlet outbox workfront outlook ');
  });
});
