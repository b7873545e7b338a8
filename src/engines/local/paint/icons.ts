// Emoji art placed in the scene: each icon is recoloured and styled once, stored in <defs>, and
// drawn with <use>, so a forest of fifty trees parses one tree.
import { Resvg } from '@resvg/resvg-js';
import { fmt, neonOf, type Canvas } from './canvas.js';
import { hslToRgb, hueGap, mixHex, parseHex, rgbToHsl, toHex } from './color.js';
import type { Layer } from './grade.js';
import { drawAnimeBust } from './figures/anime-head.js';
import { baseIcon, PEOPLE } from './figures/head.js';
import { iconArt } from './icon-art.js';
import { ANIME_LINE } from './styles/anime.js';
import { animeAnimalEyes } from './styles/anime-eyes.js';
import { ANIMAL_KEYS } from '../read/lexicon-things.js';
import { clayIconBody } from './styles/clay.js';
import { INK } from './styles/comic.js';
import { inkIconBody } from './styles/ink-wash.js';
import { neonIconBody } from './styles/neon.js';
import { woodcutIconBody, woodcutIconFill } from './styles/woodcut.js';
import { glassIconFill } from './styles/facets.js';
import { paperIconBody } from './styles/paper-cut.js';
import { POP_INK } from './styles/pop-art.js';
import { ukiyoIconFill } from './styles/ukiyo-e.js';
import { NOUVEAU_LINE } from './styles/nouveau.js';

export interface IconOptions {
  /** Hue (and lightness) of the icon's dominant colour becomes this colour's ("a red car"). */
  recolor?: string;
  layer?: Layer;
  flip?: boolean;
  opacity?: number;
  /** Degrees clockwise about the icon's centre. */
  rotate?: number;
  /** Exact colours replaced before styling (lower-case hex → hex): a person's hair ("black hair", docs/local-engine-modes.md). */
  swap?: Record<string, string>;
}

const swapKey = (o: IconOptions): string => (o.swap ? Object.entries(o.swap).map(([a, b]) => `${a}>${b}`).join(',') : '');

const HEX_ATTR = /(fill|stroke|stop-color|flood-color)="(#[0-9a-fA-F]{3,6})"/g;
// Styled bodies, across renders: the same icon in the same look is transformed once per thread.
const styledCache = new Map<string, string>();
const STYLED_CACHE_LIMIT = 4000;

interface Dominant {
  h: number;
  s: number;
  l: number;
}
const dominantCache = new Map<string, Dominant | null>();
/** The bodywork colour a named colour repaints (docs/local-engine.md, "Vehicles and their roads"). */
const BODY_COLORS: Record<string, string> = { 'racing-car': '#f8312f', bus: '#ffb02e', 'articulated-lorry': '#00d26a' };

/** The icon's dominant chromatic colour, by area: rendered once at 48 px and counted. */
function dominantColor(name: string): Dominant | null {
  const cached = dominantCache.get(name);
  if (cached !== undefined) return cached;
  // Vehicles whose dark tyres or windows outweigh their thin bodywork: a blue bus is blue, not its windows.
  const body = BODY_COLORS[name];
  if (body) {
    const [h, s, l] = rgbToHsl(parseHex(body));
    dominantCache.set(name, { h, s, l });
    return { h, s, l };
  }
  const art = iconArt(name);
  let result: Dominant | null = null;
  if (art) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 ${art.width} ${art.height}">${art.body}</svg>`;
    const px = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const bins = new Array<number>(12).fill(0);
    const sums = Array.from({ length: 12 }, () => [0, 0]);
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] < 200) continue;
      const [h, sat, l] = rgbToHsl([px[i], px[i + 1], px[i + 2]]);
      if (sat < 0.25 || l < 0.12 || l > 0.92) continue;
      const bin = Math.round(h / 30) % 12;
      bins[bin]++;
      sums[bin][0] += sat;
      sums[bin][1] += l;
    }
    const best = bins.indexOf(Math.max(...bins));
    if (bins[best] > 20) result = { h: best * 30, s: sums[best][0] / bins[best], l: sums[best][1] / bins[best] };
  }
  dominantCache.set(name, result);
  return result;
}

/** Recolours a hex so the icon's dominant hue turns into the target's. */
function recolorer(name: string, target: string): (hex: string) => string {
  const dom = dominantColor(name);
  if (!dom) {
    // A grey or black picture: tint it instead.
    return (hex) => mixHex(hex, target, 0.5);
  }
  const [th, ts, tl] = rgbToHsl(parseHex(target));
  return (hex) => {
    const [h, s, l] = rgbToHsl(parseHex(hex));
    const dh = hueGap(h, dom.h);
    if (s < 0.2 || dh > 40) return hex;
    const nl = Math.min(0.95, Math.max(0.06, l + (tl - dom.l)));
    const ns = ts < 0.1 ? ts : Math.min(1, Math.max(0.25, s * (ts / Math.max(0.2, dom.s))));
    return toHex(hslToRgb(th, ns, nl));
  };
}

