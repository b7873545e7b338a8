// The main subject: how many, how big, where they stand (on the ground, on a table, on the water,
// on a bridge, in the air), and how each is drawn (a dressed character, a rider on its mount, a pet
// on its seat, or the picture itself).
import { figureSpec, drawCharacter, drawIconExtras, holdsInPlace, type FigureSpec } from '../paint/figures/figure.js';
import type { Spot } from './placer.js';
import { groundY } from '../paint/stage.js';
import { drawSupports, type Footing } from './main-supports.js';
import type { Subject } from '../plan/scene-plan.js';
import { CELESTIAL, MAX_INSTANCES, thingForKey, type Composition } from './composition.js';
import { headVariant, type Thing } from '../read/things.js';
import { drawCarrier } from '../paint/signs.js';
import { canCurl, CURLED_ASPECT, CURLED_SHARE, drawCurled } from '../paint/figures/curled.js';
import { fmt } from '../paint/canvas.js';
import { poseWords } from './describe.js';
import { speedLines } from './interactions/boarding.js';
import { AIRBORNE, AIRCRAFT } from '../read/vehicle-names.js';
import { iconInk } from '../paint/icon-art.js';

/** The main subject's height for its size word; above 1 it may also fill more of the frame. */
const SIZE_SCALE_MAIN = { tiny: 0.5, small: 0.8, normal: 1, large: 1.15, huge: 1.45 } as const;
/** "a pig with wings", "a winged cat": wings are drawn only when asked for. */
const WINGS = /\b(wings?|winged)\b/i;

/** "colourful townhouses", "multicoloured balloons": several of the main subject, each its own hue. */
const COLOURFUL = /\b(colou?rful|multi-?colou?red|rainbow)\b/i;
const HUES = ['#e4572e', '#f3a712', '#29a3a3', '#7d5ba6', '#4c9f38', '#e86a92'];

const SEATED_ROOMS = new Set(['study', 'library', 'living-room']);
/** Spacecraft stand on a planet's ground rather than flying over it. */
const LANDERS = new Set(['rocket', 'flying-saucer']);
/** A rider's mount is this share of the rider's spot. */
const MOUNT_SHARE = 0.72;
/** A pet on a seat: the whole group is this many seat-heights tall. */
const PET_STACK = 1.3;

/** How the main subject is drawn: as a character (head on a body), a rider, a pet on a seat, or its picture. */
interface MainFigure {
  main: Subject;
  head: Thing | undefined;
  spec: FigureSpec;
  /** An undressed animal on a sofa, armchair or bed: the seat is drawn under its picture. */
  petSeat: Thing | undefined;
  /** A cat or a dog curled up or lying down, drawn by paint/figures/curled.ts. */
  curled: boolean;
}

function mainFigure(composition: Composition, named: Subject): MainFigure {
  const thing = named.thing;
  const petSeat = named.seatedOn && thing.animate && !thing.head && !named.wearing.length && !named.holding.length &&
    !composition.placardText && named.count === 1 ? named.seatedOn : undefined;
  // "a sleeping fox in a snowy forest": one undressed animal lying down is drawn so.
  const curled = (named.pose === 'curled' || named.pose === 'lying') && canCurl(thing.icon) && !named.wearing.length && !named.holding.length &&
    !named.riding && !petSeat && named.count === 1 && !composition.placardText;
  const needsBody = !curled && (thing.head || named.wearing.length > 0 || named.holding.length > 0 || (named.seatedOn !== undefined && !petSeat) || composition.placardText !== undefined);
  const headThing = needsBody && thing.animate && !named.riding ? headVariant(thing) : undefined;
  const head = headThing?.head ? headThing : undefined;
  // "A hedgehog holding a piece of watermelon": a side-view emoji has no hands, so what it holds stands beside it.
  if (!head && !named.riding && thing.icon && !holdsInPlace(thing.icon) && composition.besideMain.length === 0) {
    for (const h of named.holding.filter((t) => t.proc !== 'pipe')) {
      composition.besideMain.push({ label: h.label, thing: h, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] });
    }
  }
  // A character alone in a study, library or living room sits in an armchair.
  const main: Subject = head && !named.seatedOn && named.count === 1 && SEATED_ROOMS.has(composition.plan.setting)
    ? { ...named, seatedOn: thingForKey('proc:armchair') }
    : named;
  const iconAspect = curled ? CURLED_ASPECT : petSeat ? composition.aspectOf(petSeat) / PET_STACK : composition.aspectOf(main.riding ?? thing);
  return { main, head, spec: figureSpec(main, head, iconAspect), petSeat, curled };
}

