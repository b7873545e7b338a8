// Skies, sun, moon, stars, clouds and far silhouettes shared by the outdoor settings, and the
// types every backdrop painter uses.
import type { Canvas, Stop } from '../canvas.js';
import { fmt } from '../canvas.js';
import { mixHex, shade } from '../color.js';
import type { IconBook } from '../icons.js';
import type { Stage, Zone } from '../stage.js';
import type { TimeOfDay } from '../../read/lexicon-scene.js';
import type { ScenePlan } from '../../plan/scene-plan.js';
import type { Rng } from '../prng.js';
import { ANIME_SKY, animeClouds, sunAccents } from '../styles/anime.js';
import { inkMist, inkMountains, inkSun } from '../styles/ink-wash.js';
import { carvedSky, isDarkPrint } from '../styles/woodcut.js';
import { bokashi } from '../styles/ukiyo-e.js';

export interface BackdropContext {
  c: Canvas;
  icons: IconBook;
  stage: Stage;
  rng: Rng;
  plan: ScenePlan;
  night: boolean;
  /** Set when the prompt's own sun or moon was drawn as the sky's (so it is not placed again). */
  drewCelestial?: boolean;
}

/** A decoration the setting adds around the subjects, placed after them. */
export interface DecorSpec {
  /** Emoji name, or `proc:<kind>`. */
  thing: string;
  zone: Zone | 'table';
  count: number;
  /** Height relative to the stage's unit height (see unitHeight). */
  size: number;
  /** Allowed ground depth (0 at the horizon, 1 at the front edge). */
  depth?: [number, number];
  /** A colour the picture's dominant hue turns to (autumn's orange trees). */
  tint?: string;
}

export interface Backdrop {
  decor: DecorSpec[];
  /** Ground nothing may be placed on (a road). */
  keepClear?: { x: number; y: number; w: number; h: number }[];
  /** A chalkboard painted on the wall, where a quoted text for a chalkboard is written. */
  board?: { x: number; y: number; w: number; h: number };
}

/** A default main-subject height for this stage, the yardstick for decorations. */
export function unitHeight(stage: Stage): number {
  return Math.min(stage.H * 0.6, stage.W * 0.8);
}

const SUN_AND_MOON = new Set(['sun', 'sun-with-face', 'crescent-moon', 'full-moon', 'full-moon-face']);

export const SKY_STOPS: Record<TimeOfDay, Stop[]> = {
  day: [[0, '#4f9be8'], [0.7, '#a9d4f7'], [1, '#d8eefc']],
  dawn: [[0, '#6d8cc9'], [0.6, '#f2b5a8'], [1, '#ffe2bb']],
  'golden-hour': [[0, '#6fa6d6'], [0.55, '#f7cf94'], [1, '#ffd98a']],
  sunset: [[0, '#35296a'], [0.5, '#c9507a'], [0.85, '#ff9a52'], [1, '#ffc46b']],
  night: [[0, '#050918'], [0.6, '#111d45'], [1, '#213364']],
};

/** The colour of the sky just above the horizon: far silhouettes fade toward it. */
export function horizonColor(time: TimeOfDay): string {
  const stops = SKY_STOPS[time];
  return stops[stops.length - 1][1];
}

/** A rain or storm sky: grey cloud cover, no sun, moon or stars (unless the prompt names one). */
const OVERCAST_STOPS: Partial<Record<TimeOfDay, Stop[]>> = {
  day: [[0, '#5d6673'], [0.7, '#8c949e'], [1, '#aab1b9']],
  dawn: [[0, '#4f5566'], [0.7, '#8a8590'], [1, '#b3a6a2']],
  'golden-hour': [[0, '#575c69'], [0.7, '#938c86'], [1, '#b9a98f']],
  sunset: [[0, '#3a3547'], [0.6, '#75596a'], [1, '#a77a6a']],
};

export function isOvercast(plan: BackdropContext['plan']): boolean {
  return plan.weather === 'rain' || plan.weather === 'storm';
}

/** The sky's colours for this plan's time and weather: grey under rain, a storm or falling snow. */
export function skyStops(plan: BackdropContext['plan']): Stop[] {
  const grey = isOvercast(plan) || plan.weather === 'snowfall';
  return (grey ? OVERCAST_STOPS[plan.time] : undefined) ?? SKY_STOPS[plan.time];
}

