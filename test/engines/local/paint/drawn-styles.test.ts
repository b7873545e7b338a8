import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import type { ScenePlan } from '../../../../src/engines/local/plan/scene-plan.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';
import { STYLES, type StyleKind } from '../../../../src/engines/local/read/lexicon-scene.js';

// The ink wash, woodcut and claymation styles (paint/styles/ink-wash.ts, woodcut.ts, clay.ts).
const SIZE = 192;

const svgOf = (plan: ScenePlan, seed = 3) => composePicture({ plan, width: SIZE, height: SIZE, seed }).svg;

async function pixels(plan: ScenePlan, seed = 3): Promise<Buffer> {
  const png = await rasterize(svgOf(plan, seed), { width: SIZE, height: SIZE, pixelate: plan.style === 'pixel' });
  return sharp(png).removeAlpha().raw().toBuffer();
}

interface Stats {
  /** Mean saturation (max − min of the channels, 0..255). */
  chroma: number;
  /** Share of pale warm paper (light, barely coloured). */
  paper: number;
  /** Share of near-black ink. */
  ink: number;
  /** Share of seal red. */
  red: number;
  /** How many distinct colours, each channel in steps of 16. */
  colours: number;
}

function stats(raw: Buffer): Stats {
  let chroma = 0, paper = 0, ink = 0, red = 0;
  const seen = new Set<number>();
  const n = raw.length / 3;
  for (let i = 0; i < raw.length; i += 3) {
    const [r, g, b] = [raw[i]!, raw[i + 1]!, raw[i + 2]!];
    const c = Math.max(r, g, b) - Math.min(r, g, b), l = 0.299 * r + 0.587 * g + 0.114 * b;
    chroma += c;
    if (l > 200 && c < 40) paper++;
    if (l < 45) ink++;
    if (r > 160 && g < 90 && b < 80) red++;
    seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
  }
  return { chroma: chroma / n, paper: paper / n, ink: ink / n, red: red / n, colours: seen.size };
}

