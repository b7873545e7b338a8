// A small SVG builder whose shapes know the picture's look: every colour is graded, gradients turn
// flat for the poster and woodcut styles (two-tone for anime, rounded for clay), and sketch, neon,
// comic, anime, watercolor, oil, ink wash, woodcut and clay styles add their own edges.
import { luma, mixHex, parseHex } from './color.js';
import type { Grade, Layer } from './grade.js';
import type { StyleKind } from '../read/lexicon-scene.js';
import { animeEdge, celGradient } from './styles/anime.js';
import { clayEdge, clayFill, clayShadow } from './styles/clay.js';
import { comicEdge } from './styles/comic.js';
import { brushCopy, inkEdge, washFill } from './styles/ink-wash.js';
import { neonEdge, neonGlow, neonOf } from './styles/neon.js';
import { hatchCopy, hatchFill, isShadowPrint, woodcutEdge } from './styles/woodcut.js';
import { glassEdge } from './styles/facets.js';
import { paperShadow } from './styles/paper-cut.js';
import { popEdge } from './styles/pop-art.js';
import { ukiyoEdge } from './styles/ukiyo-e.js';
import { nouveauEdge } from './styles/nouveau.js';
import { verticalGradientBands, type Band, type SolidStop } from './gradient-bands.js';
import { lightGroup, type LightOp, type LightStop } from './light-layers.js';

export type Stop = [offset: number, hex: string, opacity?: number];
export interface Gradient {
  kind: 'linear' | 'radial';
  stops: Stop[];
  /** linear: x1 y1 x2 y2; radial: cx cy r (all in objectBoundingBox units). */
  coords: number[];
}
export type Fill = string | Gradient;

export interface ShapeOptions {
  layer?: Layer;
  opacity?: number;
  /** Skip the style's outline (skies, glows, big washes). */
  bare?: boolean;
  transform?: string;
  extra?: string;
}

export interface Look {
  style: StyleKind;
  grade: Grade;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
const fmt3 = (n: number) => (Math.round(n * 1000) / 1000).toString();

export class Canvas {
  private readonly defs: string[] = [];
  private readonly parts: string[] = [];
  /** Light layers drawn since the last other shape (light-layers.ts): the SVG and the same as data. */
  private readonly lights: { svg: string; op: LightOp }[] = [];
  private drawingLight = false;
  private nextId = 0;
  /** One percent of the short side: the unit for strokes and small details. */
  readonly u: number;

  constructor(readonly width: number, readonly height: number, readonly look: Look) {
    this.u = Math.min(width, height) / 100;
  }

  get style(): StyleKind {
    return this.look.style;
  }

  /** Styles printed in flat colour: no gradients, no glows. */
  get flat(): boolean {
    return FLAT.has(this.look.style);
  }

  id(prefix = 'd'): string {
    return `${prefix}${this.nextId++}`;
  }

  paint(hex: string, layer: Layer = 'bg'): string {
    return this.look.grade(hex, layer);
  }

  def(svg: string): void {
    this.defs.push(svg);
  }

  add(svg: string): void {
    // Anything drawn over light layers leaves them ordinary shapes: only the picture's last layers
    // can be applied to its pixels after resvg has drawn the rest.
    if (this.lights.length > 0 && !this.drawingLight) this.parts.push(...this.lights.splice(0).map((l) => l.svg));
    this.parts.push(svg);
  }

  /**
   * Draws a see-through light layer whose paint `op` also describes (light-layers.ts): the shapes
   * `draw` adds, which must paint exactly what `op` does. Pixel art (drawn small) and the poster
   * style (no gradients) take the shapes alone.
   */
  light(op: LightOp, draw: () => void): void {
    const from = this.parts.length;
    this.drawingLight = true;
    try {
      draw();
    } finally {
      this.drawingLight = false;
    }
    const svg = this.parts.splice(from).join('');
    if (this.flat || this.style === 'pixel') this.add(svg);
    else if (svg) this.lights.push({ svg, op });
  }

  /** A gradient's stops graded, as light-layers.ts takes them (opacity in 8 bits, as resvg keeps it). */
  lightStops(stops: Stop[], layer: Layer): LightStop[] {
    return stops.map(([o, hex, a]) => [o, ...parseHex(this.paint(hex, layer)), Math.round((a ?? 1) * 255) / 255]);
  }