export function placeMain(composition: Composition): void {
  const named = composition.main;
  const { W, H, aspect } = composition.stage;
  if (!named) return;
  if (composition.celestialDrawn && CELESTIAL.has(named.thing.key)) {
    composition.drawn.main = { subject: named, count: 1, wore: [], held: [], ...(named.size === 'huge' ? { sized: 'giant' } : {}) };
    return;
  }
  const thing = named.thing;
  const { main, head, spec, petSeat, curled } = mainFigure(composition, named);
  const count = head ? Math.min(main.count, 4) : Math.min(main.count, MAX_INSTANCES);
  // A rocket on Mars, an airliner on the runway: standing on the ground, not in the sky.
  const landed = ((composition.plan.setting === 'mars' || composition.plan.lunar) && LANDERS.has(thing.key)) || (composition.plan.roadKind === 'runway' && AIRCRAFT.has(thing.key) && main.pose !== 'flying' && !AIRBORNE.test(composition.plan.prompt));
  const flying = main.pose === 'flying' && !landed;
  const floating = !landed && (flying || composition.stage.kind === 'float' || thing.place === 'sky' || (thing.place === 'swim' && composition.plan.setting === 'underwater'));
  // Several of the main subject share the stage: each smaller, side by side.
  // "A row of houses" is one line, side by side, all at the front.
  const inLine = main.row === true && !floating && count > 1;
  const across = count === 1 || inLine ? count : Math.min(count, aspect > 1.5 ? count : Math.ceil(count / (count > 4 ? 2 : 1)));
  const rows = Math.ceil(count / across);
  const groupScale = count === 1 ? 1 : floating ? Math.max(0.3, 0.95 / Math.sqrt(count)) : Math.max(0.32, 1 / (0.55 + 0.45 * across) / (rows > 1 ? 1.25 : 1));
  // "a tiny house", "a giant robot": smaller or larger than the picture would draw it, and a giant
  // may fill most of the frame (room, the tallest it may stand, grows with it).
  const sizeScale = SIZE_SCALE_MAIN[main.size];
  const room = Math.max(1, sizeScale);
  // Room for the props the prompt names beside the main subject.
  const propCount = composition.plan.subjects.filter((s) => s.role === 'prop' && s.thing.place !== 'sky' && s.thing.place !== 'wall').length;
  const propInstances = composition.plan.subjects.filter((s) => s.role === 'prop' && s.thing.place === 'ground').reduce((n, s) => n + Math.min(s.count, 3), 0);
  const few = 1 / (1 + (aspect < 1.3 ? 0.3 : 0.14) * Math.min(3, Math.max(propCount, propInstances / 2)));
  // A tree or a castle beside the main subject needs room of its own in a narrow picture.
  const bigProps = composition.plan.subjects.filter((s) => s.role === 'prop' && s.thing.place === 'ground' && s.thing.size >= 1).length;
  const crowd = few * (aspect < 1.3 ? 0.78 ** Math.min(2, bigProps) : 1);
  let h = Math.min(H * (floating ? 0.5 : 0.64) * room, (W * Math.min(0.96, (aspect < 1 ? 0.86 : 0.62) * room) * crowd) / spec.aspect) * Math.min(1, sizeScale);
  // Lying down, it is low and long.
  if (curled) h *= CURLED_SHARE;
  // A product alone on studio paper is the picture: drawn large, not at a table's scale.
  const product = composition.plan.setting === 'studio' && !thing.animate && count <= 2 && propCount === 0;
  if (product) h = Math.min(H * 0.72, (W * 0.7) / spec.aspect / (count > 1 ? 1.45 : 1));
  else if (thing.place === 'table' && !floating) h *= 0.7;
  const footing = chooseFooting(composition, main, floating);
  // A frog on a lily pad is small on the water, not a giant on the shore; a swan on a lake sits
  // on the water rather than towering into the sky.
  if (footing.kind === 'pad') h *= 0.55;
  if (footing.kind === 'water') h *= 0.8;
  // A row of buildings on a city street stands on the pavement, not on the road.
  const pavement = inLine && thing.size >= 1 && composition.plan.setting === 'city-street';
  const bottomFor = (hh: number) => (pavement ? groundY(composition.stage, 0.24) : footing.bottom(hh));
  let bottom = bottomFor(h);
  const available = bottom - composition.topLimit;
  if (h > available) h = available;
  composition.mainSize = thing.size;
  // Buildings in a row stand wall to wall.
  const gap = inLine && thing.size >= 1 ? 1 : 1.08;
  const unitH = inLine ? Math.min(h, (W * 0.94) / (count * spec.aspect * gap)) : h * groupScale;
  // Props are sized against one of the main subjects, not the whole group.
  composition.mainHeight = unitH;
  const w = unitH * spec.aspect;
  const wide = aspect >= 1.3 && count === 1;
  const centerX = wide ? W * (composition.rng.chance(0.5) ? 0.42 : 0.58) : W * composition.rng.range(0.47, 0.53);
  const spacing = w * gap;
  const rowStep = unitH * 0.6;
  const instances: Spot[] = [];
  const scattered = floating && count > 1;
  if (scattered) {
    // A loose school or flock: free spots around the middle rather than a grid.
    const zone = composition.stage.kind === 'float' ? 'float' : 'sky';
    for (let i = 0; i < count; i++) {
      const spot = composition.placer.place({ zone, height: unitH, aspect: spec.aspect, nearX: centerX, minScale: 0.55 });
      if (spot) instances.push(spot);
    }
  }
  for (let i = 0; !scattered && i < count; i++) {
    const row = Math.floor(i / across), col = i % across;
    const inRow = Math.min(across, count - row * across);
    const x = centerX + (col - (inRow - 1) / 2) * spacing + (row % 2) * spacing * 0.3;
    // Every other one a step back and a little smaller, so a group has depth rather than a row.
    const back = count > 1 && !floating && !inLine && col % 2 === 1 ? 1 : 0;
    const s = back ? 0.86 : 1;
    const b = (floating ? bottom : bottomFor(unitH)) - (rows - 1 - row) * rowStep - back * unitH * 0.1;
    instances.push({ x: Math.min(W - (w * s) / 2, Math.max((w * s) / 2, x)), bottom: b, w: w * s, h: unitH * s, flip: i % 2 === 1 });
  }
  if (!instances.length) instances.push({ x: centerX, bottom, w, h: unitH, flip: false });
  bottom = Math.max(...instances.map((s) => s.bottom));
  const left = Math.min(...instances.map((s) => s.x - s.w / 2));
  const right = Math.max(...instances.map((s) => s.x + s.w / 2));
  const top = Math.min(...instances.map((s) => s.bottom - s.h));
  composition.mainRect = { x: left, y: top, w: right - left, h: bottom - top };
  if (!scattered) {
    composition.mainTaken = { x: left - W * 0.01, y: top, w: right - left + W * 0.02, h: bottom - top };
    composition.placer.take(composition.mainTaken);
  }
  drawSupports(composition, footing, { left, right, bottom, unitH, floating });
  const { wore, held } = addMainItems(composition, { main, head, spec, petSeat, curled }, instances, footing, floating, landed);
  const sized = main.size === 'huge' ? 'giant' : main.size === 'tiny' && !product ? 'tiny' : undefined;
  composition.drawn.main = {
    subject: main, count: instances.length, wore, held, riding: spec.mode === 'rider' ? main.riding?.label : undefined,
    ...(curled || flying || (main.pose === 'running' && !floating) ? { pose: poseWords(main) } : {}), ...(sized ? { sized } : {}),
  };
  if (main.seatedOn && spec.seated) composition.drawn.seat = main.seatedOn.label;
  if (petSeat) composition.drawn.support = petSeat.label;
}

