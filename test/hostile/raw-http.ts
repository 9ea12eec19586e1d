import net from 'node:net';

export interface RawResult {
  /** The status of the first response, or 0 when the server closed without answering. */
  status: number;
  /** How the exchange ended. */
  ended: 'answered' | 'closed' | 'timeout';
}

export interface RawRequest {
  port: number;
  /** Header lines after the request line, e.g. ['content-type: application/json']. */
  headers: string[];
  /** Body parts written one after another, `pauseMs` apart. */
  parts: Array<string | Buffer>;
  pauseMs?: number;
  timeoutMs?: number;
}

/**
 * POST /api/messages over a bare socket, so a test can send what no HTTP client would: lengths that lie,
 * bodies that trickle, framing that does not add up. Resolves with the first status line read.
 */
export function rawExchange(request: RawRequest): Promise<RawResult> {
  return new Promise((resolve) => {
    const socket = net.connect(request.port, '127.0.0.1');
    let received = '';
    let settled = false;
    const settle = (result: RawResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => settle({ status: 0, ended: 'timeout' }), request.timeoutMs ?? 10_000);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      if (status) settle({ status: Number(status[1]), ended: 'answered' });
    });
    socket.on('error', () => settle({ status: 0, ended: 'closed' }));
    socket.on('close', () => settle({ status: 0, ended: 'closed' }));
    socket.on('connect', async () => {
      socket.write(['POST /api/messages HTTP/1.1', 'host: 127.0.0.1', ...request.headers, '', ''].join('\r\n'));
      for (const part of request.parts) {
        if (settled || socket.destroyed) return;
        socket.write(part);
        if (request.pauseMs) await new Promise((r) => setTimeout(r, request.pauseMs));
      }
    });
  });
}
