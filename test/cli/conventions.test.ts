import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closest } from '../../src/cli/args.js';
import { EXIT } from '../../src/cli/io.js';
import { progressDetail } from '../../src/cli/progress.js';
import type { Task } from '../../packages/sdk/src/index.js';
import { assertBuiltFresh, CLI, ROOT, freePort } from '../helpers/child-server.js';
import { KEY_A, tempDir } from '../helpers/runtime.js';
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

describe('CLI conventions', () => {
  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const r = await run([flag]);
      expect(r.code).toBe(EXIT.ok);
      expect(r.stdout).toBe(`bananastand ${version}\n`);
    }
  });

  it('answers an unknown option or command with the nearest one, and exit 2', async () => {
    const [aspect, typo, short, sub, top, missing] = await Promise.all([
      run(['generate', 'a red fox', '--aspect', '16:9']),
      run(['generate', 'a red fox', '--resolutoin', '2K']),
      run(['generate', 'a red fox', '-x']),
      run(['tasks', 'lsit']),
      run(['genrate', 'a fox']),
      run(['generate', 'a red fox', '--seed']),
    ]);
    for (const r of [aspect, typo, short, sub, top, missing]) {
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|TypeError|at parseArgs/);
    }
    expect(aspect.stderr).toContain('bananastand generate: unknown option --aspect; did you mean --aspect-ratio?');
    expect(aspect.stderr).toContain('Run "bananastand generate --help" for the options.');
    expect(typo.stderr).toContain('unknown option --resolutoin; did you mean --resolution?');
    expect(short.stderr).toContain('unknown option -x; the short options are -o (--output), -h (--help)');
    expect(sub.stderr).toContain('unknown command "lsit"; did you mean list?');
    expect(top.stderr).toContain('unknown command "genrate"; did you mean generate?');
    expect(missing.stderr).toContain('option --seed needs a value');
    expect(closest('--zzzzzz', ['--aspect-ratio', '--seed'])).toBeUndefined();
  });

  it('serve --port and --host are honoured', async () => {
    const port = await freePort();
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BANANASTAND_|PORT$|HOST$)/.test(k)));
    const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...base, PORT: '1', HOST: 'nowhere.invalid', BANANASTAND_DATA_DIR: tempDir(), BANANASTAND_ENGINE: 'local', BANANASTAND_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      await expect.poll(() => output, { timeout: 20_000 }).toContain(`listening on http://127.0.0.1:${port}`);
      expect(output).toContain(`public URL : http://localhost:${port}`);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const bad = await run(['serve', '--port', 'eighty']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('--port must be a whole number from 1 to 65535');
  });

  it('generate --no-wait prints the task id at once; tasks download saves its image', async () => {
    server = await startLiveServer();
    const env = { BANANASTAND_SERVER: server.baseUrl, BANANASTAND_API_KEY: KEY_A };
    const created = await run(['generate', 'a lighthouse at dusk', '--aspect-ratio', '8:1', '--resolution', '512', '--no-wait'], env);
    expect(created.code).toBe(EXIT.ok);
    const id = created.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.stderr).toContain(`bananastand tasks download ${id}`);
    expect(fs.readdirSync(created.cwd)).toEqual([]);

    const json = await run(['generate', 'a second lighthouse', '--resolution', '512', '--no-wait', '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'CREATED', resolution: '512' });

    const dl = await run(['tasks', 'download', id, '-o', 'wide.png'], env);
    expect(dl.code, dl.stderr).toBe(EXIT.ok);
    expect(dl.stdout).toBe('saved wide.png\n');
    const meta = await sharp(fs.readFileSync(path.join(dl.cwd, 'wide.png'))).metadata();
    expect(meta.width! / meta.height!).toBeCloseTo(8, 0);

    const missing = await run(['tasks', 'download', '00000000-0000-4000-8000-000000000000'], env);
    expect(missing.code).toBe(EXIT.notFound);
    const noServer = await run(['generate', 'a fox', '--no-wait'], { BANANASTAND_DATA_DIR: tempDir() });
    expect(noServer.code).toBe(EXIT.usage);
    expect(noServer.stderr).toContain('--no-wait needs a server');
  });

  it('an exported BANANASTAND_API_KEY of some server does not break in-process generate', async () => {
    const r = await run(['generate', 'a red fox in the snow', '--resolution', '512', '-o', 'fox.png'], {
      BANANASTAND_DATA_DIR: tempDir(),
      BANANASTAND_ENGINE: 'local',
      BANANASTAND_API_KEY: 'bs_a_key_of_a_remote_server',
    });
    expect(r.stderr).not.toContain('Invalid API key');
    expect(r.code).toBe(EXIT.ok);
    expect(fs.existsSync(path.join(r.cwd, 'fox.png'))).toBe(true);
  });

  it('the progress line names the queue position and the stage when the task has them', () => {
    const t = (fields: Record<string, unknown>) => ({ task_id: 'x', generated: [], ...fields }) as unknown as Task;
    expect(progressDetail(t({ status: 'CREATED', queue_position: 1 }))).toBe('next in queue');
    expect(progressDetail(t({ status: 'CREATED', queue_position: 4 }))).toBe('#4 in queue');
    expect(progressDetail(t({ status: 'IN_PROGRESS', stage: 'fetching_references' }))).toBe('fetching references');
    expect(progressDetail(t({ status: 'IN_PROGRESS' }))).toBe('');
    expect(progressDetail(t({ status: 'COMPLETED', queue_position: 2 }))).toBe('');
  });
});
