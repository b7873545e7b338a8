// The art nouveau style (art nouveau, Mucha, Jugendstil): a decorative poster of the 1900s. Muted
// flat colours (olive, mustard, dusty rose, teal, cream), thin brown outlines, a halo of rings and
// mosaic segments behind the main subject, and an ornamental frame: a round-shouldered arch, gold
// bands, whiplash curves in the corners and a row of small flowers along the foot
// (docs/local-engine.md, "Styles").
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, mix, parseHex, rgbToHsl, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rect } from '../stage.js';

export const NOUVEAU_LINE = '#4a3222';
const CREAM: Rgb = parseHex('#efe2c2');

export function nouveauGrade(c: Rgb, layer: Layer): Rgb {
  const [h, s, l] = rgbToHsl(mix(c, CREAM, layer === 'bg' ? 0.2 : 0.1));
  const tone = Math.min(0.88, Math.max(0.2, Math.round(l * 4) / 4 * 0.8 + l * 0.2));
  return hslToRgb(Math.round(h / 20) * 20, Math.min(0.5, s * 0.7), tone);
}

export function nouveauEdge(layer: Layer, u: number): string {
  return ` stroke="${NOUVEAU_LINE}" stroke-width="${fmt((layer === 'fg' ? 0.38 : 0.22) * u)}" stroke-linejoin="round"`;
}

/** The halo behind the main subject: a cream disc in gold rings, cut into mosaic segments. */
export function nouveauHalo(c: Canvas, r: Rect): void {
  const cx = r.x + r.w / 2, cy = r.y + r.h * 0.38, rad = Math.max(r.w, r.h) * 0.62;
  c.circle(cx, cy, rad, '#c9a24a', { layer: 'bg', bare: true });
  c.circle(cx, cy, rad * 0.9, '#efe2c2', { layer: 'bg', bare: true });
  let spokes = '';
  for (let k = 0; k < 24; k++) {
    const a = (Math.PI * 2 * k) / 24;
    spokes += `M${fmt(cx + Math.cos(a) * rad * 0.62)} ${fmt(cy + Math.sin(a) * rad * 0.62)}L${fmt(cx + Math.cos(a) * rad * 0.9)} ${fmt(cy + Math.sin(a) * rad * 0.9)}`;
  }
  c.line(spokes, '#b08a3a', c.u * 0.35, { layer: 'bg' });
  c.circle(cx, cy, rad * 0.62, '#dcc48a', { layer: 'bg', bare: true, extra: `stroke="${c.paint('#b08a3a')}" stroke-width="${fmt(c.u * 0.35)}"` });
}

/** The ornamental frame round the picture. */
export function nouveauFinish(c: Canvas): void {
  const { width: W, height: H, u } = c;
  const t = Math.min(W, H) * 0.05, r = Math.min(W, H) * 0.18;
  const inner = `M${fmt(t)} ${fmt(H - t)}V${fmt(t + r)}Q${fmt(t)} ${fmt(t)} ${fmt(t + r)} ${fmt(t)}H${fmt(W - t - r)}Q${fmt(W - t)} ${fmt(t)} ${fmt(W - t)} ${fmt(t + r)}V${fmt(H - t)}Z`;
  c.add(`<path d="M0 0H${fmt(W)}V${fmt(H)}H0Z ${inner}" fill="#d9c48e" fill-rule="evenodd"/>`);
  c.add(`<path d="${inner}" fill="none" stroke="${NOUVEAU_LINE}" stroke-width="${fmt(u * 0.6)}"/>`);
  c.add(`<rect x="${fmt(t * 0.35)}" y="${fmt(t * 0.35)}" width="${fmt(W - t * 0.7)}" height="${fmt(H - t * 0.7)}" fill="none" stroke="${NOUVEAU_LINE}" stroke-width="${fmt(u * 0.3)}"/>`);
  // Whiplash curves in the two top corners, mirrored.
  const whip = (sx: number) => {
    const x = (v: number) => fmt(sx > 0 ? v : W - v);
    return `M${x(t * 0.6)} ${fmt(t * 2.4 + r)}C${x(t * 0.6)} ${fmt(t * 0.6)} ${x(t * 2 + r * 0.4)} ${fmt(t * 0.4)} ${x(t + r * 1.3)} ${fmt(t * 0.6)}M${x(t * 1.6)} ${fmt(t * 1.6 + r * 0.2)}c${fmt(sx * r * 0.2)} ${fmt(-r * 0.25)} ${fmt(sx * r * 0.45)} ${fmt(-r * 0.1)} ${fmt(sx * r * 0.3)} ${fmt(r * 0.1)}`;
  };
  c.add(`<path d="${whip(1)}${whip(-1)}" fill="none" stroke="${NOUVEAU_LINE}" stroke-width="${fmt(u * 0.45)}" stroke-linecap="round"/>`);
  // A row of small five-petal flowers along the foot.
  let flowers = '';
  const n = Math.max(4, Math.round(W / (u * 10)));
  for (let i = 0; i < n; i++) {
    const fx = ((i + 0.5) * W) / n, fy = H - t * 0.5, pr = t * 0.16;
    for (let k = 0; k < 5; k++) {
      const a = (Math.PI * 2 * k) / 5;
      flowers += `M${fmt(fx + Math.cos(a) * pr * 1.3 - pr)} ${fmt(fy + Math.sin(a) * pr * 1.3)}a${fmt(pr)} ${fmt(pr)} 0 1 0 ${fmt(2 * pr)} 0a${fmt(pr)} ${fmt(pr)} 0 1 0 ${fmt(-2 * pr)} 0`;
    }
  }
  c.add(`<path d="${flowers}" fill="#b9646a" stroke="${NOUVEAU_LINE}" stroke-width="${fmt(u * 0.15)}"/>`);
}
