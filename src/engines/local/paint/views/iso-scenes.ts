// The isometric dioramas: a city block (streets between blocks of buildings with windows, a park),
// a room (a floor tile with two walls and furniture boxes) and a piece of land (a grass, sand or
// snow tile with trees, water, a hill). Each returns what it drew and the free ground where the
// prompt's own subjects may stand (docs/local-engine.md, "Viewpoints").
import type { SettingKind } from '../../read/lexicon-settings.js';
import { shade } from '../color.js';
import { fitIso, type Iso, type ViewContext, type ViewScene } from './iso.js';

const CITY: ReadonlySet<SettingKind> = new Set<SettingKind>(['city-street', 'skyline', 'village', 'market', 'storefront', 'stadium']);

export function isCity(setting: SettingKind): boolean {
  return CITY.has(setting);
}

const FACADES = ['#d9cbb4', '#c7d3dc', '#e6dccb', '#b9c4cf', '#d8b79c', '#f0e6d6', '#aebdca', '#c9a98d'];
const ROOFS = ['#b5533c', '#9c4a3a', '#6f7d8c', '#c0673f'];
const CARS = ['#e04b3c', '#f2c230', '#3d7fd6', '#f4f4f2', '#2f3b4a', '#58b368'];

/** An isometric city block: two streets crossing between nine blocks, one of them a park. */
export function isoCity(ctx: ViewContext): ViewScene {
  const { c, rng, setting, night } = ctx;
  const village = setting === 'village' || setting === 'market';
  const tall = setting === 'skyline' ? 1.6 : village ? 0.45 : 1;
  const n = 11;
  const iso = fitIso(c, n, 0.8, 5.5 * tall + 0.8);
  iso.block(n, 0.8, '#8d9196', '#a8a29a', 0.1);
  // The streets: the whole top is asphalt; the blocks are raised pavements on it.
  const roads = [3, 7];
  const dash: number[][] = [];
  for (const r of roads) {
    for (let a = 0.2; a < n; a += 0.8) {
      if (roads.some((q) => a + 0.4 > q && a < q + 1)) continue;
      dash.push([a, r + 0.48, 0.001, a + 0.4, r + 0.48, 0.001, a + 0.4, r + 0.52, 0.001, a, r + 0.52, 0.001]);
      dash.push([r + 0.48, a, 0.001, r + 0.52, a, 0.001, r + 0.52, a + 0.4, 0.001, r + 0.48, a + 0.4, 0.001]);
    }
  }
  c.path(iso.d(dash), '#f3f1e8', { layer: 'bg', bare: true, opacity: 0.85 });
  const spans = [[0, 3], [4, 7], [8, 11]] as const;
  // The park is the front block, where the prompt's subjects stand in full view.
  const park = 8;
  const spots: ViewScene['spots'] = [];
  spans.forEach(([x0, x1], i) => spans.forEach(([y0, y1], j) => {
    const k = i * 3 + j;
    iso.add(x0 + y0 - 0.5, () => iso.box(x0, y0, 0, x1 - x0, y1 - y0, 0.12, '#c9c5bc'));
    if (k === park) {
      iso.add(x0 + y0 - 0.4, () => iso.patch([x0 + 0.2, y0 + 0.2, x1 - 0.2, y0 + 0.2, x1 - 0.2, y1 - 0.2, x0 + 0.2, y1 - 0.2], 0.121, '#7cb45a', 'fg'));
      for (const [tx, ty] of [[0.6, 0.6], [2.4, 0.6], [0.6, 2.4], [1.5, 0.5], [0.5, 1.5]]) iso.addTree(x0 + tx!, y0 + ty!, 1.3, rng.pick(['#4f9a46', '#5fae4f', '#3f8a40']), 'round', ctx.snowy);
      spots.push(spot(iso, x0 + 1.7, y0 + 1.7, 1.8));
      return;
    }
    // One big building, or two or four smaller ones.
    const split = village ? 4 : rng.pick([1, 2, 2, 4]);
    const lots: [number, number, number, number][] = split === 1 ? [[x0, y0, 3, 3]] : split === 2 ? [[x0, y0, 3, 1.5], [x0, y0 + 1.5, 3, 1.5]] : [[x0, y0, 1.5, 1.5], [x0 + 1.5, y0, 1.5, 1.5], [x0, y0 + 1.5, 1.5, 1.5], [x0 + 1.5, y0 + 1.5, 1.5, 1.5]];
    for (const [lx, ly, lw, ld] of lots) {
      const m = 0.22, bx = lx + m, by = ly + m, bw = lw - 2 * m, bd = ld - 2 * m;
      const h = village ? rng.range(1, 1.6) : rng.range(1.2, split === 1 ? 5.5 : 4) * tall;
      const face = rng.pick(FACADES);
      const roof = village ? rng.pick(ROOFS) : undefined;
      const floors = Math.max(1, Math.round(h / 0.7));
      iso.add(bx + bw / 2 + by + bd / 2, () => {
        iso.box(bx, by, 0.12, bw, bd, h, face);
        iso.windows(bx, by, 0.12, bw, bd, h, floors, ['#9fc4dc', '#7fa3bd'], night ? (q) => (q * 13 + Math.round(h * 10)) % 3 !== 0 : undefined);
        if (roof) iso.gable(bx, by, 0.12 + h, bw, bd, 0.7, roof);
        else if (bw > 1) iso.box(bx + bw * 0.2, by + bd * 0.25, 0.12 + h, bw * 0.25, bd * 0.25, 0.25, '#9aa0a6');
      });
    }
  }));
  // Cars on the streets, and trees along them.
  for (let i = 0; i < 7; i++) {
    const along = rng.pick([0.6, 1.8, 5, 9.2, 10]);
    const r = rng.pick(roads), lane = rng.chance(0.5) ? 0.12 : 0.56;
    const [x, y, w, d] = rng.chance(0.5) ? [along, r + lane, 0.62, 0.32] : [r + lane, along, 0.32, 0.62];
    iso.addBox(x, y, 0, w, d, 0.22, rng.pick(CARS));
  }
  for (const r of roads) for (const a of [1.5, 5.5, 9.5]) {
    if (!rng.chance(0.7)) continue;
    iso.addTree(a, r - 0.25, 0.9, '#5a9e48', 'round', ctx.snowy);
  }
  // Then the streets' ends at the front edges, which nothing stands in front of.
  spots.push(spot(iso, 7.5, 10.4, 1.2), spot(iso, 10.4, 7.5, 1.2), spot(iso, 3.5, 10.4, 1.2), spot(iso, 10.4, 3.5, 1.2));
  return { what: village ? 'lanes between blocks of houses with gabled roofs' : 'streets between blocks of buildings with windows, cars and a park', spots, iso };
}

