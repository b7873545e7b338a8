// Marketing symbols drawn as shapes in a box: a big rising arrow, a play button, a funnel, a
// question mark, a numeral, a map pin, a roadmap, a logo badge and a call-to-action button.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';
import { escapeXml, fitText } from '../signs.js';
import type { Rect } from '../stage.js';
import type { Rng } from '../prng.js';

const FONT = 'DejaVu Sans';

function glyph(c: Canvas, text: string, r: Rect, color: string, stroke?: string): void {
  const { size } = fitText(text, r.w * 0.9, r.h * 0.9, 1);
  const outline = stroke ? ` stroke="${c.paint(stroke, 'fg')}" stroke-width="${fmt(size * 0.04)}" stroke-linejoin="round"` : '';
  c.add(`<text font-family="${FONT}" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" x="${fmt(r.x + r.w / 2)}" y="${fmt(r.y + r.h / 2 + size * 0.36)}" fill="${c.paint(color, 'fg')}"${outline}>${escapeXml(text)}</text>`);
}

/** A thick arrow climbing from bottom left to top right, with a zig-zag on the way up. */
export function drawArrow(c: Canvas, r: Rect, color: string): void {
  const p = (fx: number, fy: number) => `${fmt(r.x + r.w * fx)} ${fmt(r.y + r.h * fy)}`;
  const w = Math.min(r.w, r.h) * 0.13;
  const d = `M${p(0.04, 0.92)}L${p(0.36, 0.56)}L${p(0.54, 0.7)}L${p(0.8, 0.3)}`;
  c.line(d, mixHex(color, '#000000', 0.35), w * 1.15, { layer: 'fg', opacity: 0.35 });
  c.line(d, color, w, { layer: 'fg' });
  c.polygon([r.x + r.w * 0.64, r.y + r.h * 0.2, r.x + r.w * 0.98, r.y + r.h * 0.04, r.x + r.w * 0.92, r.y + r.h * 0.42], color, { layer: 'fg' });
}

export function drawPlayButton(c: Canvas, r: Rect): void {
  const h = Math.min(r.h, r.w / 1.4), w = h * 1.4, x = r.x + (r.w - w) / 2, y = r.y + (r.h - h) / 2;
  c.rect(x + w * 0.02, y + h * 0.05, w, h, '#000000', { rx: h * 0.28, opacity: 0.2, bare: true, layer: 'fg' });
  c.rect(x, y, w, h, '#ff1f2d', { rx: h * 0.28, layer: 'fg' });
  c.polygon([x + w * 0.4, y + h * 0.28, x + w * 0.4, y + h * 0.72, x + w * 0.66, y + h * 0.5], '#ffffff', { layer: 'fg' });
}

export function drawFunnel(c: Canvas, r: Rect, color: string): void {
  const bands = 4;
  for (let i = 0; i < bands; i++) {
    const t0 = i / bands, t1 = (i + 0.86) / bands;
    const half = (t: number) => r.w * (0.5 - 0.36 * t);
    const cx = r.x + r.w / 2, y0 = r.y + r.h * 0.8 * t0, y1 = r.y + r.h * 0.8 * t1;
    c.polygon([cx - half(t0), y0, cx + half(t0), y0, cx + half(t1), y1, cx - half(t1), y1], mixHex(color, '#ffffff', i * 0.2), { layer: 'fg' });
  }
  c.rect(r.x + r.w * 0.44, r.y + r.h * 0.8, r.w * 0.12, r.h * 0.2, mixHex(color, '#ffffff', 0.75), { layer: 'fg' });
}

export function drawQuestionMark(c: Canvas, r: Rect, color: string): void {
  const s = Math.min(r.w, r.h);
  c.circle(r.x + r.w / 2, r.y + r.h / 2, s * 0.48, color, { layer: 'fg' });
  glyph(c, '?', { x: r.x + r.w * 0.2, y: r.y + r.h * 0.12, w: r.w * 0.6, h: r.h * 0.76 }, '#ffffff');
}

