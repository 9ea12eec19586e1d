import { randomUUID } from 'node:crypto';

export interface TabResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

/** A request to the tab's API, as the page makes it (JSON; bearer token in hosted mode). */
export async function tab(port: number, path: string, options: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<TabResponse> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV or HTML: keep the text
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** Claim or resolve from the tab, with a fresh request id per click. */
export function act(port: number, caseId: string, verb: 'claim' | 'resolve', extra: Record<string, unknown> = {}, token?: string): Promise<TabResponse> {
  return tab(port, `/api/tab/cases/${encodeURIComponent(caseId)}/${verb}`, { body: { requestId: randomUUID(), ...extra }, ...(token ? { token } : {}) });
}

export const today = (): string => new Date().toISOString().slice(0, 10);
