// A logo asked for without a name: a round badge in the accent colour with the subject or topic
// (a seedling for an eco-friendly firm) drawn in its middle, on the banner's backdrop.
import type { Rect } from '../../paint/stage.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { drawSubject, figureOf } from './hero.js';

const RINGS = ['#1f5e4a', '#2b3a55', '#6b3f2a', '#8e2c3a'];

/** Draws the badge in the hero box; returns what `text` calls its picture. */
export function drawLogoHero(composition: Composition, subject: Subject, hero: Rect): string {
  const { c } = composition;
  const r = Math.min(hero.w, hero.h) * 0.62;
  const cx = hero.x + hero.w / 2, cy = hero.y + hero.h / 2;
  const ring = subject.color?.hex ?? composition.rng.fork('logo').pick(RINGS);
  c.circle(cx + r * 0.03, cy + r * 0.06, r, '#000000', { opacity: 0.18, bare: true, layer: 'fg' });
  c.circle(cx, cy, r, ring, { layer: 'fg' });
  c.circle(cx, cy, r * 0.84, '#fbf6e9', { layer: 'fg' });
  c.circle(cx, cy, r * 0.76, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(ring, 'fg')}" stroke-width="${Math.max(1, r * 0.025).toFixed(1)}"` });
  const fig = figureOf(composition, subject);
  const h = Math.min(r * 1.05, (r * 1.2) / fig.spec.aspect);
  drawSubject(composition, subject, fig, cx, cy + h / 2, h, 'logo');
  return subject.label;
}
