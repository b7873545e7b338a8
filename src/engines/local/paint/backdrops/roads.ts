// The roads a plan lays under its vehicles (docs/local-engine.md, "Vehicles and their roads"): a
// straight road to the horizon, a coastal highway along the clifftop with its guardrail, a road
// winding up the slopes in hairpins, a racetrack with red and white kerbs before a grandstand, an
// airport runway with its markings and tower, and railway tracks. Each returns the ground it covers.
import { fmt } from '../canvas.js';
import { groundY } from '../stage.js';
import { drawRoad, far } from './ground.js';
import type { Backdrop, BackdropContext } from './sky.js';

type Clear = NonNullable<Backdrop['keepClear']>;
const TARMAC = '#3d4048';

/** The road the plan names, drawn over the landscape; what it covers is kept clear of decorations. */
export function drawPlanRoad(ctx: BackdropContext): Clear {
  switch (ctx.plan.roadKind) {
    case 'coastal': return coastalHighway(ctx);
    case 'winding': return windingRoad(ctx);
    case 'race': return racetrack(ctx);
    case 'runway': return runway(ctx);
    case 'rails': return rails(ctx);
    default: return drawRoad(ctx);
  }
}

/** A band of road across the whole picture from depth t0 to t1, with edge lines; returns its box. */
function band(ctx: BackdropContext, t0: number, t1: number, fill = TARMAC): { y0: number; y1: number; box: Clear } {
  const { c, stage } = ctx;
  const y0 = groundY(stage, t0), y1 = groundY(stage, t1);
  c.rect(0, y0, stage.W, y1 - y0, c.linear([[0, far(ctx, fill, 0.15)], [1, fill]]), { bare: true });
  return { y0, y1, box: [{ x: 0, y: y0, w: stage.W, h: y1 - y0 }] };
}

function dashes(ctx: BackdropContext, y: number, color: string, width: number, len: number, gap: number): void {
  let d = '';
  for (let x = ctx.stage.W * 0.01; x < ctx.stage.W; x += len + gap) d += `M${fmt(x)} ${fmt(y)}h${fmt(len)}`;
  ctx.c.line(d, color, width, { bare: true, cap: 'butt' });
}

/** Along the clifftop: the road runs across the picture, a metal guardrail on its seaward side. */
function coastalHighway(ctx: BackdropContext): Clear {
  const { c, stage } = ctx;
  const { W, H } = stage;
  const { y0, y1, box } = band(ctx, 0.6, 0.93);
  const edge = Math.max(1, c.u * 0.4);
  c.line(`M0 ${fmt(y0 + H * 0.01)}H${fmt(W)}M0 ${fmt(y1 - H * 0.01)}H${fmt(W)}`, '#e9e4d6', edge, { bare: true });
  dashes(ctx, (y0 + y1) / 2 - H * 0.02, '#f2d24a', Math.max(1, c.u * 0.5), W * 0.06, W * 0.04);
  // The guardrail: posts, and a rail along their tops.
  const top = y0 - H * 0.035;
  let posts = '';
  for (let x = W * 0.02; x < W; x += W * 0.05) posts += `M${fmt(x)} ${fmt(y0 + H * 0.004)}V${fmt(top)}`;
  c.line(posts, '#8a8f98', Math.max(1, c.u * 0.45), { bare: true, cap: 'butt' });
  c.rect(0, top - H * 0.008, W, H * 0.014, '#c9ced6', { bare: true });
  return [{ x: 0, y: top - H * 0.01, w: W, h: y1 - top + H * 0.01 }, ...box];
}

/** Hairpins climbing a slope to the pass, then one bend down to the viewer, widening as it comes. */
function windingRoad(ctx: BackdropContext): Clear {
  const { c, stage, plan } = ctx;
  const { W, H, horizon: hz } = stage;
  const flip = ctx.rng.fork('bends').chance(0.5) ? -1 : 1;
  const X = (f: number) => W * (0.5 + (f - 0.5) * flip);
  // The slope the switchbacks climb, rising above the horizon.
  const slopeTop = hz - H * 0.2;
  c.path(`M${fmt(X(0.08))} ${fmt(hz + 1)}Q${fmt(X(0.5))} ${fmt(slopeTop - H * 0.1)} ${fmt(X(0.95))} ${fmt(hz + 1)}Z`, far(ctx, plan.snowy ? '#e8edf3' : '#6f9a52', 0.3), { bare: true });
  const pts: [number, number, number][] = [];
  // Above the horizon: zigzags up the slope, narrow with distance.
  for (let k = 0; k <= 5; k++) pts.push([X(k % 2 ? 0.36 : 0.64), slopeTop + (hz - slopeTop) * (k / 5), W * (0.008 + 0.0025 * k)]);
  // Below it: sweeping bends toward the viewer, under the main subject's place.
  for (const [t, f, w] of [[0.1, 0.3, 0.035], [0.3, 0.7, 0.08], [0.55, 0.38, 0.15], [0.8, 0.52, 0.3], [1.05, 0.6, 0.36]] as const) pts.push([X(f), groundY(stage, t), W * w]);
  const col = plan.snowy ? '#6a6e78' : TARMAC;
  for (let k = 1; k < pts.length; k++) {
    const [xa, ya, wa] = pts[k - 1]!, [xb, yb, wb] = pts[k]!;
    // Each leg a quadrilateral as wide as the road across its own direction, with round joints at the bends.
    const len = Math.hypot(xb - xa, yb - ya) || 1, nx = -(yb - ya) / len, ny = (xb - xa) / len;
    c.polygon([xa + nx * wa / 2, ya + ny * wa / 2, xb + nx * wb / 2, yb + ny * wb / 2, xb - nx * wb / 2, yb - ny * wb / 2, xa - nx * wa / 2, ya - ny * wa / 2], col, { bare: true });
    c.circle(xb, yb, wb / 2, col, { bare: true });
  }
  // The centre line along the legs below the horizon.
  let d = '';
  for (let k = 6; k < pts.length; k++) d += `M${fmt(pts[k - 1]![0])} ${fmt(pts[k - 1]![1])}L${fmt(pts[k]![0])} ${fmt(pts[k]![1])}`;
  c.line(d, '#f2d24a', Math.max(1, c.u * 0.4), { bare: true, opacity: 0.85, extra: `stroke-dasharray="${fmt(W * 0.02)} ${fmt(W * 0.02)}"` });
  return pts.slice(6).map(([x, y, w]) => ({ x: x - w / 2, y: y - w * 0.3, w, h: w * 0.6 }));
}

