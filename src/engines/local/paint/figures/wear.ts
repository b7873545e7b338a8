// What a character wears and holds, drawn in head units: hats, eyewear, neckties and bow ties, and
// the things in its hands.
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import type { HeadMeta } from './head.js';
import type { IconBook } from '../icons.js';
import type { Thing } from '../../read/things.js';
import type { Worn } from '../../read/lexicon-reader.js';
import { drawProc } from '../props/props.js';
import type { Rng } from '../prng.js';

export function drawHeld(c: Canvas, icons: IconBook, item: Thing, x: number, bottom: number, size: number, rng: Rng): void {
  if (item.icon) icons.draw(item.icon, x, bottom, size, { layer: 'fg' });
  else if (item.proc) drawProc(c, item.proc, x, bottom, size, { rng, layer: 'fg', lit: true });
}

export function drawNecktie(c: Canvas, P: (d: string) => string, sY: number, color: string): void {
  c.path(P(`M14.7 ${sY + 0.3} L17.3 ${sY + 0.3} L16.8 ${sY + 2.6} L15.2 ${sY + 2.6} Z`), shade(color, -0.15), { layer: 'fg' });
  c.path(P(`M15.2 ${sY + 2.6} L16.8 ${sY + 2.6} L18 ${sY + 12.5} L16 ${sY + 14.5} L14 ${sY + 12.5} Z`), color, { layer: 'fg' });
}

export function drawBowtie(c: Canvas, P: (d: string) => string, sY: number, color: string): void {
  c.path(P(`M16 ${sY + 1.5} L12 ${sY - 0.5} L12 ${sY + 3.5} Z M16 ${sY + 1.5} L20 ${sY - 0.5} L20 ${sY + 3.5} Z`), color, { layer: 'fg' });
}

export function drawEyewear(c: Canvas, icons: IconBook, w: Worn, meta: HeadMeta, X: (x: number) => number, Y: (y: number) => number, k: number, flip: boolean): boolean {
  if (w.key === 'monocle') {
    const ex = flip ? 11 : 21;
    c.circle(X(ex), Y(meta.eyeY), 3.6 * k, 'none', { layer: 'fg', extra: `stroke="${c.paint('#d4a017', 'fg')}" stroke-width="${fmt(0.9 * k)}"` });
    c.line(`M${fmt(X(ex + 3))} ${fmt(Y(meta.eyeY + 2))} Q${fmt(X(ex + 6))} ${fmt(Y(meta.eyeY + 9))} ${fmt(X(ex + 4))} ${fmt(Y(meta.chin + 3))}`, '#d4a017', 0.5 * k, { layer: 'fg' });
    return true;
  }
  // The glasses emoji's lenses sit at about 40% of its box height.
  const size = 26 * k;
  icons.draw(w.key, X(16), Y(meta.eyeY) + size * 0.6, size, { layer: 'fg' });
  return true;
}

/**
 * Where an emoji hat's brim is, as a share of its box from the top, when it is not near the bottom:
 * the army helmet's chin strap hangs below its rim, and seated by the strap it floated over the head.
 */
const HAT_BRIM: Record<string, number> = { 'military-helmet': 0.64 };

