import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { assertBuiltFresh } from '../helpers/child-server.js';
import { KEY_A, PNG_1x1, tempDir } from '../helpers/runtime.js';
import { runCli } from '../helpers/cli.js';
import { startLiveServer, type LiveServer } from '../sdk/live-server.js';

// These run the built binary: refuse, naming the files, when dist/ is older than src/.
beforeAll(assertBuiltFresh);

let server: LiveServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const run = runCli;

describe('bananastand generate, in process (no server)', () => {
  it('makes the image on the embedded default and saves it at the size of the spec table', async () => {
    const dataDir = tempDir();
    const r = await run(['generate', 'a red fox in a snowy forest', '--aspect-ratio', '9:16', '--resolution', '512', '--seed', '42', '-o', 'out/fox.png'], {
      BANANASTAND_DATA_DIR: dataDir,
      BANANASTAND_ENGINE: 'local',
    });
    expect(r.stderr).toContain('A first API key was made');
    expect(r.code).toBe(EXIT.ok);
    const file = path.join(r.cwd, 'out/fox.png');
    const meta = await sharp(fs.readFileSync(file)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 384, 688]);
    expect(r.stdout).toMatch(/^COMPLETED {2}384x688 png, local engine/m);
    expect(r.stdout).toContain(`saved      ${path.join('out', 'fox.png')}`);
    expect(r.stdout).toMatch(/^seed {7}42$/m);
    // Not a terminal: one plain line per status, no redraws.
    expect(r.stderr).toMatch(/^COMPLETED +\d+\.\d s {2}task [0-9a-f-]{36}$/m);
    expect(r.stderr).not.toContain('\r');
  });

  it('--json prints the task; a local --ref file is sent inline', async () => {
    const dir = tempDir('bananastand-cli-');
    fs.writeFileSync(path.join(dir, 'ref.png'), PNG_1x1);
    const r = await run(['generate', 'a cat like this one', '--ref', 'ref.png', '--ref-text', 'the cat', '--resolution', '512', '--json'], {
      BANANASTAND_DATA_DIR: tempDir(),
      BANANASTAND_ENGINE: 'local',
      BANANASTAND_API_KEYS: KEY_A,
    }, dir);
    expect(r.code).toBe(EXIT.ok);
    const task = JSON.parse(r.stdout);
    expect(task).toMatchObject({ status: 'COMPLETED', aspect_ratio: '1:1', resolution: '512', engine: 'local' });
    expect(task.images[0]).toMatchObject({ width: 512, height: 512 });
    expect(fs.existsSync(path.join(dir, `bananastand-${task.task_id.slice(0, 8)}.png`))).toBe(true);
  });

  it('exit 2 for a bad aspect ratio, naming the parameter; exit 3 for a key the data folder does not know', async () => {
    const env = { BANANASTAND_DATA_DIR: tempDir(), BANANASTAND_ENGINE: 'local', BANANASTAND_API_KEYS: KEY_A };
    const bad = await run(['generate', 'a red fox', '--aspect-ratio', '7:3'], env);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain("Your request parameters didn't validate.");
    expect(bad.stderr).toMatch(/- aspect_ratio: must be one of 1:1, 2:3/);
    const key = await run(['generate', 'a red fox', '--api-key', 'bs_not_a_key'], env);
    expect(key.code).toBe(EXIT.auth);
    expect(key.stderr).toContain('Invalid API key');
  });

  it('tells the user to pass --server when a server already holds the data folder', async () => {
    server = await startLiveServer();
    const r = await run(['generate', 'a red fox'], { BANANASTAND_DATA_DIR: server.dataDir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/already using the data folder/);
    expect(r.stderr).toContain('--server');
  });
});

describe('bananastand generate and tasks, through a server', () => {
  it('generates through the SDK, then lists, gets and cancels tasks', async () => {
    server = await startLiveServer();
    const env = { BANANASTAND_SERVER: server.baseUrl, BANANASTAND_API_KEY: KEY_A };
    const r = await run(['generate', 'a lighthouse at night', '--aspect-ratio', '16:9', '--resolution', '512', '--json', '-o', 'img/'], env);
    expect(r.code).toBe(EXIT.ok);
    const task = JSON.parse(r.stdout);
    expect(task.status).toBe('COMPLETED');
    const saved = path.join(r.cwd, 'img', `bananastand-${task.task_id.slice(0, 8)}.png`);
    const meta = await sharp(fs.readFileSync(saved)).metadata();
    expect([meta.width, meta.height]).toEqual([688, 384]);
    expect(r.stderr).toContain(`saved ${path.join('img', path.basename(saved))}`);

    const list = await run(['tasks', 'list', '--json', '--per-page', '5'], env);
    expect(list.code).toBe(EXIT.ok);
    expect(JSON.parse(list.stdout).data.map((t: { task_id: string }) => t.task_id)).toEqual([task.task_id]);
    const table = await run(['tasks', 'list'], env);
    expect(table.stdout).toContain(`seed ${task.seed}`);
    expect(table.stdout).toContain('"a lighthouse at night"');
    const get = await run(['tasks', 'get', task.task_id], env);
    expect(get.stdout).toMatch(new RegExp(`^status {5}COMPLETED$`, 'm'));
    expect(get.stdout).toMatch(/^prompt {5}a lighthouse at night$/m);
    expect(get.stdout).toMatch(new RegExp(`^seed {7}${task.seed}$`, 'm'));
    const cancel = await run(['tasks', 'cancel', task.task_id], env);
    expect(cancel.code).toBe(EXIT.error);
    expect(cancel.stderr).toContain('already ended');
    const missing = await run(['tasks', 'get', '00000000-0000-4000-8000-000000000000'], env);
    expect(missing.code).toBe(EXIT.notFound);
  });

  it('exit 3 for a bad key and exit 2 for bad parameters, with every invalid parameter', async () => {
    server = await startLiveServer();
    const badKey = await run(['generate', 'a red fox', '--server', server.baseUrl, '--api-key', 'nope']);
    expect(badKey.code).toBe(EXIT.auth);
    expect(badKey.stderr).toContain('Invalid API key');
    const bad = await run(['generate', 'x', '--aspect-ratio', '7:3', '--server', server.baseUrl, '--api-key', KEY_A]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/- prompt: must be at least 2 characters\n {2}- aspect_ratio: must be one of/);
  });
});

describe('usage', () => {
  it('--help on every command, and exit 2 for usage mistakes', async () => {
    const helps = [['--help'], ['generate', '--help'], ['tasks', '--help'], ['tasks', 'list', '--help'], ['keys', '--help'], ['serve', '--help']];
    for (const [i, r] of (await Promise.all(helps.map((args) => run(args)))).entries()) {
      expect(r.code, helps[i].join(' ')).toBe(EXIT.ok);
      expect(r.stdout, helps[i].join(' ')).toMatch(/^Usage: bananastand/);
    }
    const [noPrompt, badSeed, missingRef] = await Promise.all([
      run(['generate']),
      run(['generate', 'a fox', '--seed', 'abc']),
      run(['generate', 'a fox', '--ref', 'nope.png']),
    ]);
    expect(noPrompt.code).toBe(EXIT.usage);
    expect(badSeed.code).toBe(EXIT.usage);
    expect(missingRef.code).toBe(EXIT.usage);
    expect(missingRef.stderr).toContain('--ref nope.png: cannot read the file (ENOENT)');
  });
});
