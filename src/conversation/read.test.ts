import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ANALYZED_CHARS } from '../recognition/normalize';
import { EXAMPLES } from './examples';
import { readInContext } from './read';
import { FOLLOW_UP_TOPICS, LANGS } from '../knowledge/types';

const kindOf = (text: string) => readInContext(text).kind;
const topicOf = (text: string) => {
  const reading = readInContext(text);
  return reading.kind === 'question' ? reading.topic : `not a question (${reading.kind})`;
};

describe('word families are composed, not listed', () => {
  it('a negation reaches its verb across fillers, in either order', () => {
    for (const text of ['it did not really help', 'didnt seem to change anything', 'hilft leider gar nicht', 'no me ha servido', 'ça n’a vraiment rien changé', 'het heeft echt niet geholpen', 'funciona não'])
      expect(kindOf(text), text).toBe('not-helped');
  });

  it('a negation near some other verb is not a report that the answer failed', () => {
    expect(kindOf("I don't know what changed")).not.toBe('not-helped');
    expect(kindOf('no problem, thanks')).toBe('ack');
    expect(kindOf('no thanks')).toBe('ack');
  });

  it('"still/again/same" near a failure word, within a few words, in every script', () => {
    for (const text of ['still getting that error', 'the error is back again', 'toujours cette erreur', 'wieder ein Fehler', 'まだエラーになる', '又报错了'])
      expect(kindOf(text), text).toBe('not-helped');
  });

  it('"when" alone, or "how long", asks when it will work again', () => {
    for (const text of ['when?', 'and when', 'quand ?', 'wann denn?', 'いつ？', 'for how long?', 'wie lange noch'])
      expect(topicOf(text), text).toBe('when-fixed');
  });
});

describe('which reading wins', () => {
  it('a question with a topic wins over thanks and over "it fails"', () => {
    expect(topicOf('thanks, but when will it be fixed?')).toBe('when-fixed');
    expect(topicOf("it doesn't work in outlook, can I use the browser?")).toBe('browser');
  });

  it('thanks or ok without a question is an acknowledgement, even naming a topic', () => {
    expect(kindOf('ok thanks, I will use the browser')).toBe('ack');
    expect(kindOf('danke, dann frage ich den Admin')).toBe('ack');
  });

  it('a report that it still fails wins over thanks', () => {
    expect(kindOf('thanks but it still fails')).toBe('not-helped');
    expect(kindOf('merci mais toujours la même erreur')).toBe('not-helped');
  });

  it('"why doesn\'t it work?" asks the cause; "why is it still not working?" reports that it did not help', () => {
    expect(topicOf("why doesn't it work?")).toBe('why');
    expect(kindOf('why is it still not working?')).toBe('not-helped');
    expect(topicOf('warum geht das nicht?')).toBe('why');
    expect(kindOf('warum geht das immer noch nicht?')).toBe('not-helped');
  });

  it('it works now is an acknowledgement; it is not fixed is not', () => {
    expect(kindOf('works now!')).toBe('ack');
    expect(kindOf('not fixed')).toBe('not-helped');
    expect(kindOf('ça remarche')).toBe('ack');
  });

  it('a subject of its own is not a follow-up, even with a topic word in it', () => {
    expect(kindOf('is the canteen open online?')).toBe('unrelated');
    expect(kindOf('my printer stopped working again')).toBe('unrelated');
    expect(kindOf('my phone screen cracked')).toBe('unrelated');
  });

  it('another add-in is another subject, unless the question points back at this one', () => {
    expect(kindOf('the salesforce add-in also crashes')).toBe('unrelated');
    expect(kindOf('is the salesforce add-in affected by this too?')).toBe('question');
  });

  it('Workfront named for another of its areas is another subject', () => {
    expect(kindOf('how do I approve a timesheet in workfront?')).toBe('unrelated');
    expect(kindOf('does this affect my workfront timesheets?')).toBe('question');
  });

  it('a question about the problem that no answer covers has no topic', () => {
    for (const text of ['is there a KB article about this?', 'does that affect the outlook calendar too?', 'and then?'])
      expect(topicOf(text), text).toBeUndefined();
  });
});

