import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on a loopback address, recording the requests it received. */
export interface LoopbackServer {
  /** `http://host:port` */
  origin: string;
  port: number;
  requests: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string; at: number }[];
  close(): Promise<void>;
}

export async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => unknown,
  host = '127.0.0.1',
): Promise<LoopbackServer> {
  const requests: LoopbackServer['requests'] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    requests.push({ method: req.method!, url: req.url!, headers: req.headers, body, at: Date.now() });
    await handler(req, res, body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Writes `total` bytes (starting with `head`) with back-pressure, as a large file would be served.
 * Resolves with how many bytes the server managed to hand to the socket before the client hung up.
 */
export function streamBytes(res: http.ServerResponse, total: number, head: Buffer = Buffer.alloc(0)): Promise<{ written: number; finished: boolean }> {
  const chunk = Buffer.alloc(64 * 1024);
  let written = 0;
  return new Promise((resolve) => {
    let finished = false;
    res.on('finish', () => (finished = true));
    res.on('close', () => resolve({ written, finished }));
    const pump = () => {
      while (written < total && !res.destroyed) {
        const piece = written === 0 && head.length ? Buffer.concat([head, chunk.subarray(head.length)]) : chunk;
        written += piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  });
}
