// Scene plan + size + seed → one SVG document at the output size, and a line saying what it shows.
import { LAND_PAINTERS } from './backdrop-lands.js';
import { ROOM_PAINTERS } from './backdrop-rooms.js';
import { unitHeight, type Backdrop, type BackdropContext, type DecorSpec } from './backdrop-sky.js';
import { Canvas } from './canvas.js';
import { describeScene, type Drawn } from './describe.js';
import { farFog, lightingOverlays, styleFinish } from './effects.js';
import { drawCharacter, drawIconExtras, figureSpec } from './figure.js';
import { createGrade, type ReferencePalette } from './grade.js';
import { IconBook } from './icons.js';
import { groundY, Placer, stageFor, type Rect, type Spot, type Stage } from './layout.js';
import { SIZE_SCALE } from './lexicon-scene.js';
import type { ProcKind } from './lexicon-things.js';
import type { QuotedText, ScenePlan, Subject, Thing } from './scene-plan.js';
import { headVariant, thingOf } from './things.js';
import { createRng, hashString, type Rng } from './prng.js';
import { drawProc, PROC_ASPECT } from './props.js';
import { carrierAspect, drawCarrier } from './signs.js';

export interface ComposeInput {
  plan: ScenePlan;
  width: number;
  height: number;
  seed: number;
  palette?: ReferencePalette;
}

export interface Composition {
  svg: string;
  description: string;
}

interface DrawItem {
  z: number;
  draw: () => void;
}

const MAX_INSTANCES = 12;
const SEATED_ROOMS = new Set(['study', 'library', 'living-room']);
const CELESTIAL = new Set(['sun', 'sun-with-face', 'crescent-moon', 'full-moon', 'full-moon-face']);
const VEHICLES = new Set(['automobile', 'taxi', 'bus', 'racing-car', 'police-car', 'delivery-truck', 'motorcycle', 'fire-engine', 'ambulance']);

export function composeScene(input: ComposeInput): Composition {
  const { plan, width: W, height: H } = input;
  const paletteKey = input.palette ? input.palette.colors.map((c) => c.join(',')).join(';') : '';
  const rng = createRng(hashString(`${plan.prompt}|${input.seed}|${paletteKey}`));
  const grade = createGrade({ time: plan.time, lighting: plan.lighting, style: plan.style, vintageDecor: plan.vintageDecor, ...(input.palette ? { palette: input.palette } : {}) });
  const c = new Canvas(W, H, { style: plan.style, grade });
  const icons = new IconBook(c);
  const stage = stageFor(plan.setting, W, H, plan.lunar);
  const night = plan.time === 'night';
  const ctx: BackdropContext = { c, icons, stage, rng: rng.fork('backdrop'), plan, night };
  const painter = ROOM_PAINTERS[plan.setting] ?? LAND_PAINTERS[plan.setting]!;
  const backdrop: Backdrop = painter(ctx);
  if (plan.lighting.includes('foggy')) farFog(c, stage);

  const scene = new SceneBuilder(c, icons, stage, plan, rng, ctx.drewCelestial === true);
  scene.reserveTopTexts();
  scene.placeMain();
  scene.placeTexts(backdrop);
  scene.placeProps();
  scene.placeDecor(backdrop.decor);
  scene.drawAll();
  lightingOverlays(c, plan, stage, scene.mainRect, rng.fork('light'));
  styleFinish(c, plan, stage, rng.fork('finish'));
  return { svg: c.toSvg(), description: describeScene(plan, scene.drawn, input.palette !== undefined) };
}

class SceneBuilder {
  readonly drawn: Drawn = { main: undefined, props: [], texts: [] };
  mainRect: Rect | undefined;
  private readonly items: DrawItem[] = [];
  private readonly placer: Placer;
  private readonly unit: number;
  private mainHeight: number;
  private mainSize = 0.75;
  private topLimit: number;
  private tableSpot: { x: number; top: number; w: number; z: number; mainLeft: number; mainRight: number } | undefined;
  /** Props drawn as part of something else (the table the main subject stands on). */
  private readonly consumed = new Set<Subject>();
  /** The main subject's box in the placer, which background decorations may stand behind. */
  private mainTaken: Rect | undefined;
  private tableItems: { name: string; size: number; recolor?: string; label?: string }[] = [];
  private placardText: QuotedText | undefined;
  private headBox: { x: number; y: number; size: number } | undefined;
  private readonly rugUnderMain: boolean;

