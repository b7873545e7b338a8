// Named planets drawn as themselves (docs/local-engine.md): Mars red-orange with craters and a
// polar cap, Jupiter banded with its red spot, Venus pale and hazy. Saturn and Earth are emoji.
import { fmt } from '../canvas.js';
import { mixHex, shade } from '../color.js';
import { at, type Painter } from './proc-box.js';

/** The lit disc every planet starts from: a sphere shaded from upper left. */
function disc(c: Parameters<Painter>[0], cx: number, cy: number, r: number, color: string, layer: Parameters<Painter>[2]['layer']): void {
  c.circle(cx, cy, r * 1.18, c.radial([[0, color, 0.35], [1, color, 0]]), { bare: true, layer });
  c.circle(cx, cy, r, c.radial([[0, shade(color, 0.22)], [0.7, color], [1, shade(color, -0.35)]], [0.38, 0.35, 0.75]), { layer });
}

export const mars: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const r = Math.min(b.w, b.h) / 2;
  const cx = X(0.5), cy = Y(0.5);
  const rust = o.color ?? '#c8562e';
  disc(c, cx, cy, r, rust, o.layer);
  // Darker lowlands, a polar cap, and craters with a light rim.
  c.path(`M${fmt(cx - r * 0.8)} ${fmt(cy + r * 0.1)} Q${fmt(cx - r * 0.3)} ${fmt(cy - r * 0.15)} ${fmt(cx + r * 0.2)} ${fmt(cy + r * 0.12)} T${fmt(cx + r * 0.85)} ${fmt(cy + r * 0.05)} Q${fmt(cx + r * 0.3)} ${fmt(cy + r * 0.35)} ${fmt(cx - r * 0.8)} ${fmt(cy + r * 0.1)} Z`, shade(rust, -0.22), { layer: o.layer, bare: true, opacity: 0.7 });
  c.ellipse(cx - r * 0.05, cy - r * 0.86, r * 0.3, r * 0.1, '#f6eee6', { layer: o.layer, bare: true, opacity: 0.9 });
  const craters: [number, number, number][] = [[-0.4, -0.35, 0.14], [0.3, -0.4, 0.09], [0.45, 0.35, 0.12], [-0.2, 0.5, 0.08], [0.05, -0.05, 0.06], [-0.55, 0.25, 0.07]];
  for (const [dx, dy, s] of craters) {
    c.circle(cx + dx * r, cy + dy * r, s * r, shade(rust, -0.28), { layer: o.layer, bare: true });
    c.circle(cx + dx * r - s * r * 0.2, cy + dy * r - s * r * 0.2, s * r * 0.7, shade(rust, -0.1), { layer: o.layer, bare: true });
  }
};

export const jupiter: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const r = Math.min(b.w, b.h) / 2;
  const cx = X(0.5), cy = Y(0.5);
  const base = o.color ?? '#d9b38c';
  disc(c, cx, cy, r, base, o.layer);
  const bands: [number, number, string][] = [[-0.62, 0.1, '#b07a52'], [-0.3, 0.14, '#c99a6e'], [0.05, 0.12, '#a86a45'], [0.36, 0.1, '#c48f64'], [0.64, 0.08, '#b07a52']];
  for (const [dy, h, col] of bands) {
    const y = cy + dy * r, half = Math.sqrt(Math.max(0, 1 - (dy * dy))) * r * 0.98;
    c.ellipse(cx, y, half, h * r, mixHex(col, base, 0.2), { layer: o.layer, bare: true, opacity: 0.85 });
  }
  c.ellipse(cx + r * 0.35, cy + r * 0.22, r * 0.18, r * 0.1, '#b8442e', { layer: o.layer, bare: true });
};

export const venus: Painter = (c, b, o) => {
  const { X, Y } = at(b);
  const r = Math.min(b.w, b.h) / 2;
  const cx = X(0.5), cy = Y(0.5);
  const base = o.color ?? '#e8c98a';
  disc(c, cx, cy, r, base, o.layer);
  for (const [dy, s] of [[-0.4, 0.5], [0.05, 0.7], [0.45, 0.45]] as const) {
    c.line(`M${fmt(cx - r * s)} ${fmt(cy + dy * r)} Q${fmt(cx)} ${fmt(cy + (dy - 0.15) * r)} ${fmt(cx + r * s)} ${fmt(cy + dy * r)}`, '#f8ead0', r * 0.08, { layer: o.layer, bare: true, opacity: 0.6, cap: 'round' });
  }
};
