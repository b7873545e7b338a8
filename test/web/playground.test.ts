import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/child-server.js';
import { KEY_A } from '../helpers/runtime.js';
import { startLiveServer, type LiveServer } from '../sdk/live-server.js';

const SHOTS = path.join(ROOT, 'test-results');
let server: LiveServer;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([
    startLiveServer(),
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPlayground(viewport: { width: number; height: number }, withKey = true): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  // Init scripts run in every frame, the sandboxed search entry point's too, which has no storage.
  if (withKey) await context.addInitScript((key) => window === window.top && localStorage.setItem('bananastand.apiKey', key), KEY_A);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(server.baseUrl);
  return page;
}
const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

/** The width / height of an element's rendered box. */
async function renderedRatio(page: Page, selector: string): Promise<number> {
  const box = (await page.locator(selector).boundingBox())!;
  return box.width / box.height;
}

describe('playground', () => {
  it('asks for the key once, creates a task, shows the image at its true aspect ratio, and lists it in the gallery', async () => {
    const page = await openPlayground({ width: 1280, height: 900 }, false);
    await expect.poll(() => page.locator('#key-dialog').isVisible()).toBe(true);
    await page.fill('#key-input', KEY_A);
    await page.click('#key-save');
    expect(await page.evaluate(() => localStorage.getItem('bananastand.apiKey'))).toBe(KEY_A);

    await page.fill('#prompt', 'a red fox curled up in fresh snow at dawn');
    await page.click('#ratios label:has(input[value="16:9"])');
    await page.click('#resolutions label:has(input[value="512"])');
    await page.fill('#seed', '7');
    await page.click('#create');

    await page.waitForSelector('#image.loaded', { timeout: 15_000 });
    await expect.poll(() => page.textContent('#status-pill')).toBe('COMPLETED');
    const taskId = (await page.textContent('#task-id'))!.trim();
    const task = (await (await fetch(`${server.baseUrl}/v1/ai/text-to-image/nano-banana-pro-flash/${taskId}`, { headers: { 'x-magnific-api-key': KEY_A } })).json()).data;
    expect(task.images[0]).toMatchObject({ width: 688, height: 384 });
    const want = task.images[0].width / task.images[0].height;
    expect(Math.abs((await renderedRatio(page, '#image')) - want)).toBeLessThan(0.02);
    expect(await page.getAttribute('#image', 'src')).toBe(task.generated[0]);
    expect(await page.textContent('#facts')).toContain('688 × 384');
    expect(await page.textContent('#engine-text')).toBe(task.text);
    expect(await page.isVisible('#download')).toBe(true);
    expect(page.url()).toContain(`#task=${taskId}`);

    await expect.poll(() => page.locator(`.tile[data-id="${taskId}"] img`).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'playground.png'), fullPage: true });
    expect(problemsOf(page)).toEqual([]);
    await page.context().close();
  });

  it("shows the API's message and each invalid parameter", async () => {
    const page = await openPlayground({ width: 1280, height: 900 });
    await page.fill('#prompt', 'x');
    await page.click('#create');
    const error = page.locator('#form-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.locator('b').textContent()).toBe("Your request parameters didn't validate.");
    expect(await error.locator('li').allTextContents()).toEqual(['prompt must be at least 2 characters']);
    await page.screenshot({ path: path.join(SHOTS, 'playground-error.png') });

    // A bad key: the 401 message, and a way to fix it.
    await page.click('#key-button');
    await page.fill('#key-input', 'nope');
    await page.click('#key-save');
    await page.locator('#gallery-error').waitFor({ state: 'visible' });
    expect(await page.locator('#gallery-error b').textContent()).toBe('Invalid API key');
    await page.context().close();
  });

  it('fits a phone screen and renders grounding sources with the search entry point in a sandboxed frame', async () => {
    const page = await openPlayground({ width: 390, height: 844 });
    // The local engine cannot search, so the browser is handed what a search-capable engine answers
    // (to the long polls: without the event stream the page falls back to them).
    await page.route('**/events', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"message":"Not found"}' }));
    await page.route('**/nano-banana-pro-flash/*', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      if (body.data?.status === 'COMPLETED') {
        body.data.grounding = {
          status: 'grounded',
          queries: ['tallest lighthouse in Europe'],
          sources: [{ uri: 'https://en.wikipedia.org/wiki/Phare_de_l%27%C3%8Ele_Vierge', title: "Phare de l'Île Vierge" }],
          search_entry_point: '<style>.chip{display:inline-block;padding:6px 12px;border-radius:16px;border:1px solid #ddd;font:14px sans-serif}</style><div class="chip">tallest lighthouse in Europe</div><script>document.body.dataset.ran = "1"</script>',
        };
      }
      await route.fulfill({ response, json: body });
    });
    await page.fill('#prompt', 'the tallest lighthouse in Europe');
    await page.click('#ratios label:has(input[value="9:16"])');
    await page.click('#resolutions label:has(input[value="512"])');
    await page.click('#create');
    await page.waitForSelector('#image.loaded', { timeout: 15_000 });
    expect(Math.abs((await renderedRatio(page, '#image')) - 384 / 688)).toBeLessThan(0.02);
    await page.locator('#sources a').waitFor();
    expect(await page.locator('#sources a').textContent()).toBe("Phare de l'Île Vierge");
    const frame = page.locator('#search-entry');
    expect(await frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    expect(await page.frameLocator('#search-entry').locator('.chip').textContent()).toBe('tallest lighthouse in Europe');
    expect(await page.frameLocator('#search-entry').locator('body').getAttribute('data-ran')).toBeNull();

    // Chromium paints an iframe only while it is on screen: a close-up of the grounding first.
    await frame.scrollIntoViewIfNeeded();
    await page.locator('#grounding').screenshot({ path: path.join(SHOTS, 'playground-grounding.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'playground-phone.png'), fullPage: true });
    expect(problemsOf(page).filter((p) => !/Content Security Policy|Blocked script|status of 404/i.test(p))).toEqual([]);
    await page.context().close();
  });

  it('the /docs page renders every operation of the OpenAPI document', async () => {
    const doc = await (await fetch(`${server.baseUrl}/openapi.json`)).json();
    const operations = Object.values<Record<string, unknown>>(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/docs`);
    await page.locator('.op .op-path').first().waitFor();
    expect(await page.locator('.op .method:not(.webhook)').count()).toBe(operations);
    expect(await page.locator('#schema-CreateTaskBody').textContent()).toContain('aspect_ratio');
    await page.screenshot({ path: path.join(SHOTS, 'docs.png') });
    await context.close();
  });
});