  constructor(
    private readonly c: Canvas,
    private readonly icons: IconBook,
    private readonly stage: Stage,
    private readonly plan: ScenePlan,
    private readonly rng: Rng,
    /** The backdrop already drew the prompt's sun or moon in its sky. */
    private readonly celestialDrawn: boolean,
  ) {
    this.placer = new Placer(stage, rng.fork('place'));
    this.unit = unitHeight(stage);
    this.mainHeight = this.unit;
    this.topLimit = stage.H * 0.03;
    this.rugUnderMain = stage.kind === 'room';
    this.placardText = plan.texts.find((t) => t.carrier === 'placard');
  }

  private get main(): Subject | undefined {
    return this.plan.subjects.find((s) => s.role === 'main');
  }

  /** Banners and titles go across the top; the main subject must stay below them. */
  reserveTopTexts(): void {
    const { W, H } = this.stage;
    for (const t of this.plan.texts.filter((x) => x.carrier === 'banner' || x.carrier === 'title')) {
      const h = Math.min(H * 0.16, (W * 0.7) / carrierAspect(t.carrier, t.text));
      const w = Math.min(W * 0.8, h * carrierAspect(t.carrier, t.text));
      const y = this.topLimit + H * (t.carrier === 'banner' ? 0.05 : 0.01);
      const rect = { x: (W - w) / 2, y, w, h };
      this.placer.take(rect);
      this.topLimit = y + h + H * 0.03;
      this.items.push({ z: 1e9, draw: () => drawCarrier(this.c, t.carrier, t.text, rect) });
      this.drawn.texts.push(t);
    }
  }