/** The track across the picture, red and white kerbs on both edges, a grandstand behind, the start line. */
function racetrack(ctx: BackdropContext): Clear {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  // The grandstand along the horizon: tiers packed with a speckled crowd, under a roof.
  const standTop = hz - H * 0.13;
  c.rect(0, standTop, W, hz - standTop + 1, far(ctx, '#9aa1ab', 0.2));
  const r = ctx.rng.fork('crowd');
  const crowd = ['#e0312b', '#f7d21e', '#2a6fdb', '#ffffff', '#3b3b3b', '#f47c20'];
  for (let i = 0; i < 260; i++) c.circle(r.range(0, W), r.range(standTop + H * 0.03, hz - H * 0.01), H * 0.005, r.pick(crowd), { bare: true, opacity: 0.85 });
  c.polygon([0, standTop, W, standTop, W, standTop - H * 0.03, 0, standTop - H * 0.045], far(ctx, '#d8dde4', 0.2));
  const { y0, y1, box } = band(ctx, 0.52, 0.96, '#45484f');
  // Kerbs: red and white blocks along both edges.
  const kh = H * 0.022, kw = W / 28;
  for (const y of [y0, y1 - kh]) for (let k = 0; k * kw < W; k++) c.rect(k * kw, y, kw, kh, k % 2 ? '#ffffff' : '#d8262b', { bare: true });
  // The chequered start line across the track.
  const sx = W * 0.86, sq = (y1 - y0 - 2 * kh) / 10;
  for (let k = 0; k < 10; k++) for (let j = 0; j < 2; j++) c.rect(sx + j * sq, y0 + kh + k * sq, sq, sq, (k + j) % 2 ? '#ffffff' : '#1c1c1e', { bare: true });
  return [{ x: 0, y: standTop, w: W, h: hz - standTop }, ...box];
}

/** A runway across the picture: edge lines, centre dashes, threshold stripes, a control tower behind. */
function runway(ctx: BackdropContext): Clear {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  // The control tower and a low terminal on the far side.
  const tx = W * 0.82, tw = W * 0.035;
  c.rect(W * 0.55, hz - H * 0.05, W * 0.4, H * 0.05 + 1, far(ctx, '#c9ced6', 0.25));
  c.rect(tx, hz - H * 0.22, tw, H * 0.22, far(ctx, '#dfe3e8', 0.2));
  c.rect(tx - tw * 0.6, hz - H * 0.27, tw * 2.2, H * 0.055, far(ctx, '#5b7a99', 0.2));
  c.rect(tx - tw * 0.7, hz - H * 0.28, tw * 2.4, H * 0.012, far(ctx, '#8a8f98', 0.2));
  const { y0, y1, box } = band(ctx, 0.5, 0.97, '#55585f');
  const line = Math.max(1, c.u * 0.5);
  c.line(`M0 ${fmt(y0 + H * 0.012)}H${fmt(W)}M0 ${fmt(y1 - H * 0.012)}H${fmt(W)}`, '#f4f4f0', line, { bare: true });
  dashes(ctx, (y0 + y1) / 2, '#f4f4f0', Math.max(1, c.u * 0.7), W * 0.07, W * 0.05);
  // Threshold stripes at the runway's end.
  const sh = (y1 - y0) / 14;
  for (let k = 1; k < 13; k += 2) c.rect(W * 0.03, y0 + k * sh, W * 0.08, sh * 0.7, '#f4f4f0', { bare: true });
  return box;
}

