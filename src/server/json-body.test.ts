import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { BodyRefusal, readJsonBody, refuseHeaders, tooDeep } from './json-body';

const LIMITS = { maxBytes: 1000, timeoutMs: 200, maxDepth: 8 };

/** A request whose body is written by the test, chunk by chunk. */
function request(headers: Record<string, string>): PassThrough & IncomingMessage {
  const stream = new PassThrough() as PassThrough & IncomingMessage;
  stream.headers = headers;
  return stream;
}

async function refusalOf(work: Promise<unknown>): Promise<BodyRefusal> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BodyRefusal);
  return error as BodyRefusal;
}

describe('refuseHeaders', () => {
  it.each([
    ['application/json', undefined],
    ['application/json; charset=utf-8', undefined],
    ['Application/JSON; Charset="UTF-8"', undefined],
    ['application/json;charset=utf8', undefined],
  ])('accepts %s', (type, expected) => {
    expect(refuseHeaders({ 'content-type': type }, 1000)).toBe(expected);
  });

  it.each([
    ['no content type', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['JSON-ish vendor types', { 'content-type': 'application/vnd.api+json' }],
    ['another charset', { 'content-type': 'application/json; charset=latin1' }],
    ['gzip', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
    ['deflate', { 'content-type': 'application/json', 'content-encoding': 'deflate' }],
    ['br', { 'content-type': 'application/json', 'content-encoding': 'br' }],
    ['a list of encodings', { 'content-type': 'application/json', 'content-encoding': 'identity, gzip' }],
  ])('refuses %s with 415', (_name, headers) => {
    expect(refuseHeaders(headers, 1000)?.status).toBe(415);
  });

  it('accepts the identity encoding, and refuses a declared length over the limit with 413', () => {
    expect(refuseHeaders({ 'content-type': 'application/json', 'content-encoding': 'identity' }, 1000)).toBeUndefined();
    expect(refuseHeaders({ 'content-type': 'application/json', 'content-length': '1001' }, 1000)?.status).toBe(413);
  });
});

describe('readJsonBody', () => {
  it('parses a JSON object', async () => {
    const req = request({ 'content-type': 'application/json' });
    req.end('{"type":"message","text":"hi"}');
    await expect(readJsonBody(req, LIMITS)).resolves.toEqual({ type: 'message', text: 'hi' });
  });

  it('counts the bytes received, whatever Content-Length says', async () => {
    const req = request({ 'content-type': 'application/json', 'content-length': '10' });
    const reading = readJsonBody(req, LIMITS);
    req.write(`{"a":"${'x'.repeat(600)}`);
    req.write(`${'x'.repeat(600)}"}`);
    expect((await refusalOf(reading)).status).toBe(413);
  });

  it('refuses a body that does not arrive in time with 408', async () => {
    const req = request({ 'content-type': 'application/json' });
    const reading = readJsonBody(req, LIMITS);
    req.write('{"type":');
    expect((await refusalOf(reading)).status).toBe(408);
  });

  it('refuses a body cut short with 400', async () => {
    const req = request({ 'content-type': 'application/json' });
    const reading = readJsonBody(req, LIMITS);
    req.write('{"type":');
    req.destroy();
    expect((await refusalOf(reading)).status).toBe(400);
  });

  it.each([['not JSON', 'hello'], ['an array', '[1]'], ['null', 'null'], ['a string', '"x"'], ['empty', ''], ['too deep', '{"a":[[[[[[[[1]]]]]]]]}']])(
    'refuses %s with 400',
    async (_name, body) => {
      const req = request({ 'content-type': 'application/json' });
      req.end(body);
      expect((await refusalOf(readJsonBody(req, LIMITS))).status).toBe(400);
    },
  );
});

describe('tooDeep', () => {
  it('counts nesting outside strings only, escapes included', () => {
    expect(tooDeep('{"a":{"b":[1]}}', 3)).toBe(false);
    expect(tooDeep('{"a":{"b":[[1]]}}', 3)).toBe(true);
    expect(tooDeep('{"a":"[[[[[[[[[[{{{{{{"}', 2)).toBe(false);
    expect(tooDeep('{"a":"\\"[[[[[[[[[["}', 2)).toBe(false);
    expect(tooDeep('[[[[', 3)).toBe(true);
  });
});
