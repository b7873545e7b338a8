// A rose window (docs/local-engine.md, "Styles"): what stained glass with no subject of its own, or
// "a rose window", "a church window design", is drawn as. A round window of jewel-coloured glass
// in radiating petals, held by stone tracery and lead, set in a field of small diamond panes; the
// stained glass finish then frames it in its arch (paint/styles/facets.ts).
import { fmt, type Canvas } from '../canvas.js';
import { LEAD } from './facets.js';

const STONE = '#8c8376';
const RED = '#b3202a', BLUE = '#1f4fa8', GOLD = '#e6b12c', GREEN = '#2e8a4b', PURPLE = '#6a2f8f', SKY = '#3f86c9';

/** A lancet petal between angles a-w and a+w, from radius r1 out to r2, its tip rounded. */
function petal(cx: number, cy: number, a: number, w: number, r1: number, r2: number): string {
  const p = (r: number, t: number) => `${fmt(cx + r * Math.cos(t))} ${fmt(cy + r * Math.sin(t))}`;
  const chord = 2 * r2 * Math.sin(w);
  const reach = r2 - chord / 2;
  return `M${p(r1, a - w * (r1 / r2))}L${p(reach, a - w)}A${fmt(chord / 2)} ${fmt(chord / 2)} 0 0 1 ${p(reach, a + w)}L${p(r1, a + w * (r1 / r2))}Z`;
}

export function paintRoseWindow(c: Canvas): void {
  const { width: W, height: H, u } = c;
  const cx = W / 2, cy = H * (H > W * 1.3 ? 0.42 : 0.5);
  const R = Math.min(W * 0.42, H * 0.41);
  let out = '';
  // The field round the rose: small diamond quarries of deep blue glass, a little lighter at the top.
  const g = c.id('rose-field');
  c.def(`<linearGradient id="${g}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2c5fb0"/><stop offset="1" stop-color="#173a7c"/></linearGradient>`);
  out += `<rect width="${fmt(W)}" height="${fmt(H)}" fill="url(#${g})"/>`;
  const step = Math.max(u * 4, Math.min(W, H) / 14);
  let lattice = '';
  for (let k = -H; k < W + H; k += step) lattice += `M${fmt(k)} 0L${fmt(k + H)} ${fmt(H)}M${fmt(k)} ${fmt(H)}L${fmt(k + H)} 0`;
  out += `<path d="${lattice}" stroke="${LEAD}" stroke-width="${fmt(u * 0.3)}" stroke-opacity=".8" fill="none"/>`;
  // The stone ring and the glass behind the tracery.
  out += `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(R * 1.06)}" fill="${STONE}" stroke="${LEAD}" stroke-width="${fmt(u * 0.5)}"/>`;
  out += `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(R)}" fill="#1a3672"/>`;
  const fills: Record<string, string> = {};
  const addTo = (hex: string, d: string) => (fills[hex] = (fills[hex] ?? '') + d);
  // The outer ring: sixteen lancets, red and blue by turns, a gold roundel between each pair.
  const n = 16, w = Math.PI / n;
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + i * 2 * w;
    addTo(i % 2 ? BLUE : RED, petal(cx, cy, a, w * 0.78, R * 0.6, R * 0.97));
    const ra = a + w, rr = R * 0.085;
    const x = cx + R * 0.9 * Math.cos(ra), y = cy + R * 0.9 * Math.sin(ra);
    addTo(GOLD, `M${fmt(x - rr)} ${fmt(y)}a${fmt(rr)} ${fmt(rr)} 0 1 0 ${fmt(rr * 2)} 0a${fmt(rr)} ${fmt(rr)} 0 1 0 ${fmt(-rr * 2)} 0Z`);
  }
  // The middle ring: eight broader petals, green and purple, sky-blue glass between them.
  out += `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(R * 0.58)}" fill="${SKY}"/>`;
  for (let i = 0; i < 8; i++) addTo(i % 2 ? PURPLE : GREEN, petal(cx, cy, -Math.PI / 2 + (i * Math.PI) / 4, (Math.PI / 8) * 0.8, R * 0.28, R * 0.56));
  // The heart: a gold roundel, a red quatrefoil in it, a blue eye.
  const ring = (r: number, hex: string) => `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="${hex}" stroke="${LEAD}" stroke-width="${fmt(u * 0.45)}"/>`;
  let heart = ring(R * 0.26, GOLD);
  for (let i = 0; i < 4; i++) {
    const a = (i * Math.PI) / 2 + Math.PI / 4;
    heart += `<circle cx="${fmt(cx + R * 0.09 * Math.cos(a))}" cy="${fmt(cy + R * 0.09 * Math.sin(a))}" r="${fmt(R * 0.095)}" fill="${RED}" stroke="${LEAD}" stroke-width="${fmt(u * 0.4)}"/>`;
  }
  heart += ring(R * 0.07, BLUE);
  for (const [hex, d] of Object.entries(fills)) out += `<path d="${d}" fill="${hex}" stroke="${LEAD}" stroke-width="${fmt(u * 0.45)}" stroke-linejoin="round"/>`;
  // The stone tracery: spokes between the lancets and the rings that hold them.
  let spokes = '';
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + (i * 2 + 1) * w;
    spokes += `M${fmt(cx + R * 0.27 * Math.cos(a))} ${fmt(cy + R * 0.27 * Math.sin(a))}L${fmt(cx + R * 0.6 * Math.cos(a))} ${fmt(cy + R * 0.6 * Math.sin(a))}`;
  }
  out += `<path d="${spokes}" stroke="${STONE}" stroke-width="${fmt(R * 0.025)}" stroke-linecap="round" fill="none"/>`;
  out += `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(R * 0.59)}" fill="none" stroke="${STONE}" stroke-width="${fmt(R * 0.025)}"/>`;
  out += heart;
  // Light coming through: brighter in the middle of the rose.
  const l = c.id('rose-light');
  c.def(`<radialGradient id="${l}"><stop offset="0" stop-color="#fff6d8" stop-opacity=".28"/><stop offset="1" stop-color="#fff6d8" stop-opacity="0"/></radialGradient>`);
  out += `<circle cx="${fmt(cx)}" cy="${fmt(cy - R * 0.1)}" r="${fmt(R * 1.1)}" fill="url(#${l})"/>`;
  c.add(out);
}

/** What `text` calls it. */
export const ROSE_WINDOW_LABEL = 'a rose window (a round window of red, blue and gold glass in radiating petals, in stone tracery)';