  placeMain(): void {
    const named = this.main;
    const { W, H, aspect } = this.stage;
    if (!named) return;
    if (this.celestialDrawn && CELESTIAL.has(named.thing.key)) {
      this.drawn.main = { subject: named, count: 1, wore: [], held: [] };
      return;
    }
    const thing = named.thing;
    const needsBody = thing.head || named.wearing.length > 0 || named.holding.length > 0 || named.seatedOn !== undefined || this.placardText !== undefined;
    const headThing = needsBody && thing.animate && !named.riding ? headVariant(thing) : undefined;
    const head = headThing?.head ? headThing : undefined;
    // A character alone in a study, library or living room sits in an armchair.
    const main: Subject = head && !named.seatedOn && named.count === 1 && SEATED_ROOMS.has(this.plan.setting)
      ? { ...named, seatedOn: thingForKey('proc:armchair') }
      : named;
    const iconAspect = this.aspectOf(main.riding ?? thing);
    const spec = figureSpec(main, head, iconAspect);
    const count = head ? Math.min(main.count, 4) : Math.min(main.count, MAX_INSTANCES);
    const floating = this.stage.kind === 'float' || thing.place === 'sky' || (thing.place === 'swim' && this.plan.setting === 'underwater');
    // Several of the main subject share the stage: each smaller, side by side.
    const across = count === 1 ? 1 : Math.min(count, aspect > 1.5 ? count : Math.ceil(count / (count > 4 ? 2 : 1)));
    const rows = Math.ceil(count / across);
    const groupScale = count === 1 ? 1 : floating ? Math.max(0.3, 0.95 / Math.sqrt(count)) : Math.max(0.32, 1 / (0.55 + 0.45 * across) / (rows > 1 ? 1.25 : 1));
    const sizeScale = { tiny: 0.72, small: 0.85, normal: 1, large: 1.1, huge: 1.2 }[main.size];
    // Room for the props the prompt names beside the main subject.
    const propCount = this.plan.subjects.filter((s) => s.role === 'prop' && s.thing.place !== 'sky' && s.thing.place !== 'wall').length;
    const propInstances = this.plan.subjects.filter((s) => s.role === 'prop' && s.thing.place === 'ground').reduce((n, s) => n + Math.min(s.count, 3), 0);
    const crowd = 1 / (1 + (aspect < 1.3 ? 0.3 : 0.14) * Math.min(3, Math.max(propCount, propInstances / 2)));
    let h = Math.min(H * (floating ? 0.5 : 0.64), (W * (aspect < 1 ? 0.86 : 0.62) * crowd) / spec.aspect) * sizeScale;
    if (thing.place === 'table' && !floating) h *= 0.7;
    // Objects that belong on a table stand on one, indoors: the prompt's own table if it names one.
    const onTable = thing.place === 'table' && !floating && this.stage.kind === 'room' && this.plan.setting !== 'studio';
    const tableBottom = groundY(this.stage, 0.9);
    const tableH = Math.min(H * 0.3, (tableBottom - this.topLimit) * 0.42);
    // Things that fly sit high in a landscape's sky; in space or underwater, in the middle.
    const floatCentre = this.stage.kind === 'float' ? H * 0.52 : Math.max(this.topLimit + H * 0.02, this.stage.horizon * 0.5);
    const bottomFor = (hh: number) => (onTable ? tableBottom - tableH * 0.98 : floating ? Math.min(H * 0.97, floatCentre + hh / 2) : groundY(this.stage, this.stage.kind === 'room' ? 0.8 : 0.78));
    let bottom = bottomFor(h);
    const available = bottom - this.topLimit;
    if (h > available) h = available;
    this.mainSize = thing.size;
    const unitH = h * groupScale;
    // Props are sized against one of the main subjects, not the whole group.
    this.mainHeight = unitH;
    const w = unitH * spec.aspect;
    const wide = aspect >= 1.3 && count === 1;
    const centerX = wide ? W * (this.rng.chance(0.5) ? 0.42 : 0.58) : W * this.rng.range(0.47, 0.53);
    const spacing = w * 1.08;
    const rowStep = unitH * 0.6;
    const instances: Spot[] = [];
    const scattered = floating && count > 1;
    if (scattered) {
      // A loose school or flock: free spots around the middle rather than a grid.
      const zone = this.stage.kind === 'float' ? 'float' : 'sky';
      for (let i = 0; i < count; i++) {
        const spot = this.placer.place({ zone, height: unitH, aspect: spec.aspect, nearX: centerX, minScale: 0.55 });
        if (spot) instances.push(spot);
      }
    }
    for (let i = 0; !scattered && i < count; i++) {
      const row = Math.floor(i / across), col = i % across;
      const inRow = Math.min(across, count - row * across);
      const x = centerX + (col - (inRow - 1) / 2) * spacing + (row % 2) * spacing * 0.3;
      // Every other one a step back and a little smaller, so a group has depth rather than a row.
      const back = count > 1 && !floating && col % 2 === 1 ? 1 : 0;
      const s = back ? 0.86 : 1;
      const b = (floating ? bottom : bottomFor(unitH)) - (rows - 1 - row) * rowStep - back * unitH * 0.1;
      instances.push({ x: Math.min(W - (w * s) / 2, Math.max((w * s) / 2, x)), bottom: b, w: w * s, h: unitH * s, flip: i % 2 === 1 });
    }
    if (!instances.length) instances.push({ x: centerX, bottom, w, h: unitH, flip: false });
    bottom = Math.max(...instances.map((s) => s.bottom));
    const left = Math.min(...instances.map((s) => s.x - s.w / 2));
    const right = Math.max(...instances.map((s) => s.x + s.w / 2));
    const top = Math.min(...instances.map((s) => s.bottom - s.h));
    this.mainRect = { x: left, y: top, w: right - left, h: bottom - top };
    if (!scattered) {
      this.mainTaken = { x: left - W * 0.01, y: top, w: right - left + W * 0.02, h: bottom - top };
      this.placer.take(this.mainTaken);
    }

    // On the open sea, something that cannot float stands on a rocky islet.
    if (this.plan.setting === 'ocean' && !floating && thing.place !== 'water' && thing.place !== 'swim') {
      const iw = Math.min(W * 0.95, (right - left) * 1.8), ih = iw * 0.16;
      this.items.push({
        z: bottom - 0.2,
        draw: () => {
          this.c.ellipse((left + right) / 2, bottom + ih * 0.1, iw / 2, ih / 2, this.c.linear([[0, '#8a8d94'], [1, '#5d6068']]));
          this.c.ellipse((left + right) / 2, bottom - ih * 0.05, iw * 0.36, ih * 0.22, '#e6cf9a', { bare: true });
        },
      });
    }
    if (this.rugUnderMain && !floating && !onTable) {
      const rugW = Math.min(W * 0.9, (right - left) * 1.5);
      this.items.push({ z: -1, draw: () => drawProc(this.c, 'rug', (left + right) / 2, bottom + rugW * 0.09, rugW * 0.2, { rng: this.rng, layer: 'bg', color: this.rng.pick(['#8e3b35', '#2b4a6b', '#6b4a2b']) }, rugW) });
    }
    const mainWore: string[] = [];
    const mainHeld: string[] = [];
    instances.forEach((spot, i) => {
      this.items.push({
        z: onTable ? tableBottom + 0.1 : spot.bottom + 0.5,
        draw: () => {
          if (!floating) this.shadow(spot);
          if (spec.mode === 'character' && head) {
            const result = drawCharacter(this.c, this.icons, main, head, spec, spot.x, spot.bottom, spot.h, this.rng.fork(`char${i}`), {
              vintage: this.plan.vintageDecor || this.plan.style === 'vintage', placardText: i === 0 && this.placardText !== undefined, flip: spot.flip && count > 1,
            });
            if (i === 0) {
              this.headBox = result.head;
              mainWore.push(...result.wore);
              mainHeld.push(...result.held);
              if (result.placard && this.placardText) drawCarrier(this.c, 'placard', this.placardText.text, result.placard);
            }
          } else if (spec.mode === 'rider' && main.riding) {
            this.drawRider(main, main.riding, spot);
            if (i === 0) this.headBox = { x: spot.x - spot.h * 0.2, y: spot.bottom - spot.h, size: spot.h * 0.4 };
          } else {
            this.drawThing(thing, spot, main.color?.hex);
            if (thing.icon) {
              const extras = drawIconExtras(this.c, this.icons, main, thing.icon, spot.x, spot.bottom, spot.h, this.rng.fork(`extra${i}`));
              if (i === 0) {
                mainWore.push(...extras.wore);
                mainHeld.push(...extras.held);
              }
            }
            if (i === 0) this.headBox = { x: spot.x - spot.w / 2, y: spot.bottom - spot.h, size: Math.min(spot.w, spot.h) };
          }
        },
      });
    });
    this.drawn.main = { subject: main, count: instances.length, wore: mainWore, held: mainHeld, riding: spec.mode === 'rider' ? main.riding?.label : undefined };
    if (main.seatedOn && spec.seated) this.drawn.seat = main.seatedOn.label;
    if (onTable) {
      const named = this.plan.subjects.find((s) => s.role === 'prop' && (s.thing.proc === 'table' || s.thing.proc === 'desk'));
      if (named) this.consumed.add(named);
      const kind: ProcKind = named?.thing.proc ?? 'table';
      const tw = Math.min(W * 0.94, (right - left) * 1.6 + unitH * 1.4);
      const tx = Math.min(W - tw / 2, Math.max(tw / 2, (left + right) / 2));
      const color = named?.color?.hex;
      this.items.push({
        z: tableBottom - 0.1,
        draw: () => {
          this.shadow({ x: tx, bottom: tableBottom, w: tw, h: tableH, flip: false });
          drawProc(this.c, kind, tx, tableBottom, tableH, { rng: this.rng, layer: 'bg', ...(color ? { color } : {}) }, tw);
        },
      });
      this.placer.take({ x: tx - tw / 2, y: tableBottom - tableH, w: tw, h: tableH });
      this.tableSpot = { x: tx, top: tableBottom - tableH, w: tw, z: tableBottom, mainLeft: left, mainRight: right };
      this.drawn.support = named ? named.label : 'table';
    }
  }

