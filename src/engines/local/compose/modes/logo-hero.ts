// A logo in the logo mode: a round badge in the accent colour with the subject or topic (a
// seedling for an eco-friendly firm) drawn in its middle, or the letters of a monogram, and the
// brand's name lettered as a wordmark under it (beside it in a wide picture), on the banner's
// backdrop (docs/local-engine-modes.md, "Logos").
import { fmt, type Canvas } from '../../paint/canvas.js';
import { escapeXml, fitText } from '../../paint/signs.js';
import type { Rect } from '../../paint/stage.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { SPEED_WORDS } from '../../plan/modes/marketing-reading.js';
import { drawSubject, figureOf } from './hero.js';

const RINGS = ['#1f5e4a', '#2b3a55', '#6b3f2a', '#8e2c3a'];
const PAPER = '#fbf6e9';

/** The badge's ring colour: the one ink asked ("black and white"), else the mark's, else one of four. */
function ringOf(composition: Composition, own: string | undefined): string {
  return composition.plan.mode?.ink ?? own ?? composition.rng.fork('logo').pick(RINGS);
}

/** The badge's face: cream, or in black and white the paper's own white (graded as paper is). */
function paperOf(composition: Composition): [string, { layer: 'bg' | 'fg' }] {
  return composition.plan.mode?.ink ? ['#ffffff', { layer: 'bg' }] : [PAPER, { layer: 'fg' }];
}

/**
 * Draws the badge in the hero box with the subject in it, and beside it (smaller, behind) the one
 * thing the prompt pairs with it ("bamboo and panda"); returns what `text` calls its picture.
 */
export function drawLogoHero(composition: Composition, subject: Subject, hero: Rect, partner?: Subject): string {
  const { c } = composition;
  const r = Math.min(hero.w, hero.h) * 0.62;
  const cx = hero.x + hero.w / 2, cy = hero.y + hero.h / 2;
  const ring = ringOf(composition, subject.color?.hex);
  c.circle(cx + r * 0.03, cy + r * 0.06, r, '#000000', { opacity: 0.18, bare: true, layer: 'fg' });
  c.circle(cx, cy, r, ring, { layer: 'fg' });
  c.circle(cx, cy, r * 0.84, ...paperOf(composition));
  c.circle(cx, cy, r * 0.76, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint(ring, 'fg')}" stroke-width="${Math.max(1, r * 0.025).toFixed(1)}"` });
  const fig = figureOf(composition, subject);
  const h = Math.min(r * 1.05, (r * 1.2) / fig.spec.aspect);
  if (!partner) {
    drawSubject(composition, subject, fig, cx, cy + h / 2, h, 'logo');
    return subject.label;
  }
  // Two things drawn together: the partner behind, to the left and lower; the subject in front.
  const pf = figureOf(composition, partner);
  const ph = Math.min(r * 0.72, (r * 0.7) / pf.spec.aspect);
  const bottom = cy + h * 0.46;
  drawSubject(composition, partner, pf, cx - r * 0.3, bottom, ph, 'logo-partner');
  drawSubject(composition, subject, fig, cx + r * 0.12, bottom, h * 0.86, 'logo');
  return `${subject.label} and ${partner.label}`;
}

/**
 * A logo made of a letter ("a logo of the letter 'B'"): the letter large and bold in the badge, in
 * the mark's colour, with three swept lines beside it when the prompt speaks of motion or speed.
 */
export function drawLetterLogo(composition: Composition, letter: string, hero: Rect, ink: string | undefined): string {
  const { c, plan } = composition;
  const r = Math.min(hero.w, hero.h) * 0.62;
  const cx = hero.x + hero.w / 2, cy = hero.y + hero.h / 2;
  const ring = ringOf(composition, ink);
  c.circle(cx, cy, r, ring, { layer: 'fg' });
  c.circle(cx, cy, r * 0.86, ...paperOf(composition));
  const { size } = fitText(letter, r * 1.1, r * 1.05, 1);
  const x = cx + (SPEED_WORDS.test(plan.prompt) ? r * 0.1 : 0);
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" x="${fmt(x)}" y="${fmt(cy + size * 0.36)}" fill="${c.paint(ring, 'fg')}">${escapeXml(letter)}</text>`);
  const name = /^[A-Za-z0-9]+$/.test(letter) ? `the ${letter.length > 1 ? 'letters' : 'letter'} ${letter}` : `the symbol ${letter}`;
  if (!SPEED_WORDS.test(plan.prompt)) return name;
  const left = x - size * 0.38 * letter.length;
  for (let i = 0; i < 3; i++) {
    const y = cy - size * 0.22 + i * size * 0.22, len = r * (0.34 - i * 0.06);
    c.line(`M${fmt(left - r * 0.08 - len)} ${fmt(y)}L${fmt(left - r * 0.08)} ${fmt(y)}`, ring, Math.max(1, size * 0.05), { layer: 'fg' });
  }
  return `${name} with speed lines`;
}

