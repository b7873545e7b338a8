import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { Canvas } from '../../../../src/engines/local/paint/canvas.js';
import { createGrade } from '../../../../src/engines/local/paint/grade.js';
import { IconBook } from '../../../../src/engines/local/paint/icons.js';
import { rgbToHsl } from '../../../../src/engines/local/paint/color.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const compose = (prompt: string, width = 640, height = 360, seed = 0) => composePicture({ plan: planScene(prompt), width, height, seed });

async function pixels(prompt: string, width = 256, height = 256): Promise<Buffer> {
  const { svg } = compose(prompt, width, height);
  const png = await rasterize(svg, { width, height, pixelate: false });
  return sharp(png).raw().toBuffer();
}

describe('mode pictures', () => {
  it('a banner: a hero, the elements around it, the gradient, copy space and the headline', () => {
    const { svg, description } = compose('Modern SaaS landing page hero banner with a dashboard, blue gradient, copy space on the left, "Ship faster"');
    expect(description).toMatch(/^hero banner: a browser window showing a dashboard with KPI cards, a rising line chart/);
    expect(description).toContain('(hero, on the right)');
    expect(description).toContain('on a blue gradient with a glow');
    expect(description).toContain('copy space on the left');
    expect(description).toContain('headline reading "Ship faster"');
    expect(svg).toContain('<linearGradient');
    expect(svg).toMatch(/Ship(<\/tspan>.*?>)? ?faster/);
  });

  it('a thumbnail: the big arrow is the hero and the play button sits around it', () => {
    const { description } = compose('YouTube thumbnail about growth hacking, big arrow up, bold colors');
    expect(description).toMatch(/^thumbnail: a big rising arrow \(hero, centred\), with .*a play button/);
    expect(description).toContain('bold');
  });

  it('a product shot: the product on seamless paper with a soft shadow, nothing else', () => {
    const { svg, description } = compose('Product shot of a black hoodie on a white background', 512, 512);
    expect(description).toMatch(/^product shot: a black .+ \(the product, centred\), on seamless studio paper/);
    expect(svg).toContain('<radialGradient');
  });

  it('a portrait: one person, head and shoulders, dressed as described', () => {
    const { description } = compose('Professional headshot of a woman in a navy blazer', 400, 500);
    expect(description).toMatch(/^portrait: a woman wearing a navy .+ \(the sitter, head and shoulders\)/);
  });

  it('screens: a phone app, a shop in a browser window, an infographic board of panels', () => {
    expect(compose('Mobile app screen mockup for a fitness tracker, purple gradient').description).toMatch(/^screen mockup: a phone showing a fitness app with activity rings/);
    expect(compose('Website mockup in a browser window for an online store').description).toMatch(/^screen mockup: a browser window showing a shop page/);
    const board = compose('Infographic of a sales funnel with a roadmap timeline').description;
    expect(board).toMatch(/^screen mockup: an infographic board/);
    expect(board).toContain('a funnel');
    expect(board).toContain('a roadmap timeline');
  });

  it('draws every primitive it names: pins, numerals, question marks, logos, call-to-action', () => {
    const { svg, description } = compose('Marketing banner: number 1 travel app, map pins, a question mark, a logo and a sign up button');
    for (const name of ['the number 1', 'a map pin', 'a question mark', 'a logo badge', 'a call-to-action button']) expect(description).toContain(name);
    expect(svg).toContain('>1</text>');
    expect(svg).toContain('>?</text>');
  });

  it('keeps exact sizes and is deterministic with a seed', async () => {
    const prompt = 'YouTube thumbnail about growth hacking, big arrow up, bold colors';
    const a = compose(prompt, 1280, 720, 3).svg;
    expect(compose(prompt, 1280, 720, 3).svg).toBe(a);
    expect(a).toContain('viewBox="0 0 1280 720"');
    const png = await rasterize(a, { width: 1280, height: 720, pixelate: false });
    expect(await sharp(png).metadata()).toMatchObject({ width: 1280, height: 720 });
  });
});

describe('styles', () => {
  it('neon is dark with bright saturated strokes, not a tint', async () => {
    const neon = await pixels('A rocket flying through outer space past a ringed planet, neon style');
    let sum = 0, glowing = 0;
    for (let i = 0; i < neon.length; i += 3) {
      const [h, s, l] = rgbToHsl([neon[i]!, neon[i + 1]!, neon[i + 2]!]);
      sum += (0.2126 * neon[i]! + 0.7152 * neon[i + 1]! + 0.0722 * neon[i + 2]!) / 255;
      if (s > 0.6 && l > 0.45 && h >= 0) glowing++;
    }
    const n = neon.length / 3;
    expect(sum / n).toBeLessThan(0.2);
    expect(glowing / n).toBeGreaterThan(0.01);
    expect(compose('A cat in a meadow, neon style').svg).toContain('stroke-opacity=".3"');
  });

  it('comic has ink outlines and a halftone pattern; illustrated has neither', async () => {
    const comic = compose('Comic book style superhero cat', 256, 256);
    expect(comic.description).toContain('comic book style');
    expect(comic.svg).toMatch(/<pattern id="ht\d+"[^>]*><circle/);
    expect(comic.svg).toContain('stroke="#141110"');
    const plain = compose('A superhero cat', 256, 256).svg;
    expect(plain).not.toContain('<pattern');
    // Halftone: neighbouring pixels in a flat sky area alternate between dot and paper.
    const px = await pixels('Comic book style superhero cat');
    const row = 20 * 256 * 3;
    let changes = 0;
    for (let x = 10; x < 246; x++) if (Math.abs(px[row + x * 3]! - px[row + (x + 1) * 3]!) > 4) changes++;
    expect(changes).toBeGreaterThan(20);
  });
});

describe('rendering defects', () => {
  it('a watercolor animal is opaque: its emoji fills are not see-through', () => {
    const c = new Canvas(200, 200, { style: 'watercolor', grade: createGrade({ time: 'day', lighting: [], style: 'watercolor', vintageDecor: false, indoor: false }) });
    new IconBook(c).draw('fox', 100, 190, 180);
    const px = new Resvg(c.toSvg()).render().pixels;
    let inside = 0, partial = 0;
    for (let i = 3; i < px.length; i += 4) {
      if (px[i]! > 0) inside++;
      if (px[i]! > 0 && px[i]! < 250) partial++;
    }
    expect(inside).toBeGreaterThan(5000);
    expect(partial / inside).toBeLessThan(0.1);
  });
});
