// The stained glass and low poly styles (docs/local-engine.md, "Styles"). Both lay a jittered mesh
// over the finished picture: stained glass as lead came between flat jewel-coloured panes, each
// pane lit a little differently as light comes through it; low poly as triangles shaded by the
// tilt of each facet toward a light from the upper left, so every shape reads as cut into facets.
import { fmt, type Canvas } from '../canvas.js';
import { hslToRgb, rgbToHsl, type Rgb } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';

export const LEAD = '#1b1a1f';

/** Points of a grid `cell` apart, each moved at random within its cell; rows of columns. */
function jitteredGrid(W: number, H: number, cell: number, rng: Rng, jitter: number): [number, number][][] {
  const cols = Math.max(2, Math.round(W / cell)), rows = Math.max(2, Math.round(H / cell));
  const dx = W / cols, dy = H / rows;
  const grid: [number, number][][] = [];
  for (let r = 0; r <= rows; r++) {
    const row: [number, number][] = [];
    for (let c = 0; c <= cols; c++) {
      // The frame's edge stays straight: points on it only slide along it.
      const jx = c === 0 || c === cols ? 0 : rng.range(-jitter, jitter) * dx;
      const jy = r === 0 || r === rows ? 0 : rng.range(-jitter, jitter) * dy;
      row.push([c * dx + jx, r * dy + jy]);
    }
    grid.push(row);
  }
  return grid;
}

/** Jewel glass: a few rich hues, three depths of colour; greys are clear amber or smoky glass. */
export function glassGrade(c: Rgb, layer: Layer): Rgb {
  const [h, s, l] = rgbToHsl(c);
  const depth = l < 0.3 ? 0.3 : l < 0.55 ? 0.44 : l < 0.8 ? 0.58 : 0.78;
  if (s < 0.12) return l > 0.7 ? hslToRgb(48, 0.55, 0.82) : l > 0.4 ? hslToRgb(40, 0.35, 0.55) : hslToRgb(230, 0.25, 0.22);
  const hue = Math.round(h / 40) * 40;
  return hslToRgb(hue, layer === 'bg' ? 0.72 : 0.86, depth);
}

/** The lead came round every shape: thick and dark, a little thinner in the backdrop. */
export function glassEdge(layer: Layer, u: number): string {
  return ` stroke="${LEAD}" stroke-width="${fmt((layer === 'fg' ? 0.75 : 0.5) * u)}" stroke-linejoin="round"`;
}

/** An emoji part in glass: its pane colour and a lead line (emoji are 32 or 36 units across). */
export function glassIconFill(graded: string): string {
  return `fill="${graded}" stroke="${LEAD}" stroke-width="1.1" stroke-linejoin="round"`;
}

/**
 * Lead lines cutting the whole picture into panes (quads, some split in two), each pane lit a
 * little lighter or darker, light coming through from above; then the window's lead frame with a
 * rounded arch at the top.
 */
export function stainedGlassFinish(c: Canvas, rng: Rng, mesh = true): void {
  const { width: W, height: H, u } = c;
  if (mesh) glassMesh(c, rng);
  // The window: a lead frame, its top a round arch, dark stone outside it.
  const t = u * 2.2, r = Math.min(W / 2 - t, H * 0.45);
  const arch = `M${fmt(t)} ${fmt(H - t)}V${fmt(t + r)}A${fmt(W / 2 - t)} ${fmt(r)} 0 0 1 ${fmt(W - t)} ${fmt(t + r)}V${fmt(H - t)}Z`;
  c.add(`<path d="M0 0H${fmt(W)}V${fmt(H)}H0Z ${arch}" fill="#2a2630" fill-rule="evenodd"/>`);
  c.add(`<path d="${arch}" fill="none" stroke="${LEAD}" stroke-width="${fmt(u * 1.2)}"/>`);
}

