import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'restify';

/** Where `npm run build` writes the page (scripts/build-tab.ts); lib/ is git-ignored. */
export const DEFAULT_WEB_DIR = path.resolve(__dirname, '../../lib/web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The page may be framed by Teams (web, desktop, mobile) and the Microsoft 365 hosts only; it loads
 * nothing but its own files, and talks to its own origin (teams-js may read the list of Teams origins
 * from Microsoft's CDN).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https://res.cdn.office.net",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft https://*.skype.com https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Serves the built page: only the files `npm run build` writes there (no directory listing, no
 * path from the request reaches the file system), read once and kept.
 */
export function staticFiles(webDir: string): (req: Request, res: Response) => Promise<void> {
  const cache = new Map<string, Buffer>();
  return async (req, res) => {
    const name = req.path().replace(/^\/tab\/?/, '') || 'index.html';
    const type = TYPES[path.extname(name)];
    if (!type || !/^[\w-]+(\.[\w-]+)*$/.test(name)) {
      res.send(404, { error: 'not found' });
      return;
    }
    let body = cache.get(name);
    if (!body) {
      try {
        body = await readFile(path.join(webDir, name));
      } catch {
        res.send(404, { error: name === 'index.html' ? 'the tab is not built: run npm run build' : 'not found' });
        return;
      }
      cache.set(name, body);
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(name.endsWith('.html') ? { 'content-security-policy': CSP } : {}),
    });
    res.end(body);
  };
}