  placeTexts(backdrop: Backdrop): void {
    const { W, H } = this.stage;
    let board = backdrop.board;
    for (const t of this.plan.texts) {
      if (t.carrier === 'banner' || t.carrier === 'title') continue;
      if (t.carrier === 'chalkboard' && board) {
        // The room's own chalkboard carries the words.
        const r = board;
        this.items.push({ z: -0.5, draw: () => drawCarrier(this.c, 'chalkboard', t.text, r) });
        this.drawn.texts.push(t);
        board = undefined;
        continue;
      }
      if (t.carrier === 'placard' && this.main) {
        this.drawn.texts.push(t);
        continue;
      }
      if (t.carrier === 'speech' && this.mainRect) {
        const aspect = carrierAspect('speech', t.text);
        const h = Math.min(H * 0.18, this.mainRect.h * 0.35, (W * 0.42) / aspect);
        const spot = this.placeNearHead(h, aspect);
        if (spot) {
          const tail = { x: this.mainRect.x + this.mainRect.w / 2, y: this.mainRect.y + this.mainRect.h * 0.15 };
          this.items.push({ z: 1e9, draw: () => drawCarrier(this.c, 'speech', t.text, spot, this.headBox ? { x: this.headBox.x + this.headBox.size / 2, y: this.headBox.y + this.headBox.size * 0.35 } : tail) });
          this.drawn.texts.push(t);
        }
        continue;
      }
      const aspect = carrierAspect(t.carrier, t.text);
      const indoor = this.stage.kind === 'room';
      const onWall = indoor || t.carrier === 'neon' || t.carrier === 'poster' || t.carrier === 'chalkboard';
      // With no subject, the words are the picture: larger and near the middle.
      const hero = !this.main;
      if (onWall) {
        const h = hero
          ? Math.min(this.stage.horizon * (t.carrier === 'poster' ? 0.7 : 0.5), (W * 0.75) / aspect)
          : Math.min(this.stage.horizon * (t.carrier === 'poster' ? 0.42 : 0.3), (W * 0.6) / aspect);
        const spot = this.placer.place({ zone: this.stage.kind === 'float' ? 'float' : 'wall', height: h, aspect, minScale: 0.4, ...(hero ? { nearX: W / 2 } : {}) });
        if (spot) {
          const rect = { x: spot.x - spot.w / 2, y: spot.bottom - spot.h, w: spot.w, h: spot.h };
          this.items.push({ z: -0.5, draw: () => drawCarrier(this.c, t.carrier === 'placard' ? 'sign' : t.carrier, t.text, rect) });
          this.drawn.texts.push(t);
        }
        continue;
      }
      // Outdoors: a signboard on two posts, standing near the main subject.
      const h = hero ? Math.min(this.unit * 0.8, (W * 0.7) / PROC_ASPECT.sign) : Math.min(this.mainHeight * 0.75, (W * 0.45) / PROC_ASPECT.sign);
      const spot = this.placer.place({ zone: 'ground', height: h, aspect: Math.max(PROC_ASPECT.sign, aspect * 0.62 / 0.86), nearX: this.mainRect ? this.mainRect.x + this.mainRect.w / 2 : W / 2, depth: [0.45, 1], minScale: 0.5 });
      if (spot) {
        this.items.push({
          z: spot.bottom,
          draw: () => {
            this.shadow(spot);
            drawProc(this.c, 'sign', spot.x, spot.bottom, spot.h, { rng: this.rng, layer: 'fg' }, spot.w);
            const inset = spot.h * 0.05;
            drawCarrier(this.c, 'placard', t.text, { x: spot.x - spot.w / 2 + inset, y: spot.bottom - spot.h + inset, w: spot.w - inset * 2, h: spot.h * 0.62 - inset * 2 });
          },
        });
        this.drawn.texts.push(t);
      }
    }
  }