function glassMesh(c: Canvas, rng: Rng): void {
  const { width: W, height: H, u } = c;
  const grid = jitteredGrid(W, H, u * 11, rng, 0.32);
  let light = '', dark = '', lead = '';
  const pt = (p: [number, number]) => `${fmt(p[0])} ${fmt(p[1])}`;
  for (let r = 0; r + 1 < grid.length; r++) {
    for (let k = 0; k + 1 < grid[r]!.length; k++) {
      const a = grid[r]![k]!, b = grid[r]![k + 1]!, d = grid[r + 1]![k]!, e = grid[r + 1]![k + 1]!;
      const panes = rng.chance(0.5) ? [[a, b, e, d]] : rng.chance(0.5) ? [[a, b, e], [a, e, d]] : [[a, b, d], [b, e, d]];
      for (const pane of panes) {
        const d0 = `M${pane.map(pt).join('L')}Z`;
        const lit = rng.next() - (a[1] / H) * 0.35;
        if (lit > 0.45) light += d0;
        else if (lit < 0.05) dark += d0;
      }
      lead += `M${pt(a)}L${pt(b)}M${pt(a)}L${pt(d)}`;
      if (rng.chance(0.5)) lead += `M${pt(a)}L${pt(e)}`;
    }
  }
  c.add(`<path d="${light}" fill="#fffbe8" fill-opacity=".16"/><path d="${dark}" fill="${LEAD}" fill-opacity=".14"/>`);
  c.add(`<path d="${lead}" fill="none" stroke="${LEAD}" stroke-opacity=".9" stroke-width="${fmt(u * 0.38)}" stroke-linejoin="round"/>`);
}

/** Low poly colour: flat, a little cleaner and brighter. */
export function lowPolyGrade(c: Rgb): Rgb {
  const [h, s, l] = rgbToHsl(c);
  return hslToRgb(h, Math.min(1, s * 1.08), Math.min(0.94, Math.round(l * 8) / 8 * 0.7 + l * 0.3));
}

/**
 * The facets: a triangle mesh over everything, each vertex at a random height, each triangle
 * lightened or darkened by how its face tilts toward a light at the upper left; a fine pale line
 * along each facet's edge.
 */
export function lowPolyFinish(c: Canvas, rng: Rng): void {
  const { width: W, height: H, u } = c;
  const grid = jitteredGrid(W, H, u * 7, rng, 0.38);
  const z = grid.map((row) => row.map(() => rng.range(0, u * 6)));
  const buckets: string[][] = Array.from({ length: 8 }, () => []);
  let edges = '';
  const pt = (p: [number, number]) => `${fmt(p[0])} ${fmt(p[1])}`;
  const tri = (p: [number, number], q: [number, number], s: [number, number], zp: number, zq: number, zs: number) => {
    // The face's normal from two edges; its brightness toward the light (-1, -1, 1.4).
    const ux = q[0] - p[0], uy = q[1] - p[1], uz = zq - zp, vx = s[0] - p[0], vy = s[1] - p[1], vz = zs - zp;
    let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    if (nz < 0) [nx, ny, nz] = [-nx, -ny, -nz];
    const len = Math.hypot(nx, ny, nz) || 1;
    const lit = (-nx - ny + 1.4 * nz) / len / Math.hypot(1, 1, 1.4);
    const k = Math.max(0, Math.min(7, Math.round((lit - 0.55) * 16 + 3.5)));
    buckets[k]!.push(`M${pt(p)}L${pt(q)}L${pt(s)}Z`);
  };
  for (let r = 0; r + 1 < grid.length; r++) {
    for (let k = 0; k + 1 < grid[r]!.length; k++) {
      const a = grid[r]![k]!, b = grid[r]![k + 1]!, d = grid[r + 1]![k]!, e = grid[r + 1]![k + 1]!;
      const za = z[r]![k]!, zb = z[r]![k + 1]!, zd = z[r + 1]![k]!, ze = z[r + 1]![k + 1]!;
      if ((r + k) % 2) { tri(a, b, e, za, zb, ze); tri(a, e, d, za, ze, zd); edges += `M${pt(a)}L${pt(e)}`; }
      else { tri(a, b, d, za, zb, zd); tri(b, e, d, zb, ze, zd); edges += `M${pt(b)}L${pt(d)}`; }
      edges += `M${pt(a)}L${pt(b)}M${pt(a)}L${pt(d)}`;
    }
  }
  // Darker facets in black, lighter ones in white, by step.
  const tints = ['#000000|.2', '#000000|.14', '#000000|.09', '#000000|.04', '#ffffff|.04', '#ffffff|.1', '#ffffff|.16', '#ffffff|.22'];
  buckets.forEach((b, i) => {
    if (!b.length) return;
    const [col, op] = tints[i]!.split('|');
    c.add(`<path d="${b.join('')}" fill="${col}" fill-opacity="${op}"/>`);
  });
  c.add(`<path d="${edges}" fill="none" stroke="#ffffff" stroke-opacity=".12" stroke-width="${fmt(u * 0.12)}"/>`);
}

