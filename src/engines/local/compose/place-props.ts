// Everything around the main subject: the props the prompt names, sized against it and placed
// near it, the setting's own decorations spread out, and table things on a table.
import type { DecorSpec } from '../paint/backdrops/sky.js';
import type { PlaceRequest, Spot } from './placer.js';
import { SIZE_SCALE } from '../read/lexicon-scene.js';
import type { ProcKind } from '../read/lexicon-things.js';
import { headVariant, type Thing } from '../read/things.js';
import type { Subject } from '../plan/scene-plan.js';
import { drawCharacter, figureSpec, type FigureSpec } from '../paint/figures/figure.js';
import { baseIcon, PEOPLE } from '../paint/figures/head.js';
import { CELESTIAL, MAX_INSTANCES, thingForKey, type Composition, type TableSpot } from './composition.js';
import { drawProc } from '../paint/props/props.js';

/** How much of the main subject a thing standing behind it may hide behind (see PlaceRequest.peek). */
const PEEK = 0.2;
const VEHICLES = new Set(['automobile', 'taxi', 'bus', 'racing-car', 'police-car', 'delivery-truck', 'motorcycle', 'fire-engine', 'ambulance']);

export function placeProps(composition: Composition): void {
  const props = [...composition.besideMain, ...composition.plan.subjects.filter((s) => s.role === 'prop' && !composition.consumed.has(s))];
  for (const p of props) {
    if (p.overhead && composition.mainRect && placeOverhead(composition, p)) continue;
    if (composition.celestialDrawn && CELESTIAL.has(p.thing.key)) {
      composition.drawn.props.push({ subject: p, count: 1 });
      continue;
    }
    const drawnCount = placeSubject(composition, p.thing, Math.min(p.count, MAX_INSTANCES), SIZE_SCALE[p.size], p.color?.hex, p);
    if (drawnCount > 0) composition.drawn.props.push({ subject: p, count: drawnCount });
    // Table things are drawn (and described) with their table later.
    else if (!composition.tableItems.some((t) => t.label === p.thing.label)) (composition.drawn.missed ??= []).push(p.label);
  }
}

/** A small thing floating just over the main subject's head ("a lightbulb above a person"). */
function placeOverhead(composition: Composition, p: Subject): boolean {
  const r = composition.mainRect!;
  const h = Math.min(r.h * 0.32, r.w * 0.6);
  const bottom = r.y - h * 0.1;
  if (bottom - h < composition.topLimit) return false;
  const spot = { x: r.x + r.w / 2, bottom, w: h * composition.aspectOf(p.thing), h, flip: false };
  composition.placer.take({ x: spot.x - spot.w / 2, y: bottom - h, w: spot.w, h });
  composition.addThingItem(p.thing, spot, p.color?.hex, false);
  composition.drawn.props.push({ subject: { ...p, label: `${p.label} above it` }, count: 1 });
  return true;
}

export function placeDecor(composition: Composition, decor: DecorSpec[]): void {
  const present = new Set(composition.plan.subjects.map((s) => s.thing.key));
  // The bed (or sofa) an animal rests on is the room's own: no second one by the wall.
  const rest = composition.plan.interaction?.kind === 'rest-on' ? composition.plan.interaction.object?.key : undefined;
  if (rest) present.add(rest);
  // One kind of traffic: the prompt's cars replace the street's own.
  if (composition.plan.subjects.some((s) => VEHICLES.has(s.thing.key))) for (const v of VEHICLES) present.add(v);
  const widthFactor = Math.min(3, Math.max(0.5, composition.stage.aspect));
  for (const d of decor) {
    if (present.has(d.thing) || d.thing === 'proc:rug') continue;
    if (d.zone === 'table') {
      if (composition.stage.kind === 'room') composition.tableItems.push({ name: d.thing, size: d.size });
      continue;
    }
    const thing = thingForKey(d.thing);
    // Outdoors, wide pictures get more trees and flowers; rooms keep their furniture.
    const count = d.zone === 'ground' && composition.stage.kind !== 'room' ? Math.max(1, Math.round(d.count * widthFactor)) : d.count;
    placeDecorThing(composition, thing, count, d);
  }
  placeSideTable(composition);
}

