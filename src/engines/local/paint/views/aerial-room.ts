// A room seen from straight above, like a floor plan: thick walls round a board floor, a rug, and
// the setting's furniture from above: a bed with pillows, a sofa round a coffee table, desks with
// screens, round café tables with chairs, counters with a hob and sink, shelves of books
// (docs/local-engine.md, "Viewpoints").
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import type { ViewContext, ViewScene } from './iso.js';

type Box = (x: number, y: number, w: number, h: number, fill: string, rx?: number) => void;

export function aerialRoom(ctx: ViewContext): ViewScene {
  const { c, rng, setting } = ctx;
  const W = c.width, H = c.height, m = Math.min(W, H);
  const wall = m * 0.045;
  const floor = setting === 'dungeon' ? '#5e5e66' : setting === 'kitchen' ? '#d9d2c4' : setting === 'office' || setting === 'classroom' ? '#a9b0b8' : '#c89a6a';
  c.rect(0, 0, W, H, '#3a3a40', { bare: true });
  c.rect(wall, wall, W - 2 * wall, H - 2 * wall, floor, { bare: true });
  let boards = '';
  for (let y = wall + m * 0.06; y < H - wall; y += m * 0.06) boards += `M${fmt(wall)} ${fmt(y)}H${fmt(W - wall)}`;
  c.line(boards, shade(floor, -0.18), m * 0.003, { bare: true, opacity: 0.6 });
  // Furniture: a shadow to the lower right, then its top.
  const box: Box = (x, y, w, h, fill, rx = m * 0.008) => {
    c.rect(x + m * 0.01, y + m * 0.01, w, h, '#000000', { bare: true, opacity: 0.22, rx, layer: 'fg' });
    c.rect(x, y, w, h, fill, { rx, layer: 'fg' });
  };
  const X = (f: number) => wall + (W - 2 * wall) * f, Y = (f: number) => wall + (H - 2 * wall) * f;
  const u = m;
  const rug = (x: number, y: number, w: number, h: number, color: string) => {
    c.rect(X(x), Y(y), (W - 2 * wall) * w, (H - 2 * wall) * h, color, { rx: m * 0.01 });
    c.rect(X(x) + m * 0.02, Y(y) + m * 0.02, (W - 2 * wall) * w - m * 0.04, (H - 2 * wall) * h - m * 0.04, 'none', { bare: true, extra: `stroke="${c.paint(shade(color, 0.3))}" stroke-width="${fmt(m * 0.006)}"` });
  };
  const plant = (x: number, y: number) => {
    c.circle(X(x) + m * 0.008, Y(y) + m * 0.008, u * 0.045, '#000000', { bare: true, opacity: 0.2, layer: 'fg' });
    for (let k = 0; k < 7; k++) {
      const a = (k / 7) * Math.PI * 2;
      c.ellipse(X(x) + Math.cos(a) * u * 0.025, Y(y) + Math.sin(a) * u * 0.025, u * 0.03, u * 0.015, k % 2 ? '#4f9a46' : '#3f8a40', { layer: 'fg', transform: `rotate(${fmt((a * 180) / Math.PI)} ${fmt(X(x) + Math.cos(a) * u * 0.025)} ${fmt(Y(y) + Math.sin(a) * u * 0.025)})` });
    }
  };
  const roundTable = (x: number, y: number) => {
    for (let k = 0; k < 4; k++) {
      const a = (k / 4) * Math.PI * 2 + 0.6;
      c.circle(X(x) + Math.cos(a) * u * 0.075, Y(y) + Math.sin(a) * u * 0.075, u * 0.03, '#a8764a', { layer: 'fg' });
    }
    c.circle(X(x) + m * 0.01, Y(y) + m * 0.01, u * 0.055, '#000000', { bare: true, opacity: 0.22, layer: 'fg' });
    c.circle(X(x), Y(y), u * 0.055, '#f4efe6', { layer: 'fg' });
    c.circle(X(x) + u * 0.015, Y(y) - u * 0.01, u * 0.012, '#ffffff', { layer: 'fg' });
  };
  const desk = (x: number, y: number) => {
    box(X(x), Y(y), u * 0.22, u * 0.1, '#e9e4da');
    box(X(x) + u * 0.05, Y(y) + u * 0.012, u * 0.12, u * 0.02, '#2b2f36');
    box(X(x) + u * 0.07, Y(y) + u * 0.05, u * 0.08, u * 0.03, '#cfd3d8');
    c.circle(X(x) + u * 0.11, Y(y) + u * 0.15, u * 0.035, '#3b4a5a', { layer: 'fg' });
  };
  const shelves = (x: number, y: number, w: number) => {
    box(X(x), Y(y), (W - 2 * wall) * w, u * 0.05, shade('#a8764a', -0.15));
    const books = ['#c0392b', '#2e6da4', '#e0b43a', '#3f8a5a', '#7a4a8a'];
    for (let k = 0; X(x) + u * (0.01 + k * 0.018) < X(x + w) - u * 0.02; k++) c.rect(X(x) + u * (0.01 + k * 0.018), Y(y) + u * 0.008, u * 0.014, u * 0.034, books[k % books.length]!, { layer: 'fg', bare: true });
  };
  let what: string;
  switch (setting) {
    case 'bedroom':
      rug(0.35, 0.45, 0.4, 0.35, '#c96a6a');
      box(X(0.05), Y(0.08), u * 0.34, u * 0.46, '#a8764a');
      box(X(0.05) + u * 0.02, Y(0.08) + u * 0.02, u * 0.3, u * 0.42, '#f4f1ea');
      box(X(0.05) + u * 0.04, Y(0.08) + u * 0.035, u * 0.11, u * 0.07, '#ffffff', u * 0.02);
      box(X(0.05) + u * 0.19, Y(0.08) + u * 0.035, u * 0.11, u * 0.07, '#ffffff', u * 0.02);
      box(X(0.05) + u * 0.02, Y(0.08) + u * 0.18, u * 0.3, u * 0.26, rng.pick(['#6c8fc7', '#d98a8a', '#8fb88a']));
      box(X(0.05) + u * 0.36, Y(0.08), u * 0.08, u * 0.08, '#8a5a36');
      box(X(0.7), Y(0.04), u * 0.26, u * 0.1, shade('#a8764a', -0.1));
      plant(0.92, 0.88);
      what = 'a bed with pillows and a blanket, a nightstand, a wardrobe, a rug and a plant';
      break;
    case 'cafe': case 'restaurant':
      box(X(0.05), Y(0.04), (W - 2 * wall) * 0.9, u * 0.1, '#6a4a32');
      for (const [x, y] of [[0.25, 0.4], [0.6, 0.38], [0.3, 0.75], [0.7, 0.72]]) roundTable(x!, y!);
      plant(0.92, 0.9);
      what = 'a counter and round tables with chairs';
      break;
    case 'office': case 'classroom':
      for (const [x, y] of [[0.08, 0.1], [0.55, 0.1], [0.08, 0.55], [0.55, 0.55]]) desk(x!, y!);
      plant(0.92, 0.9);
      what = 'desks with screens, keyboards and chairs';
      break;
    case 'kitchen':
      box(X(0), Y(0), (W - 2 * wall), u * 0.1, '#f4f4f2');
      for (let k = 0; k < 4; k++) c.circle(X(0.2) + (k % 2) * u * 0.05, Y(0) + u * 0.03 + Math.floor(k / 2) * u * 0.04, u * 0.016, '#2b2f36', { layer: 'fg' });
      box(X(0.55), Y(0) + u * 0.02, u * 0.1, u * 0.06, '#b8bcc2', u * 0.02);
      box(X(0.35), Y(0.45), u * 0.28, u * 0.18, '#a8764a');
      what = 'counters with a hob and a sink, and a table';
      break;
    case 'library': case 'study':
      shelves(0, 0, 1);
      shelves(0, 0.9, 1);
      rug(0.25, 0.3, 0.5, 0.45, '#7a2f3a');
      box(X(0.35), Y(0.42), u * 0.28, u * 0.16, '#a8764a');
      what = 'shelves of books along the walls, a reading table and a rug';
      break;
    case 'living-room':
      rug(0.2, 0.3, 0.55, 0.45, '#6f8fb0');
      box(X(0.05), Y(0.28), u * 0.1, u * 0.4, rng.pick(['#6a8fb5', '#c9755a', '#7aa06a']), u * 0.02);
      box(X(0.35), Y(0.4), u * 0.2, u * 0.14, '#a8764a');
      box(X(0.3), Y(0.02), u * 0.32, u * 0.06, '#5a4a3a');
      plant(0.92, 0.1);
      what = 'a sofa, a coffee table, a low cabinet, a rug and a plant';
      break;
    default:
      rug(0.25, 0.3, 0.5, 0.45, setting === 'dungeon' ? '#5a4a3a' : '#8a9fb0');
      box(X(0.35), Y(0.42), u * 0.28, u * 0.16, '#a8764a');
      for (const dx of [0.06, 0.2]) c.circle(X(0.35) + u * dx, Y(0.42) + u * 0.21, u * 0.035, '#7a5234', { layer: 'fg' });
      shelves(0, 0, 0.4);
      what = 'a table with chairs, a shelf and a rug';
  }
  return { what: `a floor plan with walls, ${what}`, spots: [{ x: W * 0.5, y: H * 0.66, h: m * 0.2, depth: 1 }] };
}
