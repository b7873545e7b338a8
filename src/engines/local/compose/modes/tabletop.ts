// A table seen from straight above ("overhead top view of a wooden table with sushi, pizza and
// soup", "a flat lay", "a tablescape"): the wooden top fills the picture's free area, planks and
// grain running across it, and every dish and thing on the table sits on its own round plate with
// cutlery beside it (docs/local-engine-modes.md, "What a mode picture is about").
import { fmt } from '../../paint/canvas.js';
import { mixHex } from '../../paint/color.js';
import type { Rect } from '../../paint/stage.js';
import type { Subject } from '../../plan/scene-plan.js';
import { thingForKey, type Composition } from '../composition.js';
import { subjectOf } from '../../plan/modes/mode-subjects.js';
import { counted, withArticle } from '../describe.js';
import { drawSubject, figureOf } from './hero.js';

const TOP_VIEW = /\b(top[- ]down|top view|overhead|from above|bird'?s[- ]eye|flat ?lays?|tablescapes?|shot from above)\b/;

/** The things a table seen from above shows, or undefined when the prompt asks for no such view. */
export function tabletopDishes(composition: Composition, subjects: readonly Subject[]): Subject[] | undefined {
  const lower = composition.plan.prompt.toLowerCase();
  if (!TOP_VIEW.test(lower)) return undefined;
  const table = subjects.some((s) => s.thing.key === 'proc:table' || s.thing.key === 'proc:desk');
  // A flat lay lays out whatever it names (lipstick, a notebook, sunglasses); a table seen from above holds what belongs on tables.
  const flatLay = /\b(flat ?lays?|tablescapes?)\b/.test(lower);
  const dishes = subjects.filter((s) => (flatLay || s.thing.place === 'table') && !s.thing.loose && !s.thing.animate && s.thing.key !== 'proc:table' && s.thing.key !== 'proc:desk');
  if (!dishes.length || !(table || flatLay || dishes.length >= 2)) return undefined;
  // Each of "three cups" on its own plate; "dishes" or "a feast" with none named are a spread of dishes.
  const out: Subject[] = [];
  let spread = 0;
  for (const s of dishes) {
    const generic = s.thing.key === 'fork-and-knife-with-plate' && s.count > 1;
    for (let i = 0; i < Math.min(s.count, 6); i++) {
      out.push(generic ? subjectOf(thingForKey(SPREAD[spread++ % SPREAD.length]!)) : s);
    }
  }
  return out.slice(0, 8);
}

const SPREAD = ['green-salad', 'spaghetti', 'steaming-bowl', 'pizza', 'curry-rice', 'sushi'];

/** Draw the table top in `r` and the dishes on it; returns the dishes' labels, in the order drawn. */
export function drawTabletop(composition: Composition, r: Rect, dishes: readonly Subject[]): string[] {
  const { c } = composition;
  drawWoodTop(composition, r);
  const m = Math.min(r.w, r.h);
  // The dishes on a grid of plates: as many columns as fit the table's shape.
  const items = dishes.slice(0, 8);
  const cols = Math.min(items.length, Math.max(1, Math.round(Math.sqrt((items.length * r.w) / r.h))));
  const rows = Math.ceil(items.length / cols);
  const cellW = r.w / cols, cellH = r.h / rows;
  const plate = Math.min(cellW * 0.4, cellH * 0.4, m * 0.3);
  items.forEach((s, i) => {
    const row = Math.floor(i / cols), inRow = row === rows - 1 ? items.length - row * cols : cols;
    const cx = r.x + (r.w - inRow * cellW) / 2 + cellW * ((i % cols) + 0.5), cy = r.y + cellH * (row + 0.5);
    c.circle(cx + plate * 0.04, cy + plate * 0.07, plate, '#000000', { bare: true, opacity: 0.18, layer: 'fg' });
    c.circle(cx, cy, plate, '#f7f5f0', { layer: 'fg' });
    c.circle(cx, cy, plate * 0.78, 'none', { layer: 'fg', bare: true, extra: `stroke="${c.paint('#dcd6cb', 'fg')}" stroke-width="${fmt(plate * 0.04)}"` });
    // A fork on the left and a knife on the right of each plate.
    c.rect(cx - plate * 1.22, cy - plate * 0.6, plate * 0.07, plate * 1.2, '#c9ccd1', { layer: 'fg', rx: plate * 0.03 });
    c.rect(cx + plate * 1.15, cy - plate * 0.6, plate * 0.08, plate * 1.2, '#c9ccd1', { layer: 'fg', rx: plate * 0.04 });
    // "A plate" (with its cutlery) is the plate drawn here, with nothing on it.
    if (s.thing.key === 'fork-and-knife-with-plate') return;
    const f = figureOf(composition, s);
    const h = Math.min(plate * 1.3, (plate * 1.4) / f.spec.aspect);
    drawSubject(composition, s, f, cx, cy + h / 2, h, `dish${i}`);
  });
  composition.mainRect = r;
  return items.map((s) => s.label);
}

/** The wooden top seen from above, filling `r`: planks across it with grain strokes. */
export function drawWoodTop(composition: Composition, r: Rect): void {
  const { c } = composition;
  const rng = composition.rng.fork('tabletop');
  const wood = rng.pick(['#9a6a43', '#8a5a36', '#a8794f']);
  const m = Math.min(r.w, r.h);
  c.rect(r.x + m * 0.015, r.y + m * 0.03, r.w, r.h, '#000000', { bare: true, opacity: 0.22, rx: m * 0.03, layer: 'fg' });
  c.rect(r.x, r.y, r.w, r.h, c.linear([[0, mixHex(wood, '#ffffff', 0.08)], [1, mixHex(wood, '#000000', 0.12)]], [0, 0, 1, 1]), { rx: m * 0.03, layer: 'fg' });
  // Planks across the top, with a few grain strokes on each.
  const planks = Math.max(3, Math.round(r.h / (m * 0.2)));
  let seams = '', grain = '';
  for (let i = 1; i < planks; i++) seams += `M${fmt(r.x)} ${fmt(r.y + (r.h * i) / planks)}h${fmt(r.w)}`;
  for (let i = 0; i < planks * 5; i++) {
    const y = r.y + r.h * ((Math.floor(i / 5) + rng.range(0.2, 0.8)) / planks), x = r.x + rng.range(0, r.w * 0.8);
    grain += `M${fmt(x)} ${fmt(y)}q${fmt(r.w * 0.06)} ${fmt(m * rng.range(-0.01, 0.01))} ${fmt(r.w * rng.range(0.1, 0.2))} 0`;
  }
  c.line(seams, mixHex(wood, '#000000', 0.4), Math.max(1, m * 0.006), { layer: 'fg', bare: true, opacity: 0.7 });
  c.line(grain, mixHex(wood, '#000000', 0.25), Math.max(0.6, m * 0.003), { layer: 'fg', bare: true, opacity: 0.5 });
}

/** "a cup of coffee, three croissants and a glass of orange juice": the dishes drawn, counted once each. */
export function dishList(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const raw of labels) {
    const l = raw === 'fork and knife with plate' ? 'empty plate' : raw;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const items = [...counts].map(([l, n]) => (n === 1 ? withArticle(l) : counted(l, n)));
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
