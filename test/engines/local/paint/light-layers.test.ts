import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { Canvas } from '../../../../src/engines/local/paint/canvas.js';
import { createGrade } from '../../../../src/engines/local/paint/grade.js';
import { applyLights, splitLights } from '../../../../src/engines/local/paint/light-layers.js';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';
import type { StyleKind } from '../../../../src/engines/local/read/lexicon-scene.js';

const W = 300, H = 200;
const look = (style: StyleKind = 'illustrated') => ({ style, grade: createGrade({ time: 'day', lighting: [], style, vintageDecor: false, indoor: false }) });

/** A striped scene (many colours under the light), then `light`. */
function scene(light: (c: Canvas) => void, style?: StyleKind): string {
  const c = new Canvas(W, H, look(style));
  for (let x = 0; x < W; x += 7) c.rect(x, 0, 7, H, `#${((x * 5) % 256).toString(16).padStart(2, '0')}${((x * 3) % 256).toString(16).padStart(2, '0')}90`, { bare: true });
  light(c);
  return c.toSvg();
}

/** Largest difference in any channel. */
function maxDiff(a: Uint8Array, b: Uint8Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

const LIGHTS: Record<string, (c: Canvas) => void> = {
  tint: (c) => c.wash(0, H, '#fff6f0', { opacity: 0.1 }),
  'vertical gradient': (c) => c.wash(H * 0.4, H * 0.6, c.linear([[0, '#e6ecef', 0], [0.7, '#e6ecef', 0.15], [1, '#e6ecef', 0.3]])),
  glow: (c) => c.glow(120, 90, 180, 180, [[0, '#ffcf7a', 0.22], [1, '#ffcf7a', 0]], { layer: 'fg' }),
  // Centred on the canvas, as a vignette is (its rows are painted in pairs).
  'centred glow, clear in the middle': (c) => c.glow(W / 2, H / 2, 200, 160, [[0.4, '#1a1426', 0], [0.9, '#1a1426', 0.6], [1, '#1a1426', 0]]),
  'glows at the edges, one elliptic': (c) => {
    c.glow(0, H * 0.6, 170, 170, [[0, '#ff3ea5', 0.28], [1, '#ff3ea5', 0]]);
    c.glow(W, H * 0.4, 120, 90, [[0, '#2fe6ff', 0.25], [1, '#2fe6ff', 0]]);
  },
};

describe('light layers painted on the pixels', () => {
  for (const [name, light] of Object.entries(LIGHTS)) {
    it(`${name}: the pixels resvg draws from the shapes, within one level`, () => {
      const svg = scene(light);
      const split = splitLights(svg);
      expect(split).not.toBeNull();
      expect(split!.svg).not.toContain('data-lights');
      const fast = new Resvg(split!.svg).render().pixels;
      applyLights(fast, W, H, split!.ops);
      expect(maxDiff(fast, new Resvg(svg).render().pixels)).toBeLessThanOrEqual(1);
    });
  }

  it('stay shapes when anything is drawn over them, or in the poster and pixel styles', () => {
    expect(splitLights(scene((c) => { LIGHTS.glow(c); c.rect(0, 0, 10, 10, '#000000'); }))).toBeNull();
    expect(scene((c) => { LIGHTS.glow(c); c.rect(0, 0, 10, 10, '#000000'); })).toContain('<radialGradient');
    for (const style of ['poster', 'pixel'] as const) expect(splitLights(scene(LIGHTS.tint, style))).toBeNull();
  });

  it('a whole picture rasterized with them is the picture resvg draws, within one level', async () => {
    for (const prompt of ['A suited raccoon smoking a pipe in a vintage study room, warm lighting', 'a dramatic castle on a hill at night, neon lighting']) {
      const { svg } = composePicture({ plan: planScene(prompt), width: 320, height: 240, seed: 0 });
      expect(svg).toContain('data-lights');
      const png = await rasterize(svg, { width: 320, height: 240, pixelate: false });
      const fast = await sharp(png).raw().toBuffer();
      const plain = await sharp(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng()).removeAlpha().raw().toBuffer();
      expect(maxDiff(fast, plain)).toBeLessThanOrEqual(1);
    }
  });
});
