import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GenerateRequest } from '../../../../src/engines/engine.js';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { createLocalEngine } from '../../../../src/engines/local/index.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const engine = createLocalEngine();
const live = () => ({ signal: new AbortController().signal });

function request(prompt: string, over: Partial<GenerateRequest> = {}): GenerateRequest {
  return { prompt, aspectRatio: '16:9', resolution: '512', useGoogleSearch: false, references: [], ...over };
}

async function draw(prompt: string, over: Partial<GenerateRequest> = {}): Promise<{ png: Buffer; text: string; width: number; height: number }> {
  const result = await engine.generate(request(prompt, over), live());
  const [image] = result.images;
  return { png: image.bytes, text: result.text ?? '', width: image.width, height: image.height };
}

/** Mean RGB of a box given in fractions of the picture. */
async function meanOf(png: Buffer, x: number, y: number, w: number, h: number): Promise<[number, number, number]> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const region = { left: Math.round(x * width), top: Math.round(y * height), width: Math.max(1, Math.round(w * width)), height: Math.max(1, Math.round(h * height)) };
  // stats() reads the input image, not the pipeline's output: extract to a buffer first.
  const { channels } = await sharp(await sharp(png).extract(region).png().toBuffer()).stats();
  return [channels[0].mean, channels[1].mean, channels[2].mean];
}

const luma = ([r, g, b]: number[]) => 0.299 * r + 0.587 * g + 0.114 * b;

describe('local engine: settings a user can see', () => {
  it('lays a dark road across the desert when the prompt says highway', async () => {
    // Between the centre line and the road's edge, just above the bottom of the picture.
    const road = await meanOf((await draw('a vintage car on a desert highway')).png, 0.66, 0.95, 0.06, 0.03);
    // (A car in open country is on a road too, docs/local-engine.md "Vehicles and their roads": the sand is a camel's.)
    const sand = await meanOf((await draw('a camel in the desert')).png, 0.66, 0.95, 0.06, 0.03);
    expect(luma(road)).toBeLessThan(110);
    expect(luma(sand)).toBeGreaterThan(luma(road) + 60);
  });

  it('paints the studio paper the colour the prompt names', async () => {
    const black = await meanOf((await draw('a red sneaker on a black background', { aspectRatio: '1:1' })).png, 0.02, 0.02, 0.1, 0.1);
    const white = await meanOf((await draw('a red sneaker on a white background', { aspectRatio: '1:1' })).png, 0.02, 0.02, 0.1, 0.1);
    expect(luma(black)).toBeLessThan(60);
    expect(luma(white)).toBeGreaterThan(200);
  });

  it('puts Mars under the rocket: red ground, not outer space', async () => {
    const { png, text } = await draw('a spaceship landing on mars');
    const [r, g, b] = await meanOf(png, 0, 0.85, 0.2, 0.14);
    expect(r).toBeGreaterThan(g + 30);
    expect(r).toBeGreaterThan(b + 60);
    expect(text).toContain('on Mars');
  });

  it('shows indoor rain through the windows only: the floor is the same dry or wet', async () => {
    const plan = planScene('a cat in a cafe');
    const render = async (weather?: 'rain') => {
      const { svg } = composePicture({ plan: { ...plan, ...(weather ? { weather } : {}) }, width: 384, height: 256, seed: 1 });
      return rasterize(svg, { width: 384, height: 256, pixelate: false });
    };
    const floor = async (png: Buffer) => sharp(png).extract({ left: 0, top: 200, width: 384, height: 56 }).raw().toBuffer();
    const dry = await render();
    const wet = await render('rain');
    expect(wet.equals(dry)).toBe(false);
    expect((await floor(wet)).equals(await floor(dry))).toBe(true);
  });
});

describe('local engine: words in the picture', () => {
  it('writes what a thing "says" on the thing itself', async () => {
    const { text } = await draw('a birthday cake with candles that says "30"', { aspectRatio: '1:1' });
    expect(text).toContain('lettering reading "30"');
    expect(text).not.toContain('speech bubble');
    expect(text).not.toContain('candle');
  });

  it('draws a logo with the emblem of the place it is for', async () => {
    const { text } = await draw('a logo for a coffee shop called "BEAN THERE", flat design', { aspectRatio: '1:1' });
    expect(text).toMatch(/^hot beverage \(main\), a logo reading "BEAN THERE", against a studio backdrop/);
  });

  it('makes a poster on its own the whole picture', async () => {
    // A movie poster is drawn as its format (docs/local-engine-modes.md, "Covers"): its title set over the whole picture.
    const { png, text } = await draw('a movie poster that says "THE LAST BANANA"', { aspectRatio: '2:3' });
    expect(text).toMatch(/^movie poster: a deep field with a beam of light filling the poster, the title "THE LAST BANANA"/);
    expect(text).not.toMatch(/banana \(/);
    // The title's light letters sit in the lower third, over the dark foot of the poster.
    expect(luma(await meanOf(png, 0.45, 0.9, 0.1, 0.04))).toBeLessThan(120);
  });
});

describe('local engine: people and things', () => {
  it('says what a person is doing when an emoji shows it', async () => {
    expect((await draw('a woman riding a bicycle in Paris')).text).toMatch(/^woman \(main\) riding a bicycle, on a city street/);
    expect((await draw('a fisherman in a boat on a river')).text).toMatch(/^fisherman \(main\) rowing a boat, by a lake/);
  });

  it('hangs fairy lights in a bedroom with no main subject', async () => {
    expect((await draw('a cozy bedroom with fairy lights at night', { aspectRatio: '4:3' })).text).toMatch(/^with fairy lights, in a bedroom, at night/);
  });

  it('stands a frog on a lily pad and a train on a bridge', async () => {
    expect((await draw('a cute frog sitting on a lily pad in a pond')).text).toMatch(/^frog \(main\) on a lily pad/);
    expect((await draw('a steam train crossing a bridge over a river', { aspectRatio: '4:1' })).text).toMatch(/^train \(main\) on a bridge, by a lake/);
  });
});
