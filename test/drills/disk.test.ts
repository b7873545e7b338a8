import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY_A, startRuntime, TASKS, tempDir, waitForTask } from '../helpers/runtime.js';

// Drill: a full disk and an unwritable files folder. Tasks must fail with a message a user
// understands, the server must keep answering, and it must recover once the disk is usable again.
// Tests run as root, so chmod cannot make a folder unwritable: the files folder is replaced by a
// regular file instead, and a full disk is a 1 MiB tmpfs mounted over it (where mounting works).

type Rt = Awaited<ReturnType<typeof startRuntime>>;
let rt: Rt | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) c();
  await rt?.close();
  rt = undefined;
});

/** Whether this machine lets us mount a tmpfs (root in a container with CAP_SYS_ADMIN). */
function canMountTmpfs(): boolean {
  const probe = tempDir('bananastand-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}

const headers = { 'x-magnific-api-key': KEY_A, 'content-type': 'application/json' };

async function create(r: Rt, prompt: string): Promise<string> {
  const res = await r.app.inject({ method: 'POST', url: TASKS, headers, payload: JSON.stringify({ prompt, resolution: '512' }) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.task_id;
}

async function stillAnswers(r: Rt, taskId: string) {
  expect((await r.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  expect((await r.app.inject({ method: 'GET', url: `${TASKS}/${taskId}`, headers })).statusCode).toBe(200);
  expect((await r.app.inject({ method: 'GET', url: `${TASKS}?per_page=5`, headers })).statusCode).toBe(200);
}

function tmpFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
}

describe('drill: disk trouble', () => {
  it('an unwritable files folder: /readyz answers 503, tasks fail with a clear message, the server answers, and recovers', async () => {
    rt = await startRuntime({});
    const before = await waitForTask(rt, await create(rt, 'a red fox before the trouble'));
    expect(before.status).toBe('COMPLETED');

    const files = path.join(rt.dataDir, 'files');
    const moved = `${files}.moved`;
    fs.renameSync(files, moved);
    fs.writeFileSync(files, 'not a folder');
    cleanups.push(() => {
      fs.rmSync(files, { force: true });
      if (fs.existsSync(moved)) fs.renameSync(moved, files);
    });

    const ready = await rt.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ message: 'Service Unavailable. Please try again later.', code: 'unavailable' });
    expect(ready.headers['retry-after']).toBe('5');

    const failed = await waitForTask(rt, await create(rt, 'a red fox in the trouble'));
    expect(failed).toMatchObject({ status: 'FAILED', generated: [], error_code: 'internal' });
    expect(failed.error).toMatch(/^The image was generated but could not be stored: .+\.$/);
    // Words for the user, not the server's errno and its private paths.
    expect(failed.error).not.toContain(rt.dataDir);
    expect(failed.error).not.toMatch(/\bE[A-Z]{3,}\b/);
    await stillAnswers(rt, failed.task_id);

    cleanups.pop()!();
    expect((await rt.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const after = await waitForTask(rt, await create(rt, 'a red fox after the trouble'));
    expect(after.status).toBe('COMPLETED');
    const img = await rt.app.inject({ method: 'GET', url: new URL(before.generated[0]).pathname });
    expect(img.statusCode).toBe(200);
  });

  it.runIf(canMountTmpfs())('a full disk: tasks fail saying so, no partial file is left, the server answers, and recovers once space is freed', async () => {
    rt = await startRuntime({ BANANASTAND_MIN_FREE_DISK: '64KiB' });
    const files = path.join(rt.dataDir, 'files');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', files]);
    cleanups.push(() => execFileSync('umount', ['-l', files]));
    // Fill the disk to the last byte.
    const filler = path.join(files, 'filler');
    const fd = fs.openSync(filler, 'w');
    try {
      for (let i = 0; i < 4096; i++) fs.writeSync(fd, Buffer.alloc(4096));
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }

    expect((await rt.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    const failed = await waitForTask(rt, await create(rt, 'a lighthouse on a full disk'));
    expect(failed).toMatchObject({
      status: 'FAILED',
      generated: [],
      error: 'The image was generated but could not be stored: the disk is full.',
      error_code: 'internal',
    });
    expect(tmpFiles(files)).toEqual([]);
    await stillAnswers(rt, failed.task_id);

    fs.rmSync(filler);
    expect((await rt.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    const after = await waitForTask(rt, await create(rt, 'a lighthouse after the cleanup'));
    expect(after.status).toBe('COMPLETED');
    const img = await rt.app.inject({ method: 'GET', url: new URL(after.generated[0]).pathname });
    expect(img.statusCode).toBe(200);
    expect(img.rawPayload.length).toBe(after.images[0].bytes);
  });
});