/** Where the main subject's feet are: a table, a lily pad, a bridge, the water, or the ground. */
function chooseFooting(composition: Composition, main: Subject, floating: boolean): Footing {
  const { H, kind, water, land } = composition.stage;
  const thing = main.thing;
  if (floating) {
    // Things that fly sit high in a landscape's sky; in space or underwater, in the middle.
    // Its top stays below the top limit (a cover's title area).
    const floatCentre = (hh: number) => kind === 'float' ? Math.max(H * 0.52, composition.topLimit + hh / 2) : Math.max(composition.topLimit + H * 0.02 + hh / 2, composition.stage.horizon * 0.5);
    return { kind: 'air', bottom: (hh) => Math.min(H * 0.97, floatCentre(hh) + hh / 2) };
  }
  // Objects that belong on a table stand on one: the prompt's own table if it names one; indoors
  // (but not on a studio backdrop or a stage) even if it does not.
  const named = composition.plan.subjects.map((s) => s.standsOn).find((t) => t?.proc === 'table' || t?.proc === 'desk')
    ?? composition.plan.subjects.find((s) => s.role === 'prop' && (s.thing.proc === 'table' || s.thing.proc === 'desk'))?.thing;
  const bareRoom = composition.plan.setting === 'studio' || composition.plan.setting === 'stage';
  if (thing.place === 'table' && (named || (kind === 'room' && !bareRoom))) {
    const tableBottom = groundY(composition.stage, 0.9);
    const tableH = Math.min(H * 0.3, (tableBottom - composition.topLimit) * 0.42);
    return { kind: 'table', table: named, tableBottom, tableH, bottom: () => tableBottom - tableH * 0.98 };
  }
  const shore = water !== undefined && land[0] > 0;
  const waterDepth = water ? water[0] + (water[1] - water[0]) * 0.8 : 0.6;
  if (main.standsOn?.proc === 'bridge') {
    const bridgeBottom = groundY(composition.stage, water ? water[1] - 0.02 : 0.55);
    const bridgeH = Math.min(H * 0.3, (bridgeBottom - composition.topLimit) * 0.35);
    const deck = bridgeBottom - bridgeH * 0.95;
    return { kind: 'bridge', bridgeBottom, bridgeH, bottom: () => deck };
  }
  if (main.standsOn?.proc === 'lily-pad') return { kind: 'pad', bottom: () => groundY(composition.stage, water ? (water[0] + water[1]) / 2 : 0.6) };
  if (shore && (thing.place === 'water' || thing.place === 'swim')) return { kind: 'water', bottom: () => groundY(composition.stage, waterDepth) };
  if (composition.plan.setting === 'ocean' && thing.place !== 'water' && thing.place !== 'swim') {
    return { kind: 'islet', bottom: () => groundY(composition.stage, 0.78) };
  }
  return { kind: 'ground', bottom: () => groundY(composition.stage, kind === 'room' ? 0.8 : 0.78) };
}

