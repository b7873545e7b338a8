import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One webhook request as a receiver saw it. */
export interface Receipt {
  webhookId: string;
  taskId: string;
  status: string;
  /** Epoch ms when the whole body had arrived. */
  receivedAt: number;
  body: string;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:port/hook` */
  url: string;
  port: number;
  receipts: Receipt[];
  /** Calls `fn` with every receipt from now on (the first answer wins; at-least-once means repeats). */
  onReceipt(fn: (r: Receipt) => void): void;
  close(): Promise<void>;
}

/**
 * A webhook receiver on loopback. `answer` decides the reply: a status code, or `'hang'` for a
 * receiver that reads the request and never answers (the sender's timeout must cut it off).
 */
export async function startReceiver(
  opts: { port?: number; answer?: (r: Receipt) => number | 'hang' } = {},
): Promise<WebhookReceiver> {
  const receipts: Receipt[] = [];
  const listeners: ((r: Receipt) => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let parsed: { task_id?: string; status?: string } = {};
      try {
        parsed = JSON.parse(body);
      } catch {
        // recorded as is; a drill asserting on it will notice
      }
      const receipt: Receipt = {
        webhookId: String(req.headers['webhook-id'] ?? ''),
        taskId: String(parsed.task_id ?? ''),
        status: String(parsed.status ?? ''),
        receivedAt: Date.now(),
        body,
      };
      receipts.push(receipt);
      for (const fn of listeners) fn(receipt);
      const answer = opts.answer?.(receipt) ?? 204;
      if (answer !== 'hang') res.writeHead(answer).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    receipts,
    onReceipt: (fn) => listeners.push(fn),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
