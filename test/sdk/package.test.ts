import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/child-server.js';
import { KEY_A, PNG_1x1, tempDir } from '../helpers/runtime.js';
import { startLiveServer, type LiveServer } from './live-server.js';

// The SDK as an app developer gets it: `npm pack` of packages/sdk installed into an empty project.

const SDK = path.join(ROOT, 'packages/sdk');
const TSC = path.join(ROOT, 'node_modules/.bin/tsc');
let scratch: string;
let tarball: string;
let packedBytes: number;
let server: LiveServer | undefined;

beforeAll(() => {
  execFileSync(TSC, ['-p', path.join(SDK, 'tsconfig.json')], { stdio: 'pipe' });
  scratch = tempDir('bananastand-sdk-consumer-');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: SDK, encoding: 'utf8' }));
  tarball = path.join(scratch, packed.filename);
  packedBytes = packed.size;
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // No dependencies, so nothing needs the registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: scratch, stdio: 'pipe' });
}, 120_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('the packed SDK (@bananastand/sdk)', () => {
  it('is under 200 kB, has no dependencies, and ships ESM with types', () => {
    expect(packedBytes).toBeLessThan(200_000);
    const manifest = JSON.parse(fs.readFileSync(path.join(scratch, 'node_modules/@bananastand/sdk/package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.type).toBe('module');
    expect(manifest.exports['.'].types).toBe('./dist/index.d.ts');
    expect(fs.readdirSync(path.join(scratch, 'node_modules'))).toEqual(['.package-lock.json', '@bananastand']);
    const shipped = fs.readdirSync(path.join(scratch, 'node_modules/@bananastand/sdk/dist'));
    expect(shipped).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'wire.d.ts']));
    expect(shipped.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toBe(false);
  });

  it('types a consumer: literal enums, the task fields, and refuses a wrong aspect ratio', () => {
    fs.writeFileSync(
      path.join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true }, include: ['*.ts'] }),
    );
    const good = `import { Bananastand, TaskFailedError, type AspectRatio, type Task, type TaskStage } from '@bananastand/sdk';
const client = new Bananastand({ baseUrl: 'http://localhost:8080', apiKey: 'k' }).withOptions({ maxRetries: 0 });
const ratio: AspectRatio = '16:9';
export async function run(): Promise<string> {
  const task: Task = await client.subscribe({ prompt: 'a fox', aspect_ratio: ratio, resolution: 'high', reference_images: [{ image: new Uint8Array([1]) }, { image: new Blob([]) }] }, {
    onUpdate: (t) => { const s: TaskStage | undefined = t.stage; const q: number | undefined = t.queue_position; void s; void q; },
  });
  if (task.status === 'FAILED') return task.error_code ?? 'internal';
  const file = await client.files.download(task.generated[0]!);
  const reader = file.body.getReader(); void reader;
  const limit = client.lastRateLimit?.remaining;
  try { await client.images.generate({ prompt: 'x' }); } catch (e) { if (e instanceof TaskFailedError) return e.code; }
  return String(limit);
}
`;
    fs.writeFileSync(path.join(scratch, 'consumer.ts'), good);
    execFileSync(TSC, ['-p', scratch], { cwd: scratch, stdio: 'pipe' });
    fs.writeFileSync(path.join(scratch, 'wrong.ts'), `import { Bananastand } from '@bananastand/sdk';\nvoid new Bananastand({ baseUrl: 'x' }).images.create({ prompt: 'p', aspect_ratio: '7:5' });\n`);
    let out = '';
    try {
      execFileSync(TSC, ['-p', scratch], { cwd: scratch, stdio: 'pipe' });
    } catch (err) {
      out = String((err as { stdout: Buffer }).stdout);
    }
    fs.rmSync(path.join(scratch, 'wrong.ts'));
    expect(out).toMatch(/wrong\.ts.*"7:5"/s);
  }, 60_000);

  it('runs in plain Node against a live server: a reference from a Buffer, subscribe, download as a stream', async () => {
    server = await startLiveServer();
    fs.writeFileSync(path.join(scratch, 'ref.png'), PNG_1x1);
    fs.writeFileSync(
      path.join(scratch, 'run.mjs'),
      `import { Bananastand } from '@bananastand/sdk';
import fs from 'node:fs';
const client = new Bananastand({ baseUrl: process.env.BASE, apiKey: process.env.KEY });
const updates = [];
const task = await client.subscribe({ prompt: 'a red fox in the snow', resolution: '512', reference_images: [{ image: fs.readFileSync('ref.png') }, { image: { path: 'ref.png' } }] }, { onUpdate: (t) => updates.push(t.status) });
const file = await client.files.download(task.generated[0]);
let bytes = 0;
for await (const chunk of file.body) bytes += chunk.length;
console.log(JSON.stringify({ status: task.status, updates, bytes, type: file.contentType, rate: client.lastRateLimit }));
`,
    );
    // Asynchronously: the server runs in this process and must keep answering.
    const { stdout } = await promisify(execFile)('node', ['run.mjs'], { cwd: scratch, env: { ...process.env, BASE: server.baseUrl, KEY: KEY_A }, encoding: 'utf8' });
    const got = JSON.parse(stdout);
    expect(got.status).toBe('COMPLETED');
    expect(got.updates.at(-1)).toBe('COMPLETED');
    expect(got.bytes).toBeGreaterThan(1000);
    expect(got.type).toBe('image/png');
    expect(got.rate).toMatchObject({ limit: expect.any(Number), remaining: expect.any(Number) });
  }, 60_000);
});