/** One draw item per instance; what they wore and held is known once drawn (filled in then). */
function addMainItems(composition: Composition, figure: MainFigure, instances: Spot[], footing: Footing, floating: boolean, landed: boolean): { wore: string[]; held: string[] } {
  const { main, head, spec, petSeat, curled } = figure;
  const thing = main.thing;
  const count = instances.length;
  const wore: string[] = [];
  const held: string[] = [];
  const onTable = footing.kind === 'table';
  const grounded = !floating && footing.kind !== 'water' && footing.kind !== 'pad';
  const plain = spec.mode !== 'character' && spec.mode !== 'rider';
  instances.forEach((spot, i) => {
    // An emoji standing on something is lowered onto it by the empty margin under its feet.
    // A rider comes down with its mount, by the margin under the mount's hooves.
    const at = plain && grounded && !petSeat && !landed && !curled ? composition.settle(thing, spot)
      : spec.mode === 'rider' && main.riding && grounded ? { ...spot, bottom: composition.settle(main.riding, { ...spot, h: spot.h * MOUNT_SHARE }).bottom } : spot;
    composition.record(main.label, 'main', plain && !petSeat && !curled ? thing : undefined, at);
    composition.items.push({
      z: onTable ? footing.tableBottom + 0.1 : spot.bottom + 0.5,
      draw: () => {
        if (grounded) composition.shadow(spot);
        if (spec.mode === 'character' && head) {
          const result = drawCharacter(composition.c, composition.icons, main, head, spec, spot.x, spot.bottom, spot.h, composition.rng.fork(`char${i}`), {
            vintage: composition.plan.vintageDecor || composition.plan.style === 'vintage', placardText: i === 0 && composition.placardText !== undefined, flip: spot.flip && count > 1,
          });
          if (i === 0) {
            composition.headBox = result.head;
            wore.push(...result.wore);
            held.push(...result.held);
            if (result.placard && composition.placardText) drawCarrier(composition.c, 'placard', composition.placardText.text, result.placard);
          }
        } else if (spec.mode === 'rider' && main.riding) {
          drawRider(composition, main, main.riding, at);
          if (i === 0) composition.headBox = { x: at.x - at.h * 0.2, y: at.bottom - at.h, size: at.h * 0.4 };
        } else if (curled) {
          drawCurled(composition.c, thing.icon!, at.x, at.bottom, at.h, { asleep: main.asleep === true, curled: main.pose === 'curled', flip: at.flip, ...(main.color ? { color: main.color.hex } : {}) });
          if (main.asleep) composition.icons.draw('zzz', at.x - at.w * 0.3 * (at.flip ? -1 : 1), at.bottom - at.h * 1.05, at.h * 0.5, { layer: 'fg' });
          if (i === 0) composition.headBox = { x: at.x - at.w / 2, y: at.bottom - at.h, size: at.h };
        } else {
          const body = petSeat ? composition.settle(thing, drawPetSeat(composition, petSeat, spot)) : at;
          // The rocket emoji flies at 45°; landed, it stands upright.
          if (landed && thing.key === 'rocket') composition.drawThing(thing, { ...body, h: body.h * 0.8, bottom: body.bottom - body.h * 0.14 }, main.color?.hex, -45);
          // An airliner on the runway rolls level, its nose toward the way it faces.
          else if (landed && AIRCRAFT.has(thing.key) && thing.key !== 'helicopter') composition.drawThing(thing, body, main.color?.hex, body.flip ? -45 : 45);
          else {
            // In the air it tilts nose up into its flight, speed lines trailing behind it; at a run
            // it leans into its stride, feet off the ground over a puff of dust.
            const running = main.pose === 'running' && !floating;
            const tilt = main.pose === 'flying' ? (spot.flip ? -12 : 12) : running ? (spot.flip ? -6 : 6) : undefined;
            if (tilt) flightLines(composition, body);
            else if (main.motion === 'speeding' && !floating && thing.icon) speedingLines(composition, body, thing.icon);
            if (running) dust(composition, body);
            const stride = running ? { ...body, bottom: body.bottom - body.h * 0.07 } : body;
            composition.drawThing(thing, stride, main.tints?.[i % main.tints.length]?.hex ?? main.color?.hex ?? (count > 1 && COLOURFUL.test(composition.plan.prompt) ? HUES[i % HUES.length] : undefined), tilt);
            if (tilt && !running && WINGS.test(composition.plan.prompt)) wing(composition, body, 0);
          }
          if (thing.icon) {
            const extras = drawIconExtras(composition.c, composition.icons, main, thing.icon, body.x, body.bottom, body.h, composition.rng.fork(`extra${i}`));
            if (i === 0) {
              wore.push(...extras.wore);
              held.push(...extras.held);
            }
          }
          if (i === 0) composition.headBox = { x: body.x - body.w / 2, y: body.bottom - body.h, size: Math.min(body.w, body.h) };
        }
      },
    });
  });
  return { wore, held };
}