  private placeNearHead(h: number, aspect: number): Rect | undefined {
    const { W, H } = this.stage;
    const m = this.mainRect!;
    const w = h * aspect;
    const candidates = [
      { x: m.x + m.w * 0.75, y: m.y - h * 0.6 },
      { x: m.x - w + m.w * 0.25, y: m.y - h * 0.6 },
      { x: m.x + m.w, y: m.y },
      { x: m.x - w, y: m.y },
      { x: m.x + m.w / 2 - w / 2, y: m.y - h * 1.1 },
    ];
    for (const p of candidates) {
      const r = { x: Math.min(W - w - W * 0.02, Math.max(W * 0.02, p.x)), y: Math.min(H - h, Math.max(H * 0.02, p.y)), w, h };
      if (this.placer.fits(r, 0)) {
        this.placer.take(r);
        return r;
      }
    }
    // No free room: over the top-left corner of the picture.
    const r = { x: W * 0.03, y: H * 0.03, w: Math.min(w, W * 0.5), h: Math.min(h, (W * 0.5) / aspect) };
    return r;
  }

  placeProps(): void {
    const props = this.plan.subjects.filter((s) => s.role === 'prop' && !this.consumed.has(s));
    for (const p of props) {
      if (this.celestialDrawn && CELESTIAL.has(p.thing.key)) {
        this.drawn.props.push({ subject: p, count: 1 });
        continue;
      }
      const drawnCount = this.placeSubject(p.thing, Math.min(p.count, MAX_INSTANCES), SIZE_SCALE[p.size], p.color?.hex);
      if (drawnCount > 0) this.drawn.props.push({ subject: p, count: drawnCount });
    }
  }

