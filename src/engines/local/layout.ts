// Where things go: the stage (floor line or horizon), perspective, and a placer that finds free
// spots so props never cover the main subject or each other.
import type { SettingKind } from './lexicon-settings.js';
import type { Rng } from './prng.js';

export interface Stage {
  W: number;
  H: number;
  /** Width / height. */
  aspect: number;
  kind: 'room' | 'land' | 'float';
  /** The floor line (rooms) or the horizon (landscapes); for floating scenes, the seabed or H. */
  horizon: number;
  /** Depths (0 at the horizon, 1 at the front edge) where things can stand: not in a lake or the sea. */
  land: [number, number];
  /** Depths of open water, where boats float (a beach's sea, a lake). */
  water?: [number, number];
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const FLOATING: ReadonlySet<SettingKind> = new Set<SettingKind>(['space', 'sky', 'underwater']);
const ROOMS: ReadonlySet<SettingKind> = new Set<SettingKind>([
  'study', 'living-room', 'bedroom', 'kitchen', 'office', 'library', 'cafe', 'classroom', 'studio', 'stage',
]);

/** Where a setting's water ends, as a fraction of the ground below the horizon. */
export const SHORE: Partial<Record<SettingKind, number>> = { beach: 0.3, lake: 0.5 };

export function stageFor(setting: SettingKind, W: number, H: number, lunar = false): Stage {
  const aspect = W / H;
  const all: [number, number] = [0, 1];
  if (FLOATING.has(setting) && !lunar) {
    return { W, H, aspect, kind: 'float', horizon: setting === 'underwater' ? H * (aspect < 0.5 ? 0.9 : 0.84) : H, land: all };
  }
  if (ROOMS.has(setting)) {
    // Tall pictures keep more wall for stacked shelves and frames; wide ones more floor.
    const f = aspect < 0.4 ? 0.74 : aspect < 0.8 ? 0.68 : aspect > 2.5 ? 0.66 : 0.64;
    return { W, H, aspect, kind: 'room', horizon: H * f, land: all };
  }
  const f = aspect < 0.4 ? 0.62 : aspect > 2.5 ? 0.6 : 0.58;
  const stage: Stage = { W, H, aspect, kind: 'land', horizon: H * (lunar ? 0.62 : f), land: all };
  if (setting === 'ocean') return { ...stage, water: all };
  const shore = SHORE[setting];
  if (shore === undefined) return stage;
  // The shore's depth: its y is a fraction of the ground, depths run to just above the bottom edge.
  const t = ((H - stage.horizon) * shore) / (H * 0.985 - stage.horizon);
  return { ...stage, land: [t + 0.04, 1], water: [0.02, t - 0.03] };
}

/** Depth 0 (at the horizon) … 1 (front edge) → the y of something's base. */
export function groundY(stage: Stage, t: number): number {
  return stage.horizon + (stage.H * 0.985 - stage.horizon) * t;
}

/** How much smaller things look at depth t than at the front edge. */
export function perspective(stage: Stage, t: number): number {
  return stage.kind === 'room' ? 0.62 + 0.38 * t : 0.42 + 0.58 * t;
}

/** A depth range kept within the stage's allowed one (all of it when they do not meet). */
function withinDepths(want: [number, number], allowed: [number, number]): [number, number] {
  const lo = Math.max(want[0], allowed[0]), hi = Math.min(want[1], allowed[1]);
  return lo < hi ? [lo, hi] : allowed;
}

export function overlaps(a: Rect, b: Rect, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

export interface Spot {
  /** Bottom centre. */
  x: number;
  bottom: number;
  w: number;
  h: number;
  flip: boolean;
}

export type Zone = 'ground' | 'sky' | 'wall' | 'float';

export interface PlaceRequest {
  zone: Zone;
  /** Height at the front edge (ground) or as is (sky, wall, float). */
  height: number;
  aspect: number;
  /** Prefer spots near this x (a prop that belongs with the main subject). */
  nearX?: number;
  /** Allowed depth range on the ground. */
  depth?: [number, number];
  /** Spread out: prefer spots far from everything already placed. */
  spread?: boolean;
  /** Minimum acceptable scale when shrinking to fit. */
  minScale?: number;
  /** May stand behind this box (partly hidden by it) when clearly further back. */
  behind?: Rect;
  /** Floats on the stage's water rather than standing on its land. */
  onWater?: boolean;
}

/** Keeps the boxes taken so far and finds free spots by seeded sampling. */
export class Placer {
  readonly taken: Rect[] = [];

  constructor(private readonly stage: Stage, private readonly rng: Rng) {}

  take(r: Rect): void {
    this.taken.push(r);
  }

  fits(r: Rect, margin: number, behind?: Rect): boolean {
    const { W, H } = this.stage;
    if (r.x < W * 0.01 || r.x + r.w > W * 0.99 || r.y < H * 0.01 || r.y + r.h > H * 0.995) return false;
    // Something clearly further back may be partly hidden by the box it stands behind.
    const back = behind && r.y + r.h < behind.y + behind.h - H * 0.06;
    return !this.taken.some((t) => (back && t === behind ? false : overlaps(r, t, margin)));
  }

  place(req: PlaceRequest): Spot | undefined {
    const { W, H } = this.stage;
    const margin = Math.min(W, H) * 0.008;
    for (let scale = 1; scale >= (req.minScale ?? 0.45); scale *= 0.82) {
      let best: Spot | undefined;
      let bestScore = -Infinity;
      for (let n = 0; n < 48; n++) {
        const spot = this.sample(req, scale);
        if (!spot) continue;
        const rect = { x: spot.x - spot.w / 2, y: spot.bottom - spot.h, w: spot.w, h: spot.h };
        if (!this.fits(rect, margin, req.behind)) continue;
        const score = this.score(req, spot, rect) + this.rng.next() * 0.05;
        if (score > bestScore) [best, bestScore] = [spot, score];
      }
      if (best) {
        this.take({ x: best.x - best.w / 2, y: best.bottom - best.h, w: best.w, h: best.h });
        return best;
      }
    }
    return undefined;
  }

  private sample(req: PlaceRequest, scale: number): Spot | undefined {
    const { H } = this.stage;
    const flip = this.rng.chance(0.5);
    if (req.zone === 'ground') {
      const [t0, t1] = withinDepths(req.depth ?? [0.05, 1], (req.onWater ? this.stage.water : undefined) ?? this.stage.land);
      const t = this.rng.range(t0, t1);
      const h = req.height * perspective(this.stage, t) * scale;
      const w = h * req.aspect;
      return { x: this.sampleX(w), bottom: groundY(this.stage, t), w, h, flip };
    }
    const h = req.height * scale;
    const w = h * req.aspect;
    const top = req.zone === 'float' ? 0 : H * 0.03;
    const floor = req.zone === 'float' ? this.stage.horizon : this.stage.horizon - H * (req.zone === 'wall' ? 0.05 : 0.04);
    if (floor - top < h) return undefined;
    const bottom = this.rng.range(top + h, floor);
    return { x: this.sampleX(w), bottom, w, h, flip };
  }

  /** A centre x: anywhere, or (half the time) just beside something already placed, to pack gaps. */
  private sampleX(w: number): number {
    const { W } = this.stage;
    if (this.taken.length && this.rng.chance(0.5)) {
      const t = this.rng.pick(this.taken);
      const gap = Math.min(W, this.stage.H) * this.rng.range(0.01, 0.04);
      const x = this.rng.chance(0.5) ? t.x - gap - w / 2 : t.x + t.w + gap + w / 2;
      if (x - w / 2 >= 0 && x + w / 2 <= W) return x;
    }
    return this.rng.range(w / 2, W - w / 2);
  }

  private score(req: PlaceRequest, spot: Spot, rect: Rect): number {
    const { W, H } = this.stage;
    let score = 0;
    if (req.nearX !== undefined) score -= Math.abs(spot.x - req.nearX) / W;
    if (req.spread) {
      let nearest = Infinity;
      for (const t of this.taken) {
        const dx = Math.max(0, t.x - (rect.x + rect.w), rect.x - (t.x + t.w));
        const dy = Math.max(0, t.y - (rect.y + rect.h), rect.y - (t.y + t.h));
        nearest = Math.min(nearest, Math.hypot(dx, dy));
      }
      score += Math.min(nearest, Math.max(W, H) * 0.3) / Math.max(W, H);
    }
    // Keep sky things out of the very top edge and wall things at eye level.
    if (req.zone === 'wall') score -= Math.abs(spot.bottom - spot.h / 2 - this.stage.horizon * 0.45) / H * 0.5;
    return score;
  }
}
