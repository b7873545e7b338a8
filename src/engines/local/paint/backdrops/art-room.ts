// An art room ("a cozy creative studio", "an art project", docs/local-engine.md "Settings"): a warm
// wall with children's paintings pinned up, a window, an easel holding a canvas, and a low work
// table along the back with sheets of paper, pots of paint and a jar of brushes.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { drawProc } from '../props/props.js';
import { paintRoom, windowAt } from './room-kit.js';
import type { Backdrop, BackdropContext } from './sky.js';

const PAINTS = ['#e0453a', '#2f6fde', '#f2c230', '#3fae5a', '#9b4dca'];

export function artRoom(ctx: BackdropContext): Backdrop {
  const { c, stage, rng } = ctx;
  const { W, horizon: fy } = stage;
  paintRoom(ctx, { wall: '#f3e4cc', floor: '#b98a5a', floorKind: 'planks' });
  const u = fy;
  windowAt(ctx, W * 0.18, fy * 0.12, Math.min(W * 0.2, u * 0.42), u * 0.4, '#5f8a5a');
  // Paintings pinned to the wall: bright blobs and a sun on white sheets.
  const n = Math.max(2, Math.round(W / (u * 0.5)));
  for (let i = 0; i < n; i++) {
    const x = W * (0.36 + (0.6 * i) / n), y = fy * (0.14 + (i % 2) * 0.08), w = u * 0.16, h = u * 0.12;
    c.rect(x, y, w, h, '#fbfaf6', { layer: 'bg', transform: `rotate(${fmt(rng.range(-5, 5))} ${fmt(x + w / 2)} ${fmt(y + h / 2)})` });
    c.circle(x + w * 0.35, y + h * 0.5, h * 0.26, PAINTS[i % PAINTS.length]!, { layer: 'bg', bare: true, opacity: 0.85 });
    c.circle(x + w * 0.72, y + h * 0.35, h * 0.16, PAINTS[(i + 2) % PAINTS.length]!, { layer: 'bg', bare: true, opacity: 0.85 });
    c.circle(x + w / 2, y + h * 0.06, h * 0.05, '#d33', { layer: 'bg', bare: true });
  }
  // The work table along the back wall, with paper, paint pots and a jar of brushes on it.
  const tw = Math.min(W * 0.46, u * 0.9), th = u * 0.26, tx = W * 0.3, base = fy + stage.H * 0.02;
  drawProc(c, 'table', tx + tw / 2, base, th, { rng: rng.fork('art-table'), layer: 'bg', color: '#a4774d' }, tw);
  const top = base - th;
  c.rect(tx + tw * 0.06, top - th * 0.03, tw * 0.28, th * 0.04, '#fdfcf8', { layer: 'bg', transform: `rotate(-4 ${fmt(tx + tw * 0.2)} ${fmt(top)})` });
  c.rect(tx + tw * 0.1, top - th * 0.05, tw * 0.26, th * 0.04, '#f6f1e4', { layer: 'bg' });
  PAINTS.slice(0, 4).forEach((col, i) => {
    const px = tx + tw * (0.45 + i * 0.09), pw = tw * 0.065, ph = th * 0.2;
    c.rect(px, top - ph, pw, ph, '#f4f4f0', { layer: 'bg', rx: pw * 0.15 });
    c.rect(px, top - ph, pw, ph * 0.35, col, { layer: 'bg', rx: pw * 0.15 });
    c.ellipse(px + pw / 2, top - ph, pw / 2, ph * 0.1, shade(col, -0.2), { layer: 'bg', bare: true });
  });
  // A jar of brushes at the table's end.
  const jx = tx + tw * 0.88, jw = tw * 0.07, jh = th * 0.26;
  for (const [dx, col] of [[-0.2, '#e0453a'], [0.1, '#2f6fde'], [0.35, '#f2c230']] as const) {
    c.line(`M${fmt(jx + jw * (0.5 + dx))} ${fmt(top - jh * 0.5)}L${fmt(jx + jw * (0.5 + dx * 2))} ${fmt(top - jh * 1.8)}`, '#8a5a36', jw * 0.12, { layer: 'bg' });
    c.circle(jx + jw * (0.5 + dx * 2), top - jh * 1.8, jw * 0.1, col, { layer: 'bg', bare: true });
  }
  c.rect(jx, top - jh, jw, jh, '#cfe3ea', { layer: 'bg', rx: jw * 0.15, opacity: 0.9 });
  // The easel, holding a canvas, at the right.
  const eh = u * 0.62;
  drawProc(c, 'easel', Math.min(W * 0.88, tx + tw + eh * 0.45), fy + stage.H * 0.05, eh, { rng: rng.fork('easel'), layer: 'bg' });
  return {
    decor: [
      { thing: 'artist-palette', zone: 'table', count: 1, size: 0.14 },
      { thing: 'crayon', zone: 'table', count: 1, size: 0.1 },
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.4 },
    ],
  };
}