/** Speed lines behind a flying figure (it faces left unless flipped), and wings when the prompt gives it wings. */
function flightLines(composition: Composition, spot: Spot): void {
  const c = composition.c;
  const dir = spot.flip ? -1 : 1;
  const tail = spot.x + dir * spot.w * 0.22;
  let d = '';
  for (const [dy, len] of [[0.35, 0.5], [0.55, 0.7], [0.75, 0.45]]) {
    const y = spot.bottom - spot.h * dy;
    d += `M${fmt(tail + dir * spot.w * 0.3)} ${fmt(y)}h${fmt(dir * spot.w * len)}`;
  }
  c.line(d, '#ffffff', Math.max(1, spot.h * 0.035), { layer: 'fg', bare: true, opacity: 0.85 });
  if (composition.main?.pose === 'flying' && WINGS.test(composition.plan.prompt)) wing(composition, spot, 1);
}

/** Speed lines streaming from the tail of a speeding vehicle, across the height of its bodywork. */
function speedingLines(composition: Composition, spot: Spot, icon: string): void {
  const ink = iconInk(icon);
  const dir = spot.flip ? -1 : 1;
  const top = spot.bottom - spot.h * (1 - ink.top), inkH = spot.h * (ink.bottom - ink.top);
  const tail = spot.x + dir * spot.w * ((spot.flip ? 1 - ink.left : ink.right) - 0.5);
  let d = '';
  for (const [f, gap, len] of [[0.2, 0.04, 0.3], [0.45, 0.08, 0.45], [0.7, 0.03, 0.35]] as const) {
    d += `M${fmt(tail + dir * spot.w * gap)} ${fmt(top + inkH * f)}h${fmt(dir * spot.w * len)}`;
  }
  composition.c.line(d, '#ffffff', Math.max(1, inkH * 0.06), { layer: 'fg', bare: true, opacity: 0.8 });
}

