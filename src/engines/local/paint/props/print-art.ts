// What a garment's print is made of besides its figure (docs/local-engine-modes.md, "T-shirt
// designs"): paint splashes and doodles, a trail of stardust, and the phrase lettered straight or
// wrapped round a circle, in graffiti, glowing or plain bold letters.
import { fmt, type Canvas } from '../canvas.js';
import { luma, parseHex, shade } from '../color.js';
import type { Rng } from '../prng.js';
import { escapeXml, fitText, textWidth } from '../signs.js';
import type { Rect } from '../stage.js';

const SPLASH_COLORS = ['#ff3b8d', '#ffd23f', '#2ec4ff', '#7bd86b', '#9b5cff', '#ff7a2e'];

/** Splats of vivid paint (a blob, droplets flung round it, a drip or two) and ink doodles over `r`. */
export function paintSplashes(c: Canvas, r: Rect, ink: string, rng: Rng): void {
  const s = Math.min(r.w, r.h);
  for (let i = 0; i < 6; i++) {
    const col = SPLASH_COLORS[i % SPLASH_COLORS.length]!;
    const cx = r.x + r.w * rng.range(0.12, 0.88), cy = r.y + r.h * rng.range(0.12, 0.88);
    const rad = s * rng.range(0.09, 0.16);
    // A round blob with soft lobes: a smooth curve through points at wandering radii (midpoints as anchors).
    const pts: [number, number][] = [];
    for (let k = 0; k < 10; k++) {
      const a = (k / 10) * Math.PI * 2, rr = rad * (k % 2 ? rng.range(0.7, 0.85) : rng.range(1.0, 1.3));
      pts.push([cx + Math.cos(a) * rr, cy + Math.sin(a) * rr]);
    }
    const mid = (i: number) => { const p = pts[i % 10]!, q = pts[(i + 1) % 10]!; return `${fmt((p[0] + q[0]) / 2)} ${fmt((p[1] + q[1]) / 2)}`; };
    const d = `M${mid(0)} ` + pts.map((_, i) => `Q${fmt(pts[(i + 1) % 10]![0])} ${fmt(pts[(i + 1) % 10]![1])} ${mid(i + 1)}`).join(' ') + ' Z';
    c.path(d, col, { bare: true, layer: 'fg', opacity: 0.8 });
    for (let k = 0; k < 5; k++) {
      const a = rng.range(0, Math.PI * 2), d = rad * rng.range(1.4, 2.1);
      c.circle(cx + Math.cos(a) * d, cy + Math.sin(a) * d, rad * rng.range(0.08, 0.2), col, { bare: true, layer: 'fg', opacity: 0.9 });
    }
    c.line(`M${fmt(cx)} ${fmt(cy + rad * 0.6)} V${fmt(cy + rad * rng.range(1.4, 2.2))}`, col, rad * 0.22, { bare: true, layer: 'fg' });
  }
  // Doodles: a squiggle, a spiral and little stars in ink.
  const w = Math.max(1, s * 0.012);
  for (let i = 0; i < 3; i++) {
    const x = r.x + r.w * rng.range(0.08, 0.7), y = r.y + r.h * rng.range(0.1, 0.9), step = s * 0.05;
    c.line(`M${fmt(x)} ${fmt(y)} q${fmt(step / 2)} ${fmt(-step)} ${fmt(step)} 0 t${fmt(step)} 0 t${fmt(step)} 0 t${fmt(step)} 0`, ink, w, { bare: true, layer: 'fg' });
  }
  for (let i = 0; i < 5; i++) starShape(c, r.x + r.w * rng.range(0.05, 0.95), r.y + r.h * rng.range(0.05, 0.95), s * rng.range(0.025, 0.045), ink, false);
  const sx = r.x + r.w * rng.range(0.15, 0.85), sy = r.y + r.h * rng.range(0.15, 0.85), sr = s * 0.05;
  c.line(`M${fmt(sx)} ${fmt(sy)} a${fmt(sr * 0.3)} ${fmt(sr * 0.3)} 0 1 1 ${fmt(sr * 0.5)} ${fmt(sr * 0.2)} a${fmt(sr * 0.7)} ${fmt(sr * 0.7)} 0 1 1 ${fmt(-sr * 1.2)} ${fmt(-sr * 0.5)}`, ink, w, { bare: true, layer: 'fg' });
}