function spot(iso: Iso, x: number, y: number, h: number): ViewScene['spots'][number] {
  return { x: iso.x(x, y), y: iso.y(x, y, 0), h: h * iso.s, depth: x + y };
}

interface Land {
  top: string;
  side: string;
  tree: 'round' | 'pine' | 'palm' | 'cactus' | 'none';
  greens: string[];
  what: string;
}

const LANDS: Partial<Record<SettingKind, Land>> = {
  forest: { top: '#6fae55', side: '#8a6242', tree: 'round', greens: ['#3f8a40', '#4f9a46', '#2f7a3a'], what: 'a grass tile dense with trees' },
  jungle: { top: '#4f9a46', side: '#7a5534', tree: 'palm', greens: ['#2f8a3a', '#3f9a3a'], what: 'a jungle tile with palms' },
  desert: { top: '#e8c98a', side: '#c99a5e', tree: 'cactus', greens: ['#5a9a4a'], what: 'a sand tile with cacti' },
  savanna: { top: '#d7c16a', side: '#a77b4a', tree: 'round', greens: ['#7a9a3a'], what: 'a dry grass tile with acacias' },
  snow: { top: '#f2f6fa', side: '#9aa9b8', tree: 'pine', greens: ['#2f6a4a', '#3a7a55'], what: 'a snowy tile with pines' },
  beach: { top: '#f0d9a0', side: '#c9a36a', tree: 'palm', greens: ['#3f9a3a', '#4fae4a'], what: 'a sand tile with palms by turquoise water' },
  ocean: { top: '#f0d9a0', side: '#c9a36a', tree: 'palm', greens: ['#3f9a3a', '#4fae4a'], what: 'a sand tile with palms by the sea' },
  coast: { top: '#8cbf5f', side: '#9a8a7a', tree: 'round', greens: ['#4f9a46'], what: 'a grass tile over a rocky shore and sea' },
  mountains: { top: '#86b55e', side: '#7d7067', tree: 'pine', greens: ['#2f6a4a', '#3f7a50'], what: 'a grass tile with a rocky peak and pines' },
  space: { top: '#b9b9c2', side: '#74747f', tree: 'none', greens: [], what: 'a grey cratered tile of moon rock' },
  'night-sky': { top: '#6f9a5a', side: '#5a4a3a', tree: 'pine', greens: ['#2f5a42'], what: 'a grass tile with pines under the night sky' },
  mars: { top: '#c8643c', side: '#8a3f26', tree: 'none', greens: [], what: 'a red rocky tile of Mars' },
  underwater: { top: '#e8d8a0', side: '#b09a6a', tree: 'none', greens: [], what: 'a sandy seabed tile with coral' },
  farm: { top: '#8cc063', side: '#8a6242', tree: 'round', greens: ['#4f9a46'], what: 'a farm tile with crop rows and a red barn' },
};
const SEA: ReadonlySet<SettingKind> = new Set<SettingKind>(['beach', 'coast', 'ocean']);
const MEADOW: Land = { top: '#86c060', side: '#8a6242', tree: 'round', greens: ['#4f9a46', '#5fae4f', '#3f8a40'], what: 'a grass tile with trees' };

