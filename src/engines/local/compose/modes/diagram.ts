// An educational diagram on plain paper: a title, the topic's parts (plan/modes/diagram-topics.ts), each
// labelled under its picture, joined by arrows: into and out of a centre (photosynthesis), round a
// cycle (the water cycle), or along a chain (a food chain). A topic the table does not know shows
// the prompt's own things in a chain. Labels are set in DejaVu Sans, fitted to their slot.
import { fmt, type Canvas } from '../../paint/canvas.js';
import { escapeXml, fitText } from '../../paint/signs.js';
import { diagramTopic, type DiagramPart, type DiagramTopic } from '../../plan/modes/diagram-topics.js';
import type { Composition } from '../composition.js';
import type { ModeResult } from './mode-kit.js';
import { drawCard } from '../../paint/screens/charts.js';
import { drawSubject, figureOf } from './hero.js';

const INK = '#1f2a44';
const ARROW = '#2f6fb5';
const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

interface Slot { part: DiagramPart; x: number; y: number; size: number }

/** An infographic passes its own topic and asks for panels: each picture on a white card on a pale paper. */
export function composeDiagram(composition: Composition, given?: DiagramTopic, panels = false): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const topic = given ?? diagramTopic(plan.prompt.toLowerCase()) ?? ownTopic(composition);
  c.rect(0, 0, W, H, panels ? '#eaf0f8' : '#fbfaf5', { bare: true });
  const m = Math.min(W, H);
  // The title across the top.
  const title = fitText(topic.title, W * 0.8, H * 0.1, 1);
  text(c, title.lines[0] ?? topic.title, W / 2, H * 0.05 + title.size, title.size, INK);
  if (topic.title) c.rect(W / 2 - W * 0.12, H * 0.07 + title.size * 1.15, W * 0.24, m * 0.006, ARROW, { bare: true, layer: 'fg', rx: m * 0.003 });
  const top = H * 0.12 + title.size * 1.3, bottom = H * 0.95;
  // (An infographic's panels leave room between them for the arrows; a lone centre fills the board.)
  const grid = panels && topic.layout === 'chain' && topic.parts.length > 2 && (W < H || (W < H * 1.2 && topic.parts.length > 3));
  const slots = grid ? panelGrid(topic, W, top, bottom) : layout(topic, W, top, bottom).map((s) => ({ ...s, size: s.size * (!panels ? 1 : topic.parts.length ? (topic.layout === 'chain' ? 0.8 : 1) : 1.15) }));
  const joined = topic.flow === false ? [] : links(topic, slots);
  if (panels) for (const s of slots) drawCard(c, { x: s.x - s.size * 0.8, y: s.y - s.size * 0.62, w: s.size * 1.6, h: s.size * 1.72 });
  for (const [a, b] of joined) arrow(c, a, b, m);
  const arrows = joined.length;
  slots.forEach((s, i) => {
    const subject = s.part.subject;
    if (subject) {
      const fig = figureOf(composition, subject);
      const h = Math.min(s.size, (s.size * 1.4) / fig.spec.aspect);
      drawSubject(composition, subject, fig, s.x, s.y + s.size / 2, h, `part-${i}`);
    } else composition.icons.draw(s.part.icon, s.x, s.y + s.size / 2, s.size, { layer: 'fg' });
    const fit = fitText(s.part.label, s.size * 1.6, s.size * 0.22, 1);
    text(c, fit.lines[0] ?? s.part.label, s.x, s.y + s.size / 2 + fit.size * 1.2, fit.size, INK);
  });
  const shown = (p: DiagramPart) => p.subject?.label ?? p.icon.replace(/-/g, ' ');
  const named = (p: DiagramPart) => (p.label ? `${shown(p)} labelled "${p.label}"` : shown(p));
  const centre = topic.layout === 'hub' ? topic.centre : undefined;
  return {
    hero: centre ? named(centre) : panels ? `infographic of ${topic.parts.length} labelled panels ${topic.layout === 'cycle' ? 'in a cycle' : topic.flow === false ? 'in a row' : 'in a chain'}`
      : `${topic.layout === 'cycle' ? 'cycle' : 'chain'} of ${topic.parts.length} ${topic.parts.some((p) => p.label) ? 'labelled ' : ''}pictures`,
    wore: [], held: [],
    around: [...topic.parts.map(named), ...(arrows ? [`${NUMBERS[Math.min(arrows, 6)]} arrows ${topic.layout === 'hub' ? 'into and out of it' : topic.layout === 'cycle' ? 'round the cycle' : 'from each to the next'}`] : [])],
    heroPlace: 'centred',
    headline: topic.title,
    accent: ARROW,
    backdrop: panels ? 'a pale paper, each picture on a white panel' : 'plain white paper',
  };
}

