// A picture being composed: the canvas, the stage and placer, what has been drawn so far, and the
// draw items that are painted back to front once every placement is decided.
import type { Canvas } from '../paint/canvas.js';
import type { Drawn } from './describe.js';
import type { IconBook } from '../paint/icons.js';
import { Placer, type Spot } from './placer.js';
import type { Rect, Stage } from '../paint/stage.js';
import type { QuotedText, ScenePlan, Subject } from '../plan/scene-plan.js';
import { thingOf, type Thing } from '../read/things.js';
import type { Rng } from '../paint/prng.js';
import { drawProc, PROC_ASPECT, PROC_STRETCH } from '../paint/props/props.js';
import { unitHeight } from '../paint/backdrops/sky.js';
import { iconInk } from '../paint/icon-art.js';
import { drawChimneySmoke, drawLitWindow, drawSnowCaps, hasLitWindow, hasSnowCaps } from '../paint/icon-extras.js';

export interface DrawItem {
  /** Painting order: further back first (usually the y of the thing's base). */
  z: number;
  draw: () => void;
}

/** The main subject's own table: its top, and where the main subject stands on it. */
export interface TableSpot {
  x: number;
  top: number;
  w: number;
  z: number;
  mainLeft: number;
  mainRight: number;
}

export interface TableItem {
  name: string;
  size: number;
  recolor?: string;
  label?: string;
}

/** Where one drawn thing's paint is, for checking a composition (what it is, its part, its box). */
export interface Placed {
  what: string;
  role: 'main' | 'prop' | 'decor' | 'support';
  box: Rect;
}

export const MAX_INSTANCES = 12;
export const CELESTIAL = new Set(['sun', 'sun-with-face', 'crescent-moon', 'full-moon', 'full-moon-face']);
// Pictures with words or a fixed orientation that must not be mirrored.
const NO_FLIP = new Set(['framed-picture', 'books', 'closed-book', 'mantelpiece-clock', 'desktop-computer', 'laptop', 'television', 'globe-showing-americas', 'globe-showing-europe-africa', 'newspaper']);

export class Composition {
  readonly drawn: Drawn = { main: undefined, props: [], texts: [] };
  mainRect: Rect | undefined;
  readonly items: DrawItem[] = [];
  readonly placer: Placer;
  /** The stage's default main-subject height, the yardstick for decorations. */
  readonly unit: number;
  /** Height of one main subject, the yardstick for props. */
  mainHeight: number;
  mainSize = 0.75;
  /** Nothing may stand above this line (banners and titles are over it). */
  topLimit: number;
  tableSpot: TableSpot | undefined;
  /** Props drawn as part of something else (the table the main subject stands on). */
  readonly consumed = new Set<Subject>();
  /** Things the main subject holds but its picture has no hands for: they stand beside it. */
  readonly besideMain: Subject[] = [];
  /** The main subject's box in the placer, which background decorations may stand behind. */
  mainTaken: Rect | undefined;
  tableItems: TableItem[] = [];
  readonly placardText: QuotedText | undefined;
  headBox: { x: number; y: number; size: number } | undefined;
  /** Every grounded or placed thing's painted box, in drawing order of placement. */
  readonly layout: Placed[] = [];

  constructor(
    readonly c: Canvas,
    readonly icons: IconBook,
    readonly stage: Stage,
    readonly plan: ScenePlan,
    readonly rng: Rng,
    /** The backdrop already drew the prompt's sun or moon in its sky. */
    readonly celestialDrawn: boolean,
  ) {
    this.placer = new Placer(stage, rng.fork('place'));
    this.unit = unitHeight(stage);
    this.mainHeight = this.unit;
    this.topLimit = stage.H * 0.03;
    this.placardText = plan.texts.find((t) => t.carrier === 'placard');
  }

  get main(): Subject | undefined {
    return this.plan.subjects.find((s) => s.role === 'main');
  }

