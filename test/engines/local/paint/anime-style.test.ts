import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { GenerateRequest } from '../../../../src/engines/engine.js';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { createLocalEngine } from '../../../../src/engines/local/index.js';
import type { ScenePlan } from '../../../../src/engines/local/plan/scene-plan.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { emojiEyes } from '../../../../src/engines/local/paint/styles/anime-eyes.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';
import { ASPECT_RATIOS, outputSize, type AspectRatio } from '../../../../src/domain/output-size.js';

const SIZE = 256;
/** The lens flare's rays round a daytime anime sun (paint/styles/anime.ts). */
const RAYS = 'fill="#ffffff" fill-opacity="0.45"';

const svgOf = (plan: ScenePlan, seed = 3) => composePicture({ plan, width: SIZE, height: SIZE, seed }).svg;

async function pixels(plan: ScenePlan, seed = 3): Promise<Buffer> {
  const png = await rasterize(svgOf(plan, seed), { width: SIZE, height: SIZE, pixelate: false });
  return sharp(png).removeAlpha().raw().toBuffer();
}

interface Stats {
  /** Share of pixels darker than luma 70: ink lines, dark hair. */
  dark: number;
  /** Pixels of the emoji's yellow skin. */
  emojiSkin: number;
  /** Mean colour of the top rows: the sky. */
  sky: [number, number, number];
}

function stats(raw: Buffer): Stats {
  let dark = 0, emojiSkin = 0;
  const sky = [0, 0, 0];
  for (let i = 0; i < raw.length; i += 3) {
    const [r, g, b] = [raw[i]!, raw[i + 1]!, raw[i + 2]!];
    if (0.299 * r + 0.587 * g + 0.114 * b < 70) dark++;
    if (r > 230 && g > 170 && g < 215 && b < 90) emojiSkin++;
    if (i < SIZE * 12 * 3) [sky[0], sky[1], sky[2]] = [sky[0]! + r, sky[1]! + g, sky[2]! + b];
  }
  const rows = SIZE * 12;
  return { dark: dark / (raw.length / 3), emojiSkin, sky: [sky[0]! / rows, sky[1]! / rows, sky[2]! / rows] };
}

