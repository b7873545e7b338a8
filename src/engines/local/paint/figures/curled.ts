// A furry animal lying down, drawn in flat shapes rather than from its standing emoji: curled up
// with its head on its paws and its tail around it (eyes closed when asleep), or lying with its
// head up. Drawn for the animals such a body suits; others keep their own picture
// (docs/local-engine.md, "Size and pose").
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';

type Ears = 'pointy' | 'floppy' | 'round' | 'long';
type Tail = 'long' | 'bushy' | 'short' | 'puff' | 'none';

interface Coat {
  body: string;
  dark: string;
  light: string;
  ears: Ears;
  tail: Tail;
  stripes?: boolean;
  whiskers?: boolean;
}

const cat = (body: string, dark: string, light: string, stripes = false): Coat => ({ body, dark, light, ears: 'pointy', tail: 'long', stripes, whiskers: true });
const COATS: Record<string, Coat> = {
  cat: cat('#f5a54a', '#d17a2a', '#ffe3bd', true),
  'black-cat': cat('#3d3a45', '#24212a', '#5d5866'),
  tiger: { ...cat('#f28c28', '#2f241d', '#fff1dc', true), ears: 'round' },
  leopard: { ...cat('#e9b04f', '#8a5a2b', '#fff1dc'), ears: 'round' },
  dog: { body: '#d99a57', dark: '#9e6634', light: '#f7ddb8', ears: 'floppy', tail: 'short' },
  'guide-dog': { body: '#e8b66a', dark: '#b9843f', light: '#fbe6c4', ears: 'floppy', tail: 'short' },
  'service-dog': { body: '#8a6446', dark: '#5c3f2a', light: '#d8b896', ears: 'floppy', tail: 'short' },
  poodle: { body: '#f0ebe3', dark: '#cfc6b8', light: '#ffffff', ears: 'floppy', tail: 'puff' },
  fox: { body: '#e8763a', dark: '#b9521c', light: '#fff4e8', ears: 'pointy', tail: 'bushy' },
  wolf: { body: '#9aa0a8', dark: '#656b73', light: '#e8eaec', ears: 'pointy', tail: 'bushy' },
  rabbit: { body: '#e6e0da', dark: '#bdb3aa', light: '#ffffff', ears: 'long', tail: 'puff' },
  mouse: { body: '#b8b0aa', dark: '#8a817b', light: '#e9e4e0', ears: 'round', tail: 'long' },
  rat: { body: '#9c948e', dark: '#6f6862', light: '#d9d3ce', ears: 'round', tail: 'long' },
  hamster: { body: '#e6ac72', dark: '#b97d45', light: '#fff0de', ears: 'round', tail: 'none' },
  bear: { body: '#8a5a3b', dark: '#5f3c25', light: '#c99a6e', ears: 'round', tail: 'none' },
  'polar-bear': { body: '#f4f2ec', dark: '#d2cdc2', light: '#ffffff', ears: 'round', tail: 'none' },
  raccoon: { body: '#8e8a8a', dark: '#4a4646', light: '#e6e2de', ears: 'pointy', tail: 'bushy', stripes: true },
};

/** Width / height of the drawing. */
export const CURLED_ASPECT = 1.9;
/** The curled drawing's height for an animal whose standing picture is `h` tall. */
export const CURLED_SHARE = 0.62;

/** Whether this animal's picture can be drawn curled up or lying down. */
export function canCurl(icon: string | undefined): boolean {
  return icon !== undefined && icon in COATS;
}

export interface CurledOptions {
  /** Head down on its paws, eyes closed (else head up, eyes open). */
  asleep: boolean;
  /** Curled round (else stretched out, lying). */
  curled: boolean;
  /** The prompt's colour for its coat ("a white cat"). */
  color?: string;
  /** Facing right (the drawing faces left). */
  flip?: boolean;
}

