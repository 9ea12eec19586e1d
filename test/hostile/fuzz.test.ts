import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness';
import { execute, message, newUser, asUser } from '../support/activities';
import { expectStillServing, rawPost } from './support';

/**
 * Property: whatever a caller posts, the bot answers with a status below 500 and keeps serving.
 * Activities are mutations of valid ones (a message, a card click): fields dropped, retyped, replaced
 * by random strings, nested junk or huge arrays. serviceUrl only ever points at the fake connector
 * (or is not a URL), so nothing leaves 127.0.0.1.
 */

const FIELDS = ['type', 'id', 'timestamp', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation', 'channelData', 'locale', 'text', 'textFormat', 'entities', 'attachments', 'value', 'name', 'replyToId'];
const SUB_FIELDS = ['from.id', 'from.name', 'from.aadObjectId', 'conversation.id', 'conversation.conversationType', 'conversation.tenantId', 'recipient.id', 'channelData.tenant', 'value.action', 'value.action.verb', 'value.action.data'];

const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.constantFrom('message', 'invoke', 'adaptiveCard/action', 'mention', '<at>Bot</at>', '__proto__', 'constructor', '{{x}}', '\u0000'),
    tie('array'), tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.string({ maxLength: 10 }), tie('value'), { maxKeys: 5 }),
})).value;

const smallJunk = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant({}), fc.constant(null), fc.constant({ type: 'mention', mentioned: { id: 1 } }));

type Mutation = (activity: Record<string, any>, connectorUrl: string) => void;

function setPath(target: Record<string, any>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: any = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  node[keys[keys.length - 1]!] = value;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...FIELDS, ...SUB_FIELDS).map((path): Mutation => (a) => setPath(a, path, undefined)),
  fc.tuple(fc.constantFrom(...FIELDS.filter((f) => f !== 'serviceUrl'), ...SUB_FIELDS), junk).map(([path, value]): Mutation => (a) => setPath(a, path, value)),
  // serviceUrl: retyped or broken, or the connector with a junk path — never another host.
  fc.oneof(junk.filter((v) => typeof v !== 'string'), fc.string().map((s) => `not a url ${s}`), fc.stringMatching(/^[a-z0-9-]{1,12}\/$/).map((p) => `@connector/${p}`))
    .map((value): Mutation => (a, connectorUrl) => {
      a.serviceUrl = typeof value === 'string' && value.startsWith('@connector') ? connectorUrl + value.slice('@connector/'.length) : value;
    }),
  // Huge arrays of small items: some stay under MAX_BODY_KB, some go over it.
  fc.tuple(fc.constantFrom('entities', 'attachments', 'text', 'channelData', 'membersAdded'), fc.integer({ min: 1_000, max: 40_000 }), smallJunk)
    .map(([field, size, item]): Mutation => (a) => {
      a[field] = Array.from({ length: size }, () => item);
    }),
  fc.string({ unit: 'binary', maxLength: 2_000 }).map((text): Mutation => (a) => (a.text = text)),
  fc.integer({ min: 10, max: 400 }).map((depth): Mutation => (a) => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) nested = i % 2 ? { a: nested, type: 'mention' } : [nested];
    a.value = nested;
  }),
);

describe('fuzzing /api/messages', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start();
  });
  afterAll(() => bot.stop());

  it('never answers 5xx to thousands of mutated activities', async () => {
    const statuses = new Map<number, number>();
    const base = fc.constantFrom<(url: string) => Record<string, any>>(
      (url) => message(url, newUser(), 'Unable to get the outlookIdentityToken'),
      (url) => message(url, newUser(), 'please get me a person'),
      (url) => execute(url, asUser(newUser()), 'handoff'),
      (url) => execute(url, asUser(newUser()), 'case.claim', { caseId: 'c-1' }),
    );
    // Each run posts a batch in parallel: 250 runs x 8 = 2,000 activities in a few seconds.
    const batch = fc.array(fc.tuple(base, fc.array(mutation, { minLength: 0, maxLength: 3 })), { minLength: 8, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(batch, async (items) => {
        const results = await Promise.all(items.map(async ([make, mutations]) => {
          // A deep copy: the builders share objects (e.g. the bot's account) that mutations must not touch.
          const activity = structuredClone(make(bot.url));
          for (const mutate of mutations) mutate(activity, bot.url);
          const body = JSON.stringify(activity) ?? 'null';
          return { body, res: await rawPost(bot, body, { 'content-type': 'application/json' }) };
        }));
        for (const { body, res } of results) {
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, body.slice(0, 3000)).toBeGreaterThanOrEqual(200);
          expect(res.status, body.slice(0, 3000)).toBeLessThan(500);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 250), endOnFailure: true },
    );
    // The mix really exercises both sides: some accepted, some refused.
    const accepted = [...statuses].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    const refused = [...statuses].filter(([s]) => s >= 400).reduce((n, [, c]) => n + c, 0);
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
    await expectStillServing(bot);
  }, 180_000); // a hang guard: about 20 s on an idle 2-core machine

  it('never answers 5xx to random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_000 }), fc.constantFrom('application/json', 'text/plain', 'application/octet-stream'), async (bytes, type) => {
        const res = await rawPost(bot, Buffer.from(bytes), { 'content-type': type });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    await expectStillServing(bot);
  });
});
