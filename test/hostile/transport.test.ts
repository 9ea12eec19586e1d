import fs from 'node:fs';
import os from 'node:os';
import { gzipSync, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness';
import { message, newUser } from '../support/activities';
import { expectStillServing, healthz, rawPost } from './support';
import { rawExchange, type RawRequest } from './raw-http';

const JSON_TYPE = 'application/json';
const BODY_TIMEOUT_MS = 1000;

/**
 * What reaches POST /api/messages before anything reads an activity: encodings, content types, lengths
 * that lie and bodies that trickle. Each is refused with a 4xx before any parsing; nothing takes the
 * process down or leaves a file behind.
 */
describe('hostile transport on /api/messages', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS) });
  });
  afterAll(() => bot.stop());

  const activity = (text = 'hello'): string => JSON.stringify(message(bot.url, newUser(), text));

  it('refuses a gzip header on a plain body with 415 (it used to end the process)', async () => {
    const res = await rawPost(bot, activity(), { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
    expect(await healthz(bot)).toBe(200);
  });

  it('refuses a gzip bomb with 415 without inflating it', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ ...JSON.parse(activity()), text: 'a'.repeat(60 * 1024 * 1024) })));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await rawPost(bot, bomb, { 'content-type': JSON_TYPE, 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
  });

  it.each([
    ['deflate', deflateSync(Buffer.from('{}'))],
    ['br', Buffer.from('not really brotli')],
    ['x-gzip', Buffer.from('garbage')],
  ])('refuses content-encoding %s with 415', async (encoding, body) => {
    const res = await rawPost(bot, body, { 'content-type': JSON_TYPE, 'content-encoding': encoding });
    expect(res.status).toBe(415);
  });

  it('refuses a 5 MB multipart upload with 415 and leaves no file behind', async () => {
    const before = new Set(fs.readdirSync(os.tmpdir()));
    const body = `--x\r\ncontent-disposition: form-data; name="f"; filename="a.bin"\r\ncontent-type: application/octet-stream\r\n\r\n${'z'.repeat(5 * 1024 * 1024)}\r\n--x--\r\n`;
    const res = await rawPost(bot, body, { 'content-type': 'multipart/form-data; boundary=x' });
    expect(res.status).toBe(415);
    const left = fs.readdirSync(os.tmpdir()).filter((f) => !before.has(f) && /^upload_/.test(f));
    expect(left).toEqual([]);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['another charset', 'application/json; charset=iso-8859-1'],
  ])('refuses %s with 415', async (_name, type) => {
    expect((await rawPost(bot, activity(), { 'content-type': type })).status).toBe(415);
  });

  it('accepts application/json with a utf-8 charset, in any case', async () => {
    const res = await rawPost(bot, activity(), { 'content-type': 'Application/JSON; Charset=UTF-8' });
    expect(res.status).toBe(200);
  });

  const exchange = (request: Omit<RawRequest, 'port'>) => rawExchange({ port: bot.port, ...request });

  it('answers 408 when Content-Length promises more than ever arrives, and closes the socket', async () => {
    const body = activity();
    const res = await exchange({ headers: [`content-type: ${JSON_TYPE}`, `content-length: ${body.length + 100}`], parts: [body], timeoutMs: 5000 });
    expect(res).toEqual({ status: 408, ended: 'answered' });
  });

  it('answers 400 when Content-Length cuts the body short', async () => {
    const body = activity();
    const res = await exchange({ headers: [`content-type: ${JSON_TYPE}`, `content-length: ${body.length - 10}`], parts: [body] });
    expect(res.status).toBe(400);
  });

  it('answers 408 to a body that trickles in a byte at a time', async () => {
    const body = activity();
    const started = Date.now();
    const res = await exchange({ headers: [`content-type: ${JSON_TYPE}`, `content-length: ${body.length}`], parts: [...body.slice(0, 40)], pauseMs: 100, timeoutMs: 5000 });
    expect(res.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('counts the bytes of a chunked body: 413 past the limit, 200 within it', async () => {
    const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    const big = `{"type":"message","pad":"${'p'.repeat(300 * 1024)}"}`;
    const tooBig = await exchange({ headers: [`content-type: ${JSON_TYPE}`, 'transfer-encoding: chunked'], parts: [chunk(big.slice(0, 150_000)), chunk(big.slice(150_000)), '0\r\n\r\n'] });
    expect(tooBig.status).toBe(413);
    const body = activity('Unable to get the outlookIdentityToken');
    const fine = await exchange({ headers: [`content-type: ${JSON_TYPE}`, 'transfer-encoding: chunked'], parts: [chunk(body.slice(0, 50)), chunk(body.slice(50)), '0\r\n\r\n'] });
    expect(fine.status).toBe(200);
  });

  it.each([
    ['a Content-Length that is not a number', ['content-length: abc']],
    ['two different Content-Lengths', ['content-length: 10', 'content-length: 20']],
    ['both Content-Length and chunked', ['content-length: 10', 'transfer-encoding: chunked']],
  ])('answers %s with 400', async (_name, headers) => {
    const res = await exchange({ headers: [`content-type: ${JSON_TYPE}`, ...headers], parts: ['{"type":"message"}'] });
    expect(res.status).toBe(400);
  });

  it('never answers 5xx or hangs, whatever the headers and framing (fuzz), and keeps serving', async () => {
    const contentType = fc.oneof(
      fc.constantFrom(JSON_TYPE, 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/octet-stream', ''),
      fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, '')),
    );
    const encoding = fc.constantFrom(undefined, 'identity', 'gzip', 'deflate', 'br', 'gzip, gzip', 'chunked');
    const framing = fc.constantFrom('exact', 'chunked', 'longer', 'shorter', 'none');
    const body = fc.oneof(
      fc.constant('valid'),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.integer({ min: 65, max: 200 }).map((depth) => `{"value":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    );
    await fc.assert(
      fc.asyncProperty(contentType, encoding, framing, body, async (type, enc, frame, kind) => {
        const text = kind === 'valid' ? activity() : kind;
        const bytes = Buffer.from(text);
        const headers = [...(type ? [`content-type: ${type}`] : []), ...(enc ? [`content-encoding: ${enc}`] : [])];
        const length = { exact: bytes.length, longer: bytes.length + 5, shorter: Math.max(0, bytes.length - 5), chunked: undefined, none: undefined }[frame];
        if (length !== undefined) headers.push(`content-length: ${length}`);
        if (frame === 'chunked') headers.push('transfer-encoding: chunked');
        const parts = frame === 'chunked' ? [`${bytes.length.toString(16)}\r\n`, bytes, '\r\n0\r\n\r\n'] : [bytes];
        const res = await exchange({ headers, parts, timeoutMs: BODY_TIMEOUT_MS + 4000 });
        expect(res.ended, JSON.stringify({ type, enc, frame, text: text.slice(0, 80) })).toBe('answered');
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 120) },
    );
    await expectStillServing(bot);
  }, 120_000);

  it('is still healthy and answering after all of the above', async () => {
    await expectStillServing(bot);
  });
});