export function paintSky(ctx: BackdropContext, bottom: number): void {
  const { c, stage, plan } = ctx;
  const overcast = isOvercast(plan);
  const clear = c.style === 'anime' ? ANIME_SKY : SKY_STOPS;
  c.rect(0, 0, stage.W, bottom + 1, c.linear((overcast ? OVERCAST_STOPS[plan.time] : undefined) ?? clear[plan.time]), { bare: true });
  // Stars only in a clear night sky: none at sunset, none behind storm clouds.
  if (ctx.night && !overcast) stars(ctx, bottom * 0.95, 1);
  if (ctx.night && !overcast && plan.milkyWay && stage.kind !== 'room') milkyWay(ctx, bottom);
  // Ink wash: misty mountains behind every landscape; woodcut: the sky's gouge marks.
  if (c.style === 'inkwash' && stage.kind !== 'room') {
    inkMountains(c, stage.W, bottom, ctx.rng.fork('ink-mountains'));
    inkMist(c, stage.W, bottom, ctx.rng.fork('ink-mist'));
  }
  if (c.style === 'ukiyoe') bokashi(c, stage.W, bottom);
  if (c.style === 'woodcut') carvedSky(c, stage.W, bottom, isDarkPrint(c.paint(clear[plan.time][0][1])), ctx.rng.fork('gouges'));
}

/**
 * The Milky Way (docs/local-engine.md, "Scene consistency"): a luminous band rising diagonally
 * across the sky above `bottom`, a soft glow with a brighter core, a darker dust lane along it,
 * and dense small stars crowding toward its middle line.
 */
export function milkyWay(ctx: BackdropContext, bottom: number): void {
  const { c, stage } = ctx;
  const W = stage.W;
  const x0 = -W * 0.05, y0 = bottom * 0.92, x1 = W * 1.05, y1 = bottom * 0.04;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const len = Math.hypot(x1 - x0, y1 - y0), angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  const band = Math.min(bottom * 0.36, len * 0.16);
  const turn = `rotate(${fmt(angle)} ${fmt(cx)} ${fmt(cy)})`;
  c.ellipse(cx, cy, len * 0.6, band, c.radial([[0, '#9fb0ff', 0.32], [0.6, '#7d86d8', 0.14], [1, '#7d86d8', 0]]), { bare: true, layer: 'fg', transform: turn });
  c.ellipse(cx, cy, len * 0.5, band * 0.42, c.radial([[0, '#fff1d6', 0.55], [1, '#fff1d6', 0]]), { bare: true, layer: 'fg', transform: turn });
  c.ellipse(cx + band * 0.08, cy + band * 0.1, len * 0.38, band * 0.1, c.radial([[0, '#0a0f24', 0.45], [1, '#0a0f24', 0]]), { bare: true, layer: 'fg', transform: `rotate(${fmt(angle + 1.5)} ${fmt(cx)} ${fmt(cy)})` });
  const r = ctx.rng.fork('milky-way');
  const ux = (x1 - x0) / len, uy = (y1 - y0) / len;
  const n = Math.round(Math.min(900, Math.max(260, (W * bottom) / 1400)));
  let d = '';
  for (let i = 0; i < n; i++) {
    const along = r.range(0.02, 0.98) * len;
    // Crowded toward the middle line: the sum of three draws leans to the centre.
    const across = (r.range(-1, 1) + r.range(-1, 1) + r.range(-1, 1)) / 3 * band * 1.1;
    const x = x0 + ux * along - uy * across, y = y0 + uy * along + ux * across;
    if (y < 0 || y > bottom) continue;
    const s = c.u * r.range(0.05, i % 7 === 0 ? 0.26 : 0.14);
    d += `M${fmt(x - s)} ${fmt(y)}a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(2 * s)} 0a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(-2 * s)} 0`;
  }
  c.path(d, '#fffaf0', { bare: true, opacity: 0.85, layer: 'fg' });
}

export function stars(ctx: BackdropContext, bottom: number, amount: number): void {
  const { c, stage, rng } = ctx;
  const n = Math.round(Math.min(260, Math.max(40, (stage.W * bottom) / 9000)) * amount);
  const r = rng.fork('stars');
  let d = '';
  for (let i = 0; i < n; i++) {
    const x = r.range(0, stage.W), y = r.range(0, bottom);
    const s = c.u * r.range(0.08, 0.28);
    d += `M${fmt(x - s)} ${fmt(y)}a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(2 * s)} 0a${fmt(s)} ${fmt(s)} 0 1 0 ${fmt(-2 * s)} 0`;
  }
  c.path(d, '#fff8e0', { bare: true, opacity: 0.9, layer: 'fg' });
}