function styledBody(canvas: Canvas, name: string, o: IconOptions): string | undefined {
  const art = iconArt(name);
  if (!art) return undefined;
  const layer = o.layer ?? 'fg';
  const key = `${name}|${canvas.look.grade.key}|${canvas.style}|${o.recolor ?? ''}|${layer}|${swapKey(o)}`;
  const hit = styledCache.get(key);
  if (hit !== undefined) return hit;
  const tint = o.recolor ? recolorer(name, o.recolor) : (hex: string) => hex;
  const recolor = o.swap ? (hex: string) => tint(o.swap![hex.toLowerCase()] ?? hex) : tint;
  const style = canvas.style;
  // Per element, so a shape that already has a stroke keeps it rather than getting a second one.
  let body = art.body.replace(/<[a-zA-Z]+\b[^>]*>/g, (tag) => {
    const stroked = / stroke="/.test(tag);
    return tag.replace(HEX_ATTR, (_m, attr: string, hex: string) => {
      const original = recolor(hex);
      const graded = canvas.paint(original, layer);
      if (attr !== 'fill' || stroked) return `${attr}="${graded}"`;
      switch (style) {
        case 'neon':
          return `fill="${mixHex(graded, '#06020f', 0.5)}" stroke="${neonOf(original)}" stroke-width=".5"`;
        case 'comic':
          return `fill="${graded}" stroke="${INK}" stroke-width=".55" stroke-linejoin="round"`;
        case 'anime':
          return `fill="${graded}" stroke="${ANIME_LINE}" stroke-width=".32" stroke-linejoin="round"`;
        case 'sketch':
          return `fill="${graded}" stroke="#3c3a36" stroke-opacity=".55" stroke-width=".3"`;
        case 'watercolor':
          return `fill="${graded}" stroke="${mixHex(graded, '#000000', 0.25)}" stroke-opacity=".35" stroke-width=".35"`;
        case 'oil':
          return `fill="${graded}" stroke="${mixHex(graded, '#000000', 0.35)}" stroke-opacity=".35" stroke-width=".45"`;
        case 'woodcut':
          return woodcutIconFill(graded);
        case 'stainedglass':
          return glassIconFill(graded);
        case 'ukiyoe':
          return ukiyoIconFill(graded);
        case 'popart':
          return `fill="${graded}" stroke="${POP_INK}" stroke-width=".7" stroke-linejoin="round"`;
        case 'nouveau':
          return `fill="${graded}" stroke="${NOUVEAU_LINE}" stroke-width=".5" stroke-linejoin="round"`;
        default:
          return `fill="${graded}"`;
      }
    });
  });
  if (style === 'neon') body = neonIconBody(body);
  // An anime animal has anime eyes over its emoji ones (styles/anime-eyes.ts).
  if (style === 'anime' && ANIMAL_KEYS.has(baseIcon(name))) body += animeAnimalEyes(name, (hex) => canvas.paint(hex, layer));
  if (style === 'woodcut') body = woodcutIconBody(body);
  if (style === 'clay') body = clayIconBody(body);
  if (style === 'papercut') body = paperIconBody(body);
  if (style === 'inkwash') body = inkIconBody(body);
  // Icon-local ids get a placeholder prefix, replaced by the def's own id on use.
  body = body.replace(/id="([^"]+)"/g, 'id="@@$1"').replace(/url\(#([^)]+)\)/g, 'url(#@@$1)').replace(/href="#([^"]+)"/g, 'href="#@@$1"');
  if (styledCache.size > STYLED_CACHE_LIMIT) styledCache.clear();
  styledCache.set(key, body);
  return body;
}

/** Icons defined in one picture: name+options → def id. */
export class IconBook {
  private readonly ids = new Map<string, { id: string; w: number; h: number }>();

  constructor(private readonly canvas: Canvas) {}

  private define(name: string, o: IconOptions): { id: string; w: number; h: number } | undefined {
    const key = `${name}|${o.recolor ?? ''}|${o.layer ?? 'fg'}|${swapKey(o)}`;
    const known = this.ids.get(key);
    if (known) return known;
    const body = styledBody(this.canvas, name, o);
    const art = iconArt(name);
    if (body === undefined || !art) return undefined;
    const id = this.canvas.id('i');
    this.canvas.def(`<g id="${id}">${body.replace(/@@/g, `${id}-`)}</g>`);
    const entry = { id, w: art.width, h: art.height };
    this.ids.set(key, entry);
    return entry;
  }

  /** Draw an icon whose box is `size` tall, its bottom centre at (cx, bottom). Returns its width. */
  draw(name: string, cx: number, bottom: number, size: number, o: IconOptions = {}): number {
    // An anime picture draws a person's head emoji as an anime head (figures/anime-head.ts).
    if (this.canvas.style === 'anime' && PEOPLE.has(baseIcon(name)) && !o.recolor && !o.rotate && iconArt(name)) {
      drawAnimeBust(this.canvas, name, cx, bottom, size, o.flip === true);
      return size * this.aspect(name);
    }
    const def = this.define(name, o);
    if (!def) return 0;
    const s = size / def.h;
    const w = def.w * s;
    const x = cx - w / 2;
    const y = bottom - size;
    const turn = o.rotate ? `rotate(${o.rotate} ${fmt(cx)} ${fmt(bottom - size / 2)}) ` : '';
    const t = turn + (o.flip ? `translate(${fmt(x + w)} ${fmt(y)}) scale(${-s} ${s})` : `translate(${fmt(x)} ${fmt(y)}) scale(${s})`);
    const op = o.opacity !== undefined && o.opacity < 1 ? ` opacity="${o.opacity}"` : '';
    this.canvas.add(`<use href="#${def.id}" transform="${t}"${op}/>`);
    return w;
  }

  /** Width/height of an icon's box. */
  aspect(name: string): number {
    const art = iconArt(name);
    return art ? art.width / art.height : 1;
  }
}

/** The colour of an emoji's first painted shape: the fur of a raccoon head, the skin of a face. */
export function iconBaseColor(name: string): string {
  const body = iconArt(name)?.body ?? '';
  return /fill="(#[0-9a-fA-F]{3,6})"/.exec(body)?.[1] ?? '#9b9b9b';
}
