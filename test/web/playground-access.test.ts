import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/child-server.js';
import { KEY_A } from '../helpers/runtime.js';
import { startLiveServer, type LiveServer } from '../sdk/live-server.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = path.join(ROOT, 'test-results');
let server: LiveServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startLiveServer(),
    chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(viewport: { width: number; height: number }, opts: { path?: string; bypassCSP?: boolean } = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, bypassCSP: opts.bypassCSP });
  await context.addInitScript((key) => window === window.top && localStorage.setItem('bananastand.apiKey', key), KEY_A);
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}${opts.path ?? '/'}`);
  return { page, context };
}

const pickRatio = (page: Page, r: string) => page.click(`#ratios label:has(input[value="${r}"])`);
const pickResolution = (page: Page, r: string) => page.click(`#resolutions label:has(input[value="${r}"])`);

async function create(page: Page, prompt: string, ratio = '1:1') {
  await page.fill('#prompt', prompt);
  await pickRatio(page, ratio);
  await pickResolution(page, '512');
  const before = await page.textContent('#task-id');
  await page.click('#create');
  await expect.poll(() => page.textContent('#task-id')).not.toBe(before);
  await expect.poll(() => page.textContent('#status-pill'), { timeout: 20_000 }).toBe('COMPLETED');
  await page.waitForSelector('#image.loaded');
  return (await page.textContent('#task-id'))!.trim();
}