function giantMoon(c: Canvas, x: number, y: number, r: number, color?: string): void {
  const face = color ?? '#fbf0c8';
  c.circle(x, y, r, face, { layer: 'fg' });
  const sea = mixHex(face, '#b8a878', 0.35);
  for (const [dx, dy, s] of [[-0.3, -0.25, 0.22], [0.25, -0.05, 0.16], [-0.05, 0.35, 0.19], [0.4, 0.4, 0.09], [-0.5, 0.15, 0.08]]) {
    c.circle(x + dx * r, y + dy * r, s * r, sea, { layer: 'fg', opacity: 0.55, bare: true });
  }
}

/** Sun, or moon at night, in the sky band above `horizon`; returns its centre. */
export function paintSunOrMoon(ctx: BackdropContext, horizon: number, sizeScale = 1): { x: number; y: number } {
  const { c, stage, rng, plan } = ctx;

  const r = Math.min(stage.W, stage.H) * 0.07 * sizeScale;
  const side = rng.chance(0.5) ? 0.78 : 0.22;
  const x = stage.W * (stage.aspect > 2 ? (side > 0.5 ? 0.85 : 0.15) : side);
  const low = plan.time === 'sunset' || plan.time === 'dawn';
  const y = low ? horizon - r * 0.35 : plan.time === 'golden-hour' ? horizon * 0.62 : Math.max(r * 1.6, horizon * 0.24);
  // The prompt's own sun or moon takes the sky's place, larger, drawn behind the skyline.
  const named = plan.subjects.find((s) => SUN_AND_MOON.has(s.thing.key));
  if (named?.thing.icon) {
    // "A colossal moon rising over a village": a giant is a great disc low on the horizon, half
    // the picture across, partly behind the skyline (a full moon, unless it is asked crescent).
    const giant = named.size === 'huge';
    const size = giant ? Math.min(stage.W * 0.62, stage.H * 0.62, horizon * 1.1) : r * (named.size === 'large' ? 3.4 : 2.6);
    const cx = giant ? stage.W * (side > 0.5 ? 0.6 : 0.4) : x;
    const cy = giant ? Math.max(size * 0.52, horizon - size * 0.3) : Math.max(size * 0.6, Math.min(y, horizon - size * 0.55));
    const icon = giant && named.thing.icon === 'crescent-moon' && !/\bcrescent\b/i.test(plan.prompt) ? 'full-moon' : named.thing.icon;
    c.circle(cx, cy, size * (giant ? 0.85 : 1), c.radial([[0, ctx.night ? '#fff6d8' : '#fff2b0', 0.35], [1, '#fff6d8', 0]]), { bare: true, layer: 'fg' });
    // A giant moon is a pale disc with faint seas, bright in the night sky (the emoji's is dim there).
    if (icon === 'full-moon' && giant) giantMoon(c, cx, cy, size * 0.46, named.color?.hex);
    else ctx.icons.draw(icon, cx, cy + size / 2, size, { layer: 'fg', ...(named.color ? { recolor: named.color.hex } : {}) });
    ctx.drewCelestial = true;
    return { x: cx, y: cy };
  }
  // Rain and storms hide the sun and the moon.
  if (isOvercast(plan)) return { x, y };
  if (ctx.night) {
    c.circle(x, y, r * 2.6, c.radial([[0, '#fff6d8', 0.35], [1, '#fff6d8', 0]]), { bare: true, layer: 'fg' });
    const d = `M${fmt(x)} ${fmt(y - r)} A${fmt(r)} ${fmt(r)} 0 1 1 ${fmt(x)} ${fmt(y + r)} A${fmt(r * 0.78)} ${fmt(r)} 0 1 0 ${fmt(x)} ${fmt(y - r)} Z`;
    c.path(d, '#fff3c4', { layer: 'fg', transform: `rotate(-25 ${fmt(x)} ${fmt(y)})` });
  } else {
    // The sun of an ink painting is a flat vermilion disc.
    if (c.style === 'inkwash') {
      inkSun(c, x, y, r * 0.85);
      return { x, y };
    }
    const core = plan.time === 'sunset' ? '#ffd27a' : plan.time === 'day' ? '#fff6c9' : '#ffe08a';
    c.circle(x, y, r * 3, c.radial([[0, core, 0.55], [1, core, 0]]), { bare: true, layer: 'fg' });
    const anime = c.style === 'anime';
    c.circle(x, y, r, plan.time === 'sunset' ? '#ffb347' : anime && plan.time === 'day' ? '#fffbea' : '#ffe27a', { layer: 'fg', bare: true });
    // Lens flare and sparkles only round a bright daytime sun (never at dusk, at night or in rain).
    if (anime && plan.time === 'day') sunAccents(c, x, y, r, horizon, rng.fork('flare'));
  }
  return { x, y };
}