export interface Lockup {
  /** Where the badge goes (the hero's free area). */
  badge: Rect;
  /** Where the name is lettered. */
  word: Rect;
  /** Where `text` says the name is. */
  place: 'below it' | 'beside it';
}

/** A logo's badge and its name: the name under the badge, or beside it in a picture twice as wide as tall. */
export function logoLockup(free: Rect): Lockup {
  if (free.w / free.h >= 1.6) {
    return { badge: { x: free.x + free.w * 0.04, y: free.y, w: free.w * 0.4, h: free.h }, word: { x: free.x + free.w * 0.47, y: free.y + free.h * 0.3, w: free.w * 0.47, h: free.h * 0.4 }, place: 'beside it' };
  }
  return { badge: { x: free.x, y: free.y + free.h * 0.02, w: free.w, h: free.h * 0.68 }, word: { x: free.x + free.w * 0.1, y: free.y + free.h * 0.71, w: free.w * 0.8, h: free.h * 0.2 }, place: 'below it' };
}

/** A wordmark with no badge: the name large across the middle of the picture. */
export function wordmarkAlone(free: Rect): Lockup {
  return { badge: free, word: { x: free.x + free.w * 0.08, y: free.y + free.h * 0.3, w: free.w * 0.84, h: free.h * 0.4 }, place: 'below it' };
}

/** The first letter of a name, for its badge ("Zorp" → "Z"). */
export function initialOf(name: string): string | undefined {
  return /[A-Za-z0-9]/.exec(name)?.[0]?.toUpperCase();
}

/**
 * The brand's name as a wordmark: bold, a little tracked out, exactly as written, in the badge's
 * ink, with a short rule under it (centred under the badge, or ranged left beside it).
 */
export function drawWordmark(c: Canvas, text: string, lockup: Lockup, ink: string): void {
  const r = lockup.word;
  // Tracking widens each letter by about a tenth of its size: fit as if the text were that much longer.
  // A name stays on one line unless that would make it much smaller than two, and "Brew & Bean"
  // never breaks at its ampersand.
  const glued = text.replace(/ & /g, '\u2060&\u2060');
  const one = fitText(glued, r.w / 1.1, r.h * 0.5, 1), two = fitText(glued, r.w / 1.1, r.h * 0.78, 2);
  const fit = one.size >= two.size * 0.75 ? one : two;
  const lines = fit.lines.map((l) => l.replace(/\u2060/g, ' ')), size = fit.size;
  const lineH = size * 1.15;
  const beside = lockup.place === 'beside it';
  const x = beside ? r.x : r.x + r.w / 2;
  const top = r.y + (r.h - lineH * lines.length - size * 0.4) / 2;
  const paint = c.paint(ink, 'fg');
  const tspans = lines.map((l, i) => `<tspan x="${fmt(x)}" y="${fmt(top + lineH * i + size * 0.9)}">${escapeXml(l)}</tspan>`).join('');
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" letter-spacing="${fmt(size * 0.06)}" text-anchor="${beside ? 'start' : 'middle'}" fill="${paint}">${tspans}</text>`);
  const ruleW = Math.min(r.w * 0.3, size * 2.4), ruleY = top + lineH * (lines.length - 1) + size * 1.32;
  c.rect(beside ? x : x - ruleW / 2, ruleY, ruleW, Math.max(1, size * 0.07), ink, { layer: 'fg', rx: size * 0.035 });
}