describe('the ink wash, woodcut and claymation styles', () => {
  it.each([
    ['a heron in a pond, ink wash', 'inkwash'], ['a sumi-e bamboo grove', 'inkwash'], ['a sumi e crane', 'inkwash'],
    ['shan shui painting of mountains', 'inkwash'], ['a Chinese painting of a horse', 'inkwash'], ['a chinese ink wash painting of a tiger', 'inkwash'],
    ['a Japanese ink painting of a cat', 'inkwash'], ['a woodcut of a wolf', 'woodcut'], ['a linocut fox', 'woodcut'],
    ['a block print of a bird', 'woodcut'], ['a woodblock print of a ship', 'woodcut'], ['an engraving of a castle', 'woodcut'],
    ['a lino print owl', 'woodcut'], ['a claymation dog', 'clay'], ['a fox made of clay', 'clay'], ['a plasticine robot', 'clay'],
    ['a stop-motion rabbit', 'clay'], ['a stop motion film of a family', 'clay'], ['clay characters in a kitchen', 'clay'], ['a cat, clay', 'clay'],
  ])('"%s" is drawn in the %s style', (prompt, style) => {
    expect(planScene(prompt).style).toBe(style);
  });

  it.each([
    ['a clay pot with a succulent', 'illustrated'], ['tennis on a clay court', 'illustrated'],
    // Ukiyo-e is a drawn style of its own now (test/engines/local/art-styles.test.ts).
    ['a ukiyo-e print of a great wave', 'ukiyoe'],
  ])('"%s" stays %s', (prompt, style) => {
    expect(planScene(prompt).style).toBe(style);
  });

  it('names the style in the description', () => {
    for (const [prompt, label] of [['a heron, ink wash', 'ink wash painting style'], ['a wolf, woodcut', 'woodcut print style'], ['a dog, claymation', 'claymation style']]) {
      expect(composePicture({ plan: planScene(prompt!), width: SIZE, height: SIZE, seed: 1 }).description).toMatch(new RegExp(`, ${label}$`));
    }
  });

  it('reads "cross-hatching" as how lines are drawn (no helmet with a cross) and "rugged" as no rug', () => {
    const plan = planScene('A rugged woodcut print of a howling wolf in a dark forest. Bold black outlines, rough cross-hatching texture, block printing look.');
    expect(plan.style).toBe('woodcut');
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(['wolf']);
  });

  it('ink wash: grey ink on pale paper with a red seal and dry-brush outlines', async () => {
    const plan = planScene('a horse in a meadow, ink wash');
    const ink = stats(await pixels(plan));
    const plain = stats(await pixels({ ...plan, style: 'illustrated' }));
    // Monochrome but for the seal and the sun: far less colour than the illustrated meadow.
    expect(ink.chroma).toBeLessThan(plain.chroma / 3);
    // Lots of empty paper.
    expect(ink.paper).toBeGreaterThan(0.2);
    expect(plain.paper).toBeLessThan(0.1);
    expect(ink.red).toBeGreaterThan(0.001);
    // The subjects' dry-brush outlines.
    expect(svgOf(plan)).toMatch(/stroke-dasharray/);
  });

  it('woodcut: black ink, bare paper and a few flat print colours, hatching and gouges', async () => {
    const plan = planScene('a wolf in a forest at night, woodcut');
    const cut = stats(await pixels(plan));
    // A black night sky and its black forest.
    expect(cut.ink).toBeGreaterThan(0.3);
    // By day, bare paper (the sky, the lines carved white) and black ink make much of the print.
    const day = planScene('a wolf in a meadow, woodcut');
    const dayCut = stats(await pixels(day)), dayPlain = stats(await pixels({ ...day, style: 'illustrated' }));
    expect(dayCut.ink + dayCut.paper).toBeGreaterThan(dayPlain.ink + dayPlain.paper + 0.25);
    const svg = svgOf(plan);
    expect(svg).toMatch(/<pattern id="hatch\d+"/);
    // No gradients: a print is flat colour.
    expect(svg).not.toMatch(/<radialGradient/);
  });

  it('claymation: every shape shaded round, soft shadows under the subjects, the clay surface', async () => {
    const plan = planScene('a fox in a meadow, claymation');
    const svg = svgOf(plan);
    expect((svg.match(/<radialGradient id="clay\d+"/g) ?? []).length).toBeGreaterThan(3);
    expect(svg).toMatch(/<pattern id="pits\d+"/);
    expect(svg).toMatch(/fill="#2a160c" fill-opacity=".2[24]"/);
    const clay = stats(await pixels(plan));
    const plain = stats(await pixels({ ...plan, style: 'illustrated' }));
    // The shading and the surface give many more tones than the flat illustrated shapes.
    expect(clay.colours).toBeGreaterThan(plain.colours);
  });

  it('draws each style differently from every other, for one prompt and seed', async () => {
    const plan = planScene('a fox in a forest');
    const looks = new Map<StyleKind, Stats>();
    for (const style of STYLES) looks.set(style, stats(await pixels({ ...plan, style })));
    for (const style of ['inkwash', 'woodcut', 'clay'] as const) {
      const a = looks.get(style)!;
      for (const [other, b] of looks) {
        if (other === style) continue;
        const gap = Math.abs(a.chroma - b.chroma) / 40 + Math.abs(a.paper - b.paper) * 4 + Math.abs(a.ink - b.ink) * 4 + Math.abs(a.colours - b.colours) / Math.max(a.colours, b.colours);
        expect(gap, `${style} vs ${other}`).toBeGreaterThan(0.25);
      }
    }
  });

  it('is deterministic with a seed, and another seed draws another picture', async () => {
    for (const prompt of ['a heron by a lake, ink wash', 'a wolf, linocut', 'a dog in a garden, claymation']) {
      const plan = planScene(prompt);
      expect((await pixels(plan, 9)).equals(await pixels(plan, 9)), prompt).toBe(true);
      expect((await pixels(plan, 9)).equals(await pixels(plan, 10)), prompt).toBe(false);
    }
  });
});

describe('"painted" alone is no oil painting', () => {
  it.each(['a painted sign in a street', 'painted walls in a bedroom', 'a hand painted mug', 'a painted lady butterfly'])('"%s" stays illustrated', (prompt) => {
    expect(planScene(prompt).style).toBe('illustrated');
  });

  it.each(['an oil painting of a horse', 'a cat painted in oils', 'a painting of a horse', 'an oil-painted ship', 'a portrait in oils'])('"%s" is an oil painting', (prompt) => {
    expect(planScene(prompt).style).toBe('oil');
  });
});