/** A four-pointed sparkle (filled) or a five-pointed doodled star (outlined). */
export function starShape(c: Canvas, x: number, y: number, r: number, color: string, sparkle: boolean): void {
  const n = sparkle ? 4 : 5, pts: number[] = [];
  for (let k = 0; k < n * 2; k++) {
    const a = (k / (n * 2)) * Math.PI * 2 - Math.PI / 2, rr = k % 2 ? r * (sparkle ? 0.28 : 0.45) : r;
    pts.push(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
  }
  if (sparkle) c.polygon(pts, color, { bare: true, layer: 'fg' });
  else c.polygon(pts, 'none', { bare: true, layer: 'fg', extra: `stroke="${c.paint(color, 'fg')}" stroke-width="${fmt(Math.max(1, r * 0.22))}" stroke-linejoin="round"` });
}

/** A trail of rainbow stardust from (x0, y0) curving back to (x1, y1): dots thinning out, sparkles among them. */
export function paintTrail(c: Canvas, x0: number, y0: number, x1: number, y1: number, size: number, rng: Rng): void {
  const mx = (x0 + x1) / 2 + (y1 - y0) * 0.35, my = (y0 + y1) / 2 - (x1 - x0) * 0.35;
  for (let i = 0; i < 46; i++) {
    const t = i / 45, u = 1 - t;
    const x = u * u * x0 + 2 * u * t * mx + t * t * x1, y = u * u * y0 + 2 * u * t * my + t * t * y1;
    const spread = size * (0.2 + t * 0.9);
    const col = SPLASH_COLORS[i % SPLASH_COLORS.length]!;
    const px = x + rng.range(-spread, spread), py = y + rng.range(-spread, spread);
    if (i % 7 === 3) starShape(c, px, py, size * (0.55 - t * 0.3), '#fff6c8', true);
    else c.circle(px, py, size * (0.22 - t * 0.14), col, { bare: true, layer: 'fg', opacity: 1 - t * 0.5 });
  }
}

export type LetteringLook = 'graffiti' | 'glow' | 'bold';

/** The ink a print's words take on fabric of `fabric`'s colour. */
export function inkOn(fabric: string): string {
  return luma(parseHex(fabric)) > 0.5 ? '#1b1b2f' : '#fdfdf8';
}

function textStyle(c: Canvas, look: LetteringLook, size: number, fabric: string, word: number): { under: string; fill: string } {
  const ink = inkOn(fabric);
  if (look === 'graffiti') {
    // Bright letters in turn, each word its own colour, in a thick dark outline with a drop shadow.
    const fill = c.paint(['#ff3b8d', '#ffd23f', '#2ec4ff', '#7bd86b'][word % 4]!, 'fg');
    return { under: `fill="${c.paint('#1b1b2f', 'fg')}" stroke="${c.paint('#1b1b2f', 'fg')}" stroke-width="${fmt(size * 0.2)}" stroke-linejoin="round"`, fill: `fill="${fill}" stroke="${c.paint('#1b1b2f', 'fg')}" stroke-width="${fmt(size * 0.06)}"` };
  }
  if (look === 'glow') {
    const tube = c.paint('#7df9ff', 'fg');
    return { under: `fill="${tube}" stroke="${tube}" stroke-opacity=".35" stroke-width="${fmt(size * 0.3)}" stroke-linejoin="round"`, fill: `fill="${c.paint(luma(parseHex(fabric)) > 0.5 ? '#0f6f8a' : '#f2ffff', 'fg')}"` };
  }
  return { under: '', fill: `fill="${c.paint(ink, 'fg')}"` };
}

/** Words set in a band `r`, as large as fit (up to two lines), in the look asked. Returns the text set. */
export function letterStraight(c: Canvas, text: string, r: Rect, look: LetteringLook, fabric: string): void {
  const upper = look === 'graffiti' ? text.toUpperCase() : text;
  const { lines, size } = fitText(upper, r.w * 0.94, r.h * 0.9, 2);
  const lineH = size * 1.12, top = r.y + r.h / 2 - (lineH * lines.length) / 2;
  const cx = r.x + r.w / 2;
  const tilt = look === 'graffiti' ? ` transform="rotate(-4 ${fmt(cx)} ${fmt(r.y + r.h / 2)})"` : '';
  lines.forEach((line, i) => {
    const st = textStyle(c, look, size, fabric, i);
    const y = top + lineH * i + size * 0.9;
    const t = (attrs: string) => `<text x="${fmt(cx)}" y="${fmt(y)}" font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" ${attrs}${tilt}>${escapeXml(line)}</text>`;
    if (st.under) c.add(t(look === 'graffiti' ? `${st.under} dx="${fmt(size * 0.06)}" dy="${fmt(size * 0.08)}"` : st.under));
    c.add(t(st.fill));
  });
}

/** Words wrapped round a circle: the first half arched over its top, the rest curved under its foot. */
export function letterAround(c: Canvas, text: string, cx: number, cy: number, radius: number, look: LetteringLook, fabric: string): void {
  const words = (look === 'graffiti' ? text.toUpperCase() : text).split(/\s+/);
  const half = Math.ceil(words.length / 2);
  const parts = words.length > 1 ? [words.slice(0, half).join(' '), words.slice(half).join(' ')] : [words[0]!];
  // Each half fits in about 150° of its arc.
  const size = Math.min(radius * 0.3, ...parts.map((p) => (radius * Math.PI * 0.8) / Math.max(1, textWidth(p))));
  parts.forEach((part, i) => {
    const id = c.id('arc');
    const r = i === 0 ? radius : radius + size * 0.75;
    // The top arc runs left to right over the circle; the bottom one left to right under it (its letters upright).
    const d = i === 0
      ? `M${fmt(cx - r)} ${fmt(cy)} A${fmt(r)} ${fmt(r)} 0 0 1 ${fmt(cx + r)} ${fmt(cy)}`
      : `M${fmt(cx - r)} ${fmt(cy)} A${fmt(r)} ${fmt(r)} 0 0 0 ${fmt(cx + r)} ${fmt(cy)}`;
    c.def(`<path id="${id}" d="${d}"/>`);
    const st = textStyle(c, look, size, fabric, i);
    const t = (attrs: string) => `<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" ${attrs}><textPath href="#${id}" startOffset="50%" text-anchor="middle">${escapeXml(part)}</textPath></text>`;
    if (st.under) c.add(t(st.under));
    c.add(t(st.fill));
  });
}

/** A round ground for a print that has no background of its own: a warm disc with a ring, as a badge is printed. */
export function printGround(c: Canvas, r: Rect, fabric: string): void {
  const light = luma(parseHex(fabric)) > 0.5;
  const disc = light ? '#cfe9f2' : shade(fabric, 0.18), ring = light ? '#3a8fb7' : shade(fabric, 0.4);
  c.circle(r.x + r.w / 2, r.y + r.h / 2, r.w * 0.46, disc, { bare: true, layer: 'fg' });
  c.circle(r.x + r.w / 2, r.y + r.h / 2, r.w * 0.49, 'none', { bare: true, layer: 'fg', extra: `stroke="${c.paint(ring, 'fg')}" stroke-width="${fmt(r.w * 0.02)}"` });
}

/** A skateboard seen side on under a rider's feet at (cx, y): a deck with kicked-up ends, trucks and wheels. */
export function paintSkateboard(c: Canvas, cx: number, y: number, w: number): void {
  const t = w * 0.07, x0 = cx - w / 2, x1 = cx + w / 2;
  c.path(`M${fmt(x0 + w * 0.1)} ${fmt(y)} H${fmt(x1 - w * 0.1)} Q${fmt(x1)} ${fmt(y)} ${fmt(x1 + w * 0.02)} ${fmt(y - t * 1.4)} L${fmt(x1 + w * 0.04)} ${fmt(y - t * 0.6)} ` +
    `Q${fmt(x1 - w * 0.02)} ${fmt(y + t)} ${fmt(x1 - w * 0.12)} ${fmt(y + t)} H${fmt(x0 + w * 0.12)} Q${fmt(x0 + w * 0.02)} ${fmt(y + t)} ${fmt(x0 - w * 0.04)} ${fmt(y - t * 0.6)} ` +
    `L${fmt(x0 - w * 0.02)} ${fmt(y - t * 1.4)} Q${fmt(x0)} ${fmt(y)} ${fmt(x0 + w * 0.1)} ${fmt(y)} Z`, '#e0503a', { layer: 'fg' });
  c.rect(x0 + w * 0.1, y + t * 0.2, w * 0.8, t * 0.25, '#f4c542', { bare: true, layer: 'fg' });
  for (const f of [0.24, 0.76]) {
    c.rect(x0 + w * f - w * 0.05, y + t, w * 0.1, t * 0.5, '#9aa3ad', { layer: 'fg' });
    c.circle(x0 + w * f - w * 0.045, y + t * 2, t * 0.75, '#f2efe6', { layer: 'fg' });
    c.circle(x0 + w * f + w * 0.045, y + t * 2, t * 0.75, '#f2efe6', { layer: 'fg' });
  }
}
