// A screen the prompt describes (docs/local-engine-modes.md, "What a screen shows"): its title at
// the top, the other quoted lines under it in order (an icon beside the line it is named with),
// the things it names as picture cards inside the screen, landscapes as thumbnails, a grid of tiles
// for a gallery, status cards and buttons with their words, and a tab bar. Tall (a phone) or wide
// (a browser window, a laptop). Nothing is drawn over the words.
import { fmt, type Canvas } from '../canvas.js';
import { mixHex } from '../color.js';
import { escapeXml, fitText } from '../signs.js';
import type { Rect } from '../stage.js';
import { colorName } from '../../read/lexicon-scene.js';
import type { SceneThumb, ScreenContent, ScreenLine } from '../../plan/modes/screen-content.js';
import { drawCard, textBars } from './charts.js';
import { drawPlayButton } from './symbols.js';
import { drawCodeCard, drawSceneThumb, drawTabIcon } from './screen-pictures.js';

export interface ContentPaint {
  accent: string;
  dark: boolean;
  /** Draws the subject named `label` fitted in `box`; returns what `text` calls it ("a red sports car"). */
  thing: (label: string, box: Rect) => string;
  /** A video is asked: a play button on the first picture (never on the words). */
  play: boolean;
}

type Picture = { thing: string } | { scene: SceneThumb; shift: number } | { code: true };

const FONT = 'DejaVu Sans';

/** Draws the page in `r`; returns what `text` says it shows, part by part. */
export function drawContentPage(c: Canvas, r: Rect, content: ScreenContent, p: ContentPaint): string[] {
  const ink = p.dark ? '#e8ecf3' : '#1a2030', soft = p.dark ? '#aab3c5' : '#5b6478';
  c.rect(r.x, r.y, r.w, r.h, p.dark ? '#121726' : '#f5f7fb', { layer: 'fg', bare: true });
  const wide = r.w > r.h * 1.1;
  const parts: string[] = [];
  const title = content.lines.find((l) => l.role === 'title');
  const lines = content.lines.filter((l) => l.role === 'line');
  const pills = content.lines.filter((l) => l.role === 'card' || l.role === 'button');
  const pictures: Picture[] = [...content.things.map((thing) => ({ thing })), ...content.scenes.map((scene, i) => ({ scene, shift: content.scenes.indexOf(scene) === i ? 0 : i })), ...(content.code ? [{ code: true as const }] : [])];
  // A gallery fills its grid: style tiles, the same landscapes in other colours.
  const tiles = content.grid ? Math.max(pictures.length, wide ? 6 : 4) : pictures.length;
  const asked = pictures.length;
  for (let i = pictures.length; i < tiles; i++) pictures.push({ scene: content.scenes[i % Math.max(1, content.scenes.length)] ?? (['landscape', 'mountains', 'sunset', 'beach', 'city', 'forest'] as const)[i % 6]!, shift: i + 1 });
  const pad = Math.min(r.w, r.h) * (wide ? 0.06 : 0.07);
  let col: Rect, area: Rect;
  if (wide) {
    const nav = r.h * 0.09;
    c.circle(r.x + nav * 0.7, r.y + nav / 2, nav * 0.22, p.accent, { layer: 'fg', bare: true });
    [0.5, 0.6, 0.7].forEach((x) => textBars(c, r.x + r.w * x, r.y + nav * 0.42, r.w * 0.07, nav * 0.16, [1]));
    c.rect(r.x + r.w * 0.82, r.y + nav * 0.25, r.w * 0.12, nav * 0.5, p.accent, { rx: nav * 0.25, layer: 'fg', bare: true });
    col = { x: r.x + pad, y: r.y + nav + pad, w: r.w * 0.42 - pad, h: r.h - nav - pad * 2 };
    area = { x: r.x + r.w * 0.48, y: r.y + nav + pad * 0.6, w: r.w * 0.52 - pad, h: r.h - nav - pad * 1.6 };
    if (!pictures.length) area = { ...area, h: area.h * 0.8 };
  } else {
    col = { x: r.x + pad, y: r.y + r.h * 0.02, w: r.w - pad * 2, h: r.h * 0.96 };
    area = col;
  }
  let y = col.y;
  if (title) {
    y += write(c, title.text, col.x, y, col.w, wide ? r.h * 0.24 : r.h * 0.1, wide ? r.h * 0.13 : r.w * 0.095, ink, 'bold', 2) + pad * 0.4;
    parts.push(wide ? `the headline "${title.text}"` : `the title "${title.text}" at the top`);
  } else if (wide) {
    c.rect(col.x, y, col.w * 0.9, r.h * 0.06, ink, { rx: r.h * 0.02, layer: 'fg', bare: true });
    c.rect(col.x, y + r.h * 0.09, col.w * 0.6, r.h * 0.06, ink, { rx: r.h * 0.02, layer: 'fg', bare: true });
    y += r.h * 0.19;
  }
  for (const line of lines) {
    const size = wide ? r.h * 0.045 : r.w * 0.055;
    let x = col.x;
    if (line.icon) {
      const s = size * 1.5;
      p.thing(line.icon, { x, y: y - size * 0.15, w: s, h: s });
      x += s + size * 0.35;
    }
    y += write(c, line.text, x, y, col.x + col.w - x, size * 2.6, size, soft, 'bold', 2) + pad * 0.35;
    parts.push(`"${line.text}" under it${line.icon ? ` with ${article(line.icon)} icon` : ''}`);
  }
  if (wide) {
    textBars(c, col.x, y + pad * 0.2, col.w * 0.9, r.h * 0.02, [1, 0.8]);
    y += r.h * 0.1;
    const ph = r.h * 0.08;
    for (const pill of pills.length ? pills : [undefined]) {
      drawPill(c, { x: col.x, y, w: Math.min(col.w, pill ? ph * (1.2 + pill.text.length * 0.36) : col.w * 0.5), h: ph }, pill, p.accent);
      if (pill) parts.push(pillName(pill));
      y += ph * 1.35;
    }
  } else {
    // Pills and the tab bar at the bottom; the pictures fill what is between.
    const tabH = content.tabs ? r.h * 0.085 : 0;
    let bottom = r.y + r.h - tabH - pad * 0.3;
    const ph = r.h * 0.075;
    for (const pill of [...pills].reverse()) {
      bottom -= ph;
      drawPill(c, { x: col.x, y: bottom, w: col.w, h: ph }, pill, p.accent);
      bottom -= pad * 0.35;
    }
    parts.push(...pills.map(pillName));
    area = { x: col.x, y: y + pad * 0.2, w: col.w, h: Math.max(0, bottom - y - pad * 0.5) };
    if (content.tabs) parts.push(drawTabBar(c, { x: r.x, y: r.y + r.h - tabH, w: r.w, h: tabH }, content.tabs, p));
  }
  parts.push(...drawPictures(c, area, pictures, content, p, wide, asked));
  return parts;
}