/** Autumn's decorations: leafy trees turned orange, fallen leaves on the ground, no spring blossom. */
export function autumnDecor(decor: DecorSpec[]): DecorSpec[] {
  const out = decor.filter((d) => d.thing !== 'blossom').map((d) => (d.thing === 'deciduous-tree' ? { ...d, tint: '#d9702a' } : d));
  const leafy = decor.some((d) => d.thing === 'deciduous-tree' || d.thing === 'evergreen-tree');
  if (leafy && !out.some((d) => d.thing === 'fallen-leaf')) out.push({ thing: 'fallen-leaf', zone: 'ground', count: 3, size: 0.07, depth: [0.4, 1] });
  else if (leafy) for (const d of out) if (d.thing === 'fallen-leaf') d.count = Math.max(d.count, 3);
  return out;
}

/** Spring's decorations: a tree or two in pink blossom and tulips in the grass, beside the backdrop's own. */
export function springDecor(decor: DecorSpec[]): DecorSpec[] {
  if (!decor.some((d) => d.zone === 'ground')) return decor;
  return [...decor, { thing: 'deciduous-tree', zone: 'ground', count: 2, size: 1.0, tint: '#f2a7c3' }, { thing: 'tulip', zone: 'ground', count: 4, size: 0.08, depth: [0.4, 1] }];
}

function placeDecorThing(composition: Composition, thing: Thing, count: number, d: DecorSpec): void {
  const aspect = composition.aspectOf(thing);
  const big = d.size >= 0.8;
  for (let i = 0; i < count; i++) {
    const spot = composition.placer.place({
      zone: d.zone === 'table' ? 'ground' : d.zone,
      height: composition.unit * d.size,
      aspect,
      spread: true,
      depth: d.depth ?? (big ? [0, 0.45] : [0.2, 1]),
      minScale: 0.55,
      onWater: floats(thing),
      ...(big && composition.mainTaken ? { behind: composition.mainTaken, peek: PEEK } : {}),
    });
    if (!spot) continue;
    composition.addThingItem(thing, spot, d.tint, d.zone !== 'sky' && d.zone !== 'float', 'decor');
  }
}

/** Place `count` of a thing near the main subject; returns how many fitted. */
/**
 * A person beside the main subject ("with a woman, a boy and a girl") is drawn as a whole figure,
 * head on a body, as the main subject is: their emoji are faces, which alone floated at head height.
 */
function personFigure(composition: Composition, subject: Subject | undefined, thing: Thing): { head: Thing; spec: FigureSpec } | undefined {
  if (!subject || !thing.animate || !thing.icon) return undefined;
  const head = headVariant(thing);
  if (!head.head || !head.icon || !PEOPLE.has(baseIcon(head.icon))) return undefined;
  return { head, spec: figureSpec({ ...subject, seatedOn: undefined, riding: undefined }, head, composition.aspectOf(head)) };
}

