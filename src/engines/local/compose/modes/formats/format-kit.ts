// What the page formats share (docs/local-engine-modes.md, "Formats"): a scene composed on its own
// and set into a panel, words set on the page, the picture a panel shows, and what a format
// reports back for `text`.
import { fmt, type Canvas } from '../../../paint/canvas.js';
import { escapeXml, fitText } from '../../../paint/signs.js';
import type { Rect } from '../../../paint/stage.js';
import { subjectOf } from '../../../plan/modes/mode-subjects.js';
import type { ScenePlan } from '../../../plan/scene-plan.js';
import { mixHex } from '../../../paint/color.js';
import { counted, list, withArticle } from '../../describe.js';
import { thingForKey, type Composition } from '../../composition.js';
import { SETTING_EMBLEM } from '../../../read/lexicon-reader.js';
import { STYLE_LABELS } from '../../../read/lexicon-scene.js';

/** A scene composed at a given size: its SVG and its own `text`. */
export type InnerScene = (plan: ScenePlan, width: number, height: number) => { svg: string; description: string };

/** Set a scene's SVG into `r`, clipped to a rounded rectangle, its ids renamed so they cannot clash. */
export function embed(c: Canvas, svg: string, r: Rect, opts: { rx?: number; filter?: string } = {}): void {
  const p = `${c.id('em')}-`;
  const body = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '')
    .replace(/id="/g, `id="${p}`).replace(/url\(#/g, `url(#${p}`).replace(/href="#/g, `href="#${p}`);
  // The nested viewport clips the scene to its rectangle; only rounded corners need a clip path (a layer resvg pays for).
  let clipped = '';
  if (opts.rx) {
    const clip = c.id('panel');
    c.def(`<clipPath id="${clip}"><rect x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.w)}" height="${fmt(r.h)}" rx="${fmt(opts.rx)}"/></clipPath>`);
    clipped = ` clip-path="url(#${clip})"`;
  }
  const filter = opts.filter ? ` filter="url(#${opts.filter})"` : '';
  c.add(`<g${clipped}${filter}><svg x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.w)}" height="${fmt(r.h)}" viewBox="0 0 ${Math.round(r.w)} ${Math.round(r.h)}">${body}</svg></g>`);
}

/** The scene a format's panel shows, composed at the panel's size; its `text` without the style. */
export function panelScene(inner: InnerScene, plan: ScenePlan, r: Rect): { svg: string; shows: string } {
  const w = Math.max(32, Math.round(r.w)), h = Math.max(32, Math.round(r.h));
  const { svg, description } = inner(plan, w, h);
  return { svg, shows: description.replace(/ \(not drawn: [^)]*\)$/, '').replace(new RegExp(`, ${STYLE_LABELS[plan.style]}$`), '') };
}

/**
 * The plan of the picture a page shows: the prompt's scene without its mode and words. With no
 * subject named, the topic's picture, else the named place's emblem ("a new bakery": a croissant),
 * else `fallback` (a flyer's party popper). `loose` last: emojilib's guesses come after the topic.
 */
export function pictureOf(plan: ScenePlan, o: { looseLast?: boolean; fallback?: string } = {}): ScenePlan | undefined {
  const mode = plan.mode!;
  const known = o.looseLast ? plan.subjects.filter((s) => !s.thing.loose) : plan.subjects;
  const topic = mode.topic ? [subjectOf(mode.topic), ...(mode.topicMore ?? []).slice(0, 2).map((t) => subjectOf(t, 'prop'))] : [];
  const emblem = plan.settingExplicit ? SETTING_EMBLEM[plan.setting] : undefined;
  const subjects = known.length ? known : topic.length ? topic : plan.subjects.length ? plan.subjects
    : emblem ? [subjectOf(thingForKey(emblem))] : o.fallback ? [subjectOf(thingForKey(o.fallback))] : [];
  if (!subjects.length && !plan.settingExplicit) return undefined;
  const { mode: _mode, ...rest } = plan;
  return { ...rest, subjects: subjects.map((s, i) => ({ ...s, role: i === 0 ? 'main' : 'prop' })), texts: [], unknown: [] };
}

/**
 * What a page's picture panel shows: things alone on no named place (a wine glass and cheese) stand
 * large on a table top before a soft wall in the page's accent; anything else is its scene composed
 * on its own. Returns what `text` says it shows.
 */
export function drawPanel(composition: Composition, inner: InnerScene, picture: ScenePlan | undefined, r: Rect, accent: string, rx: number): string {
  const { c } = composition;
  if (!picture) {
    picturePlaceholder(c, r, accent);
    return 'a placeholder picture (a sun over hills)';
  }
  const things = picture.subjects.slice(0, 3);
  // Only small things stand on the table (a wine glass, a saxophone); a rocket or a car keeps its scene.
  const small = things.every((s) => !s.thing.animate && (s.thing.place === 'table' || (s.thing.place === 'ground' && s.thing.size <= 0.45)));
  if (picture.settingExplicit || !small || !things.length) {
    const scene = panelScene(inner, picture, r);
    embed(c, scene.svg, r, { rx });
    return scene.shows;
  }
  // A soft wall in the accent: pale on a light page, deep on a dark one.
  const wall = composition.plan.mode?.dark ? '#101018' : '#ffffff';
  c.rect(r.x, r.y, r.w, r.h, c.radial([[0, mixHex(accent, wall, 0.7)], [1, mixHex(accent, wall, 0.4)]], [0.5, 0.4, 0.8]), { rx, bare: true, layer: 'fg' });
  const top = r.y + r.h * 0.74;
  c.rect(r.x, top, r.w, r.y + r.h - top, mixHex('#8a5a33', accent, 0.15), { bare: true, layer: 'fg' });
  c.rect(r.x, top, r.w, r.h * 0.025, '#b07a4a', { bare: true, layer: 'fg' });
  const h = Math.min(r.h * 0.56, (r.w * 0.8) / things.length);
  things.forEach((s, i) => {
    const cx = r.x + (r.w * (i + 1)) / (things.length + 1);
    const hi = h * (i === 0 ? 1 : 0.82);
    const spot = composition.settle(s.thing, { x: cx, bottom: top + r.h * 0.08, w: hi * composition.aspectOf(s.thing), h: hi, flip: false });
    c.ellipse(cx, top + r.h * 0.08, spot.w * 0.4, r.h * 0.025, '#000000', { bare: true, layer: 'fg', opacity: 0.2 });
    composition.drawThing(s.thing, spot, s.color?.hex);
  });
  return `${list(things.map((s) => counted(s.label, 1, s.color?.name)).map(withArticle))} large on a table top`;
}

