// Places people work and play that a scene of people asks for (docs/local-engine.md, "Scenes of
// people"): a clinic with an examination bed and a medicine cabinet, a skatepark with concrete
// ramps and a grind rail, and a construction site with a tower crane and steel girders.
import { fmt } from '../canvas.js';
import { shade } from '../color.js';
import { far, ground, openSky, type LandPainter } from './ground.js';
import { paintRoom, windowAt } from './room-kit.js';
import type { Backdrop, BackdropContext } from './sky.js';

type RoomPainter = (ctx: BackdropContext) => Backdrop;

/** A clinic: pale walls, an examination bed with a paper sheet, a cabinet marked with a cross, a curtain. */
export const clinic: RoomPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: fy } = stage;
  paintRoom(ctx, { wall: '#e4eef0', floor: '#c9d3d6', floorKind: 'tiles', wainscot: '#b9d4d8' });
  const left = rng.chance(0.5);
  windowAt(ctx, W * (left ? 0.78 : 0.22), fy * 0.14, Math.min(W * 0.2, fy * 0.42), fy * 0.4, '#7fb3bd');
  // The medicine cabinet on the wall: white, with a red cross.
  const cx = W * (left ? 0.12 : 0.88), cw = Math.min(W * 0.11, fy * 0.26), ch = cw * 0.9, cy = fy * 0.2;
  c.rect(cx - cw / 2, cy, cw, ch, '#fbfcfc', { rx: cw * 0.05 });
  c.line(`M${fmt(cx)} ${fmt(cy + ch * 0.08)}V${fmt(cy + ch * 0.92)}`, '#c9d3d6', Math.max(1, c.u * 0.2));
  const k = cw * 0.12;
  c.path(`M${fmt(cx - k / 2)} ${fmt(cy + ch / 2 - k * 1.5)}h${fmt(k)}v${fmt(k)}h${fmt(k)}v${fmt(k)}h${fmt(-k)}v${fmt(k)}h${fmt(-k)}v${fmt(-k)}h${fmt(-k)}v${fmt(-k)}h${fmt(k)}Z`, '#e0312b');
  // A curtain rail and a drawn pale-blue curtain on the far side.
  const rx = W * (left ? 0.62 : 0.02), rw = W * 0.36;
  c.rect(rx, fy * 0.06, rw, fy * 0.015, '#9aa6aa', { bare: true });
  let folds = '';
  const fw = rw / 10;
  for (let i = 0; i < 10; i++) folds += `M${fmt(rx + i * fw)} ${fmt(fy * 0.075)}h${fmt(fw * 0.7)}V${fmt(fy * 0.9)}h${fmt(-fw * 0.7)}Z`;
  c.rect(rx, fy * 0.075, rw, fy * 0.825, '#a9cfe0', { opacity: 0.85 });
  c.path(folds, '#8fbcd0', { opacity: 0.7 });
  // The examination bed along the back wall, its paper sheet and pillow.
  const bx = W * (left ? 0.34 : 0.66), bw = Math.min(W * 0.34, fy * 0.8), top = fy - fy * 0.02 + H * 0.02 - fy * 0.26;
  for (const f of [-0.42, 0.42]) c.rect(bx + bw * f - bw * 0.02, top, bw * 0.04, fy * 0.26, '#8d979b');
  c.rect(bx - bw / 2, top - fy * 0.06, bw, fy * 0.07, '#5f8f9c', { rx: fy * 0.015 });
  c.rect(bx - bw * 0.42, top - fy * 0.065, bw * 0.8, fy * 0.02, '#f6f4ec', { bare: true });
  c.ellipse(bx - bw * 0.4, top - fy * 0.075, bw * 0.09, fy * 0.025, '#ffffff');
  return {
    decor: [
      { thing: 'potted-plant', zone: 'ground', count: 1, size: 0.4 },
      { thing: 'stethoscope', zone: 'table', count: 1, size: 0.14 },
    ],
  };
};

