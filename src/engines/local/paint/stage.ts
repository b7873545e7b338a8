// The stage a picture is painted on: the floor line (rooms) or the horizon (landscapes), where
// things can stand and float, perspective, and the zones a decoration can go in.
import type { SettingKind } from '../read/lexicon-settings.js';

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
  'greenhouse', 'restaurant', 'art-studio', 'workshop',
]);

/** Where a setting's water ends, as a fraction of the ground below the horizon. */
export const SHORE: Partial<Record<SettingKind, number>> = { beach: 0.3, lake: 0.5, coast: 0.34, fjord: 0.6 };

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

export type Zone = 'ground' | 'sky' | 'wall' | 'float';
