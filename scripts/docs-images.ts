// Renders the pictures of the docs: the playground at desktop and phone width
// (docs/images/playground*.png), a terminal capture of `bananastand generate` run in tmux
// (docs/images/cli-generate.png), and the lifecycle diagram's PNG (docs/images/task-lifecycle.png).
// Needs /usr/bin/chromium, tmux, and a built dist/ (npm run build). Run: npx tsx scripts/docs-images.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import pino from 'pino';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { createRuntime } from '../src/runtime.js';
import { playgroundPlugins } from '../src/web/plugins.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const IMAGES = path.join(ROOT, 'docs/images');
const KEY = 'bs_docs_pictures_key_0123456789abcdefghij';
const TASKS = '/v1/ai/text-to-image/nano-banana-pro-flash';

const png = (svg: string, width: number) => new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'width', value: width } }).render().asPng();
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function playground(): Promise<void> {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-docs-'));
  const config = loadConfig({ BANANASTAND_DATA_DIR: dataDir, BANANASTAND_API_KEYS: KEY, BANANASTAND_ENGINE: 'local', PORT: String(port), HOST: '127.0.0.1', BANANASTAND_PUBLIC_URL: baseUrl });
  const runtime = await createRuntime(config, { logger: pino({ level: 'silent' }), plugins: playgroundPlugins() });
  await runtime.app.listen({ port, host: '127.0.0.1' });
  await runtime.start();
  await terminal(baseUrl);
  const prompts: [string, string][] = [
    ['A lighthouse on a cliff at sunset, warm light', '9:16'],
    ['A cat holding a sign that says "HELLO" in a sunny park', '4:5'],
    ['An astronaut riding a horse on the moon', '4:3'],
    ['A wide mountain panorama at dawn', '8:1'],
    ['A suited raccoon smoking a pipe in a vintage study room, warm lighting', '1:1'],
    ['A red fox curled up in fresh snow at dawn, soft golden light', '16:9'],
  ];
  const memory: Record<string, unknown> = {};
  let last = '';
  for (const [prompt, aspect_ratio] of prompts) {
    const res = await fetch(`${baseUrl}${TASKS}`, {
      method: 'POST',
      headers: { 'x-magnific-api-key': KEY, 'content-type': 'application/json', prefer: 'wait=60' },
      body: JSON.stringify({ prompt, aspect_ratio, resolution: '1K', seed: 7 }),
    });
    const task = (await res.json()).data;
    memory[task.task_id] = { prompt, aspect_ratio, resolution: '1K', seed: 7 };
    last = task.task_id;
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    for (const [name, viewport, fullPage] of [['playground.png', { width: 1280, height: 860 }, false], ['playground-phone.png', { width: 390, height: 844 }, false]] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: name.includes('phone') ? 2 : 1 });
      await context.addInitScript(([key, mem]) => {
        localStorage.setItem('bananastand.apiKey', key as string);
        localStorage.setItem('bananastand.tasks', JSON.stringify(mem));
      }, [KEY, memory] as const);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/#task=${last}`);
      await page.waitForSelector('#image.loaded');
      await page.locator('.tile img').last().waitFor();
      await page.fill('#prompt', 'A red fox curled up in fresh snow at dawn, soft golden light');
      if (name.includes('phone')) await page.evaluate(() => document.getElementById('result')!.scrollIntoView());
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(IMAGES, name), fullPage });
      await context.close();
    }
  } finally {
    await browser.close();
    await runtime.stop();
  }
}

/** Runs `bananastand generate` against the server in a tmux pane of 120 columns and draws what the pane shows. */
async function terminal(server: string): Promise<void> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bananastand-cli-shot-'));
  const session = `bananastand-docs-${process.pid}`;
  const command = `bananastand generate "a red fox curled up in fresh snow" --aspect-ratio 16:9 --resolution 2K --seed 7 -o fox.png`;
  const script = path.join(cwd, 'run.sh');
  fs.writeFileSync(script, `cd ${cwd}\nbananastand() { node ${path.join(ROOT, 'dist/cli/main.js')} "$@"; }\nclear\nprintf '$ %s\\n' '${command.replace(/'/g, "'\\''")}'\nBANANASTAND_SERVER=${server} BANANASTAND_API_KEY=${KEY} ${command}\necho DONE-MARK\nsleep 30\n`);
  execFileSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '14', `bash ${script}`]);
  let text = '';
  try {
    for (let i = 0; i < 200 && !text.includes('DONE-MARK'); i++) {
      await new Promise((r) => setTimeout(r, 200)); // the server answers from this same process
      text = execFileSync('tmux', ['capture-pane', '-p', '-t', session]).toString();
    }
  } finally {
    execFileSync('tmux', ['kill-session', '-t', session]);
  }
  const lines = text.split('\n').filter((l) => !l.includes('DONE-MARK')).map((l) => l.trimEnd());
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  fs.writeFileSync(path.join(IMAGES, 'cli-generate.txt'), `${lines.join('\n')}\n`);
  const lineHeight = 20;
  const width = 120 * 8.45 + 40;
  const height = lines.length * lineHeight + 60;
  const body = lines
    .map((l, i) => `<text x="20" y="${44 + i * lineHeight}" fill="${l.startsWith('$') ? '#ffd60a' : '#e8e6df'}">${escapeXml(l)}</text>`)
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans Mono" font-size="14" xml:space="preserve">
<rect width="100%" height="100%" rx="10" fill="#1b1b18"/>
<circle cx="20" cy="16" r="5" fill="#ff5f57"/><circle cx="38" cy="16" r="5" fill="#febc2e"/><circle cx="56" cy="16" r="5" fill="#28c840"/>
${body}
</svg>`;
  fs.writeFileSync(path.join(IMAGES, 'cli-generate.png'), png(svg, width * 2));
}

fs.writeFileSync(path.join(IMAGES, 'task-lifecycle.png'), png(fs.readFileSync(path.join(IMAGES, 'task-lifecycle.svg'), 'utf8'), 1760));
await playground();
console.log('wrote docs/images/playground.png, playground-phone.png, cli-generate.png (+ .txt), task-lifecycle.png');
