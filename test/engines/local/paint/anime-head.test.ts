import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { Canvas } from '../../../../src/engines/local/paint/canvas.js';
import { drawAnimeBust } from '../../../../src/engines/local/paint/figures/anime-head.js';
import { createGrade } from '../../../../src/engines/local/paint/grade.js';

const grade = createGrade({ time: 'day', lighting: [], style: 'anime', vintageDecor: false, indoor: false });

/** The box round every painted pixel of an anime head drawn 64 px tall at (x, bottom) on a wide canvas. */
function paintedBox(icon: string, flip: boolean, width: number, height: number, x: number, bottom: number) {
  const c = new Canvas(width, height, { style: 'anime', grade });
  drawAnimeBust(c, icon, x, bottom, 64, flip);
  const px = new Resvg(c.toSvg(), { font: { loadSystemFonts: false } }).render().pixels;
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let i = 3; i < px.length; i += 4) {
    if (px[i]! === 0) continue;
    const p = (i - 3) / 4, x = p % width, y = Math.floor(p / width);
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  }
  return { x0, y0, x1, y1 };
}

describe('the anime head', () => {
  // Its paths are written in head units and mapped to pixels point by point: a shape that did not
  // map (an arc's radii and flags) once drew a band across a whole 8:1 picture.
  it.each([
    ['girl', false], ['girl', true], ['boy', false], ['old-man', true], ['woman-bald', false], ['man-beard', false], ['woman-red-hair', true],
  ] as const)('%s (flipped: %s) paints only inside its box', (icon, flip) => {
    // Places whose pixel coordinates begin with a 0 or a 1 too: an arc flag read from one did draw.
    for (const [w, h, x, bottom] of [[640, 200, 320, 150], [640, 200, 160, 170], [640, 200, 500, 100], [200, 640, 100, 400], [200, 640, 140, 190]] as const) {
      const box = paintedBox(icon, flip, w, h, x, bottom);
      expect(box.x1).toBeGreaterThan(box.x0);
      // 64 px tall (two pixels a unit), its crown's spikes a little above, its hair a little wide.
      expect(box.x0).toBeGreaterThanOrEqual(x - 36);
      expect(box.x1).toBeLessThanOrEqual(x + 36);
      expect(box.y0).toBeGreaterThanOrEqual(bottom - 64 - 4);
      expect(box.y1).toBeLessThanOrEqual(bottom + 2);
    }
  });
});
