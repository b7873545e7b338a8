// Paint laid over an emoji where the scene changes it (docs/local-engine.md): snow caps on a tree's
// crown in a snowy scene, and a house's window lit warm yellow ("a single lit window", or at night).
import type { Canvas } from './canvas.js';
import { fmt } from './canvas.js';

/** The icon's box, as icons.draw places a square 32-unit emoji: bottom centre and height. */
interface IconBox {
  cx: number;
  bottom: number;
  h: number;
  flip?: boolean;
}

const TREES = new Set(['evergreen-tree', 'deciduous-tree', 'christmas-tree']);
const HOUSES = new Set(['house', 'house-with-garden']);

export function hasSnowCaps(icon: string): boolean {
  return TREES.has(icon);
}

export function hasLitWindow(icon: string): boolean {
  return HOUSES.has(icon);
}

/** Maps the emoji's 32-unit coordinates to the canvas. */
function mapper(b: IconBox): (u: number, v: number) => [number, number] {
  const s = b.h / 32, x0 = b.cx - b.h / 2, y0 = b.bottom - b.h;
  return (u, v) => [b.flip ? x0 + (32 - u) * s : x0 + u * s, y0 + v * s];
}

function shape(c: Canvas, b: IconBox, pts: [number, number][], fill: string): void {
  const m = mapper(b);
  c.polygon(pts.flatMap(([u, v]) => m(u, v)), fill, { layer: 'fg' });
}

/** White snow lying on the tiers of a pine or the top of a round crown. */
export function drawSnowCaps(c: Canvas, icon: string, b: IconBox): void {
  const snow = '#f7fbff';
  if (icon === 'deciduous-tree') {
    const m = mapper(b);
    const s = b.h / 32;
    for (const [u, v, rx, ry] of [[16, 3.6, 4.2, 1.8], [8.6, 8.6, 2.6, 1.3], [23.4, 8.8, 2.6, 1.3], [5.6, 15.6, 1.8, 1], [26.4, 15.6, 1.8, 1]] as const) {
      const [x, y] = m(u, v);
      c.ellipse(x, y, rx * s, ry * s, snow, { layer: 'fg' });
    }
    return;
  }
  // A pine's three tiers, each with a drift along its upper edge.
  shape(c, b, [[16, 6.3], [18.6, 11], [17.4, 10.2], [16, 11], [14.6, 10.2], [13.4, 11]], snow);
  shape(c, b, [[13.2, 14], [18.8, 14], [21.2, 15.6], [19.6, 15.2], [17.8, 16], [16, 15.2], [14.2, 16], [12.4, 15.2], [10.8, 15.6]], snow);
  shape(c, b, [[11.8, 19], [20.2, 19], [23.6, 20.8], [21.6, 20.4], [19.4, 21.4], [16, 20.4], [12.6, 21.4], [10.4, 20.4], [8.4, 20.8]], snow);
}

/** Smoke curling up from the house emoji's own chimney ("smoke rising from the chimney"). */
export function drawChimneySmoke(c: Canvas, b: IconBox): void {
  const m = mapper(b);
  const s = b.h / 32;
  const [x0, top] = m(6.4, 3.2);
  const drift = b.flip ? -1 : 1;
  let d = '';
  for (let i = 0; i < 5; i++) {
    const r = (1.2 + i * 0.55) * s;
    const x = x0 + drift * (Math.sin(i * 1.3) * 1.6 * s + i * 1.2 * s), y = top - 1.2 * s - i * 3.2 * s;
    d += `M${fmt(x - r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0`;
  }
  c.path(d, '#e8e8ee', { layer: 'fg', bare: true, opacity: 0.75 });
}

/** The house emoji's window (its right-hand pane) glowing warm yellow, with a soft halo. */
export function drawLitWindow(c: Canvas, b: IconBox): void {
  const m = mapper(b);
  const [x1, y1] = m(18, 15);
  const [x2, y2] = m(24, 21);
  const x = Math.min(x1, x2), w = Math.abs(x2 - x1), h = y2 - y1;
  c.circle(x + w / 2, y1 + h / 2, w * 1.3, c.radial([[0, '#ffd36b', 0.55], [1, '#ffd36b', 0]]), { bare: true, layer: 'fg' });
  c.rect(x, y1, w, h, '#ffd45a', { layer: 'fg', rx: w * 0.12 });
  c.line(`M${fmt(x + w / 2)} ${fmt(y1)}V${fmt(y2)}M${fmt(x)} ${fmt(y1 + h / 2)}H${fmt(x + w)}`, '#8a5a2a', Math.max(1, w * 0.08), { layer: 'fg', bare: true });
}