  /**
   * A glow: an ellipse (a circle when rx = ry) filled with a radial gradient fading to nothing at
   * its rim, drawn as a light layer.
   */
  glow(cx: number, cy: number, rx: number, ry: number, stops: Stop[], o: ShapeOptions = {}): void {
    const fill = this.radial(stops);
    const draw = () => (rx === ry ? this.circle(cx, cy, rx, fill, { ...o, bare: true }) : this.ellipse(cx, cy, rx, ry, fill, { ...o, bare: true }));
    // Past the rim the gradient must be clear, or the shape's edge would cut it off.
    if (stops[stops.length - 1][2] !== 0 || o.opacity !== undefined) return draw();
    const n = (v: number) => Number(fmt(v));
    this.light({ kind: 'radial', cx: n(cx), cy: n(cy), rx: n(rx), ry: n(ry), stops: this.lightStops(stops, o.layer ?? 'bg') }, draw);
  }

  linear(stops: Stop[], coords: number[] = [0, 0, 0, 1]): Gradient {
    return { kind: 'linear', stops, coords };
  }

  radial(stops: Stop[], coords: number[] = [0.5, 0.5, 0.5]): Gradient {
    return { kind: 'radial', stops, coords };
  }

  /** The fill attribute value for a colour or gradient, graded. */
  fillValue(fill: Fill, layer: Layer = 'bg'): string {
    // 'none' (an outline-only shape) is no colour: grading it would paint it black.
    if (fill === 'none') return fill;
    if (typeof fill === 'string') return this.paint(fill, layer);
    if (this.flat) {
      // Flat colour: the stop nearest the middle (its opacity goes in fill-opacity). Light glows
      // have no flat equivalent and are left out.
      const stop = flatStop(fill);
      if (isGlow(fill)) return 'none';
      return this.paint(stop[1], layer);
    }
    const id = this.id('g');
    const stops = fill.stops
      .map(([o, c, a]) => `<stop offset="${o}" stop-color="${this.paint(c, layer)}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`)
      .join('');
    const [a, b, c, d] = fill.coords;
    this.def(
      fill.kind === 'linear'
        ? `<linearGradient id="${id}" x1="${a}" y1="${b}" x2="${c}" y2="${d}">${stops}</linearGradient>`
        : `<radialGradient id="${id}" cx="${a}" cy="${b}" r="${c}">${stops}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /** Fill plus the style's edge: pencil lines, neon tubes, pigment rims. */
  attrs(shapeFill: Fill, o: ShapeOptions = {}): string {
    const layer = o.layer ?? 'bg';
    // Anime objects are cel shaded: a gradient becomes one light and one shadow tone.
    const fill = this.style === 'anime' && !o.bare && typeof shapeFill !== 'string' && !isGlow(shapeFill) ? celGradient(shapeFill) : shapeFill;
    const value = this.fillValue(fill, layer);
    // A clay lump is shaded round, an ink wash subject is a graded wash (styles/clay.ts, ink-wash.ts).
    const shaded = !o.bare && value.startsWith('#') && (this.style === 'clay' || (this.style === 'inkwash' && layer === 'fg'));
    let out = `fill="${shaded ? (this.style === 'clay' ? clayFill(this, value, layer) : washFill(this, value)) : value}"`;
    // fill-opacity rather than opacity: resvg draws an element with `opacity` on its own layer,
    // which costs a full extra pass over its area.
    let alpha = o.opacity ?? 1;
    if (typeof fill !== 'string' && this.flat) {
      const a = flatStop(fill)[2];
      if (a !== undefined) alpha *= Math.max(a, 0.15);
    }
    if (alpha < 1) out += ` fill-opacity="${fmt3(alpha)}"`;
    if (o.transform) out += ` transform="${o.transform}"`;
    if (!o.bare && !o.extra?.includes('stroke=')) out += this.edge(typeof fill === 'string' ? fill : fill.stops[0][1], layer);
    if (o.extra) out += ` ${o.extra}`;
    return out;
  }

  edge(hex: string, layer: Layer = 'bg'): string {
    const u = this.u;
    switch (this.style) {
      case 'sketch':
        return ` stroke="#3c3a36" stroke-opacity=".6" stroke-width="${fmt(0.2 * u)}" stroke-linejoin="round"`;
      case 'neon':
        return neonEdge(hex, 0.3 * u);
      case 'comic':
        return comicEdge(0.42 * u);
      case 'anime':
        // Ink lines on the subjects; the backdrop is painted, lineless, as in anime (and stroking
        // its canvas-wide shapes would cost resvg a tenth of the render).
        return layer === 'fg' ? animeEdge(0.24 * u) : '';
      case 'watercolor':
        return ` stroke="${this.paint(mixHex(hex, '#000000', 0.25))}" stroke-opacity=".35" stroke-width="${fmt(0.3 * u)}"`;
      case 'oil':
        return ` stroke="${this.paint(mixHex(hex, '#000000', 0.35))}" stroke-opacity=".3" stroke-width="${fmt(0.35 * u)}" stroke-linejoin="round"`;
      case 'inkwash':
        return inkEdge(layer, u);
      case 'woodcut':
        return woodcutEdge(this.paint(hex, layer), layer, u);
      case 'clay':
        return clayEdge(this.paint(hex, layer), layer, u);
      case 'stainedglass':
        return glassEdge(layer, u);
      case 'ukiyoe':
        return ukiyoEdge(layer, u);
      case 'popart':
        return popEdge(u);
      case 'nouveau':
        return nouveauEdge(layer, u);
      default:
        return '';
    }
  }

  rect(x: number, y: number, w: number, h: number, fill: Fill, o: ShapeOptions & { rx?: number } = {}): void {
    if (this.bandable(w, h, fill, o)) return this.bands(x, y, w, h, fill as Gradient, o);
    const rx = o.rx ? ` rx="${fmt(o.rx)}"` : '';
    this.shape(`<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}"${rx} ${this.attrs(fill, o)}/>`, fill, o);
  }

