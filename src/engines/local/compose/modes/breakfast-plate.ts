// A cooked breakfast seen from above (plan/breakfast.ts): the wooden table fills the frame, one
// large plate on it with cutlery, and every food the prompt names on the plate — the egg in the
// middle, the rest round it (docs/local-engine-modes.md, "Product surfaces").
import { fmt } from '../../paint/canvas.js';
import { drawFood, FOOD_NAMES } from '../../paint/props/breakfast.js';
import type { BreakfastItem } from '../../plan/breakfast.js';
import type { Composition } from '../composition.js';
import { drawWoodTop } from './tabletop.js';

/** Draw the plate; returns what `text` calls it ("a plate of a fried egg, …, and toast"). */
export function drawBreakfastPlate(composition: Composition, items: readonly BreakfastItem[]): string {
  const { c } = composition;
  const { W, H } = composition.stage;
  drawWoodTop(composition, { x: -W * 0.02, y: -H * 0.02, w: W * 1.04, h: H * 1.04 });
  const cx = W / 2, cy = H / 2, R = Math.min(W * 0.36, H * 0.44);
  c.circle(cx + R * 0.03, cy + R * 0.05, R, '#000000', { bare: true, opacity: 0.2, layer: 'fg' });
  c.circle(cx, cy, R, '#f8f6f1', { layer: 'fg' });
  c.circle(cx, cy, R * 0.84, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#e2ddd3', 'fg')}" stroke-width="${fmt(R * 0.02)}"` });
  // A fork on the left and a knife on the right.
  c.rect(cx - R * 1.22, cy - R * 0.7, R * 0.06, R * 1.4, '#c9ccd1', { layer: 'fg', rx: R * 0.03 });
  c.rect(cx + R * 1.15, cy - R * 0.7, R * 0.08, R * 1.4, '#c9ccd1', { layer: 'fg', rx: R * 0.04 });
  const rng = composition.rng.fork('breakfast');
  const centre = items.includes('egg') ? 'egg' : undefined;
  const ring = items.filter((i) => i !== centre);
  const s = R * (ring.length > 5 ? 0.25 : 0.31);
  ring.forEach((item, i) => {
    const a = -Math.PI / 2 + (i / ring.length) * Math.PI * 2 + 0.3;
    drawFood(c, item, cx + Math.cos(a) * R * 0.56, cy + Math.sin(a) * R * 0.56, s, rng.fork(item));
  });
  if (centre) drawFood(c, centre, cx, cy, s * 1.05, rng.fork('egg'));
  composition.mainRect = { x: cx - R, y: cy - R, w: R * 2, h: R * 2 };
  const names = items.map((i) => FOOD_NAMES[i]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
