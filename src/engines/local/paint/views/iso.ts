// Isometric drawing: a grid on the ground seen from above at 30°, and the boxes, roofs, trees and
// flat patches an isometric diorama is built of. World x runs down-right, y down-left, z up; one
// unit is the same length on all three axes (docs/local-engine.md, "Viewpoints").
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import type { Layer } from '../grade.js';
import type { Rng } from '../prng.js';
import type { SettingKind } from '../../read/lexicon-settings.js';


export interface ViewScene {
  /** What the painter drew, for the description: "streets between blocks of buildings". */
  what: string;
  /** Where the subjects may stand: screen x, base y and a height for a subject there, back to front. */
  spots: { x: number; y: number; h: number; depth: number }[];
  /** The painter's own draw list, to interleave the subjects with (isometric only). */
  iso?: Iso;
}

export interface ViewContext {
  c: Canvas;
  rng: Rng;
  setting: SettingKind;
  night: boolean;
  snowy: boolean;
  /** The prompt mentions a river, pond or lake. */
  water: boolean;
  /** The prompt names a park (a meadow or a field is no park). */
  park?: boolean;
}

const COS30 = Math.cos(Math.PI / 6);

/** Something drawn on the diorama, painted back to front by `depth`. */
export interface IsoItem {
  depth: number;
  draw: () => void;
}

export class Iso {
  readonly items: IsoItem[] = [];

  /** `s` screen pixels per world unit; (ox, oy) is where the world's origin (the tile's back corner) is drawn. */
  constructor(readonly c: Canvas, readonly s: number, readonly ox: number, readonly oy: number) {}

  x(x: number, y: number): number {
    return this.ox + (x - y) * this.s * COS30;
  }

  y(x: number, y: number, z: number): number {
    return this.oy + ((x + y) * 0.5 - z) * this.s;
  }

  /** Screen points of world points [x, y, z, …]. */
  pts(world: number[]): number[] {
    const out: number[] = [];
    for (let i = 0; i < world.length; i += 3) out.push(this.x(world[i]!, world[i + 1]!), this.y(world[i]!, world[i + 1]!, world[i + 2]!));
    return out;
  }

  /** An SVG path of closed world polygons (each [x, y, z, …]). */
  d(polys: number[][]): string {
    let d = '';
    for (const poly of polys) {
      const p = this.pts(poly);
      d += `M${fmt(p[0]!)} ${fmt(p[1]!)}`;
      for (let i = 2; i < p.length; i += 2) d += `L${fmt(p[i]!)} ${fmt(p[i + 1]!)}`;
      d += 'Z';
    }
    return d;
  }

  poly(world: number[], fill: string, layer: Layer = 'fg', opacity?: number): void {
    this.c.polygon(this.pts(world), fill, { layer, ...(opacity !== undefined ? { opacity, bare: true } : {}) });
  }

  add(depth: number, draw: () => void): void {
    this.items.push({ depth, draw });
  }

  drawAll(): void {
    this.items.sort((a, b) => a.depth - b.depth);
    for (const it of this.items) it.draw();
  }

  /** A box's three visible faces: its top lit, the face toward +y in half light, toward +x in shade. */
  box(x: number, y: number, z: number, w: number, d: number, h: number, color: string, layer: Layer = 'fg'): void {
    const t = z + h;
    this.poly([x, y + d, z, x + w, y + d, z, x + w, y + d, t, x, y + d, t], shade(color, -0.08), layer);
    this.poly([x + w, y, z, x + w, y + d, z, x + w, y + d, t, x + w, y, t], shade(color, -0.28), layer);
    this.poly([x, y, t, x + w, y, t, x + w, y + d, t, x, y + d, t], shade(color, 0.12), layer);
  }

  /** A box standing on the ground, painted in depth order. */
  addBox(x: number, y: number, z: number, w: number, d: number, h: number, color: string): void {
    this.add(x + w / 2 + y + d / 2 + z * 0.01, () => this.box(x, y, z, w, d, h, color));
  }