  /**
   * A bare, square-cornered rectangle of at least a sixteenth of the canvas filled with a vertical
   * linear gradient is drawn as solid bands (gradient-bands.ts): the same pixels to within a level,
   * at a tenth of resvg's cost.
   */
  private bandable(w: number, h: number, fill: Fill, o: ShapeOptions & { rx?: number }): boolean {
    // Pixel art is drawn at a fraction of the size (bands would not fall on whole pixels there),
    // where a gradient is cheap anyway; the poster style has no gradients.
    if (typeof fill === 'string' || fill.kind !== 'linear' || this.flat || this.style === 'pixel') return false;
    const [x1, , x2] = fill.coords;
    return x1 === x2 && fill.coords[1] !== fill.coords[3] && !!o.bare && !o.rx && !o.transform && !o.extra && w * h * 16 >= this.width * this.height;
  }

  private bands(x: number, y: number, w: number, h: number, fill: Gradient, o: ShapeOptions): void {
    const x0 = fmt(x), width = fmt(w);
    const bands = this.bandsOf(y, h, fill, o);
    bands.forEach((band, i) => {
      if (band.alpha === 0) return;
      const op = band.alpha < 1 ? ` fill-opacity="${fmt3(band.alpha)}"` : '';
      // An opaque band reaches one row under the next (drawn over it), so no gap can show through
      // should the picture ever be drawn at a scale where band edges miss the pixel grid.
      const next = bands[i + 1];
      const under = band.alpha === 1 && next?.alpha === 1 ? 1 : 0;
      this.add(`<rect x="${x0}" y="${fmt(band.y)}" width="${width}" height="${fmt(band.h + under)}" fill="${band.hex}"${op}/>`);
    });
  }

  /** The solid bands that draw a vertical gradient from y to y + h (positions as the SVG writes them). */
  private bandsOf(y: number, h: number, fill: Gradient, o: ShapeOptions): Band[] {
    const layer = o.layer ?? 'bg';
    // The gradient vector runs from y1 to y2 of the box; rows are shaded where they fall on it.
    const [, y1, , y2] = fill.coords;
    const top = Number(fmt(y)), height = Number(fmt(h));
    const stops = fill.stops.map(([off, c, a]): SolidStop => [off, parseHex(this.paint(c, layer)), (a ?? 1) * (o.opacity ?? 1)]);
    return verticalGradientBands(top, height, y1, y2, stops).map((b) => ({ ...b, y: Number(fmt(b.y)), h: Number(fmt(b.h)), alpha: Number(fmt3(b.alpha)) }));
  }

  /**
   * A bare see-through rectangle across the whole width (a tint, or a vertical gradient drawn as
   * bands), as a light layer.
   */
  wash(y: number, h: number, fill: Fill, o: ShapeOptions = {}): void {
    const bare = { ...o, bare: true };
    const draw = () => this.rect(0, y, this.width, h, fill, bare);
    let bands: Band[];
    if (typeof fill === 'string') bands = [{ y: Number(fmt(y)), h: Number(fmt(h)), hex: this.paint(fill, o.layer ?? 'bg'), alpha: Number(fmt3(o.opacity ?? 1)) }];
    else if (this.bandable(this.width, h, fill, bare)) bands = this.bandsOf(y, h, fill, bare);
    else return draw();
    const rows = bands.filter((b) => b.alpha > 0).map((b): [number, number, number, number, number, number] => [b.y, b.h, ...parseHex(b.hex), b.alpha]);
    this.light({ kind: 'rows', bands: rows }, draw);
  }