describe('the anime style', () => {
  it.each([
    'an anime girl in a park', 'a fox in anime style', 'a forest, studio ghibli', 'a ghibli village', 'a cel shaded robot',
    'a castle, cel shading', 'a cel-shaded car', 'a shonen boy with a sword', 'a shojo girl in a garden',
    'a visual novel classroom', 'a city street in the style of makoto shinkai', 'a shoujo heroine', 'a shounen fight',
  ])('"%s" is drawn in the anime style', (prompt) => {
    expect(planScene(prompt).style).toBe('anime');
  });

  it.each([
    ['a manga panel of a ninja', 'comic'],
    ['a chibi cat', 'illustrated'],
    ['a kawaii bunny', 'illustrated'],
  ])('"%s" stays %s', (prompt, style) => {
    expect(planScene(prompt).style).toBe(style);
  });

  it('says so in the description', () => {
    expect(composePicture({ plan: planScene('an anime girl in a meadow'), width: SIZE, height: SIZE, seed: 1 }).description).toMatch(/, anime style$/);
  });

  it('looks unlike the illustrated picture of the same plan and seed: a deeper blue sky, ink lines, drawn faces', async () => {
    const anime = planScene('a girl in a meadow, anime');
    const plain = stats(await pixels({ ...anime, style: 'illustrated' }));
    const cel = stats(await pixels(anime));
    // The sky: deep saturated blue (little red) rather than the default's pale blue.
    expect(cel.sky[0]).toBeLessThan(plain.sky[0] - 40);
    expect(cel.sky[2] - cel.sky[0]).toBeGreaterThan(plain.sky[2] - plain.sky[0] + 40);
    // Thin dark outlines and dark glossy hair: several times the dark pixels.
    expect(cel.dark).toBeGreaterThan(plain.dark * 3);
    // The person's head is drawn, not the yellow emoji face.
    expect(plain.emojiSkin).toBeGreaterThan(1000);
    expect(cel.emojiSkin).toBeLessThan(plain.emojiSkin / 20);
  });

  it("draws every person's head in anime, a second person's too", async () => {
    const plan = planScene('an anime boy and a girl on the beach');
    expect(plan.subjects.map((s) => s.thing.icon)).toEqual(['boy', 'girl']);
    const plain = stats(await pixels({ ...plan, style: 'illustrated' })).emojiSkin;
    // What yellow is left is the beach towel's.
    expect(plain).toBeGreaterThan(3000);
    expect(stats(await pixels(plan)).emojiSkin).toBeLessThan(plain / 5);
  });

  it('cel shades objects: the gradient on a mountain becomes two hard tones', () => {
    const anime = planScene('a mountain lake, anime');
    const hardSteps = (svg: string) => [...svg.matchAll(/<linearGradient[^>]*>(.*?)<\/linearGradient>/g)]
      .map((m) => [...m[1]!.matchAll(/offset="([\d.]+)"/g)].map((o) => o[1]).join(' '))
      .filter((offsets) => offsets === '0 0.56 0.56 1');
    expect(hardSteps(svgOf(anime)).length).toBeGreaterThan(0);
    expect(hardSteps(svgOf({ ...anime, style: 'illustrated' }))).toEqual([]);
  });

  it('puts lens flare and sparkles only in a bright daytime sky, under the people', () => {
    const day = svgOf(planScene('a girl in a meadow, anime'));
    expect(day).toContain(RAYS);
    // Drawn with the sky, before the girl's face (her skin's first use).
    expect(day.indexOf(RAYS)).toBeLessThan(day.indexOf('fill="#ffe2cf"'));
    for (const when of ['at night', 'in the rain', 'at sunset', 'in a storm']) expect(svgOf(planScene(`a girl in a meadow ${when}, anime`)), when).not.toContain(RAYS);
  });

  it('keeps a night sky dark and a rainy one grey', async () => {
    const night = stats(await pixels(planScene('a girl in a meadow at night, anime')));
    expect(Math.max(...night.sky)).toBeLessThan(60);
    const rain = stats(await pixels(planScene('a girl in a meadow in the rain, anime')));
    expect(Math.max(...rain.sky) - Math.min(...rain.sky)).toBeLessThan(40);
  });

  it('is deterministic with a seed, and another seed draws another picture', async () => {
    const plan = planScene('an anime boy on a rooftop at sunset');
    expect((await pixels(plan, 9)).equals(await pixels(plan, 9))).toBe(true);
    expect((await pixels(plan, 9)).equals(await pixels(plan, 10))).toBe(false);
  });

  it('renders every aspect ratio at exactly its size', async () => {
    const engine = createLocalEngine();
    for (const ratio of ASPECT_RATIOS) {
      const request: GenerateRequest = { prompt: 'anime girl with a red scarf on a hill, studio ghibli style', aspectRatio: ratio, resolution: '512', useGoogleSearch: false, references: [] };
      const [image] = (await engine.generate(request, { signal: new AbortController().signal })).images;
      const { width, height } = outputSize(ratio as AspectRatio, '512');
      const meta = await sharp(image!.bytes).metadata();
      expect([image!.width, image!.height, meta.width, meta.height], ratio).toEqual([width, height, width, height]);
    }
  }, 60_000);
});

describe('animals in the anime style', () => {
  // White dots of under three units: highlights in an emoji's 32-unit box (a cloud's puffs are far larger).
  const highlights = (svg: string) => [...svg.matchAll(/<circle [^>]*r="([\d.]+)" fill="#ffffff"\/>/g)].filter((m) => Number(m[1]) < 3).length;

  it("finds an emoji animal's eyes: a pair facing out, one seen from the side", () => {
    expect(emojiEyes('fox')).toHaveLength(2);
    expect(emojiEyes('bear')).toHaveLength(2);
    expect(emojiEyes('horse')).toHaveLength(1);
    const [left, right] = emojiEyes('fox');
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(0.5);
  });

  it('gives animals glossy anime eyes (two highlights each) over their emoji ones; things get none', () => {
    const fox = planScene('a fox in a meadow, anime');
    expect(highlights(svgOf(fox)) - highlights(svgOf({ ...fox, style: 'illustrated' }))).toBeGreaterThanOrEqual(4);
    const car = planScene('a red car on a road, anime');
    expect(highlights(svgOf(car))).toBe(highlights(svgOf({ ...car, style: 'illustrated' })));
  });
});
