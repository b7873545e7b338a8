// A logo: the main subject (or the emblem of the place the prompt names) in a round badge, with
// the quoted name set below it, on plain paper.
import type { Composition } from './composition.js';
import { drawCarrier } from '../paint/signs.js';

const RINGS = ['#2b3a55', '#6b3f2a', '#1f5e4a', '#8e2c3a'];

/** Lay out a logo if the prompt asks for one; returns whether it did. */
export function placeLogo(composition: Composition): boolean {
  const logo = composition.plan.texts.find((t) => t.carrier === 'logo');
  if (!logo) return false;
  const { W, H } = composition.stage;
  const { c } = composition;
  const main = composition.main;
  const r = Math.min(W * 0.3, H * 0.28);
  const cx = W / 2, cy = H * 0.4;
  const picked = composition.rng.pick(RINGS);
  // The mark's colour ("brown on a cream background") is the badge's too.
  const ring = main?.color?.hex ?? picked;
  const textTop = cy + r * 1.2;
  const text = { x: W * 0.08, y: textTop, w: W * 0.84, h: Math.min(H * 0.2, H * 0.95 - textTop) };
  const badge = { x: cx - r, y: cy - r, w: r * 2, h: r * 2 };
  composition.placer.take(badge);
  composition.placer.take(text);
  composition.mainRect = badge;
  composition.items.push({
    z: 1e8,
    draw: () => {
      c.circle(cx, cy, r, ring, { layer: 'fg' });
      c.circle(cx, cy, r * 0.84, '#fbf6e9', { layer: 'fg' });
      c.circle(cx, cy, r * 0.78, 'none', { layer: 'fg', extra: `stroke="${c.paint(ring, 'fg')}" stroke-width="${Math.max(1, r * 0.02).toFixed(1)}"` });
      if (main) composition.drawThing(main.thing, { x: cx, bottom: cy + r * 0.5, w: r * 1.05 * composition.aspectOf(main.thing), h: r * 1.05, flip: false }, main.color?.hex);
      drawCarrier(c, 'logo', logo.text, text);
    },
  });
  if (main) composition.drawn.main = { subject: main, count: 1, wore: [], held: [] };
  composition.drawn.texts.push(logo);
  return true;
}