/** Draws the animal lying down, `h` tall, its bottom centre at (x, bottom); facing left unless flipped. */
export function drawCurled(c: Canvas, icon: string, x: number, bottom: number, h: number, o: CurledOptions): void {
  const base = COATS[icon];
  if (!base) return;
  const coat = o.color ? { ...base, body: o.color, dark: mixHex(o.color, '#000000', 0.3), light: mixHex(o.color, '#ffffff', 0.55), stripes: false } : base;
  const k = h / 10;
  // Unit coordinates (the drawing is 19 × 10 units, facing left, its bottom centre at 0, 0).
  const X = (u: number) => x + (o.flip ? -u : u) * k;
  const Y = (v: number) => bottom + v * k;
  const P = (u: number, v: number) => `${fmt(X(u))} ${fmt(Y(v))}`;
  const fg = { layer: 'fg' as const };
  const ink = mixHex(coat.dark, '#000000', 0.45);
  const stretched = !o.curled;
  // The tail behind the body when stretched out, wrapped round its front when curled.
  const tail = () => {
    if (coat.tail === 'none') return;
    if (coat.tail === 'puff') {
      c.circle(X(8.6), Y(-2.6), 1.4 * k, coat.light, fg);
      return;
    }
    const w = coat.tail === 'bushy' ? 2.6 : coat.tail === 'short' ? 1.5 : 1.3;
    const d = stretched || coat.tail === 'short'
      ? `M${P(7.5, -3.2)}Q${P(10.5, -2.8)} ${P(coat.tail === 'short' ? 10 : 11.5, coat.tail === 'short' ? -4.8 : -0.9)}`
      : `M${P(8, -2.8)}Q${P(9.6, -0.2)} ${P(4, -0.6)}Q${P(-1, -0.9)} ${P(-3.6, -1)}`;
    c.line(d, coat.tail === 'bushy' ? coat.body : coat.dark, w * k, fg);
    if (coat.tail === 'bushy') c.circle(stretched ? X(11.5) : X(-3.6), stretched ? Y(-0.9) : Y(-1), w * 0.5 * k, coat.light, fg);
    if (coat.stripes && coat.tail !== 'bushy') return;
    if (coat.stripes) for (const u of [2, 5]) c.circle(X(stretched ? 9 + u * 0.4 : u - 1), Y(stretched ? -2.4 + u * 0.25 : -0.7), w * 0.45 * k, coat.dark, fg);
  };
  if (stretched) tail();
  // The body: a long low loaf.
  c.ellipse(X(2), Y(-3.5), 7 * k, 3.5 * k, coat.body, fg);
  c.ellipse(X(1), Y(-1.6), 5.5 * k, 1.4 * k, coat.light, { ...fg, opacity: 0.55, bare: true });
  if (coat.stripes) {
    let d = '';
    for (const u of [0.5, 3, 5.5]) d += `M${P(u, -6.8)}Q${P(u + 0.9, -5.2)} ${P(u + 0.3, -3.9)}`;
    c.line(d, coat.dark, 0.9 * k, fg);
  }
  // Its hind leg folded under it.
  c.ellipse(X(6), Y(-2.6), 2.6 * k, 2.2 * k, mixHex(coat.body, coat.dark, 0.25), fg);
  if (!stretched) tail();
  // Front paws, stretched out in front.
  c.ellipse(X(-3.4), Y(-0.75), 1.7 * k, 0.75 * k, coat.light, fg);
  c.ellipse(X(-1.4), Y(-0.7), 1.5 * k, 0.7 * k, coat.light, fg);
  // The head: on its paws asleep, raised awake.
  const hx = o.asleep ? -5.2 : -5.4, hy = o.asleep ? -3.2 : -5.6, r = 3.1;
  const ears = (inner: boolean) => {
    const fill = inner ? '#f2a0a8' : coat.body;
    const s = inner ? 0.55 : 1;
    if (coat.ears === 'pointy') {
      for (const side of [-1, 1]) {
        const bx = hx + side * 1.7, by = hy - 1.9;
        c.polygon([X(bx - 1.3 * s), Y(by + 0.6 * s), X(bx + side * 0.6 * s), Y(by - 2.9 * s), X(bx + 1.3 * s), Y(by + 0.2 * s)], fill, fg);
      }
    } else if (coat.ears === 'round') {
      for (const side of [-1, 1]) c.circle(X(hx + side * 2.1), Y(hy - 2.3), (inner ? 0.6 : 1.1) * k, inner ? mixHex(coat.body, '#f2a0a8', 0.5) : coat.body, fg);
    } else if (coat.ears === 'long') {
      // Laid back along its neck asleep, up awake.
      const tip = o.asleep ? [hx + 4.6, hy - 2.6] : [hx + 1.8, hy - 6.4];
      const w = inner ? 0.35 : 0.8;
      for (const dx of [-0.9, 0.7]) {
        const d = `M${P(hx + dx - w, hy - 2)}Q${P(tip[0] + dx - 1.4 * w, tip[1] + 0.6 * w)} ${P(tip[0] + dx - (inner ? 0.3 : 0), tip[1] + (inner ? 0.3 : 0))}Q${P(tip[0] + dx + 0.4 * w, tip[1] + 2 * w)} ${P(hx + dx + w, hy - 1.8)}Z`;
        c.path(d, inner ? fill : coat.body, inner ? { ...fg, bare: true } : fg);
      }
    }
  };
  ears(false);
  ears(true);
  c.circle(X(hx), Y(hy), r * k, coat.body, fg);
  if (coat.ears === 'floppy') {
    for (const side of [-1, 1]) c.ellipse(X(hx + side * 2.8), Y(hy + 0.3), 1.1 * k, 2.2 * k, coat.dark, { ...fg, transform: `rotate(${(o.flip ? -side : side) * -12} ${fmt(X(hx + side * 2.8))} ${fmt(Y(hy + 0.3))})` });
  }
  if (icon === 'raccoon') c.ellipse(X(hx), Y(hy - 0.2), 2.6 * k, 0.95 * k, coat.dark, fg);
  // Muzzle, nose, eyes.
  c.ellipse(X(hx), Y(hy + 1.3), 1.7 * k, 1.15 * k, coat.light, fg);
  c.ellipse(X(hx), Y(hy + 0.75), 0.5 * k, 0.38 * k, coat.ears === 'floppy' || coat.ears === 'round' ? ink : '#e0787f', fg);
  if (o.asleep) {
    let d = '';
    for (const side of [-1, 1]) d += `M${P(hx + side * 1.25 - 0.75, hy - 0.4)}Q${P(hx + side * 1.25, hy + 0.25)} ${P(hx + side * 1.25 + 0.75, hy - 0.4)}`;
    c.line(d, ink, 0.32 * k, fg);
  } else {
    for (const side of [-1, 1]) {
      c.circle(X(hx + side * 1.25), Y(hy - 0.35), 0.5 * k, ink, fg);
      c.circle(X(hx + side * 1.25 - 0.15), Y(hy - 0.5), 0.16 * k, '#ffffff', { ...fg, bare: true });
    }
  }
  if (coat.whiskers) {
    let d = '';
    for (const side of [-1, 1]) for (const dy of [0.9, 1.5]) d += `M${P(hx + side * 1.4, hy + dy)}L${P(hx + side * 3.4, hy + dy + (dy - 1.2) * 1.2)}`;
    c.line(d, mixHex(coat.light, '#000000', 0.35), 0.12 * k, { ...fg, opacity: 0.7 });
  }
}