/** The pictures in their area: one large card and the others in a row under it, or a grid of tiles. */
function drawPictures(c: Canvas, area: Rect, pictures: Picture[], content: ScreenContent, p: ContentPaint, wide: boolean, asked: number): string[] {
  if (!pictures.length) {
    const rows = wide ? 2 : 3, gap = area.h * 0.05, h = (area.h - gap * (rows - 1)) / rows;
    for (let i = 0; i < rows && h > 0; i++) {
      const row = { x: area.x, y: area.y + i * (h + gap), w: area.w, h };
      drawCard(c, row, p.dark);
      c.circle(row.x + h * 0.5, row.y + h / 2, h * 0.28, mixHex(p.accent, '#ffffff', 0.4), { layer: 'fg', bare: true });
      textBars(c, row.x + h, row.y + h * 0.35, row.w * 0.5, h * 0.12, [1, 0.6]);
    }
    return [];
  }
  const boxes: Rect[] = [];
  const gap = Math.min(area.w, area.h) * 0.05;
  // (Three pictures on a wide page: one large and two under it.)
  if (content.grid || (wide && pictures.length > 1 && pictures.length !== 3)) {
    const cols = pictures.length === 1 ? 1 : wide ? (pictures.length > 4 ? 3 : 2) : 2;
    const n = Math.min(pictures.length, cols * 3), rows = Math.ceil(n / cols);
    const w = (area.w - gap * (cols - 1)) / cols, h = Math.min((area.h - gap * (rows - 1)) / rows, w * 1.25);
    for (let i = 0; i < n; i++) boxes.push({ x: area.x + (i % cols) * (w + gap), y: area.y + Math.floor(i / cols) * (h + gap), w, h });
  } else {
    const rest = pictures.slice(1, 4);
    const bigH = rest.length ? area.h * 0.64 : area.h;
    boxes.push({ x: area.x, y: area.y, w: area.w, h: bigH });
    const w = (area.w - gap * (rest.length - 1)) / Math.max(1, rest.length);
    rest.forEach((_, i) => boxes.push({ x: area.x + i * (w + gap), y: area.y + bigH + gap, w, h: area.h - bigH - gap }));
  }
  const names: string[] = [];
  boxes.forEach((frame, i) => {
    const pic = pictures[i]!;
    const box = content.windowed ? windowFrame(c, frame, p.dark) : frame;
    if ('thing' in pic) {
      const base = content.cardColor ?? mixHex(p.accent, '#ffffff', 0.55);
      c.rect(box.x, box.y, box.w, box.h, c.linear([[0, mixHex(base, '#ffffff', 0.35)], [1, base]], [0, 0, 1, 1]), { rx: Math.min(box.w, box.h) * 0.08, layer: 'fg' });
      const s = Math.min(box.w, box.h) * 0.8;
      names.push(`a picture card of ${(p.thing(pic.thing, { x: box.x + (box.w - s) / 2, y: box.y + (box.h - s) / 2, w: s, h: s }))}`);
    } else if ('code' in pic) {
      drawCodeCard(c, box, p.accent);
      names.push('a "</>" code card');
    } else {
      drawSceneThumb(c, box, pic.scene, pic.shift);
    }
    if (i === 0 && p.play) {
      const s = Math.min(box.w, box.h) * 0.28;
      drawPlayButton(c, { x: box.x + (box.w - s * 1.4) / 2, y: box.y + (box.h - s) / 2, w: s * 1.4, h: s });
      names.push('a play button on the first picture');
    }
  });
  for (const kind of new Set(content.scenes)) {
    const many = content.scenes.filter((s) => s === kind).length, name = kind === 'night' ? 'night sky' : kind === 'mountains' ? 'mountain' : kind;
    names.push(many > 1 ? `${many} ${name} pictures` : `${article(name)} picture`);
  }
  if (content.grid) names.push(`a grid of ${boxes.length} tiles${boxes.length > asked ? ' (the others small landscapes in turned colours)' : ''}`);
  if (content.windowed) names.push('each picture in a small window with a title bar');
  return names;
}