  /** A flat patch on the ground (a rug, a road, a pond), [x, y, …] at height z. */
  patch(xy: number[], z: number, fill: string, layer: Layer = 'bg', opacity?: number): void {
    const w: number[] = [];
    for (let i = 0; i < xy.length; i += 2) w.push(xy[i]!, xy[i + 1]!, z);
    this.poly(w, fill, layer, opacity);
  }

  /** A gabled roof on a box whose top is at z: its ridge along x, `r` high. */
  gable(x: number, y: number, z: number, w: number, d: number, r: number, color: string): void {
    this.poly([x, y + d, z, x + w, y + d, z, x + w, y + d / 2, z + r, x, y + d / 2, z + r], shade(color, 0.05));
    this.poly([x + w, y, z, x + w, y + d, z, x + w, y + d / 2, z + r], shade(color, -0.3));
  }

  /**
   * Windows in rows on the two visible faces of a box: `cols` across each face, `rows` up it,
   * in one path per face.
   */
  windows(x: number, y: number, z: number, w: number, d: number, h: number, rows: number, glass: [string, string], lit?: (i: number) => boolean): void {
    const faces: [number[][], number[][]] = [[], []];
    const litFaces: number[][] = [];
    const rowH = h / rows;
    const place = (face: 0 | 1, len: number, at: (a: number, zz: number) => number[]) => {
      const cols = Math.max(1, Math.round(len / 0.45));
      const colW = len / cols;
      for (let r = 0; r < rows; r++) {
        for (let k = 0; k < cols; k++) {
          const a0 = k * colW + colW * 0.22, a1 = (k + 1) * colW - colW * 0.22;
          const z0 = z + r * rowH + rowH * 0.28, z1 = z + (r + 1) * rowH - rowH * 0.2;
          const poly = [...at(a0, z0), ...at(a1, z0), ...at(a1, z1), ...at(a0, z1)];
          (lit?.(r * 31 + k * 7 + face) ? litFaces : faces[face]).push(poly);
        }
      }
    };
    place(0, w, (a, zz) => [x + a, y + d + 0.001, zz]);
    place(1, d, (a, zz) => [x + w + 0.001, y + a, zz]);
    if (faces[0].length) this.c.path(this.d(faces[0]), glass[0], { layer: 'fg', bare: true });
    if (faces[1].length) this.c.path(this.d(faces[1]), glass[1], { layer: 'fg', bare: true });
    if (litFaces.length) this.c.path(this.d(litFaces), '#ffd978', { layer: 'fg', bare: true });
  }