describe('another subject, even in this problem’s words', () => {
  it('another kind of token is not this one', () => {
    for (const text of ['my github token expired', 'mon jeton MFA ne marche plus', 'der RSA-Token zeigt keinen Code mehr'])
      expect(kindOf(text), text).toBe('unrelated');
  });

  it('"the add-in" of another vendor is that add-in', () => {
    expect(kindOf('the Grammarly add-in keeps crashing')).toBe('unrelated');
    expect(kindOf('el complemento de Jira tampoco carga')).toBe('unrelated');
  });

  it('another app’s own trouble is its own', () => {
    expect(kindOf('OneDrive keeps asking me to sign in again')).toBe('unrelated');
    expect(kindOf('the Teams app is slow today')).toBe('unrelated');
    expect(topicOf('what do the other teams use now?')).toBe('alternatives');
  });

  it('a greeting alone, or a question about the bot, is small talk', () => {
    for (const text of ['hello', 'guten Morgen', '你好', 'what can you do?', 'qui es-tu ?']) expect(kindOf(text), text).toBe('unrelated');
    expect(kindOf('hi, still not working')).toBe('not-helped');
  });
});

describe('words that mean something else in another language', () => {
  it('an ok-word acknowledges when it is the clause, not inside a sentence', () => {
    expect(kindOf('great, thanks')).toBe('ack');
    expect(kindOf('show!')).toBe('ack');
    expect(kindOf('the shared mailbox does not show up')).not.toBe('ack');
    expect(kindOf('já reinstalei o Outlook')).not.toBe('ack');
    expect(kindOf('好像是令牌的问题')).not.toBe('ack');
  });

  it('thanking in advance is asking, not acknowledging', () => {
    expect(kindOf('thanks in advance, it still shows the error')).toBe('not-helped');
    expect(kindOf('merci de m’aider, le complément ne se connecte toujours pas')).toBe('not-helped');
  });

  it('"can no longer be used" is not "can be used again"', () => {
    expect(kindOf('插件不能用了')).toBe('not-helped');
    expect(kindOf('现在能用了')).toBe('ack');
  });
});

describe('the error again', () => {
  it('pasting the error after the answer says it is still there', () => {
    expect(kindOf('Unable to get the outlookIdentityToken')).toBe('not-helped');
    expect(kindOf('outlookidentitytokn error')).toBe('not-helped');
    expect(topicOf('why does it say unable to get the outlookIdentityToken?')).toBe('why');
  });
});

describe('what the reader is given', () => {
  it('ignores the @mention Teams puts before channel messages', () => {
    expect(kindOf('<at>Workfront Support</at> thanks!')).toBe('ack');
    expect(topicOf('<at>Workfront Support</at> when will it be fixed')).toBe('when-fixed');
  });

  it('reads emoji replies', () => {
    expect(kindOf('👍')).toBe('ack');
    expect(kindOf('🙏🏽')).toBe('ack');
    expect(kindOf('👎')).toBe('not-helped');
  });

  it('copes with empty, blank and huge messages', () => {
    expect(kindOf('')).toBe('unrelated');
    expect(kindOf('   \n  ')).toBe('unrelated');
    expect(['not-helped', 'ack', 'question', 'unrelated']).toContain(kindOf('still broken '.repeat(20_000)));
    expect(kindOf(`${'x'.repeat(MAX_ANALYZED_CHARS + 10)} thanks`)).toBe('unrelated');
  });

  it('is pure: the same message always reads the same way', () => {
    const text = 'can my admin turn it back on?';
    expect(readInContext(text)).toEqual(readInContext(text));
  });

  it('names what matched in signals, never the message text', () => {
    for (const examples of Object.values(EXAMPLES)) {
      for (const text of [...examples.notHelped, ...examples.ack, ...examples.unrelated, ...examples.question.map(([t]) => t)]) {
        for (const signal of readInContext(text).signals) expect(signal).toMatch(/^[a-z-]+(?::[a-z-]+)*(?::\d+)?$/);
      }
    }
  });
});

describe('the examples', () => {
  it.each(LANGS)('%s has at least 40, with every topic and every kind', (lang) => {
    const { notHelped, ack, question, unrelated } = EXAMPLES[lang];
    expect(notHelped.length + ack.length + question.length + unrelated.length).toBeGreaterThanOrEqual(40);
    for (const list of [notHelped, ack, unrelated]) expect(list.length).toBeGreaterThanOrEqual(5);
    for (const topic of [...FOLLOW_UP_TOPICS, null]) expect(question.some(([, t]) => t === topic), `${lang} ${topic}`).toBe(true);
  });
});

describe('any input', () => {
  it('reads every string as one of the four kinds, with signals that name no text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const reading = readInContext(text);
        expect(['not-helped', 'ack', 'question', 'unrelated']).toContain(reading.kind);
        for (const signal of reading.signals) expect(signal).toMatch(/^[a-z-]+(?::[a-z-]+)*(?::\d+)?$/);
      }),
      { numRuns: 300 },
    );
  });
});