  circle(cx: number, cy: number, r: number, fill: Fill, o: ShapeOptions = {}): void {
    this.shape(`<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}" ${this.attrs(fill, o)}/>`, fill, o);
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, fill: Fill, o: ShapeOptions = {}): void {
    this.shape(`<ellipse cx="${fmt(cx)}" cy="${fmt(cy)}" rx="${fmt(rx)}" ry="${fmt(ry)}" ${this.attrs(fill, o)}/>`, fill, o);
  }

  path(d: string, fill: Fill, o: ShapeOptions = {}): void {
    this.shape(`<path d="${d}" ${this.attrs(fill, o)}/>`, fill, o);
  }

  polygon(points: number[], fill: Fill, o: ShapeOptions = {}): void {
    this.shape(`<polygon points="${points.map(fmt).join(' ')}" ${this.attrs(fill, o)}/>`, fill, o);
  }

  /**
   * A filled shape; in the neon style its outline glows (a wide faint copy under it). A subject
   * casts a soft shadow in clay (a dark faint copy under it, moved), has a brush's swelling line in
   * ink wash (a wider dashed copy of its outline over it), and in the woodcut is hatched where it
   * prints in a shadow tone (a copy over it filled with hatching).
   */
  private shape(tag: string, fill: Fill, o: ShapeOptions): void {
    if (this.style === 'neon' && !o.bare && !o.extra?.includes('stroke=')) this.add(neonGlow(tag, typeof fill === 'string' ? fill : fill.stops[0][1], 0.3 * this.u));
    if (this.style === 'clay' && !o.bare && o.layer === 'fg' && (o.opacity ?? 1) === 1) this.add(clayShadow(tag, this.u));
    // A cut paper piece casts a soft shadow on the layer under it, in the backdrop too (styles/paper-cut.ts).
    if (this.style === 'papercut' && (!o.bare || (o.layer ?? 'bg') === 'bg') && (o.opacity ?? 1) === 1 && fill !== 'none' && (typeof fill === 'string' || !isGlow(fill))) this.add(paperShadow(tag, this.u, o.layer ?? 'bg'));
    this.add(tag);
    if (this.style === 'inkwash' && !o.bare && o.layer === 'fg' && !o.extra?.includes('stroke=')) this.add(brushCopy(tag, this.u));
    if (this.style === 'woodcut' && !o.bare && o.layer === 'fg' && (o.opacity ?? 1) === 1) {
      const printed = /fill="(#[0-9a-f]{6})"/.exec(tag)?.[1];
      if (printed && isShadowPrint(printed)) this.add(hatchCopy(tag, hatchFill(this)));
    }
  }

  /** A stroked line (no fill), graded. */
  line(d: string, hex: string, width: number, o: ShapeOptions & { cap?: 'round' | 'butt' } = {}): void {
    const op = o.opacity !== undefined && o.opacity < 1 ? ` stroke-opacity="${o.opacity}"` : '';
    const color = this.style === 'neon' && !o.bare ? neonOf(hex) : this.paint(hex, o.layer ?? 'bg');
    this.add(`<path d="${d}" fill="none" stroke="${color}" stroke-width="${fmt(width)}" stroke-linecap="${o.cap ?? 'round'}" stroke-linejoin="round"${op}${o.transform ? ` transform="${o.transform}"` : ''}/>`);
  }

  group(open: string): void {
    this.add(`<g ${open}>`);
  }

  end(): void {
    this.add('</g>');
  }

  toSvg(): string {
    const lights = this.lights.length > 0 ? lightGroup(this.lights.map((l) => l.op), this.lights.map((l) => l.svg).join('')) : '';
    return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}"><defs>${this.defs.join('')}</defs>${this.parts.join('')}${lights}</svg>`;
  }
}

/** Styles printed or cut in flat colour: no gradients, no glows. */
const FLAT = new Set<StyleKind>(['poster', 'woodcut', 'stainedglass', 'lowpoly', 'papercut', 'ukiyoe', 'popart', 'nouveau']);

function isGlow(g: Gradient): boolean {
  const last = g.stops[g.stops.length - 1];
  return last[2] === 0 && luma(parseHex(last[1])) > 0.35;
}

function flatStop(g: Gradient): Stop {
  return g.stops.reduce((a, b) => (Math.abs(b[0] - 0.5) < Math.abs(a[0] - 0.5) ? b : a));
}


export { fmt, neonOf };