/** A cumulus cloud whose flat base is at y, from x to x + w. */
export function cloud(c: Canvas, x: number, y: number, w: number, color = '#ffffff', opacity = 0.92): void {
  // Drawn as one group so overlapping puffs do not double their opacity.
  const layered = opacity < 0.9;
  if (layered) c.group(`opacity="${opacity}"`);
  for (const [fx, fy, fr] of [[0.12, -0.07, 0.08], [0.3, -0.15, 0.14], [0.52, -0.21, 0.18], [0.74, -0.13, 0.13], [0.88, -0.07, 0.08]]) {
    // Clay clouds are lumps of their own, shaded round (styles/clay.ts).
    c.circle(x + fx * w, y + fy * w, fr * w, color, { bare: c.style !== 'clay' });
  }
  // (A clay cloud keeps its scalloped underside: the flat base would cut its lumps.)
  if (c.style !== 'clay') c.rect(x + 0.12 * w, y - 0.12 * w, 0.76 * w, 0.12 * w, color, { bare: true });
  if (layered) c.end();
}

export function clouds(ctx: BackdropContext, bottom: number, amount = 1): void {
  const { c, stage, rng } = ctx;
  const r = rng.fork('clouds');
  const time = ctx.plan.time;
  // An ink painting's sky is empty paper.
  if (c.style === 'inkwash') return;
  if (c.style === 'anime' && time !== 'night') return animeClouds(c, stage.W, stage.H, bottom, amount, isOvercast(ctx.plan) ? 'overcast' : time, r);
  const n = Math.max(1, Math.round((stage.W / stage.H + 1.2) * 1.6 * amount));
  const color = ctx.night ? '#3a4470' : ctx.plan.time === 'sunset' ? '#ffc7a8' : '#ffffff';
  for (let i = 0; i < n; i++) {
    const w = Math.min(stage.W, stage.H) * r.range(0.18, 0.34);
    cloud(c, r.range(-w * 0.2, stage.W - w * 0.8), r.range(bottom * 0.15, bottom * 0.7), w, color, ctx.night ? 0.6 : 0.9);
  }
}

/** A smooth ridge across the picture: hills or dunes. */
export function ridge(ctx: BackdropContext, base: number, amp: number, fill: string | ReturnType<Canvas['linear']>, bumps: number, seed: string): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(seed);
  const n = Math.max(2, Math.round(bumps * Math.max(1, stage.aspect)));
  const step = stage.W / n;
  let d = `M0 ${fmt(stage.H)} L0 ${fmt(base - r.range(0, amp))}`;
  for (let i = 0; i < n; i++) {
    const x1 = step * (i + 0.5), x2 = step * (i + 1);
    d += ` Q${fmt(x1)} ${fmt(base - amp * r.range(0.5, 1.2))} ${fmt(x2)} ${fmt(base - r.range(0, amp * 0.5))}`;
  }
  d += ` L${fmt(stage.W)} ${fmt(stage.H)} Z`;
  c.path(d, fill);
}

/** Jagged mountain range with snow on the peaks. */
export function mountains(ctx: BackdropContext, base: number, height: number, color: string, snow: boolean, seed: string): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(seed);
  const n = Math.max(3, Math.round(3 * Math.max(1, stage.aspect)));
  const step = stage.W / n;
  const pts: [number, number][] = [[0, base - height * r.range(0.2, 0.5)]];
  for (let i = 0; i < n; i++) {
    pts.push([step * (i + r.range(0.35, 0.65)), base - height * r.range(0.65, 1)]);
    pts.push([step * (i + 1), base - height * r.range(0.15, 0.45)]);
  }
  const d = `M0 ${fmt(base + 2)} ` + pts.map(([x, y]) => `L${fmt(x)} ${fmt(y)}`).join(' ') + ` L${fmt(stage.W)} ${fmt(base + 2)} Z`;
  c.path(d, c.linear([[0, shade(color, 0.08)], [1, shade(color, -0.12)]]));
  if (!snow) return;
  for (let i = 1; i < pts.length - 1; i += 2) {
    const [px, py] = pts[i];
    const [lx, ly] = pts[i - 1];
    const [rx, ry] = pts[i + 1];
    const f = 0.3;
    c.polygon([px, py, px + (rx - px) * f, py + (ry - py) * f, px + (rx - px) * f * 0.5, py + (ry - py) * f * 1.1,
      px, py + (ry - py) * f * 0.8, px + (lx - px) * f * 0.6, py + (ly - py) * f * 1.05, px + (lx - px) * f, py + (ly - py) * f], '#f4f7fb');
  }
}