  /** A round-crowned tree (or a cone of a pine) standing at (x, y), `h` units tall. */
  tree(x: number, y: number, h: number, green: string, kind: 'round' | 'pine' | 'palm' = 'round', snowy = false): void {
    const { c } = this;
    const bx = this.x(x, y), by = this.y(x, y, 0), s = this.s;
    c.ellipse(bx + s * 0.1, by, s * h * 0.22, s * h * 0.11, '#000000', { bare: true, opacity: 0.16, layer: 'bg' });
    c.rect(bx - s * 0.05, by - s * h * 0.45, s * 0.1, s * h * 0.45, '#7a5234', { layer: 'fg' });
    if (kind === 'pine') {
      for (let i = 0; i < 3; i++) {
        const top = by - s * h * (0.55 + i * 0.18 + 0.3), half = s * h * (0.3 - i * 0.07), base = by - s * h * (0.2 + i * 0.2);
        c.polygon([bx, top, bx + half, base, bx, base + s * h * 0.06, bx - half, base], green, { layer: 'fg' });
        c.polygon([bx, top, bx + half, base, bx, base + s * h * 0.06], shade(green, -0.25), { layer: 'fg', bare: true });
        if (snowy) c.polygon([bx, top, bx + half * 0.4, top + (base - top) * 0.4, bx - half * 0.4, top + (base - top) * 0.4], '#f4f8fb', { layer: 'fg', bare: true });
      }
      return;
    }
    if (kind === 'palm') {
      const top = by - s * h;
      c.line(`M${fmt(bx)} ${fmt(by)}Q${fmt(bx + s * h * 0.12)} ${fmt(by - s * h * 0.5)} ${fmt(bx + s * h * 0.05)} ${fmt(top)}`, '#8b6a45', s * 0.1, { layer: 'fg' });
      for (let i = 0; i < 6; i++) {
        const a = (i / 6) * Math.PI * 2, L = s * h * 0.42;
        const ex = bx + s * h * 0.05 + Math.cos(a) * L, ey = top + Math.sin(a) * L * 0.5 + L * 0.25;
        c.line(`M${fmt(bx + s * h * 0.05)} ${fmt(top)}Q${fmt((bx + ex) / 2)} ${fmt(top - L * 0.3)} ${fmt(ex)} ${fmt(ey)}`, i % 2 ? green : shade(green, -0.2), s * 0.13, { layer: 'fg' });
      }
      return;
    }
    const r = s * h * 0.3, cy = by - s * h * 0.62;
    c.circle(bx, cy, r, green, { layer: 'fg' });
    c.circle(bx + r * 0.28, cy + r * 0.22, r * 0.72, shade(green, -0.18), { layer: 'fg', bare: true, opacity: 0.8 });
    c.circle(bx - r * 0.32, cy - r * 0.34, r * 0.36, shade(green, 0.22), { layer: 'fg', bare: true, opacity: 0.8 });
    if (snowy) c.ellipse(bx - r * 0.1, cy - r * 0.55, r * 0.6, r * 0.3, '#f4f8fb', { layer: 'fg', bare: true });
  }

  addTree(x: number, y: number, h: number, green: string, kind: 'round' | 'pine' | 'palm' = 'round', snowy = false): void {
    this.add(x + y, () => this.tree(x, y, h, green, kind, snowy));
  }

  /**
   * The ground block: its top a rhombus N×N at z = 0 in `top`, its two visible sides `t` deep in
   * `side`, with a lip of the top's colour along their upper edge.
   */
  block(n: number, t: number, top: string, side: string, lip = 0.18): void {
    const { c } = this;
    // A soft shadow under the block.
    const cx = this.x(n, n), cy = this.y(n, n, -t);
    c.ellipse(cx, cy - this.s * n * 0.25, this.s * n * 0.9, this.s * n * 0.3, c.flat ? '#000000' : c.radial([[0, '#000000', 0.18], [0.7, '#000000', 0.08], [1, '#000000', 0]]), { bare: true, layer: 'bg', ...(c.flat ? { opacity: 0.06 } : {}) });
    this.poly([0, n, 0, n, n, 0, n, n, -t, 0, n, -t], shade(side, -0.05), 'bg');
    this.poly([n, 0, 0, n, n, 0, n, n, -t, n, 0, -t], shade(side, -0.28), 'bg');
    if (lip > 0) {
      this.poly([0, n, 0, n, n, 0, n, n, -lip, 0, n, -lip], shade(top, -0.12), 'bg');
      this.poly([n, 0, 0, n, n, 0, n, n, -lip, n, 0, -lip], shade(top, -0.3), 'bg');
    }
    this.poly([0, 0, 0, n, 0, 0, n, n, 0, 0, n, 0], top, 'bg');
  }
}

/** The scale and origin that fit an N×N block `t` deep with things up to `up` units tall into W×H. */
export function fitIso(c: Canvas, n: number, t: number, up: number): Iso {
  const W = c.width, H = c.height;
  const s = Math.min((W * 0.84) / (2 * n * COS30), (H * 0.86) / (n + t + up));
  const total = (n + t + up) * s;
  const top = (H - total) / 2 + up * s;
  return new Iso(c, s, W / 2, top);
}