/** Serious and critical axe-core violations, as "rule: target" lines. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run()).violations);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('playground on a phone, by keyboard, for axe', () => {
  it('fits 390 px with nothing cut off, long reference URLs wrap, and the result scrolls into view after Create', async () => {
    const { page, context } = await open({ width: 390, height: 844 });
    await page.fill('#ref-url', `https://images.example.com/${'a-very-long-path-segment/'.repeat(8)}reference.png`);
    await page.click('#ref-url-add');
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    const ref = (await page.locator('.ref').boundingBox())!;
    expect(ref.x + ref.width).toBeLessThanOrEqual(390);
    await page.click('.ref button[aria-label^="Remove"]');
    await page.locator('#create').scrollIntoViewIfNeeded();
    const button = (await page.locator('#create').boundingBox())!;
    expect(button.x).toBeGreaterThanOrEqual(0);
    expect(button.x + button.width).toBeLessThanOrEqual(390);
    await create(page, 'a narrow lighthouse on a cliff', '1:8');
    const result = (await page.locator('#result').boundingBox())!;
    expect(result.y).toBeGreaterThanOrEqual(-1);
    expect(result.y).toBeLessThan(844 / 2);
    expect(await width()).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'access-phone.png'), fullPage: true });
    await context.close();
  });

  it('reaches every control with Tab: one stop per radio group, arrow keys move the choice, Enter and Space on Upload… open the file input', async () => {
    const { page, context } = await open({ width: 1280, height: 900 });
    await page.locator('#ratios input').first().waitFor({ state: 'attached' });
    await page.focus('#prompt');
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => { const el = document.activeElement as HTMLInputElement; return el.id || `${el.name}=${el.value}`; }));
    }
    expect(stops).toEqual(['aspect_ratio=1:1', 'resolution=1K', 'ref-upload', 'ref-url']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.querySelector('input[name=aspect_ratio]:checked') as HTMLInputElement).value)).toBe('2:3');
    // Enter on the focused Upload… button opens the file input (the dialog itself is not opened here).
    await page.evaluate(() => {
      const input = document.getElementById('ref-file')!;
      input.addEventListener('click', (e) => {
        e.preventDefault();
        input.dataset.opened = String(Number(input.dataset.opened ?? 0) + 1);
      });
    });
    await page.focus('#ref-upload');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('#ref-file', 'data-opened')).toBe('2');
    expect(await page.getAttribute('#ref-file', 'accept')).toBe('image/png,image/jpeg,image/webp');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe-core finds no serious or critical violation on / and /docs (${colorScheme})`, async () => {
      const { page, context } = await open({ width: 1280, height: 900 }, { bypassCSP: true });
      await page.emulateMedia({ colorScheme });
      await create(page, `a ${colorScheme} garden with a bench`);
      await page.fill('#prompt', 'x');
      await page.click('#create');
      await page.locator('#form-error').waitFor({ state: 'visible' });
      await page.locator('.tile').first().waitFor();
      expect(await axeProblems(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `access-${colorScheme}.png`) });
      await page.goto(`${server.baseUrl}/docs`);
      await page.locator('.op .op-path').first().waitFor();
      expect(await axeProblems(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('playground features', () => {
  it('sends webhook_url and shows the delivery log of the task', async () => {
    const received: string[] = [];
    const hook = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        received.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
    const { page, context } = await open({ width: 1280, height: 900 });
    const sent: unknown[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/nano-banana-pro-flash') && sent.push(r.postDataJSON()));
    await page.fill('#webhook-url', hookUrl);
    await create(page, 'a postman on a bicycle');
    expect(sent).toEqual([expect.objectContaining({ webhook_url: hookUrl, prompt: 'a postman on a bicycle' })]);
    await page.locator('#deliveries').waitFor({ state: 'visible' });
    await expect.poll(async () => {
      await page.click('#deliveries-refresh');
      return page.locator('.delivery .pill').allTextContents();
    }, { timeout: 15_000 }).toContain('delivered');
    expect(await page.textContent('#deliveries-list')).toContain(hookUrl);
    expect(await page.textContent('#deliveries-list')).toContain('HTTP 200');
    expect(received.length).toBeGreaterThan(0);
    await page.locator('#deliveries').screenshot({ path: path.join(SHOTS, 'access-deliveries.png') });
    await context.close();
    await new Promise((r) => hook.close(r));
  });

  it('the gallery shows each prompt and whole pictures; Rerun fills the form; no alt text of the previous image in the next task', async () => {
    const { page, context } = await open({ width: 1280, height: 900 });
    await page.fill('#seed', '4242');
    const wide = await create(page, 'a very wide mountain panorama', '8:1');
    const firstAlt = await page.getAttribute('#image', 'alt');
    expect(firstAlt).toBe('Generated image: a very wide mountain panorama');
    // Every state of the result while the next task runs: its id and the image's alt text.
    await page.evaluate(() => {
      const seen: string[][] = [];
      (window as unknown as { seen: string[][] }).seen = seen;
      const record = () => seen.push([document.getElementById('task-id')!.textContent!, document.getElementById('image')!.getAttribute('alt') ?? '']);
      new MutationObserver(record).observe(document.getElementById('result-body')!, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    const tall = await create(page, 'a very tall tower', '1:8');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen);
    expect(seen.filter(([id, alt]) => id === tall && alt === firstAlt)).toEqual([]);

    const tile = page.locator(`.tile[data-id="${wide}"]`);
    await tile.locator('img').waitFor();
    expect(await tile.locator('.tile-prompt').textContent()).toBe('a very wide mountain panorama');
    expect(await tile.locator('img').evaluate((img) => getComputedStyle(img).objectFit)).toBe('contain');
    expect(await page.locator(`.tile[data-id="${tall}"] .tile-prompt`).textContent()).toBe('a very tall tower');

    await page.fill('#prompt', 'something else');
    await page.fill('#seed', '');
    await tile.locator('.tile-rerun').click();
    expect(await page.inputValue('#prompt')).toBe('a very wide mountain panorama');
    expect(await page.evaluate(() => (document.querySelector('input[name=aspect_ratio]:checked') as HTMLInputElement).value)).toBe('8:1');
    expect(await page.evaluate(() => (document.querySelector('input[name=resolution]:checked') as HTMLInputElement).value)).toBe('512');
    expect(await page.inputValue('#seed')).toBe('4242');
    await page.locator('.gallery').screenshot({ path: path.join(SHOTS, 'access-gallery.png') });
    await context.close();
  });

  it('shows queue position and stage from the event stream, and falls back to long polls without it', async () => {
    const { page, context } = await open({ width: 1280, height: 900 });
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { details: string[] }).details = seen;
      // Each text set is its own added node, even when several renders fall in one observer callback.
      new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => seen.push(n.textContent!)))).observe(document.getElementById('status-detail')!, { childList: true });
    });
    let streams = 0;
    await page.route('**/events', async (route) => {
      streams++;
      const id = /([0-9a-f-]{36})\/events/.exec(route.request().url())![1];
      const base = { task_id: id, generated: [], created_at: new Date().toISOString(), aspect_ratio: '1:1', resolution: '512' };
      const events = [
        { ...base, status: 'CREATED', queue_position: 3 },
        { ...base, status: 'CREATED', queue_position: 1 },
        { ...base, status: 'IN_PROGRESS', stage: 'generating' },
      ];
      await route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body: events.map((e) => `event: task\ndata: ${JSON.stringify(e)}\n\n`).join('') });
    });
    await create(page, 'a queue of people at a bakery');
    expect(streams).toBe(1);
    const details = await page.evaluate(() => (window as unknown as { details: string[] }).details);
    expect(details).toEqual(expect.arrayContaining(['#3 in the queue', 'Next in the queue', 'Generating']));

    await page.unroute('**/events');
    await page.route('**/events', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"message":"Not found"}' }));
    await create(page, 'a second loaf of bread');
    expect(await page.isVisible('#task-error')).toBe(false);
    await context.close();
  });
});
