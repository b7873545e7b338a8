// A person's looks the prompt names, on the head emoji: the hair (and beard and eyebrows) in the
// colour asked ("short black hair", "a grey beard", "neon pink hair"), by swapping the emoji's own
// hair colours; earrings at the ears and freckles on the cheeks. See docs/local-engine-modes.md,
// "Portraits".
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import { iconArt } from '../icon-art.js';
import type { Looks } from '../../plan/scene-plan.js';

/** Colours of eyes, mouths and teeth, never hair. */
const FACE = new Set(['#000', '#000000', '#fff', '#ffffff', '#7d4533', '#990839', '#990838', '#290118']);
const fillsCache = new Map<string, string[]>();

function fillsOf(icon: string): string[] {
  const hit = fillsCache.get(icon);
  if (hit) return hit;
  const body = iconArt(icon)?.body ?? '';
  const fills = [...body.matchAll(/<path[^>]*?fill="(#[0-9a-fA-F]{3,6})"/g)].map((m) => m[1]!.toLowerCase());
  fillsCache.set(icon, fills);
  return fills;
}

/**
 * The emoji's hair colours mapped to the asked one: the first shape (the hair), the curls drawn in
 * the same or the emoji's second hair colour, the beard (its second-to-last shape) and the eyebrows
 * (its last) a shade darker. Old people's grey hair is their own grey shapes.
 */
export function hairSwap(icon: string, hair: string): Record<string, string> {
  const fills = fillsOf(icon);
  const swap: Record<string, string> = {};
  const set = (hex: string | undefined, to: string) => {
    // The first colour set wins: in toned emoji the eyebrows share the hair's colour.
    if (hex && !FACE.has(hex) && !(hex in swap)) swap[hex] = to;
  };
  const dark = shade(hair, -0.22);
  if (/^old-|^older-/.test(icon)) {
    for (const f of fills) if (f === '#9b9b9b' || f === '#636363') set(f, f === '#636363' ? dark : hair);
  } else if (!/-bald(-|$)/.test(icon)) {
    set(fills[0], hair);
    // Curls: the shapes after the first in its hair's colour family (the curly variants repeat them).
    if (/-curly-hair/.test(icon)) for (const f of new Set(fills.slice(1, -1))) if (fills.filter((x) => x === f).length >= 5) set(f, shade(hair, 0.08));
  }
  if (/-beard(-|$)/.test(icon)) set(fills.at(-2), dark);
  set(fills.at(-1), shade(hair, -0.35));
  return swap;
}

/** Earrings hanging below the ears and freckles across the cheeks, in head units (a 32-unit box). */
export function drawFaceLooks(c: Canvas, looks: Looks, X: (x: number) => number, Y: (y: number) => number, k: number): string[] {
  const drawn: string[] = [];
  if (looks.earrings) {
    const col = looks.earrings;
    for (const ex of [3.6, 28.4]) {
      c.circle(X(ex), Y(21.6), 1.25 * k, 'none', { layer: 'fg', extra: `stroke="${c.paint(col, 'fg')}" stroke-width="${fmt(0.55 * k)}"` });
      c.circle(X(ex), Y(20.2), 0.45 * k, col, { layer: 'fg', bare: true });
    }
    drawn.push('earrings');
  }
  if (looks.freckles) {
    const spots = [[9.2, 18.6], [10.6, 19.6], [8.4, 19.9], [11.4, 18.4], [22.8, 18.6], [21.4, 19.6], [23.6, 19.9], [20.6, 18.4]];
    for (const [fx, fy] of spots) c.circle(X(fx!), Y(fy!), 0.38 * k, '#b4642f', { layer: 'fg', bare: true, opacity: 0.8 });
    drawn.push('freckles');
  }
  return drawn;
}
