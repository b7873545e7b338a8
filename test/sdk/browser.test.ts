import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/child-server.js';
import { KEY_A } from '../helpers/runtime.js';
import { startLiveServer, type LiveServer } from './live-server.js';

// The built SDK in Chromium, from a page on another origin than the API: CORS, the event stream
// read with fetch, and a file drawn on a canvas without tainting it.

const DIST = path.join(ROOT, 'packages/sdk/dist');
let browser: Browser;
let api: LiveServer | undefined;
let pages: http.Server;
let pageOrigin: string;

const PAGE = `<!doctype html><meta charset="utf-8"><title>SDK</title><canvas id="c"></canvas>
<script type="module">
import { Bananastand } from '/sdk/index.js';
window.run = async (baseUrl, apiKey) => {
  const client = new Bananastand({ baseUrl, apiKey });
  const updates = [];
  const task = await client.subscribe({ prompt: 'a red fox in a snowy forest', resolution: '512', aspect_ratio: '4:3' }, { onUpdate: (t) => updates.push(t.status) });
  const img = new Image();
  img.crossOrigin = 'anonymous';
  img.src = task.generated[0];
  await img.decode();
  const canvas = document.getElementById('c');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  // Throws a SecurityError when the image tainted the canvas (no CORS on the file).
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let lit = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] > 0) lit++;
  const file = await client.files.download(task.generated[0]);
  const bitmap = await createImageBitmap(await file.blob());
  return { status: task.status, updates, width: canvas.width, height: canvas.height, lit, bitmap: [bitmap.width, bitmap.height], rate: client.lastRateLimit };
};
window.ready = true;
</script>`;

beforeAll(async () => {
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(ROOT, 'packages/sdk/tsconfig.json')], { stdio: 'pipe' });
  pages = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    const file = path.join(DIST, path.basename(url.pathname));
    if (url.pathname.startsWith('/sdk/') && fs.existsSync(file)) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(file));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((r) => pages?.close(r));
});

describe('the SDK in Chromium, cross-origin', () => {
  it('creates, subscribes to COMPLETED and draws the image on a canvas from a page on another origin', async () => {
    api = await startLiveServer({ BANANASTAND_CORS_ORIGINS: pageOrigin });
    expect(new URL(api.baseUrl).origin).not.toBe(pageOrigin);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageOrigin);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const got = await page.evaluate(([base, key]) => (window as unknown as { run(b: string, k: string): Promise<unknown> }).run(base, key), [api.baseUrl, KEY_A]);
    expect(errors).toEqual([]);
    expect(got).toMatchObject({ status: 'COMPLETED', width: 600, height: 448, bitmap: [600, 448] });
    const result = got as { updates: string[]; lit: number; rate: { remaining: number } };
    expect(result.updates.at(-1)).toBe('COMPLETED');
    expect(result.lit).toBeGreaterThan(1000);
    // The rate-limit headers were readable: the server exposes them.
    expect(result.rate.remaining).toEqual(expect.any(Number));
    await page.close();
  }, 60_000);

  it('fails without CORS, as a browser must (the origin is not listed)', async () => {
    await api?.close();
    api = await startLiveServer();
    const page = await browser.newPage();
    await page.goto(pageOrigin);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const error = await page.evaluate(([base, key]) =>
      (window as unknown as { run(b: string, k: string): Promise<unknown> }).run(base, key).then(() => 'no error', (e: Error) => `${e.name}: ${e.message}`), [api.baseUrl, KEY_A]);
    expect(error).toMatch(/NetworkError/);
    await page.close();
  }, 60_000);
});