/** A quarter-pipe ramp `w` wide and `h` tall standing on `base`, its curved face toward `dir`. */
function quarterPipe(ctx: BackdropContext, x: number, base: number, w: number, h: number, dir: 1 | -1): void {
  const { c } = ctx;
  const back = x + (dir === 1 ? 0 : w), front = x + (dir === 1 ? w : 0);
  const face = `M${fmt(back)} ${fmt(base)}V${fmt(base - h)}Q${fmt(back)} ${fmt(base)} ${fmt(front)} ${fmt(base)}Z`;
  c.path(`M${fmt(back)} ${fmt(base)}V${fmt(base - h)}H${fmt(back - dir * w * 0.08)}V${fmt(base)}Z`, '#6f767d');
  c.path(face, c.linear([[0, '#f1ede4'], [1, '#cfc8ba']]), { extra: `stroke="${c.paint('#7d848b')}" stroke-width="${fmt(Math.max(1, h * 0.012))}"` });
  // Shading down the curve of the transition.
  c.path(`M${fmt(back)} ${fmt(base - h * 0.55)}Q${fmt(back + dir * w * 0.12)} ${fmt(base)} ${fmt(front)} ${fmt(base)}L${fmt(back)} ${fmt(base)}Z`, '#9c9484', { opacity: 0.35, bare: true });
  // The coping along its lip, and the deck's railing.
  c.line(`M${fmt(back - dir * w * 0.08)} ${fmt(base - h)}H${fmt(back + dir * w * 0.02)}`, '#6d747b', Math.max(2, h * 0.035));
  c.line(`M${fmt(back - dir * w * 0.06)} ${fmt(base - h)}v${fmt(-h * 0.22)}M${fmt(back - dir * w * 0.06)} ${fmt(base - h * 1.18)}h${fmt(-dir * w * 0.2)}`, '#4a5058', Math.max(1, h * 0.02));
}

/** A skatepark: concrete ground, quarter-pipes at both sides, a grind rail and graffiti on a wall. */
export const skatepark: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: hz } = stage;
  openSky(ctx, 0.6);
  // A low wall with graffiti across the back, trees beyond.
  const wallTop = hz - hz * 0.16;
  c.rect(0, wallTop, W, hz - wallTop, far(ctx, '#b5aea3', 0.1), { bare: true });
  const tags = ['#e0312b', '#2f6fde', '#f7d21e', '#3aa845', '#c04bd1'];
  const r = rng.fork('tags');
  for (let x = W * 0.05; x < W; x += W * r.range(0.12, 0.2)) {
    const d = `M${fmt(x)} ${fmt(hz - (hz - wallTop) * 0.3)}c${fmt(W * 0.02)} ${fmt(-hz * 0.08)} ${fmt(W * 0.04)} ${fmt(hz * 0.06)} ${fmt(W * 0.07)} ${fmt(-hz * 0.05)}`;
    c.line(d, r.pick(tags), Math.max(2, c.u * 0.9), { opacity: 0.85 });
  }
  ground(ctx, hz, '#b9bcbf', '#a3a7ab');
  // Expansion joints in the concrete.
  let joints = '';
  for (let y = hz, g = (H - hz) * 0.12; y < H; y += g, g *= 1.3) joints += `M0 ${fmt(y)}H${fmt(W)}`;
  c.line(joints, '#8e9296', Math.max(1, c.u * 0.2), { bare: true, opacity: 0.6 });
  const rampH = Math.min(hz * 0.5, W * 0.17), rampW = rampH * 1.6, base = hz + (H - hz) * 0.28;
  quarterPipe(ctx, 0, base, rampW, rampH, 1);
  quarterPipe(ctx, W - rampW, base, rampW, rampH, -1);
  // A grind rail across the middle distance.
  const ry = hz + (H - hz) * 0.3, rl = Math.min(W * 0.3, rampW * 1.6), rxs = W / 2 - rl / 2, rh = rampH * 0.22;
  c.line(`M${fmt(rxs + rl * 0.1)} ${fmt(ry)}v${fmt(-rh)}M${fmt(rxs + rl * 0.9)} ${fmt(ry)}v${fmt(-rh)}`, '#4a5058', Math.max(1.5, rh * 0.1));
  c.line(`M${fmt(rxs)} ${fmt(ry - rh)}H${fmt(rxs + rl)}`, '#d7dadd', Math.max(2, rh * 0.14));
  return { decor: [], keepClear: [{ x: 0, y: base - rampH, w: rampW, h: rampH }, { x: W - rampW, y: base - rampH, w: rampW, h: rampH }] };
};

