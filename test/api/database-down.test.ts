import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/postgres.js';
import { KEY_A, startRuntime, TASKS, tempDir } from '../helpers/runtime.js';

// The server reaches a real Postgres through a TCP relay on loopback that the test can cut, as a
// database outage looks to the server: connections dropped, new ones refused.
let db: Awaited<ReturnType<typeof freshDatabase>>;

function startRelay(target: URL): Promise<{ port: number; cut(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        cut: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}

beforeAll(async () => {
  db = await freshDatabase('bs_down');
});
afterAll(async () => {
  await db?.drop();
});

describe('the database goes away', () => {
  it('answers 503 unavailable with Retry-After, not 500, and /readyz says why', async () => {
    const relay = await startRelay(new URL(db.url));
    const url = new URL(db.url);
    url.port = String(relay.port);
    const rt = await startRuntime({ BANANASTAND_DATABASE_URL: url.toString(), BANANASTAND_DATA_DIR: tempDir(), BANANASTAND_WORKER: 'paused' }, { listen: true });
    try {
      const created = await fetch(`${rt.baseUrl}${TASKS}`, {
        method: 'POST',
        headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'a red fox in the snow' }),
      });
      expect(created.status).toBe(200);
      const { data } = (await created.json()) as { data: { task_id: string } };

      await relay.cut();
      const get = await fetch(`${rt.baseUrl}${TASKS}/${data.task_id}`, { headers: { 'x-magnific-api-key': KEY_A } });
      expect(get.status).toBe(503);
      expect(get.headers.get('retry-after')).toBe('5');
      expect(await get.json()).toEqual({ message: 'Service Unavailable. Please try again later.', code: 'unavailable' });

      const ready = await fetch(`${rt.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
    } finally {
      await rt.close().catch(() => {});
    }
  }, 30_000);
});
