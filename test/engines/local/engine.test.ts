import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { EngineError, type GenerateRequest } from '../../../src/engines/engine.js';
import { createLocalEngine } from '../../../src/engines/local/index.js';
import { ASPECT_RATIOS, RESOLUTIONS, outputSize, type AspectRatio, type Resolution } from '../../../src/domain/output-size.js';

const engine = createLocalEngine();
const live = () => ({ signal: new AbortController().signal });

function request(prompt: string, over: Partial<GenerateRequest> = {}): GenerateRequest {
  return { prompt, aspectRatio: '1:1', resolution: '512', useGoogleSearch: false, references: [], ...over };
}

async function meanRgb(png: Buffer): Promise<[number, number, number]> {
  const { channels } = await sharp(png).stats();
  return [channels[0].mean, channels[1].mean, channels[2].mean];
}

async function solidPng(hex: string): Promise<Buffer> {
  return sharp({ create: { width: 48, height: 48, channels: 3, background: hex } }).png().toBuffer();
}

const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('local engine', () => {
  it('describes itself', () => {
    expect(engine).toMatchObject({ name: 'local', model: 'bananastand-local-1', acceptsGcsUris: false });
  });

  it('draws the raccoon prompt and says what it drew', async () => {
    const result = await engine.generate(request('A suited raccoon smoking a pipe in a vintage study room, warm lighting', { resolution: '1K' }), live());
    expect(result.images).toHaveLength(1);
    const [image] = result.images;
    expect(image).toMatchObject({ mimeType: 'image/png', width: 1024, height: 1024 });
    const meta = await sharp(image.bytes).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1024, height: 1024 });
    expect(result.text).toMatch(/^raccoon \(main\) wearing a suit and a necktie, holding a pipe/);
    expect(result.text).toContain('study');
    expect(result.text).toContain('warm light');
    expect(result.grounding).toBeUndefined();
  });

  // Every size in the output table, rendered natively. The 4K ones dominate the time, so they use
  // a plain prompt.
  for (const resolution of RESOLUTIONS) {
    it(`renders every aspect ratio at exactly its ${resolution} size`, async () => {
      for (const ratio of ASPECT_RATIOS) {
        const { width, height } = outputSize(ratio as AspectRatio, resolution as Resolution);
        const prompt = resolution === '4K' ? 'a cat' : 'a fox in a forest at sunset';
        const result = await engine.generate(request(prompt, { aspectRatio: ratio, resolution }), live());
        const image = result.images[0];
        expect([image.width, image.height], `${ratio} ${resolution}`).toEqual([width, height]);
        const meta = await sharp(image.bytes).metadata();
        expect([meta.format, meta.width, meta.height], `${ratio} ${resolution}`).toEqual(['png', width, height]);
      }
    }, 120_000);
  }

  it('is deterministic: the same request gives byte-identical PNGs; another seed gives another picture', async () => {
    const req = request('two dogs and a cat playing in a meadow at sunset', { seed: 42 });
    const a = await engine.generate(req, live());
    const b = await engine.generate(req, live());
    expect(a.images[0].bytes.equals(b.images[0].bytes)).toBe(true);
    const c = await engine.generate({ ...req, seed: 43 }, live());
    expect(c.images[0].bytes.equals(a.images[0].bytes)).toBe(false);
  });

  it('draws visibly different pictures for different prompts', async () => {
    const a = await meanRgb((await engine.generate(request('a penguin in the snow'), live())).images[0].bytes);
    const b = await meanRgb((await engine.generate(request('a camel in the desert at sunset'), live())).images[0].bytes);
    const c = await meanRgb((await engine.generate(request('a rocket in outer space'), live())).images[0].bytes);
    expect(dist(a, b)).toBeGreaterThan(30);
    expect(dist(a, c)).toBeGreaterThan(30);
    expect(dist(b, c)).toBeGreaterThan(30);
  });

  it('writes quoted words into the picture and the description', async () => {
    const result = await engine.generate(request('A neon sign that says "OPEN" on a rainy street', { aspectRatio: '16:9' }), live());
    expect(result.text).toContain('a neon sign reading "OPEN"');
    const placard = await engine.generate(request('a cat holding a sign that says "HELLO"'), live());
    expect(placard.text).toContain('cat (main) holding a placard reading "HELLO"');
  });

  it('moves the mean colour toward the reference images, more when asked for their palette', async () => {
    const prompt = 'a garden with tulips and a butterfly';
    const base = await meanRgb((await engine.generate(request(prompt), live())).images[0].bytes);
    const purple = [106, 44, 145];
    const ref = { index: 0, bytes: await solidPng('#6a2c91'), mimeType: 'image/png' as const };
    const steered = await engine.generate(request(prompt, { references: [ref] }), live());
    const hinted = await engine.generate(request(prompt, { references: [{ ...ref, text: 'use this colour palette' }] }), live());
    const withRef = await meanRgb(steered.images[0].bytes);
    const withHint = await meanRgb(hinted.images[0].bytes);
    expect(dist(withRef, purple)).toBeLessThan(dist(base, purple) - 15);
    expect(dist(withHint, purple)).toBeLessThan(dist(withRef, purple));
    expect(steered.text).toContain('colours taken from the reference images');
  });

  it('rejects a reference that is not an image', async () => {
    const bad = { index: 0, bytes: Buffer.from('not an image at all'), mimeType: 'image/png' as const };
    await expect(engine.generate(request('a cat', { references: [bad] }), live())).rejects.toMatchObject({ code: 'invalid_reference_image' });
  });

  it('draws a sensible scene for a prompt with no known words', async () => {
    const result = await engine.generate(request('xyzzy plonk frobnicate', { aspectRatio: '4:3' }), live());
    const meta = await sharp(result.images[0].bytes).metadata();
    expect([meta.width, meta.height]).toEqual([600, 448]);
    expect(result.text).toContain('meadow');
    expect(result.text).toContain('not drawn: plonk');
  });

  it('says it cannot search the web when grounding is asked for', async () => {
    const result = await engine.generate(request('a lighthouse', { useGoogleSearch: true }), live());
    expect(result.grounding).toEqual({
      status: 'unavailable',
      reason: 'The local engine cannot search the web; the picture was drawn from the prompt alone.',
    });
  });

  it('honours the abort signal: cancelled, or timeout when the reason is a TimeoutError', async () => {
    const cancelled = new AbortController();
    cancelled.abort();
    const err = await engine.generate(request('a cat'), { signal: cancelled.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect(err).toMatchObject({ code: 'cancelled' });

    const timedOut = AbortSignal.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(engine.generate(request('a cat'), { signal: timedOut })).rejects.toMatchObject({ code: 'timeout' });

    // Aborted while rendering: the render is abandoned and the error says why.
    const later = new AbortController();
    const pending = engine.generate(request('a cat', { resolution: '4K' }), { signal: later.signal });
    setTimeout(() => later.abort(), 5);
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('renders every style without error and differently', async () => {
    const styles = ['', 'watercolor', 'pixel art', 'neon style', 'pencil sketch', 'oil painting', 'vintage photo', 'flat poster', 'anime style',
      'ink wash', 'woodcut', 'claymation'];
    const seen = new Set<string>();
    for (const style of styles) {
      const result = await engine.generate(request(`a fox in a forest${style ? `, ${style}` : ''}`), live());
      seen.add(result.images[0].bytes.toString('base64').slice(-64));
    }
    expect(seen.size).toBe(styles.length);
  });
});
