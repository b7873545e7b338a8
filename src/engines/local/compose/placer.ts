// Where things go: a placer that finds free spots on the stage by seeded sampling, so props never
// cover the main subject or each other.
import type { Rng } from '../paint/prng.js';
import { groundY, perspective, type Rect, type Stage, type Zone } from '../paint/stage.js';

/** A depth range kept within the stage's allowed one (all of it when they do not meet). */
function withinDepths(want: [number, number], allowed: [number, number]): [number, number] {
  const lo = Math.max(want[0], allowed[0]), hi = Math.min(want[1], allowed[1]);
  return lo < hi ? [lo, hi] : allowed;
}

export function overlaps(a: Rect, b: Rect, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

/** How far two boxes overlap across (0 when they do not). */
export function overlapX(a: Rect, b: Rect): number {
  return Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
}

export interface Spot {
  /** Bottom centre. */
  x: number;
  bottom: number;
  w: number;
  h: number;
  flip: boolean;
}

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
  /**
   * How much of the `behind` box's width it may hide behind (a fraction of the narrower of the
   * two): a tree or a bookcase peeks out beside the main subject rather than growing out of its
   * back or filling the gaps of a figure's outline. Unset: any.
   */
  peek?: number;
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

  fits(r: Rect, margin: number, behind?: Rect, peek?: number): boolean {
    const { W, H } = this.stage;
    if (r.x < W * 0.01 || r.x + r.w > W * 0.99 || r.y < H * 0.01 || r.y + r.h > H * 0.995) return false;
    // Something clearly further back may be partly hidden by the box it stands behind, and by no
    // more of it than `peek` allows.
    const back = behind && r.y + r.h < behind.y + behind.h - H * 0.06 &&
      (peek === undefined || overlapX(r, behind) <= peek * Math.min(r.w, behind.w));
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
        if (!this.fits(rect, margin, req.behind, req.peek)) continue;
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