export function drawHat(c: Canvas, icons: IconBook, w: Worn, meta: HeadMeta, X: (x: number) => number, Y: (y: number) => number, k: number): boolean {
  const brim = Y(meta.top + 2);
  if (w.key === 'veil') {
    drawVeil(c, w.color ?? '#f2eee8', meta, X, Y, k);
    return true;
  }
  if (w.key === 'cone:pirate') {
    const col = w.color ?? '#1f1f24';
    c.path(`M${fmt(X(3))} ${fmt(brim)} Q${fmt(X(16))} ${fmt(brim - 16 * k)} ${fmt(X(29))} ${fmt(brim)} Q${fmt(X(16))} ${fmt(brim - 4 * k)} ${fmt(X(3))} ${fmt(brim)} Z`, col, { layer: 'fg' });
    c.circle(X(16), brim - 6.5 * k, 1.8 * k, '#f4f1ea', { layer: 'fg', bare: true });
    return true;
  }
  if (w.key === 'cone:santa') {
    const col = w.color ?? '#d62c2c';
    c.path(`M${fmt(X(7))} ${fmt(brim)} Q${fmt(X(12))} ${fmt(brim - 16 * k)} ${fmt(X(24))} ${fmt(brim - 12 * k)} Q${fmt(X(21))} ${fmt(brim - 8 * k)} ${fmt(X(25))} ${fmt(brim)} Z`, col, { layer: 'fg' });
    c.rect(X(5.5), brim - 2.5 * k, 21 * k, 4.5 * k, '#f7f5ef', { layer: 'fg', rx: 2 * k });
    c.circle(X(25), brim - 11 * k, 2.4 * k, '#f7f5ef', { layer: 'fg' });
    return true;
  }
  if (w.key.startsWith('cone:')) {
    const wizard = w.key === 'cone:wizard';
    const col = w.color ?? (wizard ? '#4a2e7a' : '#e0312b');
    c.polygon([X(7), brim, X(25), brim, X(wizard ? 19 : 16), brim - 17 * k], col, { layer: 'fg' });
    c.ellipse(X(16), brim, 11 * k, 2 * k, shade(col, -0.15), { layer: 'fg' });
    if (wizard) c.circle(X(15), brim - 7 * k, 1.3 * k, '#f7d21e', { layer: 'fg', bare: true });
    else c.circle(X(16), brim - 17 * k, 1.6 * k, '#f7d21e', { layer: 'fg', bare: true });
    return true;
  }
  if (w.key === 'beret' || w.key === 'beanie') {
    const col = w.color ?? (w.key === 'beret' ? '#b3122e' : '#3f6e8f');
    c.ellipse(X(w.key === 'beret' ? 14 : 16), brim - 3 * k, 10 * k, 4.5 * k, col, { layer: 'fg' });
    if (w.key === 'beanie') c.rect(X(6.5), brim - 2 * k, 19 * k, 3 * k, shade(col, -0.15), { layer: 'fg', rx: k });
    return true;
  }
  // Emoji hats: the brim sits near the bottom of their box, or where HAT_BRIM says.
  const size = (w.key === 'crown' ? 17 : w.key === 'headphone' ? 30 : 21) * k;
  const bottom = w.key === 'headphone' ? Y(meta.eyeY + 8) : brim + size * (1 - (HAT_BRIM[w.key] ?? 0.88));
  icons.draw(w.key, X(16), bottom, size, { layer: 'fg', ...(w.color ? { recolor: w.color } : {}) });
  return true;
}

/**
 * A veil: sheer cloth from the crown of the head down over the face to the shoulders, its hem
 * softly scalloped; the face shows through it.
 */
function drawVeil(c: Canvas, col: string, meta: HeadMeta, X: (x: number) => number, Y: (y: number) => number, k: number): void {
  const t = meta.top - 2.5, hem = meta.chin + 7;
  const d = `M${fmt(X(3))} ${fmt(Y(hem))}Q${fmt(X(1.5))} ${fmt(Y(t + 6))} ${fmt(X(16))} ${fmt(Y(t))}Q${fmt(X(30.5))} ${fmt(Y(t + 6))} ${fmt(X(29))} ${fmt(Y(hem))}` +
    `Q${fmt(X(25))} ${fmt(Y(hem + 2.4))} ${fmt(X(22.5))} ${fmt(Y(hem))}Q${fmt(X(19))} ${fmt(Y(hem + 2.4))} ${fmt(X(16))} ${fmt(Y(hem))}` +
    `Q${fmt(X(13))} ${fmt(Y(hem + 2.4))} ${fmt(X(9.5))} ${fmt(Y(hem))}Q${fmt(X(7))} ${fmt(Y(hem + 2.4))} ${fmt(X(3))} ${fmt(Y(hem))}Z`;
  c.path(d, col, { layer: 'fg', opacity: 0.5, extra: `stroke="${c.paint(shade(col, -0.25), 'fg')}" stroke-opacity="0.6" stroke-width="${fmt(0.45 * k)}"` });
  // Folds falling from the crown, and a denser band where it is gathered.
  c.line(`M${fmt(X(10))} ${fmt(Y(t + 3))}Q${fmt(X(7.5))} ${fmt(Y(meta.chin))} ${fmt(X(8))} ${fmt(Y(hem))}M${fmt(X(22))} ${fmt(Y(t + 3))}Q${fmt(X(24.5))} ${fmt(Y(meta.chin))} ${fmt(X(24))} ${fmt(Y(hem))}`, shade(col, -0.18), 0.4 * k, { layer: 'fg', opacity: 0.5 });
  c.path(`M${fmt(X(6))} ${fmt(Y(t + 4))}Q${fmt(X(16))} ${fmt(Y(t - 1.5))} ${fmt(X(26))} ${fmt(Y(t + 4))}Q${fmt(X(16))} ${fmt(Y(t + 1.5))} ${fmt(X(6))} ${fmt(Y(t + 4))}Z`, col, { layer: 'fg', opacity: 0.75, bare: true });
}

export function pts(P: (d: string) => string, xy: number[]): number[] {
  return P(xy.join(' ')).split(' ').map(Number);
}
