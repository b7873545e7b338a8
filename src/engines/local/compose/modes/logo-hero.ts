// A logo asked for without a name: a round badge in the accent colour with the subject or topic
// (a seedling for an eco-friendly firm) drawn in its middle, on the banner's backdrop.
import { fmt } from '../../paint/canvas.js';
import { escapeXml, fitText } from '../../paint/signs.js';
import type { Rect } from '../../paint/stage.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { SPEED_WORDS } from '../../plan/modes/marketing-reading.js';
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

/**
 * A logo made of a letter ("a logo of the letter 'B'"): the letter large and bold in the badge, in
 * the mark's colour, with three swept lines beside it when the prompt speaks of motion or speed.
 */
export function drawLetterLogo(composition: Composition, letter: string, hero: Rect, ink: string | undefined): string {
  const { c, plan } = composition;
  const r = Math.min(hero.w, hero.h) * 0.62;
  const cx = hero.x + hero.w / 2, cy = hero.y + hero.h / 2;
  const ring = ink ?? composition.rng.fork('logo').pick(RINGS);
  c.circle(cx, cy, r, ring, { layer: 'fg' });
  c.circle(cx, cy, r * 0.86, '#fbf6e9', { layer: 'fg' });
  const { size } = fitText(letter, r * 1.1, r * 1.05, 1);
  const x = cx + (SPEED_WORDS.test(plan.prompt) ? r * 0.1 : 0);
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" x="${fmt(x)}" y="${fmt(cy + size * 0.36)}" fill="${c.paint(ring, 'fg')}">${escapeXml(letter)}</text>`);
  const name = `the ${letter.length > 1 ? 'letters' : 'letter'} ${letter}`;
  if (!SPEED_WORDS.test(plan.prompt)) return name;
  const left = x - size * 0.38 * letter.length;
  for (let i = 0; i < 3; i++) {
    const y = cy - size * 0.22 + i * size * 0.22, len = r * (0.34 - i * 0.06);
    c.line(`M${fmt(left - r * 0.08 - len)} ${fmt(y)}L${fmt(left - r * 0.08)} ${fmt(y)}`, ring, Math.max(1, size * 0.05), { layer: 'fg' });
  }
  return `${name} with speed lines`;
}