/** A railway track across the picture: a ballast bed, sleepers, two steel rails. */
function rails(ctx: BackdropContext): Clear {
  const { c, stage } = ctx;
  const { W, H } = stage;
  const { y0, y1, box } = band(ctx, 0.72, 0.84, '#8d8a84');
  const ra = y0 + (y1 - y0) * 0.25, rb = y0 + (y1 - y0) * 0.7;
  let sleepers = '';
  for (let x = W * 0.005; x < W; x += W * 0.03) sleepers += `M${fmt(x)} ${fmt(ra - H * 0.006)}L${fmt(x - W * 0.008)} ${fmt(rb + H * 0.008)}`;
  c.line(sleepers, '#6b4a2e', Math.max(1.5, W * 0.009), { bare: true, cap: 'butt' });
  c.line(`M0 ${fmt(ra)}H${fmt(W)}M0 ${fmt(rb)}H${fmt(W)}`, '#b9bec6', Math.max(1.5, H * 0.009), { bare: true });
  if (!PLATFORM.test(ctx.plan.prompt)) return box;
  // At a station: a canopy on posts over the far side, and the platform's edge in front with its yellow line.
  const roofY = ctx.stage.horizon - H * 0.2;
  let posts = '';
  for (let x = W * 0.06; x < W; x += W * 0.16) posts += `M${fmt(x)} ${fmt(y0)}V${fmt(roofY)}`;
  c.line(posts, '#6b7280', Math.max(1.5, W * 0.006), { bare: true, cap: 'butt' });
  c.polygon([0, roofY - H * 0.03, W, roofY - H * 0.03, W, roofY + H * 0.015, 0, roofY + H * 0.015], '#8f98a3');
  const top = groundY(stage, 0.88);
  c.rect(0, top, W, H - top, c.linear([[0, '#c9c5bd'], [1, '#a9a49b']]));
  c.rect(0, top + H * 0.008, W, H * 0.012, '#f2c230', { bare: true });
  return [...box, { x: 0, y: top, w: W, h: H - top }];
}

const PLATFORM = /\b(?:platforms?|station|train station|railway station|subway station|metro station)\b/i;

/**
 * A harbour on the open sea ("a sailboat in the harbor", "a yacht in a marina"): the far quay with
 * a row of harbour houses and the masts of moored boats, and a stone quay with bollards along the
 * front edge; returns the quay in front, kept clear.
 */
export function drawHarbor(ctx: BackdropContext): Clear {
  const { c, stage } = ctx;
  const { W, H, horizon: hz } = stage;
  const r = ctx.rng.fork('harbor');
  // The far side: a low quay, houses in a row of colours, lit windows at night.
  const quayTop = hz - H * 0.012;
  let x = 0;
  const walls = ['#e9c46a', '#e76f51', '#f4f1de', '#81b29a', '#3d85c6', '#f2a6a6'];
  while (x < W) {
    const w = W * r.range(0.035, 0.06), h = H * r.range(0.05, 0.09);
    c.rect(x, quayTop - h, w, h, far(ctx, r.pick(walls), 0.3));
    c.polygon([x - w * 0.05, quayTop - h, x + w / 2, quayTop - h - h * 0.35, x + w * 1.05, quayTop - h], far(ctx, '#9c4a3a', 0.3));
    if (ctx.night) c.rect(x + w * 0.35, quayTop - h * 0.6, w * 0.3, h * 0.25, '#ffd27a', { bare: true });
    x += w * r.range(1.02, 1.25);
  }
  c.rect(0, quayTop, W, H * 0.02, far(ctx, '#8d8a84', 0.3));
  // Masts of boats moored along the far quay.
  let masts = '';
  for (let k = 0; k < 9; k++) {
    const mx = r.range(0.03, 0.97) * W, mh = H * r.range(0.07, 0.13), hullY = quayTop + H * 0.025;
    masts += `M${fmt(mx)} ${fmt(hullY)}V${fmt(hullY - mh)}`;
    c.ellipse(mx, hullY, W * 0.018, H * 0.007, far(ctx, '#f4f4f0', 0.3), { bare: true });
  }
  c.line(masts, far(ctx, '#5b5b5b', 0.3), Math.max(1, c.u * 0.25), { bare: true });
  // The near quay: dressed stone along the bottom edge, iron bollards on it.
  const top = groundY(stage, 0.93);
  c.rect(0, top, W, H - top, c.linear([[0, '#b7b1a6'], [1, '#8f897f']]));
  let joints = '';
  for (let jx = W * 0.04; jx < W; jx += W * 0.08) joints += `M${fmt(jx)} ${fmt(top)}V${fmt(H)}`;
  c.line(joints, '#7d776e', Math.max(1, c.u * 0.25), { bare: true, opacity: 0.7 });
  for (const bx of [0.12, 0.88]) {
    c.rect(W * bx - W * 0.012, top - H * 0.03, W * 0.024, H * 0.035, '#2f3136', { rx: W * 0.006 });
    c.ellipse(W * bx, top - H * 0.03, W * 0.016, H * 0.008, '#3a3d42');
  }
  return [{ x: 0, y: top - H * 0.03, w: W, h: H - top + H * 0.03 }];
}