/** Puffs of dust kicked up behind a running animal's hind feet. */
function dust(composition: Composition, spot: Spot): void {
  const dir = spot.flip ? -1 : 1;
  for (const [dx, r, o] of [[0.32, 0.07, 0.55], [0.46, 0.055, 0.45], [0.58, 0.04, 0.35]] as const) {
    composition.c.circle(spot.x + dir * spot.w * dx, spot.bottom - spot.h * r * 0.8, spot.h * r, '#e8dcc4', { layer: 'fg', bare: true, opacity: o });
  }
}

/** A feathered wing on a flier's back: the far one (1) drawn behind it, the near one (0) over it. */
function wing(composition: Composition, spot: Spot, far: 0 | 1): void {
  const dir = spot.flip ? -1 : 1;
  const x = spot.x + dir * spot.w * (0.02 + far * 0.1), y = spot.bottom - spot.h * 0.62;
  const s = spot.h * (far ? 0.34 : 0.4);
  const p = (u: number, v: number) => `${fmt(x + dir * s * u)} ${fmt(y - s * v)}`;
  const d = `M${p(0, 0)}Q${p(0.1, 0.9)} ${p(0.95, 1.05)}Q${p(0.9, 0.7)} ${p(0.75, 0.6)}Q${p(0.85, 0.35)} ${p(0.5, 0.3)}Q${p(0.55, 0.05)} ${p(0.15, -0.05)}Z`;
  composition.c.path(d, far ? '#dfe6ee' : '#ffffff', { layer: 'fg', extra: `stroke="#b8c4d2" stroke-width="${fmt(Math.max(1, s * 0.03))}" stroke-linejoin="round"` });
}

/** Draw the seat filling the spot's width; returns the spot the animal sits in, on the cushion. */
function drawPetSeat(composition: Composition, seat: Thing, spot: Spot): Spot {
  const seatH = spot.h / PET_STACK;
  composition.drawThing(seat, { ...spot, h: seatH, w: spot.w, flip: false });
  const h = seatH * 0.78;
  const aspect = composition.aspectOf(composition.main?.thing ?? seat);
  return { x: spot.x, bottom: spot.bottom - seatH * 0.42, w: h * aspect, h, flip: spot.flip };
}

/** Wheels that ride along: speed lines trail behind them (docs/local-engine.md, "Size and pose"). */
const WHEELS = new Set(['bicycle', 'motorcycle', 'motor-scooter', 'kick-scooter', 'skateboard', 'racing-car', 'automobile']);

function drawRider(composition: Composition, main: Subject, mount: Thing, spot: Spot): void {
  const mountH = spot.h * MOUNT_SHARE;
  if (WHEELS.has(mount.key)) speedLines(composition.c, spot.x + mountH * composition.aspectOf(mount) * 0.42, spot.bottom, mountH);
  composition.drawThing(mount, { ...spot, h: mountH, w: mountH * composition.aspectOf(mount) }, undefined);
  const riderH = spot.h * 0.5;
  composition.drawThing(main.thing, { x: spot.x - mountH * 0.05, bottom: spot.bottom - mountH * 0.55, w: riderH, h: riderH, flip: false }, main.color?.hex);
}
