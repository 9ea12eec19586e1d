import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/**
 * Reads a JSON request body, and nothing else. Bot Framework posts plain UTF-8 JSON; anything else
 * (compressed, multipart, form data, another charset) is refused before a byte of the body is read,
 * so no decompression bomb, temp file or parser of another format is ever reachable from outside.
 * The size limit counts the bytes actually received, whatever Content-Length claims.
 */

/** Why a body was refused; `status` is the HTTP answer. */
export class BodyRefusal extends Error {
  /** The rest of the body was not read (too much, too slow, gone): the connection cannot be reused. */
  closeConnection = false;

  constructor(
    readonly status: 400 | 408 | 413 | 415,
    reason: string,
  ) {
    super(reason);
    this.name = 'BodyRefusal';
  }
}

export interface JsonBodyLimits {
  maxBytes: number;
  /** A body not received in full by then is refused (a slow or stalled client holds a socket and a buffer). */
  timeoutMs: number;
  /** Deeper JSON is refused: activities are shallow, and deep structures break JSON.stringify further on. */
  maxDepth: number;
}

/** The refusal the headers alone call for, if any. */
export function refuseHeaders(headers: IncomingHttpHeaders, maxBytes: number): BodyRefusal | undefined {
  const encoding = headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return new BodyRefusal(415, 'content-encoding is not accepted');
  const [mediaType = '', ...params] = (headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return new BodyRefusal(415, 'content-type must be application/json');
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return new BodyRefusal(415, 'charset must be utf-8');
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return new BodyRefusal(413, `body over ${maxBytes} bytes`);
  return undefined;
}

/** Reads and parses the body; throws a BodyRefusal for anything that is not a JSON object within the limits. */
export async function readJsonBody(req: IncomingMessage, limits: JsonBodyLimits): Promise<Record<string, unknown>> {
  try {
    return await parse(req, limits);
  } catch (error) {
    // A client too slow to send its body is not waited for a second time.
    if (error instanceof BodyRefusal) error.closeConnection = error.status === 408 || !(await discard(req, limits));
    throw error;
  }
}

async function parse(req: IncomingMessage, limits: JsonBodyLimits): Promise<Record<string, unknown>> {
  const refusal = refuseHeaders(req.headers, limits.maxBytes);
  if (refusal) throw refusal;
  const raw = (await receive(req, limits)).toString('utf8');
  if (tooDeep(raw, limits.maxDepth)) throw new BodyRefusal(400, `JSON nested deeper than ${limits.maxDepth}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new BodyRefusal(400, 'body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BodyRefusal(400, 'body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function receive(req: IncomingMessage, { maxBytes, timeoutMs }: JsonBodyLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: BodyRefusal): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onAborted).off('close', onAborted);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) finish(new BodyRefusal(413, `body over ${maxBytes} bytes`));
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish();
    const onAborted = (): void => finish(new BodyRefusal(400, 'body was not received in full'));
    const timer = setTimeout(() => {
      finish(new BodyRefusal(408, `body not received within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', onAborted).on('close', onAborted);
  });
}

/**
 * Reads what is left of a refused body without keeping it, so the refusal reaches a client still
 * sending (answering mid-upload and closing makes its next write fail with a reset instead). Gives up
 * past a bound (a body many times the limit, or one that trickles): then the connection is closed.
 */
function discard(req: IncomingMessage, { maxBytes, timeoutMs }: JsonBodyLimits): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true);
  if (req.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    let left = Math.max(maxBytes, 1024 * 1024) * 32;
    const done = (drained: boolean): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      resolve(drained);
    };
    const onData = (chunk: Buffer): void => {
      left -= chunk.length;
      if (left < 0) done(false);
    };
    const onEnd = (): void => done(true);
    const onClose = (): void => done(req.readableEnded);
    const timer = setTimeout(() => done(false), timeoutMs);
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
    req.resume();
  });
}

const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/** Whether arrays/objects nest deeper than `max`, read from the text (no recursion, strings skipped). */
export function tooDeep(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (OPEN.has(c)) {
      if (++depth > max) return true;
    } else if (CLOSE.has(c)) depth--;
  }
  return false;
}
