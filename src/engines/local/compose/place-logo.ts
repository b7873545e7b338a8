// A logo: the main subject (or the emblem of the place the prompt names, or its topic's picture,
// else the name's initial) in a round badge, with the quoted name set below it, on plain paper.
import type { Composition } from './composition.js';
import { fmt } from '../paint/canvas.js';
import { drawCarrier, escapeXml } from '../paint/signs.js';
import { initialOf } from './modes/logo-hero.js';

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
  // In black and white it is inked near black.
  const ring = composition.plan.lighting.includes('mono') ? '#1a1a1a' : main?.color?.hex ?? picked;
  const initial = initialOf(logo.text);
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
      // With nothing to picture, the badge holds the name's initial ("Acme": an A).
      else if (initial) c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(r * 0.95)}" text-anchor="middle" x="${fmt(cx)}" y="${fmt(cy + r * 0.34)}" fill="${c.paint(ring, 'fg')}">${escapeXml(initial)}</text>`);
      drawCarrier(c, 'logo', logo.text, text);
    },
  });
  if (main) composition.drawn.main = { subject: main, count: 1, wore: [], held: [] };
  composition.drawn.texts.push(logo);
  return true;
}
