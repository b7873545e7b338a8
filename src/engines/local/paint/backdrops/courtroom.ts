// A courtroom ("on trial", "in court"): wooden panelling, the judge's raised bench with a seal
// above it, a witness stand and a railing (docs/local-engine.md).
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { floor, paintRoom } from './room-kit.js';
import type { Backdrop, BackdropContext } from './sky.js';

const WOOD = '#7a4e2c';

export function courtroom(ctx: BackdropContext): Backdrop {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: fy } = stage;
  paintRoom(ctx, { wall: '#b99a72', floor: '#6b4226', floorKind: 'planks', wainscot: shade(WOOD, -0.05) });
  // Tall wooden panels up the wall.
  const n = Math.max(4, Math.round(W / (fy * 0.3)));
  let panels = '';
  for (let i = 0; i < n; i++) {
    const x = (W * i) / n + (W / n) * 0.1;
    panels += `M${fmt(x)} ${fmt(fy * 0.1)}h${fmt((W / n) * 0.8)}v${fmt(fy * 0.56)}h${fmt(-(W / n) * 0.8)}Z`;
  }
  c.path(panels, shade(WOOD, 0.12), { opacity: 0.55 });
  // The judge's bench: a raised wooden desk across the back, a seal on the wall above it.
  const bx = W * (rng.chance(0.5) ? 0.32 : 0.68), bw = Math.min(W * 0.46, fy * 0.95), bh = fy * 0.34;
  const top = fy - bh + stage.H * 0.02;
  c.circle(bx, top - fy * 0.2, fy * 0.11, '#c9a43e');
  c.circle(bx, top - fy * 0.2, fy * 0.08, '#e2c867', { bare: true });
  // Scales of justice on the seal: a beam on a post, a pan hanging from each end.
  const sy = top - fy * 0.2, sr = fy * 0.08;
  c.line(`M${fmt(bx)} ${fmt(sy - sr * 0.6)}V${fmt(sy + sr * 0.55)}M${fmt(bx - sr * 0.6)} ${fmt(sy - sr * 0.4)}H${fmt(bx + sr * 0.6)}M${fmt(bx - sr * 0.6)} ${fmt(sy - sr * 0.4)}L${fmt(bx - sr * 0.75)} ${fmt(sy + sr * 0.1)}M${fmt(bx - sr * 0.6)} ${fmt(sy - sr * 0.4)}L${fmt(bx - sr * 0.45)} ${fmt(sy + sr * 0.1)}M${fmt(bx + sr * 0.6)} ${fmt(sy - sr * 0.4)}L${fmt(bx + sr * 0.45)} ${fmt(sy + sr * 0.1)}M${fmt(bx + sr * 0.6)} ${fmt(sy - sr * 0.4)}L${fmt(bx + sr * 0.75)} ${fmt(sy + sr * 0.1)}`, '#8a6a20', Math.max(1, sr * 0.08), { bare: true });
  c.path(`M${fmt(bx - sr * 0.8)} ${fmt(sy + sr * 0.1)}h${fmt(sr * 0.4)}a${fmt(sr * 0.2)} ${fmt(sr * 0.15)} 0 0 1 ${fmt(-sr * 0.4)} 0ZM${fmt(bx + sr * 0.4)} ${fmt(sy + sr * 0.1)}h${fmt(sr * 0.4)}a${fmt(sr * 0.2)} ${fmt(sr * 0.15)} 0 0 1 ${fmt(-sr * 0.4)} 0Z`, '#8a6a20', { bare: true });
  c.rect(bx - bw / 2, top, bw, bh, c.linear([[0, shade(WOOD, 0.1)], [1, shade(WOOD, -0.2)]]));
  c.rect(bx - bw / 2 - bw * 0.03, top - bh * 0.06, bw * 1.06, bh * 0.1, shade(WOOD, 0.2));
  let insets = '';
  for (let k = 0; k < 3; k++) insets += `M${fmt(bx - bw / 2 + bw * (0.06 + k * 0.32))} ${fmt(top + bh * 0.2)}h${fmt(bw * 0.24)}v${fmt(bh * 0.6)}h${fmt(-bw * 0.24)}Z`;
  c.path(insets, shade(WOOD, -0.12), { opacity: 0.8 });
  // The gavel resting on the bench.
  c.rect(bx + bw * 0.22, top - bh * 0.16, bw * 0.1, bh * 0.08, '#4a2c18', { rx: bh * 0.02 });
  c.line(`M${fmt(bx + bw * 0.27)} ${fmt(top - bh * 0.1)}L${fmt(bx + bw * 0.36)} ${fmt(top - bh * 0.05)}`, '#4a2c18', Math.max(1, bh * 0.025));
  // The witness stand beside it, lower.
  const wx = bx < W / 2 ? bx + bw * 0.68 : bx - bw * 0.68, ww = bw * 0.28, wh = bh * 0.62;
  c.rect(wx - ww / 2, fy - wh + stage.H * 0.02, ww, wh, shade(WOOD, -0.08));
  c.rect(wx - ww / 2 - ww * 0.04, fy - wh + stage.H * 0.02 - wh * 0.06, ww * 1.08, wh * 0.1, shade(WOOD, 0.15));
  floor(ctx, { wall: '#000', floor: '#6b4226', floorKind: 'planks' });
  c.rect(0, fy - H * 0.012, W, H * 0.018, shade(WOOD, -0.3), { bare: true });
  // A railing across the front of the room (the bar), low in the picture.
  const ry = fy + (H - fy) * 0.22;
  let posts = '';
  for (let x = W * 0.02; x < W; x += W / Math.max(10, Math.round(W / (H * 0.06)))) posts += `M${fmt(x)} ${fmt(ry)}v${fmt((H - fy) * 0.12)}`;
  c.line(posts, shade(WOOD, -0.15), Math.max(1.5, H * 0.008), { opacity: 0.9 });
  c.rect(0, ry - H * 0.008, W, H * 0.014, shade(WOOD, 0.05));
  return { decor: [] };
}
