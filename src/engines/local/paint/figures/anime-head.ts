// A person's head in the anime style, drawn in the head emoji's 32-unit box (figures/head.ts) so
// hats, glasses and the body fit it as they fit the emoji: a small-chinned face, large glossy eyes
// with a highlight, a small nose and mouth, and hair in spiky clumps with a shine band, each in cel
// tones (one flat light and one hard-edged shadow tone). docs/local-engine.md, "Styles".
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import { createRng, hashString, type Rng } from '../prng.js';
import { ANIME_LINE } from '../styles/anime.js';
import { baseIcon, mapPath } from './head.js';

export const ANIME_SKIN = '#ffe2cf';
const SKIN_SHADOW = '#f2b49e';
const HAIR: Record<string, string> = {
  'red-hair': '#c8412f', 'blonde-hair': '#f0c45a', 'white-hair': '#e4e4ee', 'curly-hair': '#6b3f2a', 'old-man': '#cfcfd8', 'old-woman': '#d8d4dc',
};
const HAIR_CHOICES = ['#3a2838', '#5a3424', '#2c3252', '#7a4527'];
const EYE_CHOICES = ['#3d6fd6', '#8a4f26', '#2f9468', '#7b4cc4', '#c7701c'];
const LONG_HAIR = /woman|girl/;

export interface HeadFrame {
  /** A path written in head units, in pixels (mirrored when the figure faces left). */
  P: (d: string) => string;
  X: (x: number) => number;
  Y: (y: number) => number;
  /** Pixels per head unit. */
  k: number;
}

/** Points round the crown, from the left temple over the top to the right one; spiky ones stick out. */
function crown(spiky: boolean, rng: Rng): number[] {
  const out: number[] = [];
  const n = spiky ? 13 : 11;
  for (let i = 0; i <= n; i++) {
    const a = Math.PI * (1.08 + (0.84 * i) / n);
    const tip = i % 2 === 1;
    const reach = tip ? (spiky ? rng.range(1.8, 3.2) : rng.range(0.5, 1)) : 0;
    out.push(16 + Math.cos(a) * (10 + reach), 13 + Math.sin(a) * (10.5 + reach));
  }
  return out;
}

/** The fringe's lower edge, right temple to left: clumps that come to points over the brow. */
function fringe(rng: Rng): number[] {
  const out: number[] = [25.6, 19];
  const xs = [23.8, 22.2, 20.4, 18.6, 16.6, 14.6, 12.6, 10.8, 9.2, 7.6];
  xs.forEach((x, i) => out.push(x, i % 2 === 0 ? rng.range(13.2, 14.6) : rng.range(9.6, 11)));
  out.push(6.4, 19);
  return out;
}

const poly = (xy: number[]) => `M${xy.slice(0, 2).join(' ')} ` + xy.slice(2).reduce((d, v, i) => d + (i % 2 === 0 ? `L${v}` : ` ${v} `), '') + 'Z';

/** What an anime head looks like for a head emoji's name ("woman-red-hair"). */
interface Features {
  variant: string | undefined;
  hair: string;
  hairShadow: string;
  long: boolean;
  bald: boolean;
  old: boolean;
}

function featuresOf(icon: string, rng: Rng, asked?: string): Features {
  const base = baseIcon(icon);
  const variant = icon.length > base.length ? icon.slice(base.length + 1) : undefined;
  // The hair colour the prompt asks for (paint/figures/looks.ts), else the variant's.
  const hair = asked ?? HAIR[variant ?? ''] ?? HAIR[base] ?? rng.fork('hair').pick(HAIR_CHOICES);
  return { variant, hair, hairShadow: shade(hair, -0.28), long: LONG_HAIR.test(base), bald: variant === 'bald', old: base.startsWith('old-') };
}

const lineOf = (k: number) => (w: number) => ({ layer: 'fg' as const, extra: `stroke="${ANIME_LINE}" stroke-width="${fmt(w * k)}" stroke-linejoin="round"` });

/**
 * Hair behind the head and body, drawn before the body: long past the shoulders (to the chin on a
 * head alone, which has no shoulders), or short at the nape.
 */