function placeSubject(composition: Composition, thing: Thing, count: number, sizeScale: number, recolor: string | undefined, subject?: Subject): number {
  const { kind } = composition.stage;
  const person = personFigure(composition, subject, thing);
  if (thing.proc === 'string-lights') {
    drawGarland(composition, recolor);
    return 1;
  }
  // A burger beside a pizza: when the main subject is itself a table thing, the others stand beside
  // it at their own size, not on a small side table of their own.
  const mainOnTable = composition.main?.thing.place === 'table' && !composition.tableSpot;
  if (thing.place === 'table' && kind === 'room' && count <= 3 && !mainOnTable) {
    // Described with the table they stand on, once it is placed.
    for (let i = 0; i < count; i++) composition.tableItems.push({ name: thing.icon ?? `proc:${thing.proc}`, size: 0.22 * sizeScale, ...(recolor ? { recolor } : {}), label: thing.label });
    return 0;
  }
  // Several small things shrink to fit together; trees and houses keep their size.
  const ratio = Math.min(1.3, Math.max(0.22, thing.size / Math.max(0.2, composition.mainSize))) / (thing.size < 1 ? Math.sqrt(Math.min(count, 4)) : 1);
  const zone = thing.place === 'sky' ? (kind === 'float' ? 'float' : 'sky')
    : thing.place === 'swim' && composition.plan.setting === 'underwater' ? 'float'
    : thing.place === 'wall' && kind === 'room' ? 'wall'
    : kind === 'float' ? 'float' : 'ground';
  const reference = composition.main ? composition.mainHeight : composition.unit;
  const airborne = zone === 'sky' || zone === 'float';
  // A fireplace or a bookcase stands against the back wall, behind the main subject if need be.
  const againstWall = kind === 'room' && (thing.proc === 'fireplace' || thing.proc === 'bookshelf' || thing.proc === 'piano');
  const height = (againstWall ? composition.unit * (thing.proc === 'bookshelf' ? 0.9 : 0.6)
    : airborne ? Math.min(composition.unit * 0.3, Math.max(composition.unit * 0.1, reference * ratio * 0.6)) : reference * ratio) * sizeScale;
  const aspect = person ? person.spec.aspect : composition.aspectOf(thing);
  let placed = 0;
  let nearX = composition.mainRect ? composition.mainRect.x + composition.mainRect.w / 2 : undefined;
  for (let i = 0; i < count; i++) {
    const near: PlaceRequest = { zone, height, aspect, ...(nearX !== undefined ? { nearX } : {}), minScale: 0.4, onWater: floats(thing) };
    const behind = composition.mainTaken;
    const wallSpot = (peek?: number) => composition.placer.place({
      ...near, depth: againstWall ? [0, 0.06] : [0.3, 1],
      ...(againstWall && behind ? { behind, ...(peek !== undefined ? { peek } : {}) } : {}),
    });
    // Against the wall, beside the main subject if there is room, else behind it.
    let spot = wallSpot(againstWall ? PEEK : undefined) ?? (againstWall ? wallSpot() : undefined);
    // A castle or a tree with no room beside the main subject stands further back, peeking out
    // from behind it; hidden more only when nothing else fits (a thing the prompt names is drawn).
    // So does a creature the prompt names (the dog watching a chess game, the crowd at a market)
    // and furniture drawn by hand ("a cat beside a sofa").
    if (!spot && zone === 'ground' && (thing.size >= 1 || thing.animate || thing.proc !== undefined) && behind) {
      const back = (peek?: number) => composition.placer.place({ zone, height, aspect, onWater: near.onWater, spread: true, depth: [0, 0.3], behind, minScale: 0.5, ...(peek !== undefined ? { peek } : {}) });
      spot = back(PEEK) ?? back();
    }
    if (!spot) continue;
    if (i === 0) nearX = spot.x;
    if (person && subject) addPersonItem(composition, subject, person, spot, i);
    else composition.addThingItem(thing, spot, subject?.tints?.[i % subject.tints.length]?.hex ?? recolor, zone === 'ground');
    placed++;
  }
  return placed;
}

function addPersonItem(composition: Composition, subject: Subject, person: { head: Thing; spec: FigureSpec }, spot: Spot, i: number): void {
  composition.record(subject.label, 'prop', undefined, spot);
  composition.items.push({
    z: spot.bottom,
    draw: () => {
      composition.shadow(spot);
      drawCharacter(composition.c, composition.icons, subject, person.head, person.spec, spot.x, spot.bottom, spot.h, composition.rng.fork(`person-${subject.label}-${i}`), {
        vintage: composition.plan.vintageDecor || composition.plan.style === 'vintage', placardText: false, flip: spot.flip,
      });
    },
  });
}

/** Boats and swimmers go on the water where a setting has a shore (a beach, a lake). */
function floats(thing: Thing): boolean {
  return thing.place === 'water' || thing.place === 'swim';
}