  placeDecor(decor: DecorSpec[]): void {
    const present = new Set(this.plan.subjects.map((s) => s.thing.key));
    // One kind of traffic: the prompt's cars replace the street's own.
    if (this.plan.subjects.some((s) => VEHICLES.has(s.thing.key))) for (const v of VEHICLES) present.add(v);
    const widthFactor = Math.min(3, Math.max(0.5, this.stage.aspect));
    for (const d of decor) {
      if (present.has(d.thing) || d.thing === 'proc:rug') continue;
      if (d.zone === 'table') {
        if (this.stage.kind === 'room') this.tableItems.push({ name: d.thing, size: d.size });
        continue;
      }
      const thing = thingForKey(d.thing);
      // Outdoors, wide pictures get more trees and flowers; rooms keep their furniture.
      const count = d.zone === 'ground' && this.stage.kind !== 'room' ? Math.max(1, Math.round(d.count * widthFactor)) : d.count;
      this.placeDecorThing(thing, count, d);
    }
    this.placeSideTable();
  }

  private placeDecorThing(thing: Thing, count: number, d: DecorSpec): void {
    const aspect = this.aspectOf(thing);
    const big = d.size >= 0.8;
    for (let i = 0; i < count; i++) {
      const spot = this.placer.place({
        zone: d.zone === 'table' ? 'ground' : d.zone,
        height: this.unit * d.size,
        aspect,
        spread: true,
        depth: d.depth ?? (big ? [0, 0.45] : [0.2, 1]),
        minScale: 0.55,
        ...(big && this.mainTaken ? { behind: this.mainTaken } : {}),
      });
      if (!spot) continue;
      this.addThingItem(thing, spot, undefined, d.zone !== 'sky' && d.zone !== 'float');
    }
  }