/** A floating piece of land: a grass, sand or snow top on a block of soil, with trees and water. */
export function isoLand(ctx: ViewContext): ViewScene {
  const { c, rng, setting } = ctx;
  const base = LANDS[setting] ?? (setting === 'lake' || setting === 'ocean' || setting === 'fjord' ? { ...MEADOW, what: 'a grass tile with a pond' } : MEADOW);
  const wet = ctx.water && !SEA.has(setting) ? { ...base, what: `${base.what.replace(/ with a pond$/, '')} with a river across it` } : base;
  const land = ctx.snowy && setting !== 'snow' ? { ...wet, what: wet.what.replace(/^a (?:grass|jungle|farm|dry grass) tile/, 'a snowy tile') } : wet;
  const n = 8;
  const peak = setting === 'mountains' || setting === 'fjord';
  const iso = fitIso(c, n, 1.6, peak ? 4.5 : 2.2);
  const top = ctx.snowy && setting !== 'snow' ? '#eef3f8' : land.top;
  iso.block(n, 1.6, top, land.side, 0.3);
  const taken: [number, number, number][] = [];
  let sea = n;
  const water = ctx.water || setting === 'lake' || setting === 'ocean' || setting === 'fjord' || setting === 'beach' || setting === 'coast';
  if (SEA.has(setting)) {
    // The front two rows are sea, a step below the land.
    c.polygon(iso.pts([0, n - 2.6, -0.25, n, n - 2.6, -0.25, n, n, -0.25, 0, n, -0.25]), '#3fb7c9', { layer: 'bg', bare: true });
    c.polygon(iso.pts([0, n, -0.25, n, n, -0.25, n, n, -1.6, 0, n, -1.6]), '#2a8fb0', { layer: 'bg', bare: true });
    c.polygon(iso.pts([n, n - 2.6, -0.25, n, n, -0.25, n, n, -1.6, n, n - 2.6, -1.6]), '#1f7596', { layer: 'bg', bare: true });
    c.path(iso.d([[0, n - 2.6, -0.24, n, n - 2.6, -0.24, n, n - 2.45, -0.24, 0, n - 2.45, -0.24]]), '#ffffff', { layer: 'bg', bare: true, opacity: 0.7 });
    sea = n - 2.7;
  } else if (water) {
    // A winding river across the tile, or a pond in it.
    const river = ctx.water;
    const pts = river ? [0, 3.2, 2.5, 2.8, 5, 4, n, 3.6, n, 4.8, 5, 5.2, 2.5, 4, 0, 4.4] : [2.6, 2.4, 5, 2.2, 5.8, 3.8, 5, 5.2, 3, 5.4, 2, 4];
    iso.patch(pts, 0.001, '#3fa8d8');
    iso.patch(pts.map((v, i) => (i % 2 ? v + 0.15 : v)), 0.002, '#6cc4ea', 'bg', 0.6);
    if (river) {
      c.polygon(iso.pts([0, 3.2, 0, 0, 4.4, 0, 0, 4.4, -0.5, 0, 3.2, -0.5]), '#3fa8d8', { layer: 'bg', bare: true });
      c.polygon(iso.pts([n, 3.6, 0, n, 4.8, 0, n, 4.8, -1.6, n, 3.6, -1.6]), '#3a9ccc', { layer: 'bg', bare: true, opacity: 0.9 });
      for (let i = 0; i < n; i++) taken.push([i + 0.5, 3.9 + (i > 2 && i < 6 ? 0.6 : 0), 0.9]);
    } else taken.push([3.9, 3.8, 1.8]);
  }
  if (setting === 'farm') {
    const rows: number[][] = [];
    for (let i = 0; i < 6; i++) rows.push([0.5, 4.6 + i * 0.5, 0.002, 3.6, 4.6 + i * 0.5, 0.002, 3.6, 4.85 + i * 0.5, 0.002, 0.5, 4.85 + i * 0.5, 0.002]);
    c.path(iso.d(rows), '#6a8a3a', { layer: 'bg', bare: true });
    c.path(iso.d([[0.4, 4.5, 0.001, 3.7, 4.5, 0.001, 3.7, 7.6, 0.001, 0.4, 7.6, 0.001]]), '#b08a55', { layer: 'bg', bare: true, opacity: 0.45 });
    iso.add(10.5, () => {
      iso.box(5, 5.2, 0, 2, 1.4, 1.2, '#c0392b');
      iso.gable(5, 5.2, 1.2, 2, 1.4, 0.8, '#7a4a3a');
      iso.box(6.98, 5.6, 0, 0.02, 0.6, 0.8, '#f4efe6');
    });
    taken.push([2, 6, 2], [6, 5.9, 1.6]);
  }
  if (peak) {
    // A rocky peak at the back corner, its faces lit and shaded, snow on its tip.
    const px = 2, py = 2, base = 2.2, h = 4;
    iso.add(3.5, () => {
      iso.poly([px - base, py + base, 0, px + base, py + base, 0, px, py, h], '#8a7f76');
      iso.poly([px + base, py - base, 0, px + base, py + base, 0, px, py, h], '#6a615a');
      iso.poly([px - base * 0.3, py + base * 0.3, h * 0.7, px + base * 0.3, py + base * 0.3, h * 0.7, px, py, h], '#f4f7fa');
      iso.poly([px + base * 0.3, py - base * 0.3, h * 0.7, px + base * 0.3, py + base * 0.3, h * 0.7, px, py, h], '#d6dde6');
    });
    taken.push([2, 2, 2.6]);
  }
  // Trees (or cacti) wherever the ground is free.
  const free = (x: number, y: number, r: number) => y + r < sea && taken.every(([tx, ty, tr]) => Math.hypot(x - tx, y - ty) > tr + r);
  const want = land.tree === 'none' ? 0 : setting === 'forest' || setting === 'jungle' ? 22 : 11;
  const spots: ViewScene['spots'] = [];
  const front: [number, number][] = [[5.6, 6.4], [4.2, 6.8], [6.6, 4.6], [3.2, 6.2], [4.6, 4.4], [3.6, 4.8], [5.8, 3.2]];
  for (const [x, y] of front) if (free(x, y, 0.6)) {
    spots.push(spot(iso, x, y, 2));
    taken.push([x, y, 0.7]);
    if (spots.length >= 2) break;
  }
  for (let i = 0, placed = 0; i < 200 && placed < want; i++) {
    const x = rng.range(0.5, n - 0.5), y = rng.range(0.5, n - 0.5);
    if (!free(x, y, 0.45)) continue;
    taken.push([x, y, 0.45]);
    placed++;
    const green = rng.pick(land.greens);
    if (land.tree === 'cactus') {
      iso.add(x + y, () => {
        iso.box(x - 0.1, y - 0.1, 0, 0.2, 0.2, 0.9, green);
        iso.box(x + 0.1, y - 0.05, 0.35, 0.22, 0.1, 0.1, green);
        iso.box(x + 0.22, y - 0.05, 0.35, 0.1, 0.1, 0.35, green);
      });
    } else iso.addTree(x, y, rng.range(1, 1.6), green, ctx.snowy && land.tree === 'round' ? 'pine' : (land.tree as 'round' | 'pine' | 'palm'), ctx.snowy);
  }
  // Craters on a moon or Mars tile; coral on a seabed.
  if (land.tree === 'none') for (let i = 0; i < 6; i++) {
    const x = rng.range(1, n - 1), y = rng.range(1, n - 1), r = rng.range(0.3, 0.7);
    if (!free(x, y, r)) continue;
    taken.push([x, y, r]);
    const ring = Array.from({ length: 12 }, (_, k) => [x + Math.cos((k / 12) * Math.PI * 2) * r, y + Math.sin((k / 12) * Math.PI * 2) * r]).flat();
    if (setting === 'underwater') iso.add(x + y, () => iso.tree(x, y, r * 2.2, rng.pick(['#f07a8a', '#f0a05a', '#c07ad0'])));
    else iso.patch(ring, 0.002, shade(land.top, -0.2), 'bg');
  }
  // A few rocks.
  for (let i = 0; i < (land.tree === 'none' ? 7 : 3); i++) {
    const x = rng.range(0.6, n - 0.8), y = rng.range(0.6, n - 0.8);
    if (free(x, y, 0.3)) iso.addBox(x, y, 0, 0.35, 0.3, 0.2, '#9a958e');
  }
  return { what: land.what, spots, iso };
}