  /** Draw a thing in its spot; `turn` rotates an emoji about its centre (degrees). */
  drawThing(thing: Thing, spot: Spot, color?: string, turn?: number): void {
    const recolor = color ?? thing.tint;
    if (thing.proc) {
      drawProc(this.c, thing.proc, spot.x, spot.bottom, spot.h, { rng: this.rng.fork(`${thing.proc}${Math.round(spot.x)}`), layer: 'fg', lit: this.plan.time === 'night' || this.plan.time === 'sunset' || this.plan.lighting.includes('warm'), ...(recolor ? { color: recolor } : {}) }, spot.w);
    } else if (thing.icon) {
      const flip = spot.flip && !NO_FLIP.has(thing.icon);
      this.icons.draw(thing.icon, spot.x, spot.bottom, spot.h, { layer: 'fg', flip, ...(recolor ? { recolor } : {}), ...(turn ? { rotate: turn } : {}) });
      if (turn) return;
      const box = { cx: spot.x, bottom: spot.bottom, h: spot.h, flip };
      // Snow on a tree's crown in a snowy scene; a house's window lit at night or when asked.
      if (this.plan.snowy && hasSnowCaps(thing.icon)) drawSnowCaps(this.c, thing.icon, box);
      if (hasLitWindow(thing.icon) && (this.plan.litWindow || this.plan.time === 'night')) drawLitWindow(this.c, box);
      if (hasLitWindow(thing.icon) && this.plan.chimneySmoke) drawChimneySmoke(this.c, box);
    }
  }

  /**
   * The spot lowered so the emoji's painted bottom (its feet, wheels, pot), not the empty margin
   * under it, stands on the spot's base line: a train on the bridge's deck, a dog on the floor.
   */
  settle(thing: Thing, spot: Spot): Spot {
    if (!thing.icon) return spot;
    return { ...spot, bottom: spot.bottom + (1 - iconInk(thing.icon).bottom) * spot.h };
  }

  /** Records where a thing's paint is (its icon's inked part of the spot, or all of it). */
  record(what: string, role: Placed['role'], thing: Thing | undefined, spot: Spot): void {
    const ink = thing?.icon ? iconInk(thing.icon) : { left: 0, top: 0, right: 1, bottom: 1 };
    const x0 = spot.x - spot.w / 2, y0 = spot.bottom - spot.h;
    const [l, r] = spot.flip ? [1 - ink.right, 1 - ink.left] : [ink.left, ink.right];
    this.layout.push({ what, role, box: { x: x0 + l * spot.w, y: y0 + ink.top * spot.h, w: (r - l) * spot.w, h: (ink.bottom - ink.top) * spot.h } });
  }

  /** A thing at a spot, painted in depth order; on the ground with a shadow. */
  addThingItem(thing: Thing, at: Spot, recolor: string | undefined, grounded: boolean, role: Placed['role'] = 'prop'): void {
    const z = grounded ? at.bottom : thing.place === 'wall' ? -0.5 : -0.8;
    const spot = grounded ? this.settle(thing, at) : at;
    this.record(thing.label, role, thing, spot);
    this.items.push({
      z,
      draw: () => {
        if (grounded) this.shadow(at);
        this.drawThing(thing, spot, recolor);
      },
    });
  }

  shadow(spot: Spot): void {
    const c = this.c;
    c.ellipse(spot.x, spot.bottom - spot.h * 0.01, spot.w * 0.42, Math.max(spot.h * 0.05, c.u * 0.4), c.radial([[0, '#000000', 0.28], [1, '#000000', 0]]), { bare: true });
  }

  aspectOf(thing: Thing): number {
    const stretch = thing.proc ? PROC_STRETCH[thing.proc] : undefined;
    if (stretch) return Math.min(stretch[1], Math.max(stretch[0], this.stage.aspect * 0.9));
    if (thing.proc) return PROC_ASPECT[thing.proc];
    return thing.icon ? this.icons.aspect(thing.icon) : 1;
  }

  drawAll(): void {
    this.items.sort((a, b) => a.z - b.z);
    for (const item of this.items) item.draw();
  }
}

/** A decoration's picture, by emoji name or `proc:<kind>`. */
export function thingForKey(key: string): Thing {
  return thingOf(key, (key.startsWith('proc:') ? key.slice(5) : key).replace(/-/g, ' '));
}