  /** Place `count` of a thing near the main subject; returns how many fitted. */
  private placeSubject(thing: Thing, count: number, sizeScale: number, recolor: string | undefined): number {
    const { kind } = this.stage;
    if (thing.place === 'table' && kind === 'room' && count <= 3) {
      // Described with the table they stand on, once it is placed.
      for (let i = 0; i < count; i++) this.tableItems.push({ name: thing.icon ?? `proc:${thing.proc}`, size: 0.22 * sizeScale, ...(recolor ? { recolor } : {}), label: thing.label });
      return 0;
    }
    // Several small things shrink to fit together; trees and houses keep their size.
    const ratio = Math.min(1.3, Math.max(0.22, thing.size / Math.max(0.2, this.mainSize))) / (thing.size < 1 ? Math.sqrt(Math.min(count, 4)) : 1);
    const zone = thing.place === 'sky' ? (kind === 'float' ? 'float' : 'sky')
      : thing.place === 'swim' && this.plan.setting === 'underwater' ? 'float'
      : thing.place === 'wall' && kind === 'room' ? 'wall'
      : kind === 'float' ? 'float' : 'ground';
    const reference = this.main ? this.mainHeight : this.unit;
    const airborne = zone === 'sky' || zone === 'float';
    // A fireplace or a bookcase stands against the back wall, behind the main subject if need be.
    const againstWall = kind === 'room' && (thing.proc === 'fireplace' || thing.proc === 'bookshelf' || thing.proc === 'piano');
    const height = (againstWall ? this.unit * (thing.proc === 'bookshelf' ? 0.9 : 0.6)
      : airborne ? Math.min(this.unit * 0.3, Math.max(this.unit * 0.1, reference * ratio * 0.6)) : reference * ratio) * sizeScale;
    const aspect = this.aspectOf(thing);
    let placed = 0;
    let nearX = this.mainRect ? this.mainRect.x + this.mainRect.w / 2 : undefined;
    for (let i = 0; i < count; i++) {
      const spot = this.placer.place({
        zone, height, aspect, ...(nearX !== undefined ? { nearX } : {}), depth: againstWall ? [0, 0.06] : [0.3, 1], minScale: 0.4,
        ...(againstWall && this.mainTaken ? { behind: this.mainTaken } : {}),
      });
      if (!spot) continue;
      if (i === 0) nearX = spot.x;
      this.addThingItem(thing, spot, recolor, zone === 'ground');
      placed++;
    }
    return placed;
  }

  private addThingItem(thing: Thing, spot: Spot, recolor: string | undefined, grounded: boolean): void {
    const z = grounded ? spot.bottom : thing.place === 'wall' ? -0.5 : -0.8;
    this.items.push({
      z,
      draw: () => {
        if (grounded) this.shadow(spot);
        this.drawThing(thing, spot, recolor);
      },
    });
  }

  /** A small table beside the main subject for cups, books and globes. */
  private placeSideTable(): void {
    if (!this.tableItems.length || !this.mainRect) return;
    if (this.tableSpot) {
      this.itemsBesideMain(this.tableSpot);
      return;
    }
    const items = this.tableItems.slice(0, 3);
    const th = Math.min(this.mainHeight * 0.45, this.stage.H * 0.3);
    const tw = th * 1.1;
    const spot = this.placer.place({ zone: 'ground', height: th / 0.9, aspect: tw / th * 0.9, nearX: this.mainRect.x + this.mainRect.w / 2, depth: [0.5, 0.95], minScale: 0.4 });
    if (!spot) return;
    const tableH = spot.h * 0.9;
    const tableW = spot.w;
    this.items.push({
      z: spot.bottom,
      draw: () => {
        this.shadow(spot);
        drawProc(this.c, 'table', spot.x, spot.bottom, tableH, { rng: this.rng, layer: 'bg' }, tableW);
        const top = spot.bottom - tableH;
        const slot = tableW / items.length;
        items.forEach((it, i) => {
          const size = Math.min(this.mainHeight * it.size * 1.6, slot * 0.95, spot.h * 0.6);
          const x = spot.x - tableW / 2 + slot * (i + 0.5);
          if (it.name.startsWith('proc:')) drawProc(this.c, it.name.slice(5) as ProcKind, x, top + size * 0.02, size, { rng: this.rng, layer: 'fg', lit: true });
          else this.icons.draw(it.name, x, top + size * 0.04, size, { layer: 'fg', ...(it.recolor ? { recolor: it.recolor } : {}) });
        });
      },
    });
    this.drawn.table = items.filter((i) => i.label).map((i) => i.label!);
  }