export function drawNumeral(c: Canvas, r: Rect, numeral: string, color: string): void {
  const s = Math.min(r.w, r.h);
  c.circle(r.x + r.w / 2, r.y + r.h / 2, s * 0.48, mixHex(color, '#ffd23f', 0.7), { layer: 'fg' });
  c.circle(r.x + r.w / 2, r.y + r.h / 2, s * 0.4, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#ffffff', 'fg')}" stroke-width="${fmt(s * 0.03)}"` });
  glyph(c, numeral, { x: r.x + r.w * 0.18, y: r.y + r.h * 0.18, w: r.w * 0.64, h: r.h * 0.64 }, '#ffffff', '#7a4a00');
}

export function drawPin(c: Canvas, r: Rect, color: string): void {
  const w = Math.min(r.w, r.h * 0.72), cx = r.x + r.w / 2, top = r.y, rad = w / 2;
  c.ellipse(cx, r.y + r.h * 0.98, w * 0.3, r.h * 0.03, '#000000', { opacity: 0.2, bare: true, layer: 'fg' });
  c.path(`M${fmt(cx)} ${fmt(r.y + r.h * 0.96)}C${fmt(cx - rad * 0.3)} ${fmt(top + rad * 2)} ${fmt(cx - rad)} ${fmt(top + rad * 1.5)} ${fmt(cx - rad)} ${fmt(top + rad)}A${fmt(rad)} ${fmt(rad)} 0 1 1 ${fmt(cx + rad)} ${fmt(top + rad)}C${fmt(cx + rad)} ${fmt(top + rad * 1.5)} ${fmt(cx + rad * 0.3)} ${fmt(top + rad * 2)} ${fmt(cx)} ${fmt(r.y + r.h * 0.96)}Z`, color, { layer: 'fg' });
  c.circle(cx, top + rad, rad * 0.4, '#ffffff', { layer: 'fg' });
}

/** A roadmap: a line with milestones, each with a flag and a caption bar. */
export function drawTimeline(c: Canvas, r: Rect, color: string): void {
  const y = r.y + r.h * 0.55, n = 4;
  c.line(`M${fmt(r.x + r.w * 0.04)} ${fmt(y)}H${fmt(r.x + r.w * 0.96)}`, mixHex(color, '#ffffff', 0.4), Math.max(2, r.h * 0.06), { layer: 'fg' });
  for (let i = 0; i < n; i++) {
    const x = r.x + r.w * (0.12 + (0.76 * i) / (n - 1));
    const done = i < n - 1;
    c.circle(x, y, r.h * 0.11, done ? color : '#ffffff', { layer: 'fg', extra: `stroke="${c.paint(color, 'fg')}" stroke-width="${fmt(r.h * 0.04)}"` });
    const up = i % 2 === 0;
    c.rect(x - r.w * 0.08, up ? r.y + r.h * 0.12 : y + r.h * 0.22, r.w * 0.16, r.h * 0.09, '#c9d0db', { rx: r.h * 0.045, layer: 'fg', bare: true });
  }
}

export function drawLogoBadge(c: Canvas, r: Rect, color: string): void {
  const s = Math.min(r.w, r.h), cx = r.x + r.w / 2, cy = r.y + r.h / 2;
  c.circle(cx, cy, s * 0.48, color, { layer: 'fg' });
  c.circle(cx, cy, s * 0.4, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#ffffff', 'fg')}" stroke-width="${fmt(s * 0.025)}"` });
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = (Math.PI * i) / 5 - Math.PI / 2, rad = i % 2 ? s * 0.12 : s * 0.27;
    pts.push(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
  }
  c.polygon(pts, '#ffffff', { layer: 'fg' });
}

export function drawCtaButton(c: Canvas, r: Rect, color: string): void {
  c.rect(r.x, r.y + r.h * 0.08, r.w, r.h, mixHex(color, '#000000', 0.4), { rx: r.h / 2, opacity: 0.3, bare: true, layer: 'fg' });
  c.rect(r.x, r.y, r.w, r.h, color, { rx: r.h / 2, layer: 'fg' });
  c.rect(r.x + r.h * 0.5, r.y + r.h * 0.4, r.w - r.h * 1.6, r.h * 0.2, '#ffffff', { rx: r.h * 0.1, layer: 'fg', bare: true });
  const ax = r.x + r.w - r.h * 0.75, ay = r.y + r.h / 2, a = r.h * 0.16;
  c.line(`M${fmt(ax - a)} ${fmt(ay - a)}L${fmt(ax)} ${fmt(ay)}L${fmt(ax - a)} ${fmt(ay + a)}`, '#ffffff', r.h * 0.1, { layer: 'fg', bare: true });
}

/** Nodes joined by lines: a hub and a ring of nodes, each linked to the hub and to its neighbours. */
export function drawNetwork(c: Canvas, r: Rect, color: string, rng: Rng): void {
  const cx = r.x + r.w / 2, cy = r.y + r.h / 2, s = Math.min(r.w, r.h);
  const n = 7;
  const pts = Array.from({ length: n }, (_, i) => {
    const a = (Math.PI * 2 * i) / n + rng.range(-0.2, 0.2), k = rng.range(0.36, 0.48);
    return [cx + Math.cos(a) * r.w * k, cy + Math.sin(a) * r.h * k] as const;
  });
  const lw = Math.max(2, s * 0.022);
  let d = '';
  pts.forEach(([x, y], i) => {
    const [nx, ny] = pts[(i + 1) % n]!;
    d += `M${fmt(cx)} ${fmt(cy)}L${fmt(x)} ${fmt(y)}M${fmt(x)} ${fmt(y)}L${fmt(nx)} ${fmt(ny)}`;
  });
  c.line(d, mixHex(color, '#1f2636', 0.25), lw, { layer: 'fg', bare: true });
  pts.forEach(([x, y], i) => {
    c.circle(x, y, s * (i % 3 ? 0.05 : 0.07), i % 2 ? color : mixHex(color, '#ffd23f', 0.5), { layer: 'fg' });
    c.circle(x, y, s * 0.02, '#ffffff', { layer: 'fg', bare: true });
  });
  c.circle(cx, cy, s * 0.11, color, { layer: 'fg' });
  c.circle(cx, cy, s * 0.05, '#ffffff', { layer: 'fg', bare: true });
}

/** A red starburst sale tag with the percentage and "OFF" under it in white. */
export function drawDiscount(c: Canvas, r: Rect, percent: string, rng: Rng): void {
  const s = Math.min(r.w, r.h), cx = r.x + r.w / 2, cy = r.y + r.h / 2;
  const points: number[] = [];
  const spikes = 16, turn = rng.range(0, Math.PI / spikes);
  for (let i = 0; i < spikes * 2; i++) {
    const a = turn + (i * Math.PI) / spikes, rad = s * (i % 2 ? 0.41 : 0.49);
    points.push(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
  }
  c.polygon(points.map((v, i) => v + s * (i % 2 ? 0.03 : 0.015)), '#000000', { layer: 'fg', bare: true, opacity: 0.2 });
  c.polygon(points, '#e5262d', { layer: 'fg' });
  c.circle(cx, cy, s * 0.35, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#ffffff', 'fg')}" stroke-width="${fmt(s * 0.018)}" stroke-dasharray="${fmt(s * 0.04)} ${fmt(s * 0.025)}"` });
  glyph(c, percent, { x: cx - s * 0.3, y: cy - s * 0.27, w: s * 0.6, h: s * 0.34 }, '#ffffff');
  glyph(c, 'OFF', { x: cx - s * 0.2, y: cy + s * 0.06, w: s * 0.4, h: s * 0.2 }, '#ffe14d');
}

/**
 * Bold typography with no words given: the letters "Aa" large in a double-ruled frame, stars on
 * the rules and lines of smaller type under them, in ink and an accent.
 */
export function drawTypeSpecimen(c: Canvas, r: Rect, ink: string, accent: string): void {
  const L = { layer: 'fg' as const };
  c.rect(r.x, r.y, r.w, r.h, 'none', { ...L, bare: true, extra: `stroke="${c.paint(ink, 'fg')}" stroke-width="${fmt(r.h * 0.02)}"` });
  c.rect(r.x + r.w * 0.03, r.y + r.h * 0.04, r.w * 0.94, r.h * 0.92, 'none', { ...L, bare: true, extra: `stroke="${c.paint(ink, 'fg')}" stroke-width="${fmt(r.h * 0.007)}"` });
  const rule = (y: number) => {
    c.rect(r.x + r.w * 0.12, y, r.w * 0.76, r.h * 0.012, ink, { ...L, bare: true });
    for (const fx of [0.08, 0.92]) star(c, r.x + r.w * fx, y + r.h * 0.006, r.h * 0.035, accent);
  };
  rule(r.y + r.h * 0.13);
  glyph(c, 'Aa', { x: r.x + r.w * 0.1, y: r.y + r.h * 0.16, w: r.w * 0.8, h: r.h * 0.5 }, accent, ink);
  rule(r.y + r.h * 0.68);
  for (let i = 0; i < 3; i++) {
    const w = r.w * (i === 1 ? 0.56 : 0.68);
    c.rect(r.x + (r.w - w) / 2, r.y + r.h * (0.75 + i * 0.065), w, r.h * 0.03, ink, { ...L, bare: true, rx: r.h * 0.01, opacity: i === 0 ? 1 : 0.7 });
  }
}

function star(c: Canvas, cx: number, cy: number, rad: number, color: string): void {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5, rr = i % 2 ? rad * 0.45 : rad;
    pts.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  c.polygon(pts, color, { layer: 'fg' });
}

/** Distressed print: specks and worn scratches in the ink's colour over the whole picture. */
export function drawDistress(c: Canvas, W: number, H: number, ink: string, rng: Rng): void {
  const m = Math.min(W, H);
  let specks = '';
  const n = Math.round(Math.min(900, (W * H) / (m * m) * 380));
  for (let i = 0; i < n; i++) {
    const s = m * rng.range(0.002, 0.006);
    specks += `M${fmt(rng.range(0, W))} ${fmt(rng.range(0, H))}h${fmt(s)}v${fmt(s)}h${fmt(-s)}Z`;
  }
  c.path(specks, '#fff8e8', { bare: true, opacity: 0.5, layer: 'fg' });
  let scratches = '';
  for (let i = 0; i < 14; i++) {
    const x = rng.range(0, W), y = rng.range(0, H), len = m * rng.range(0.05, 0.16), a = rng.range(-0.5, 0.5);
    scratches += `M${fmt(x)} ${fmt(y)}l${fmt(Math.cos(a) * len)} ${fmt(Math.sin(a) * len)}`;
  }
  c.line(scratches, ink, m * 0.003, { bare: true, opacity: 0.25, layer: 'fg' });
}