/** A topic the table does not know: the prompt's own things, in a chain, under the words after "of". */
function ownTopic(composition: Composition): DiagramTopic {
  // "a labelled diagram": the label is what the diagram does, not a luggage tag in it.
  const things = composition.plan.subjects.filter((s) => s.thing.icon && !/^label/.test(s.label)).slice(0, 5);
  const about = /\b(?:of|explaining|showing|about)\s+(?:an?\s+|the\s+)?([a-z][a-z -]{2,30}?)(?=[,.;]|\s+(?:for|with|in|on)\b|$)/i.exec(composition.plan.prompt)?.[1];
  // A title of its own topic ("a diagram of a volcano"), not the first of several things listed.
  const title = about && (things.length < 2 || !things.some((t) => about.endsWith(t.label))) ? about.replace(/\b\w/g, (ch) => ch.toUpperCase()) : 'Diagram';
  const parts = things.length ? things.map((s) => ({ icon: s.thing.icon!, label: cap(s.label) })) : [{ icon: 'seedling', label: 'Start' }, { icon: 'gear', label: 'Process' }, { icon: 'check-mark-button', label: 'Result' }];
  return { title, layout: parts.length === 1 ? 'hub' : 'chain', ...(parts.length === 1 ? { centre: parts[0] } : {}), parts: parts.length === 1 ? [] : parts, words: [] };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function layout(topic: DiagramTopic, W: number, top: number, bottom: number): Slot[] {
  const h = bottom - top, cy = top + h * 0.45;
  const n = topic.parts.length;
  if (topic.layout === 'hub') {
    const size = Math.min(W * 0.24, h * 0.42);
    const centre = topic.centre ? [{ part: topic.centre, x: W / 2, y: cy, size }] : [];
    // Inputs on the left and above, what it gives out on the right.
    const spots = [[0.2, 0.2], [0.2, 0.78], [0.8, 0.2], [0.8, 0.78]];
    return [...centre, ...topic.parts.slice(0, 4).map((part, i) => ({ part, x: W * spots[i]![0]!, y: top + h * spots[i]![1]! - size * 0.2, size: size * 0.55 }))];
  }
  if (topic.layout === 'cycle') {
    const rx = W * 0.3, ry = h * 0.33, size = Math.min(W * 0.16, h * 0.24);
    return topic.parts.map((part, i) => {
      const a = -Math.PI / 2 + (i * Math.PI * 2) / n - (n === 4 ? Math.PI / 4 : 0);
      return { part, x: W / 2 + rx * Math.cos(a), y: cy + ry * Math.sin(a), size };
    });
  }
  const size = Math.min((W * 0.8) / n / 1.6, h * 0.42);
  return topic.parts.map((part, i) => ({ part, x: W * 0.1 + (W * 0.8 * (i + 0.5)) / n, y: cy, size }));
}

/** An infographic's panels on a narrow board: two or three a row, reading left to right, top to bottom. */
function panelGrid(topic: DiagramTopic, W: number, top: number, bottom: number): Slot[] {
  const n = topic.parts.length, cols = W < bottom ? 2 : Math.ceil(n / 2), rows = Math.ceil(n / cols);
  const cw = (W * 0.9) / cols, ch = (bottom - top) / rows;
  const size = Math.min(cw / 2, ch / 2.2);
  return topic.parts.map((part, i) => {
    const row = Math.floor(i / cols), inRow = Math.min(cols, n - row * cols);
    // (A last row with fewer panels is centred.)
    const x0 = (W - cw * inRow) / 2;
    return { part, x: x0 + cw * ((i % cols) + 0.5), y: top + ch * (row + 0.5) - size * 0.3, size };
  });
}

/** Which arrows join which pictures. */
function links(topic: DiagramTopic, slots: Slot[]): [Slot, Slot][] {
  if (topic.layout === 'hub') {
    const [centre, ...parts] = slots;
    if (!centre) return [];
    return parts.map((p) => (p.part.out ? [centre, p] : [p, centre]) as [Slot, Slot]);
  }
  const out: [Slot, Slot][] = [];
  for (let i = 0; i + 1 < slots.length; i++) out.push([slots[i]!, slots[i + 1]!]);
  if (topic.layout === 'cycle' && slots.length > 2) out.push([slots.at(-1)!, slots[0]!]);
  return out;
}

/** An arrow from one picture's edge to the other's, with a filled head. */
function arrow(c: Canvas, a: Slot, b: Slot, m: number): void {
  const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
  const ux = dx / len, uy = dy / len;
  const t0 = clearance(a, ux, uy), t1 = clearance(b, -ux, -uy);
  const x0 = a.x + ux * t0, y0 = a.y + uy * t0;
  const x1 = b.x - ux * t1, y1 = b.y - uy * t1;
  const w = m * 0.012, head = m * 0.035;
  c.line(`M${fmt(x0)} ${fmt(y0)}L${fmt(x1 - ux * head * 0.8)} ${fmt(y1 - uy * head * 0.8)}`, ARROW, w, { layer: 'fg', bare: true });
  c.polygon([x1, y1, x1 - ux * head - uy * head * 0.55, y1 - uy * head + ux * head * 0.55, x1 - ux * head + uy * head * 0.55, y1 - uy * head - ux * head * 0.55], ARROW, { layer: 'fg', bare: true });
}

/** How far from a picture's centre an arrow leaving it in direction (ux, uy) starts: clear of the label under it. */
function clearance(s: Slot, ux: number, uy: number): number {
  const across = (s.size * 0.68) / Math.max(1e-6, Math.abs(ux));
  const down = (uy > 0 ? s.size * 1.02 : s.size * 0.6) / Math.max(1e-6, Math.abs(uy));
  return Math.min(across, down);
}

function text(c: Canvas, s: string, x: number, y: number, size: number, color: string): void {
  c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" text-anchor="middle" x="${fmt(x)}" y="${fmt(y)}" fill="${c.paint(color, 'fg')}">${escapeXml(s)}</text>`);
}