export function drawAnimeBackHair(c: Canvas, f: HeadFrame, icon: string, rng: Rng, headOnly = false, hairHex?: string): void {
  const { long, bald, hairShadow } = featuresOf(icon, rng, hairHex);
  if (bald) return;
  const back = long && !headOnly
    ? 'M6.2 11 C3.6 20 3.8 31 5 39 L9 36.5 L11 40 L14 33 L18 33 L21 40 L23 36.5 L27 39 C28.2 31 28.4 20 25.8 11 Z'
    : long ? 'M6.2 11 C4 18 4 25 5 31 L9 29 L11 31.5 L21 31.5 L23 29 L27 31 C28 25 28 18 25.8 11 Z'
      : 'M7 10 C5.6 15 5.8 20 7.4 24 L10 21.5 L12 25 L20 25 L22 21.5 L24.6 24 C26.2 20 26.4 15 25 10 Z';
  c.path(f.P(back), hairShadow, lineOf(f.k)(0.45));
}

/**
 * The head itself, over the body (rng as given to drawAnimeBackHair, so the hair matches). Under a
 * hat the hair lies flat, so the hat sits on the head rather than on spikes.
 */
export function drawAnimeHead(c: Canvas, f: HeadFrame, icon: string, rng: Rng, o: { hat?: boolean; hair?: string } = {}): void {
  const { P, X, Y, k } = f;
  const layer = 'fg' as const;
  const { variant, hair, hairShadow, long, bald, old } = featuresOf(icon, rng, o.hair);
  const shine = shade(hair, 0.35);
  const iris = rng.fork('eyes').pick(EYE_CHOICES);
  const spiky = !long && variant !== 'curly-hair' && !o.hat;
  // Older eyes are narrower under a heavier lid.
  const lid = old ? 1.2 : 0;
  const line = lineOf(k);

  // Neck in the face's shadow, ears, then the face: a rounded brow narrowing to a small chin.
  c.path(P('M13.4 23 L18.6 23 L18.9 29.5 L13.1 29.5 Z'), SKIN_SHADOW, line(0.4));
  for (const ex of [7.3, 24.7]) c.ellipse(X(ex), Y(17.2), 1.5 * k, 2.3 * k, ANIME_SKIN, line(0.4));
  c.path(P('M7.6 12.5 C7.6 19.5 9.6 24 16 28.4 C22.4 24 24.4 19.5 24.4 12.5 C24.4 6.5 20.6 3.6 16 3.6 C11.4 3.6 7.6 6.5 7.6 12.5 Z'), ANIME_SKIN, line(0.45));
  // The fringe's hard shadow on the brow.
  if (!bald) {
    const edge = fringe(rng.fork('fringe')).slice(2, -2);
    const pairs: number[][] = [];
    for (let i = 0; i < edge.length; i += 2) pairs.push([edge[i], edge[i + 1]]);
    const band = [...pairs.flatMap(([x, y]) => [x, y + 1.4]), ...pairs.reverse().flat()];
    c.path(P(poly(band)), SKIN_SHADOW, { layer, bare: true });
  }
  for (const side of [-1, 1]) c.ellipse(X(16 + side * 5.2), Y(21.6), 1.6 * k, 0.75 * k, '#ff8f9a', { layer, bare: true, opacity: 0.45 });

  // Eyes: a white, a large iris whose upper half is its shadow tone, the pupil, two highlights,
  // and a heavy upper lash line that flicks out at the outer corner.
  for (const side of [-1, 1]) {
    const ex = 16 + side * 4.3;
    const o = side;
    const ry = 2.7 - lid * 0.8, cy = 17.7 + lid * 0.5;
    c.path(P(`M${ex - 2.4} ${16.3 + lid} Q${ex} ${14.6 + lid} ${ex + 2.4} ${16.3 + lid} L${ex + 2.1} 19.8 Q${ex} 20.8 ${ex - 2.1} 19.8 Z`), '#ffffff', { layer, bare: true });
    c.ellipse(X(ex), Y(cy), 1.85 * k, ry * k, iris, { layer, bare: true });
    // The upper half of the iris as a cubic (mapPath maps every number as a point, so no arcs).
    c.path(P(`M${ex - 1.85} ${cy} C${ex - 1.85} ${cy - ry * 1.33} ${ex + 1.85} ${cy - ry * 1.33} ${ex + 1.85} ${cy} Z`), shade(iris, -0.35), { layer, bare: true });
    c.ellipse(X(ex), Y(cy + 0.2), 0.85 * k, ry * 0.5 * k, '#1c1020', { layer, bare: true });
    c.circle(X(ex - 0.75 * o), Y(cy - 1.1 + lid * 0.3), 0.78 * k, '#ffffff', { layer, bare: true });
    c.circle(X(ex + 0.8 * o), Y(cy + 1.5 - lid * 0.4), 0.36 * k, '#ffffff', { layer, bare: true });
    const outer = ex + 2.6 * o;
    c.line(P(`M${ex - 2.3 * o} ${16.6 + lid} Q${ex} ${14.4 + lid} ${outer} ${16.1 + lid} L${outer + 0.7 * o} ${15.5 + lid}`), ANIME_LINE, 0.85 * k, { layer });
    if (old) c.line(P(`M${ex - 1.6 * o} 21.3 Q${ex} 21.9 ${ex + 1.6 * o} 21.2 M${ex + 1.6 * o} 22.6 Q${ex + 2 * o} 24.2 ${ex + 1.2 * o} 25.2`), SKIN_SHADOW, 0.35 * k, { layer });
    c.line(P(`M${ex - 1.4 * o} 20.2 L${ex + 1.8 * o} 19.9`), ANIME_LINE, 0.3 * k, { layer });
    c.line(P(`M${ex - 1.8 * o} 13.4 Q${ex} 12.6 ${ex + 2 * o} 13.3`), shade(hair, -0.45), 0.45 * k, { layer });
  }
  // A small nose and mouth.
  c.line(P('M16.5 20.9 L16 22'), SKIN_SHADOW, 0.45 * k, { layer });
  c.path(P('M14.9 24.1 Q16 25.3 17.1 24.1 Z'), '#b8424f', { layer, extra: `stroke="${ANIME_LINE}" stroke-width="${fmt(0.3 * k)}"` });
  if (variant === 'beard') {
    c.path(P('M8.4 19 C9.6 27 13 30 16 30.2 C19 30 22.4 27 23.6 19 L21.6 23.4 Q16 22.4 10.4 23.4 Z'), '#6b4a36', line(0.4));
  }
  if (bald) return;

  // Hair over the head: the crown, spiky or in soft clumps, down to the fringe; locks beside the face.
  const top = crown(spiky, rng.fork('crown'));
  const edge = fringe(rng.fork('fringe'));
  c.path(P(poly([6.2, 21.5, ...top, 25.8, 21.5, ...edge])), hair, line(0.45));
  const lock = long ? 26.5 : 22.5;
  c.path(P(`M6.6 13 L5.8 ${lock} L9.2 ${lock - 5} L8.8 15 Z M25.4 13 L26.2 ${lock} L22.8 ${lock - 5} L23.2 15 Z`), hair, line(0.4));
  // The shine: a band of light clumps across the crown, and the clumps' parting lines.
  c.path(P('M9.6 8.6 L12 7.2 L12.8 8.8 L15.2 7 L16.2 8.6 L18.8 6.9 L19.6 8.6 L22.6 7.6 L21.8 9.6 L19.4 10 L18.6 9.2 L16 10.4 L15 9.6 L12.4 10.6 L12 9.8 Z'), shine, { layer, bare: true });
  c.line(P('M12.6 11 L14 6 M18.6 10.6 L17.6 5.8 M21.6 12.8 L22.4 8.6 M10.2 12.6 L10 8.8'), hairShadow, 0.45 * k, { layer });
}

/**
 * A person's head on its own where a head emoji would be (a second person, a crowd), in the box
 * `size` tall with its bottom centre at (cx, bottom); its hair and eyes follow from where it is.
 */
export function drawAnimeBust(c: Canvas, icon: string, cx: number, bottom: number, size: number, flip: boolean): void {
  const k = size / 32, ox = cx - 16 * k, oy = bottom - size;
  const X = (x: number) => ox + (flip ? 32 - x : x) * k;
  const Y = (y: number) => oy + y * k;
  const P = (d: string) => mapPath(d, ox, oy, k, flip ? 32 : undefined);
  const rng = createRng(hashString(`${icon}|${fmt(cx)}|${fmt(bottom)}`));
  drawAnimeBackHair(c, { P, X, Y, k }, icon, rng, true);
  drawAnimeHead(c, { P, X, Y, k }, icon, rng);
}