  /** Table things on the main subject's own table, left and right of it. */
  private itemsBesideMain(t: { x: number; top: number; w: number; z: number; mainLeft: number; mainRight: number }): void {
    const left = { from: t.x - t.w / 2, to: t.mainLeft };
    const right = { from: t.mainRight, to: t.x + t.w / 2 };
    const userItems = this.tableItems.filter((i) => i.label);
    const items = (userItems.length ? userItems : this.tableItems).slice(0, 2);
    const drawnLabels: string[] = [];
    const wider = right.to - right.from >= left.to - left.from ? right : left;
    const other = wider === right ? left : right;
    items.forEach((it, i) => {
      const side = i === 0 ? wider : other;
      const room = side.to - side.from;
      const size = Math.min(this.mainHeight * 0.7, room * 0.8);
      if (size < this.mainHeight * 0.2) return;
      const x = (side.from + side.to) / 2;
      if (it.label) drawnLabels.push(it.label);
      this.items.push({ z: t.z + 0.2, draw: () => this.icons.draw(it.name, x, t.top + size * 0.03, size, { layer: 'fg', ...(it.recolor ? { recolor: it.recolor } : {}) }) });
    });
    if (drawnLabels.length) this.drawn.table = drawnLabels;
    this.drawn.tableIsSupport = true;
  }

  private drawThing(thing: Thing, spot: Spot, recolor?: string): void {
    if (thing.proc) {
      drawProc(this.c, thing.proc, spot.x, spot.bottom, spot.h, { rng: this.rng.fork(`${thing.proc}${Math.round(spot.x)}`), layer: 'fg', lit: this.plan.time === 'night' || this.plan.time === 'sunset' || this.plan.lighting.includes('warm'), ...(recolor ? { color: recolor } : {}) }, spot.w);
    } else if (thing.icon) {
      this.icons.draw(thing.icon, spot.x, spot.bottom, spot.h, { layer: 'fg', flip: spot.flip && !NO_FLIP.has(thing.icon), ...(recolor ? { recolor } : {}) });
    }
  }

  private drawRider(main: Subject, mount: Thing, spot: Spot): void {
    const mountH = spot.h * 0.72;
    this.drawThing(mount, { ...spot, h: mountH, w: mountH * this.aspectOf(mount) }, undefined);
    const riderH = spot.h * 0.5;
    this.drawThing(main.thing, { x: spot.x - mountH * 0.05, bottom: spot.bottom - mountH * 0.55, w: riderH, h: riderH, flip: false }, main.color?.hex);
  }

  private shadow(spot: Spot): void {
    const c = this.c;
    c.ellipse(spot.x, spot.bottom - spot.h * 0.01, spot.w * 0.42, Math.max(spot.h * 0.05, c.u * 0.4), c.radial([[0, '#000000', 0.28], [1, '#000000', 0]]), { bare: true });
  }

  private aspectOf(thing: Thing): number {
    if (thing.proc) return PROC_ASPECT[thing.proc];
    return thing.icon ? this.icons.aspect(thing.icon) : 1;
  }

  drawAll(): void {
    this.items.sort((a, b) => a.z - b.z);
    for (const item of this.items) item.draw();
  }
}

// Pictures with words or a fixed orientation that must not be mirrored.
const NO_FLIP = new Set(['framed-picture', 'books', 'closed-book', 'mantelpiece-clock', 'desktop-computer', 'laptop', 'television', 'globe-showing-americas', 'globe-showing-europe-africa', 'newspaper']);

/** A decoration's picture, by emoji name or `proc:<kind>`. */
function thingForKey(key: string): Thing {
  return thingOf(key, (key.startsWith('proc:') ? key.slice(5) : key).replace(/-/g, ' '));
}