/** A row of tree silhouettes along a line, pines or round crowns. */
export function treeLine(ctx: BackdropContext, base: number, height: number, color: string, kind: 'pine' | 'round' | 'mixed', seed: string, snowy = false): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(seed);
  let x = -height * 0.3;
  let pines = '';
  // Round crowns by colour: one green, or autumn's three turns dealt out in order.
  const crowns: string[] = ctx.plan.autumn ? ['', '', ''] : [''];
  let round = 0;
  let snowCaps = '';
  while (x < stage.W + height * 0.3) {
    const h = height * r.range(0.6, 1.05);
    const pine = kind === 'pine' || (kind === 'mixed' && r.chance(0.5));
    if (pine) {
      const w = h * 0.42;
      pines += `M${fmt(x)} ${fmt(base - h)} L${fmt(x + w / 2)} ${fmt(base)} L${fmt(x - w / 2)} ${fmt(base)} Z`;
      if (snowy) snowCaps += `M${fmt(x)} ${fmt(base - h)} L${fmt(x + w * 0.16)} ${fmt(base - h * 0.66)} L${fmt(x - w * 0.16)} ${fmt(base - h * 0.66)} Z`;
      x += w * r.range(0.45, 0.8);
    } else {
      const rr = h * 0.32;
      crowns[round++ % crowns.length] += `M${fmt(x - rr)} ${fmt(base - h + rr)} a${fmt(rr)} ${fmt(rr)} 0 1 0 ${fmt(2 * rr)} 0 a${fmt(rr)} ${fmt(rr)} 0 1 0 ${fmt(-2 * rr)} 0 M${fmt(x - rr * 0.12)} ${fmt(base - h + rr)} h${fmt(rr * 0.24)} V${fmt(base)} h${fmt(-rr * 0.24)} Z`;
      x += rr * r.range(1.1, 1.7);
    }
  }
  if (pines) c.path(pines, color);
  // Autumn keeps a little of the (already distance-faded) green, so far rows stay paler than near ones.
  crowns.forEach((d, k) => { if (d) c.path(d, ctx.plan.autumn ? mixHex(AUTUMN_LEAVES[k]!, color, 0.3) : shade(color, 0.06)); });
  if (snowCaps) c.path(snowCaps, '#f4f7fb', { bare: true });
}

/** Autumn leaves: the round crowns in orange, rust and gold. */
const AUTUMN_LEAVES = ['#d9702a', '#c2452d', '#e0a63a'];

/** Grass tufts, flowers or pebbles scattered on the ground between `top` and the bottom edge. */
export function scatter(ctx: BackdropContext, top: number, kind: 'grass' | 'dry-grass' | 'flowers' | 'pebbles' | 'snow', density = 1): void {
  const { c, stage } = ctx;
  const r = ctx.rng.fork(`scatter-${kind}`);
  const area = (stage.H - top) * stage.W;
  const n = Math.round(Math.min(220, area / (Math.min(stage.W, stage.H) ** 2) * 60 * density));
  let d = '';
  let dots = '';
  for (let i = 0; i < n; i++) {
    const y = r.range(top + (stage.H - top) * 0.05, stage.H);
    const depth = (y - top) / (stage.H - top);
    const x = r.range(0, stage.W);
    const s = c.u * (0.6 + depth * 1.6);
    if (kind === 'grass' || kind === 'dry-grass') d += `M${fmt(x - s)} ${fmt(y)} l${fmt(s * 0.4)} ${fmt(-s * 1.6)} l${fmt(s * 0.3)} ${fmt(s * 1.2)} l${fmt(s * 0.5)} ${fmt(-s * 1.9)} l${fmt(s * 0.2)} ${fmt(s * 2.3)} Z`;
    else dots += `M${fmt(x - s * 0.4)} ${fmt(y)}a${fmt(s * 0.4)} ${fmt(s * 0.3)} 0 1 0 ${fmt(s * 0.8)} 0a${fmt(s * 0.4)} ${fmt(s * 0.3)} 0 1 0 ${fmt(-s * 0.8)} 0`;
  }
  if (d) c.path(d, kind === 'dry-grass' ? '#a07a34' : '#3f8a3a', { opacity: 0.7 });
  if (dots) {
    const col = kind === 'flowers' ? '#ffe066' : kind === 'snow' ? '#ffffff' : '#9a8f83';
    c.path(dots, col, { bare: true, opacity: 0.85 });
  }
}