/** A small window around a picture: a title bar with three dots; returns the box under the bar. */
function windowFrame(c: Canvas, r: Rect, dark: boolean): Rect {
  const bar = Math.min(r.h * 0.14, r.w * 0.1);
  drawCard(c, r, dark);
  [0, 1, 2].forEach((i) => c.circle(r.x + bar * (0.6 + i * 0.5), r.y + bar / 2, bar * 0.16, ['#ff5f57', '#febc2e', '#28c840'][i]!, { layer: 'fg', bare: true }));
  const pad = bar * 0.3;
  return { x: r.x + pad, y: r.y + bar, w: r.w - pad * 2, h: r.h - bar - pad };
}

/** Text set left-aligned from (x, top), at most `cap` tall per line; returns the height used. */
function write(c: Canvas, text: string, x: number, top: number, maxW: number, maxH: number, cap: number, color: string, weight: string, maxLines: number): number {
  const fit = fitText(text, maxW / 1.08, maxH, maxLines);
  const size = Math.min(cap, fit.size);
  const lineH = size * 1.18;
  const tspans = fit.lines.map((l, i) => `<tspan x="${fmt(x)}" y="${fmt(top + lineH * i + size * 0.9)}">${escapeXml(l)}</tspan>`).join('');
  c.add(`<text font-family="${FONT}" font-weight="${weight}" font-size="${fmt(size)}" fill="${c.paint(color, 'fg')}">${tspans}</text>`);
  return lineH * fit.lines.length;
}

/** A status card or a button with its words, in its asked colour (else the accent). */
export function drawPill(c: Canvas, r: Rect, line: ScreenLine | undefined, accent: string): void {
  const fill = line?.color ?? accent;
  c.rect(r.x, r.y, r.w, r.h, fill, { rx: r.h * (line?.role === 'card' ? 0.25 : 0.5), layer: 'fg' });
  if (!line) return;
  const fit = fitText(line.text, (r.w * 0.86) / 1.08, r.h * 0.5, 1);
  c.add(`<text font-family="${FONT}" font-weight="bold" font-size="${fmt(fit.size)}" text-anchor="middle" x="${fmt(r.x + r.w / 2)}" y="${fmt(r.y + r.h / 2 + fit.size * 0.36)}" fill="${c.paint('#ffffff', 'fg')}">${escapeXml(line.text)}</text>`);
}

export function pillName(line: ScreenLine): string {
  const color = line.color ? `${colorName(line.color) ?? ''} ` : '';
  return line.role === 'button' ? `a ${color}button reading "${line.text}"` : `"${line.text}" on a ${color}status card`;
}

function drawTabBar(c: Canvas, r: Rect, tabs: string[], p: ContentPaint): string {
  c.rect(r.x, r.y, r.w, r.h, p.dark ? '#0b0f1b' : '#ffffff', { layer: 'fg', bare: true });
  c.rect(r.x, r.y, r.w, Math.max(1, r.h * 0.02), p.dark ? '#273047' : '#dde2ea', { layer: 'fg', bare: true });
  const s = r.h * 0.42, step = r.w / tabs.length;
  tabs.forEach((t, i) => drawTabIcon(c, t, { x: r.x + step * (i + 0.5) - s / 2, y: r.y + (r.h - s) / 2, w: s, h: s }, i === 0 ? p.accent : p.dark ? '#5b6478' : '#9aa3b2'));
  return `a tab bar with ${tabs.length} icons (${tabs.join(', ')}, the first selected)`;
}

function article(s: string): string {
  return /^(a|an|the)\b/.test(s) ? s : `${/^[aeiou]/.test(s) ? 'an' : 'a'} ${s}`;
}