/** A construction site: a tower crane, a frame of steel girders rising, safety cones on dirt. */
export const constructionSite: LandPainter = (ctx) => {
  const { c, stage, rng } = ctx;
  const { W, H, horizon: hz } = stage;
  openSky(ctx, 0.7);
  const left = rng.chance(0.5);
  // The building's steel frame: columns and floors, the top storeys still open.
  const fx = W * (left ? 0.08 : 0.52), fw = W * 0.4, fh = hz * 0.62, floors = 5, bays = 6;
  let steel = '';
  for (let i = 0; i <= bays; i++) steel += `M${fmt(fx + (fw * i) / bays)} ${fmt(hz)}V${fmt(hz - fh * (i < bays - 1 ? 1 : 0.8))}`;
  for (let f = 1; f <= floors; f++) steel += `M${fmt(fx)} ${fmt(hz - (fh * f) / floors)}H${fmt(fx + fw * (f === floors ? 0.82 : 1))}`;
  // Cross-bracing in the lower bays.
  for (let i = 0; i < bays; i += 2) steel += `M${fmt(fx + (fw * i) / bays)} ${fmt(hz)}L${fmt(fx + (fw * (i + 1)) / bays)} ${fmt(hz - fh / floors)}`;
  c.line(steel, far(ctx, '#c0612b', 0.15), Math.max(2, c.u * 0.9));
  c.rect(fx, hz - fh / floors * 2, fw * 0.5, fh / floors * 2, far(ctx, '#9aa3a8', 0.2), { opacity: 0.5 });
  // The tower crane: a lattice mast, its jib across the sky, a hook on a cable.
  const mx = left ? fx + fw + W * 0.08 : fx - W * 0.08, mh = hz * 0.92, mw = Math.max(4, W * 0.014);
  const jibL = W * 0.42 * (left ? -1 : 1), jy = hz - mh;
  let lattice = `M${fmt(mx - mw / 2)} ${fmt(hz)}V${fmt(jy)}M${fmt(mx + mw / 2)} ${fmt(hz)}V${fmt(jy)}`;
  for (let y = hz; y > jy; y -= mw * 1.4) lattice += `M${fmt(mx - mw / 2)} ${fmt(y)}L${fmt(mx + mw / 2)} ${fmt(y - mw * 1.4)}`;
  lattice += `M${fmt(mx - jibL * 0.25)} ${fmt(jy)}H${fmt(mx + jibL)}M${fmt(mx - jibL * 0.25)} ${fmt(jy + mw)}H${fmt(mx + jibL)}`;
  lattice += `M${fmt(mx)} ${fmt(jy - mw * 3)}L${fmt(mx + jibL)} ${fmt(jy)}M${fmt(mx)} ${fmt(jy - mw * 3)}L${fmt(mx - jibL * 0.25)} ${fmt(jy)}`;
  c.line(lattice, '#f2b705', Math.max(1.5, mw * 0.28));
  c.rect(mx - jibL * 0.25 - mw, jy, mw * 2.5, mw * 1.6, '#6d747b');
  const hx = mx + jibL * 0.7;
  c.line(`M${fmt(hx)} ${fmt(jy + mw)}V${fmt(jy + mh * 0.35)}`, '#3a3f45', Math.max(1, c.u * 0.2));
  c.rect(hx - mw * 3, jy + mh * 0.35, mw * 6, mw * 0.8, '#c0612b');
  ground(ctx, hz, '#b98b5e', '#a07a55');
  // Tyre ruts and a pile of gravel in the dirt.
  c.line(`M${fmt(W * 0.2)} ${fmt(H)}Q${fmt(W * 0.35)} ${fmt(hz + (H - hz) * 0.3)} ${fmt(W * 0.55)} ${fmt(hz)}`, shade('#b98b5e', -0.2), Math.max(2, c.u * 1.2), { opacity: 0.5, bare: true });
  const gx = W * (left ? 0.86 : 0.14), gy = hz + (H - hz) * 0.2;
  c.path(`M${fmt(gx - W * 0.08)} ${fmt(gy)}Q${fmt(gx)} ${fmt(gy - hz * 0.16)} ${fmt(gx + W * 0.08)} ${fmt(gy)}Z`, '#8f8678');
  return {
    decor: [
      { thing: 'construction', zone: 'ground', count: 2, size: 0.22, depth: [0.2, 0.8] },
    ],
  };
};