export interface TextOpts {
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'bold' | 'normal';
  /** Letter spacing, in em. */
  spacing?: number;
  maxLines?: number;
  opacity?: number;
  /** The largest font size. */
  maxSize?: number;
}

/** Words set to fit `r` (as large as fit, up to `maxLines` lines), anchored left, centre or right. Returns the size. */
export function setText(c: Canvas, text: string, r: Rect, color: string, o: TextOpts = {}): number {
  const maxW = r.w / (1 + (o.spacing ?? 0) * 1.2), most = o.maxLines ?? 2;
  let { lines, size } = fitText(text, maxW, r.h, most);
  // Capped, the words take the fewest lines that still reach the cap.
  if (o.maxSize !== undefined && size > o.maxSize) {
    for (let n = 1; n <= most; n++) {
      const fit = fitText(text, maxW, Math.min(r.h, o.maxSize * 1.18 * n), n);
      if (fit.size >= o.maxSize * 0.98 || n === most) {
        lines = fit.lines;
        break;
      }
    }
    size = o.maxSize;
  }
  const lineH = size * 1.18;
  const anchor = o.anchor ?? 'middle';
  const x = anchor === 'start' ? r.x : anchor === 'end' ? r.x + r.w : r.x + r.w / 2;
  const top = r.y + r.h / 2 - (lineH * lines.length) / 2;
  const tspans = lines.map((l, i) => `<tspan x="${fmt(x)}" y="${fmt(top + lineH * i + size * 0.93)}">${escapeXml(l)}</tspan>`).join('');
  const spacing = o.spacing ? ` letter-spacing="${fmt(size * o.spacing)}"` : '';
  const op = o.opacity !== undefined ? ` fill-opacity="${o.opacity}"` : '';
  c.add(`<text font-family="DejaVu Sans" font-weight="${o.weight ?? 'bold'}" font-size="${fmt(size)}" text-anchor="${anchor}" fill="${c.paint(color, 'fg')}"${spacing}${op}>${tspans}</text>`);
  return size;
}

/** One line of words at a given size, from its baseline. */
export function textAt(c: Canvas, text: string, x: number, y: number, size: number, color: string, o: TextOpts = {}): void {
  const spacing = o.spacing ? ` letter-spacing="${fmt(size * o.spacing)}"` : '';
  c.add(`<text x="${fmt(x)}" y="${fmt(y)}" font-family="DejaVu Sans" font-weight="${o.weight ?? 'normal'}" font-size="${fmt(size)}" text-anchor="${o.anchor ?? 'start'}" fill="${c.paint(color, 'fg')}"${spacing}>${escapeXml(text)}</text>`);
}

/** A soft drop shadow and a rounded card. */
export function card(c: Canvas, r: Rect, fill: string, rx: number): void {
  for (let i = 3; i >= 1; i--) c.rect(r.x - i * c.u * 0.3, r.y + i * c.u * 0.5, r.w + i * c.u * 0.6, r.h + i * c.u * 0.3, '#0a1020', { rx: rx + i * c.u * 0.3, opacity: 0.05, bare: true });
  c.rect(r.x, r.y, r.w, r.h, fill, { rx, bare: true });
}

/** A framed picture placeholder: a grey panel with a sun and two hills. */
export function picturePlaceholder(c: Canvas, r: Rect, accent: string): void {
  c.rect(r.x, r.y, r.w, r.h, '#e6e9ef', { rx: Math.min(r.w, r.h) * 0.04, bare: true, layer: 'fg' });
  const s = Math.min(r.w, r.h);
  c.circle(r.x + r.w * 0.7, r.y + r.h * 0.32, s * 0.1, accent, { bare: true, layer: 'fg', opacity: 0.8 });
  c.polygon([r.x + r.w * 0.08, r.y + r.h * 0.88, r.x + r.w * 0.38, r.y + r.h * 0.42, r.x + r.w * 0.66, r.y + r.h * 0.88], '#b4bccb', { bare: true, layer: 'fg' });
  c.polygon([r.x + r.w * 0.42, r.y + r.h * 0.88, r.x + r.w * 0.66, r.y + r.h * 0.56, r.x + r.w * 0.92, r.y + r.h * 0.88], '#9aa4b6', { bare: true, layer: 'fg' });
}

/** An accent colour for the page: the prompt's first backdrop colour, else one of a few by the prompt. */
export function accentOf(plan: ScenePlan, seed: number): string {
  const mode = plan.mode!;
  if (mode.accent) return mode.accent;
  if (mode.colors[0]) return mode.colors[0];
  const choices = ['#7a2e3a', '#1f4e79', '#2f6b4f', '#8a4b14', '#5b3f8c', '#b23a48'];
  return choices[seed % choices.length]!;
}