/** Fairy lights hang in swags across the top of the picture, over the wall or the sky. */
function drawGarland(composition: Composition, color: string | undefined): void {
  const { W, H, kind, horizon } = composition.stage;
  const h = kind === 'room' ? horizon * 0.2 : H * 0.14;
  const top = composition.topLimit;
  composition.items.push({ z: -0.45, draw: () => drawProc(composition.c, 'string-lights', W / 2, top + h, h, { rng: composition.rng, layer: 'fg', ...(color ? { color } : {}) }, W) });
}

/** A side table's box: the table and, above it, room for the things on it (as a share of its height). */
const TABLE_STACK = 1.65;

/** A small table beside the main subject for cups, books and globes. */
function placeSideTable(composition: Composition): void {
  if (!composition.tableItems.length || !composition.mainRect) return;
  if (composition.tableSpot) {
    itemsBesideMain(composition, composition.tableSpot);
    return;
  }
  const items = composition.tableItems.slice(0, 3);
  const th = Math.min(composition.mainHeight * 0.45, composition.stage.H * 0.3);
  const tw = th * 1.1;
  // The box holds the table and what stands on it, so the cups and books on top cover nothing.
  const spot = composition.placer.place({ zone: 'ground', height: th * TABLE_STACK, aspect: tw / (th * TABLE_STACK), nearX: composition.mainRect.x + composition.mainRect.w / 2, depth: [0.5, 0.95], minScale: 0.4 });
  if (!spot) return;
  const tableH = spot.h / TABLE_STACK;
  composition.record('side table', 'prop', undefined, spot);
  const tableW = spot.w;
  composition.items.push({
    z: spot.bottom,
    draw: () => {
      composition.shadow(spot);
      drawProc(composition.c, 'table', spot.x, spot.bottom, tableH, { rng: composition.rng, layer: 'bg' }, tableW);
      const top = spot.bottom - tableH;
      const slot = tableW / items.length;
      items.forEach((it, i) => {
        const size = Math.min(composition.mainHeight * it.size * 1.6, slot * 0.95, tableH * (TABLE_STACK - 1));
        const x = spot.x - tableW / 2 + slot * (i + 0.5);
        if (it.name.startsWith('proc:')) drawProc(composition.c, it.name.slice(5) as ProcKind, x, top + size * 0.02, size, { rng: composition.rng, layer: 'fg', lit: true });
        else composition.icons.draw(it.name, x, top + size * 0.04, size, { layer: 'fg', ...(it.recolor ? { recolor: it.recolor } : {}) });
      });
    },
  });
  composition.drawn.table = items.filter((i) => i.label).map((i) => i.label!);
}

/** Table things on the main subject's own table, left and right of it. */
function itemsBesideMain(composition: Composition, t: TableSpot): void {
  const left = { from: t.x - t.w / 2, to: t.mainLeft };
  const right = { from: t.mainRight, to: t.x + t.w / 2 };
  const userItems = composition.tableItems.filter((i) => i.label);
  const items = (userItems.length ? userItems : composition.tableItems).slice(0, 2);
  const drawnLabels: string[] = [];
  const wider = right.to - right.from >= left.to - left.from ? right : left;
  const other = wider === right ? left : right;
  items.forEach((it, i) => {
    const side = i === 0 ? wider : other;
    const room = side.to - side.from;
    const size = Math.min(composition.mainHeight * 0.7, room * 0.8);
    if (size < composition.mainHeight * 0.2) return;
    const x = (side.from + side.to) / 2;
    if (it.label) drawnLabels.push(it.label);
    composition.items.push({ z: t.z + 0.2, draw: () => composition.icons.draw(it.name, x, t.top + size * 0.03, size, { layer: 'fg', ...(it.recolor ? { recolor: it.recolor } : {}) }) });
  });
  if (drawnLabels.length) composition.drawn.table = drawnLabels;
  composition.drawn.tableIsSupport = true;
}
