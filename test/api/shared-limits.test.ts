import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/postgres.js';
import { KEY_A, startRuntime, TASKS, tempDir } from '../helpers/runtime.js';

// Two api processes' worth of runtime on one Postgres share each key's bucket and in-flight count.
let dbUrl: string;

let db: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  db = await freshDatabase('bs_limits');
  dbUrl = db.url;
});
afterAll(async () => {
  await db?.drop();
});

describe('limits shared across processes on one Postgres', () => {
  it('two api processes together allow rate × t + burst for one key, not double; and one in-flight cap', async () => {
    const env = {
      BANANASTAND_DATABASE_URL: dbUrl,
      BANANASTAND_DATA_DIR: tempDir(),
      BANANASTAND_WORKER: 'paused',
      BANANASTAND_KEY_RATE: '5/s',
      BANANASTAND_KEY_BURST: '10',
      BANANASTAND_KEY_MAX_IN_FLIGHT: '6',
    };
    const one = await startRuntime(env, { listen: true });
    const two = await startRuntime({ ...env, BANANASTAND_DATA_DIR: tempDir() }, { listen: true });
    try {
      const started = Date.now();
      let allowed = 0;
      let limited = 0;
      // 2 s of requests alternating between the two processes, as fast as they answer.
      for (let i = 0; Date.now() - started < 2_000; i++) {
        const base = i % 2 ? two.baseUrl : one.baseUrl;
        const res = await fetch(`${base}${TASKS}`, { headers: { 'x-magnific-api-key': KEY_A } });
        if (res.status === 200) allowed++;
        else if (res.status === 429) limited++;
        await res.arrayBuffer();
      }
      const seconds = (Date.now() - started) / 1000;
      // One bucket: 10 + 5/s × t (a token of slack for the clock). Two buckets would allow twice that.
      expect(allowed).toBeLessThanOrEqual(Math.floor(10 + 5 * seconds) + 1);
      expect(allowed).toBeGreaterThanOrEqual(Math.floor(10 + 5 * (seconds - 0.3)));
      expect(limited).toBeGreaterThan(0);

      // In flight: 6 creates across both processes at once, then the seventh is refused by either.
      await new Promise((r) => setTimeout(r, 2_100));
      const create = (base: string, i: number) =>
        fetch(`${base}${TASKS}`, {
          method: 'POST',
          headers: { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' },
          body: JSON.stringify({ prompt: `task ${i}` }),
        }).then((r) => r.status);
      const statuses = await Promise.all(Array.from({ length: 9 }, (_, i) => create(i % 2 ? two.baseUrl : one.baseUrl, i)));
      expect(statuses.filter((s) => s === 200)).toHaveLength(6);
      expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
