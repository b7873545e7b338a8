import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { killHard, startSourceServer } from '../helpers/child-server.js';
import { KEY_A, tempDir, TASKS } from '../helpers/runtime.js';

let child: ChildProcess | undefined;
afterEach(async () => {
  if (child) await killHard(child);
});

const headers = { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' };

// The server runs from src/ through tsx: the subject is recovery, not the build (dist/ may be stale).
describe('crash recovery', () => {
  it('tasks accepted before a SIGKILL mid-run complete after a restart on the same data folder', async () => {
    const dataDir = tempDir();
    const env = { BANANASTAND_DATA_DIR: dataDir, BANANASTAND_API_KEYS: KEY_A, BANANASTAND_CONCURRENCY: '1' };
    const first = await startSourceServer(env);
    child = first.child;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${first.url}${TASKS}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ prompt: `a wide mountain panorama number ${i}`, aspect_ratio: '8:1', resolution: '4K' }),
      });
      expect(res.status).toBe(200);
      ids.push(((await res.json()) as any).data.task_id);
    }
    // Wait until one is running, then kill the process without warning.
    for (;;) {
      const res = await fetch(`${first.url}${TASKS}/${ids[0]}`, { headers });
      const status = ((await res.json()) as any).data.status;
      if (status !== 'CREATED') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await killHard(child);

    const second = await startSourceServer(env);
    child = second.child;
    const until = Date.now() + 90_000;
    const final = new Map<string, any>();
    while (final.size < ids.length && Date.now() < until) {
      for (const id of ids) {
        if (final.has(id)) continue;
        const task = ((await (await fetch(`${second.url}${TASKS}/${id}`, { headers })).json()) as any).data;
        if (task.status === 'COMPLETED' || task.status === 'FAILED') final.set(id, task);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect([...final.values()].map((t) => t.status)).toEqual(ids.map(() => 'COMPLETED'));
    for (const task of final.values()) {
      const img = await fetch(task.generated[0].replace(/^http:\/\/localhost:\d+/, second.url));
      expect(img.status).toBe(200);
    }
  }, 120_000);

  it('refuses to start a second server on a data folder in use', async () => {
    const dataDir = tempDir();
    const env = { BANANASTAND_DATA_DIR: dataDir, BANANASTAND_API_KEYS: KEY_A };
    const first = await startSourceServer(env);
    child = first.child;
    await expect(startSourceServer(env)).rejects.toThrow(/The data folder .* is in use by another bananastand process \(pid \d+/);
  });
});
