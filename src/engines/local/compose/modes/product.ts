// Product shots: the product large and centred on seamless studio paper, with a soft contact
// shadow under it and a faint reflection of light on the floor.
import { parseHex, luma } from '../../paint/color.js';
import { paintStudioPaper } from '../../paint/screens/mode-backdrops.js';
import { paintReflection, paintSurface, paintSurfaceFront } from '../../paint/backdrops/product-surfaces.js';
import { surfaceName } from '../../plan/product-surface.js';
import { asksMany } from '../../plan/modes/mode-subjects.js';
import { PAIRED } from '../../plan/reader-words.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { ProductEffects } from '../../plan/modes/product-effects.js';
import type { Composition } from '../composition.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import { dishList, drawTabletop, tabletopDishes } from './tabletop.js';
import { drawBreakfastPlate } from './breakfast-plate.js';
import { writeLabel, type ModeResult } from './mode-kit.js';
import { counted, withArticle } from '../describe.js';
import { paintSplashBack, paintSplashFront, paintSteam } from '../../paint/props/liquid-splash.js';
import { fmt } from '../../paint/canvas.js';

/** Things that dress a product shot round the product rather than stand as goods of their own. */
const DRESSING = new Set(['tulip', 'blossom', 'rose', 'hibiscus', 'sunflower', 'cherry-blossom', 'bouquet', 'herb', 'leaves', 'fallen-leaf',
  'leaf-fluttering-in-wind', 'seedling', 'droplet', 'sparkles', 'sweat-droplets', 'white-flower', 'four-leaf-clover', 'maple-leaf', 'shamrock']);

/** `paintRoom`: the room the prompt names ("in a modern kitchen"), painted behind the surface. */
/** `manner` (an artist's manner) paints the backdrop in place of the studio paper or the room. */
export function composeProduct(composition: Composition, paintRoom?: () => void, manner?: { paint: () => void; label: string }): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const paper = plan.backdrop ?? plan.mode!.colors.find((h) => luma(parseHex(h)) > 0.5) ?? '#eef0f3';
  const result: ModeResult = { hero: 'no product recognised', wore: [], held: [], around: [], heroPlace: 'centred', accent: paper, backdrop: 'seamless studio paper' };
  // "Full English breakfast, sunny-side up eggs, …": one plate with every food named on it.
  if (plan.mode!.breakfast) {
    const foods = drawBreakfastPlate(composition, plan.mode!.breakfast);
    const label = writeLabel(c, plan, W / 2, H * 0.92, W * 0.6, H * 0.1);
    return { ...result, hero: `a wooden table seen from above, with a breakfast plate of ${foods} on it`, heroPlace: 'filling the frame', backdrop: undefined, fills: true, label };
  }
  // "A flat lay", "a tablescape shot from above": the table top fills the frame, the things on it.
  const dishes = tabletopDishes(composition, modeSubjects(composition, false));
  if (dishes) {
    paintStudioPaper(c, paper);
    const on = drawTabletop(composition, { x: -W * 0.02, y: -H * 0.02, w: W * 1.04, h: H * 1.04 }, dishes);
    const label = writeLabel(c, plan, W / 2, H * 0.9, W * 0.6, H * 0.1);
    return { ...result, hero: `a wooden table seen from above, with ${dishList(on)} on it`, heroPlace: 'filling the frame', backdrop: undefined, fills: true, label };
  }
  const [product, ...rest] = modeSubjects(composition, false);
  if (!product) {
    paintStudioPaper(c, paper);
    return result;
  }
  // Flowers, leaves and droplets round a jar dress its shot: only goods make an assortment.
  if (rest.filter((s) => !DRESSING.has(s.thing.key)).length >= 4) return composeAssortment(composition, [product, ...rest], result, paper);
  // "Five protein drink bottles": as many as asked, side by side.
  if (asksMany(plan.prompt.toLowerCase(), product) && !PAIRED.has(product.thing.key)) return composeRow(composition, product, result, paper);
  const surface = plan.mode!.surface;
  const fx = plan.mode!.effects;
  const fig = figureOf(composition, product);
  // A splash needs room round the product for its crown.
  const h = Math.min(H * (surface?.plinth ? 0.5 : 0.66), (W * 0.62) / fig.spec.aspect) * (rest.length ? 0.92 : 1) * (fx?.splash ? 0.8 : 1);
  const bottom = H * (surface?.plinth ? 0.7 : 0.84);
  const w = h * fig.spec.aspect;
  const x = rest.length ? W * 0.46 : W / 2;
  const foot = { x, bottom, w };
  const room = surface && (paintRoom || manner) && !['grass', 'sand', 'gallery'].includes(surface.material);
  if (manner && (room || !surface)) manner.paint();
  else if (room) paintRoom!();
  const top = surface ? paintSurface(c, surface, paper, foot, composition.rng.fork('surface'), room) : undefined;
  if (!surface && !manner) paintStudioPaper(c, paper);
  // An emoji's painted foot (a tilted shoe's sole), not its box's margin, stands on the surface.
  // Levitating, the product floats over its shadow (fainter and smaller for the height).
  const lift = fx?.levitating ? h * 0.16 : 0;
  const sit = (fig.spec.mode === 'character' ? bottom : composition.settle(product.thing, { x, bottom, w, h, flip: false }).bottom) - lift;
  if (surface && !lift) paintReflection(c, surface, foot, h, () => drawSubject(composition, product, fig, x, sit, h, 'mirror'));
  c.ellipse(x, bottom, w * (lift ? 0.4 : 0.55), h * 0.06, c.radial([[0, '#000000', lift ? 0.22 : 0.38], [0.6, '#000000', lift ? 0.08 : 0.14], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
  // The crown rings the product's foot; a wide product (a bar, a lying bottle) gets no wider crown than the frame.
  const splash = fx?.splash ? { x, y: sit - h * 0.2, r: Math.min(W * 0.42, Math.max(w * 0.95, h * 0.5)), rise: h * 0.62 } : undefined;
  if (splash) paintSplashBack(c, splash, fx!.splash!.color.hex, fx!.splash!.crown, composition.rng.fork('splash'));
  if (fx?.tilt) c.group(`transform="rotate(${fx.tilt} ${fmt(x)} ${fmt(sit - h / 2)})"`);
  const drawn = drawSubject(composition, product, fig, x, sit, h, 'product');
  if (fx?.tilt) c.end();
  if (splash) paintSplashFront(c, splash, fx!.splash!.color.hex, composition.rng.fork('splash-front'));
  if (fx?.steam) paintSteam(c, x - w * 0.06, sit - h * 0.97, w, h * 0.62);
  composition.mainRect = { x: x - w / 2, y: bottom - h, w, h };
  // In a splash, the ingredients fly round it at varying distances ("three whole strawberries").
  if (splash && rest.length) {
    const around = flyRound(composition, rest, splash, h);
    return { ...result, hero: product.label, heroSubject: product, ...drawn, around, aroundPlace: 'flying round it', heroPlace: effectsPlace(fx) };
  }
  // What goes with the product (a splash of petals, a second item) stands small beside it.
  rest.slice(0, 2).forEach((s, i) => {
    const f = figureOf(composition, s);
    const sh = h * 0.34;
    // Outside a splash's crown, where they stay seen.
    const sx = (splash ? x + splash.r * 0.9 : x + w / 2) + sh * f.spec.aspect * 0.6 + i * sh * f.spec.aspect * 1.1;
    c.ellipse(sx, bottom, sh * f.spec.aspect * 0.5, sh * 0.06, c.radial([[0, '#000000', 0.3], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
    drawSubject(composition, s, f, Math.min(W - sh * 0.4, sx), bottom, sh, `beside${i}`);
    // "Blueberries", "mint leaves": a plural name is some of them, not "a blueberries".
    result.around.push(pluralLabel(s.label, 1));
  });
  if (surface && top !== undefined) paintSurfaceFront(c, surface, foot, top, composition.rng.fork('surface-front'));
  // Quoted words go on the product's front, across its lower middle.
  const label = writeLabel(c, plan, x, bottom - h * 0.4, Math.max(w * 0.86, Math.min(W * 0.5, w * 1.3)), h * 0.26);
  const backdrop = manner ? `${surface ? `${surfaceName(surface)} in front of ` : ''}${manner.label}`
    : surface ? `${surfaceName(surface)}${room ? ` in ${withArticle(composition.plan.setting.replace('-', ' '))}` : ''}` : result.backdrop;
  return { ...result, hero: product.label, heroSubject: product, ...drawn, label, heroPlace: effectsPlace(fx), ...(backdrop ? { backdrop } : {}) };
}

/** "Five bottles arranged horizontally": the product `count` times, in a row across the surface. */
function composeRow(composition: Composition, product: Subject, result: ModeResult, paper: string): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const n = Math.min(product.count, 7);
  const fig = figureOf(composition, product);
  const slot = (W * 0.88) / n;
  const h = Math.min(H * 0.6, (slot * 0.82) / fig.spec.aspect);
  const bottom = H * 0.84, w = h * fig.spec.aspect;
  const surface = plan.mode!.surface;
  const foot = { x: W / 2, bottom, w: W * 0.88 };
  const top = surface ? paintSurface(c, { ...surface, plinth: false }, paper, foot, composition.rng.fork('surface')) : undefined;
  if (!surface) paintStudioPaper(c, paper);
  for (let i = 0; i < n; i++) {
    const x = W * 0.06 + slot * (i + 0.5);
    const sit = fig.spec.mode === 'character' ? bottom : composition.settle(product.thing, { x, bottom, w, h, flip: false }).bottom;
    if (surface) paintReflection(c, surface, { x, bottom, w }, h, () => drawSubject(composition, product, fig, x, sit, h, `mirror${i}`));
    c.ellipse(x, bottom, w * 0.55, h * 0.06, c.radial([[0, '#000000', 0.34], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
    drawSubject(composition, product, fig, x, sit, h, `row${i}`);
  }
  if (surface && top !== undefined) paintSurfaceFront(c, surface, foot, top, composition.rng.fork('surface-front'));
  const mid = W * 0.06 + slot * (Math.floor((n - 1) / 2) + 0.5);
  composition.mainRect = { x: mid - w / 2, y: bottom - h, w, h };
  const label = writeLabel(c, plan, mid, bottom - h * 0.4, Math.max(w * 0.9, slot * 0.8), h * 0.24);
  return { ...result, hero: product.label, heroSubject: product, count: n, heroPlace: 'in a row', label, ...(surface ? { backdrop: surfaceName(surface) } : {}) };
}

/**
 * "Dairy products including milk cartons, cheese, butter, yogurt cups and eggs": five or more
 * products are an assortment on the paper, each about the same size, the first in the middle of
 * the front row, in two staggered rows (the back row between the front's).
 */
function composeAssortment(composition: Composition, all: Subject[], result: ModeResult, paper: string): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  // The surface named runs under both rows (its top behind the back row's feet).
  const surface = plan.mode!.surface;
  if (surface) paintSurface(c, { ...surface, plinth: false }, paper, { x: W / 2, bottom: H * 0.66, w: W * 0.8 }, composition.rng.fork('surface'));
  else paintStudioPaper(c, paper);
  const items = all.slice(0, 7);
  const backN = Math.floor(items.length / 2), frontN = items.length - backN;
  // The first product stands in the middle of the front row; the others fill round it.
  const front = items.slice(0, frontN), back = items.slice(frontN);
  const mid = Math.floor((frontN - 1) / 2);
  [front[0], front[mid]] = [front[mid]!, front[0]!];
  const even = backN === frontN;
  const slot = (W * 0.86) / (even ? frontN + 0.5 : frontN);
  const row = (subjects: Subject[], bottom: number, scale: number, left: number, key: string) => {
    subjects.forEach((s, i) => {
      const f = figureOf(composition, s);
      const h = Math.min(H * 0.34, (slot * 0.86) / f.spec.aspect) * scale;
      const x = left + slot * (i + 0.5);
      c.ellipse(x, bottom, h * f.spec.aspect * 0.5, h * 0.06, c.radial([[0, '#000000', 0.32], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
      drawSubject(composition, s, f, x, bottom, h, `${key}${i}`);
      if (s === all[0]) composition.mainRect = { x: x - (h * f.spec.aspect) / 2, y: bottom - h, w: h * f.spec.aspect, h };
    });
  };
  row(back, H * 0.55, 0.85, W * 0.07 + slot * (even ? 0.5 : (frontN - backN) / 2), 'back');
  row(front, H * 0.84, 1, W * 0.07, 'front');
  const m = composition.mainRect!;
  const label = writeLabel(c, plan, m.x + m.w / 2, m.y + m.h * 0.6, Math.min(W * 0.4, m.w * 1.3), m.h * 0.26);
  return { ...result, hero: all[0]!.label, heroSubject: all[0], around: items.slice(1).map((s) => s.label), heroPlace: 'centred, in an assortment of products', label,
    ...(surface ? { backdrop: surfaceName(surface) } : {}) };
}

// Where the ingredients fly round a splash: across in the crown's half-widths, up in its rises, and their size in the product's heights.
const FLIGHT = [[-1.15, 0.15, 0.3], [1.2, -0.15, 0.26], [-0.9, -0.95, 0.19], [1.0, -1.05, 0.17], [-1.3, -0.5, 0.15], [1.35, 0.3, 0.33]] as const;

/** Up to two kinds of ingredient, up to three of each, round the splash, nearer ones larger. Returns what `text` names. */
function flyRound(composition: Composition, rest: Subject[], s: { x: number; y: number; r: number; rise: number }, h: number): string[] {
  const { W, H } = composition.stage;
  const kinds = rest.slice(0, 2);
  const copies = kinds.map((k) => Math.min(3, Math.max(1, k.count)));
  const order = FLIGHT.map((_, i) => kinds[i % kinds.length]!).filter((k, i) => Math.floor(i / kinds.length) < copies[kinds.indexOf(k)]!);
  order.forEach((k, i) => {
    const [dx, dy, size] = FLIGHT[i]!;
    const sh = h * size, x = Math.max(sh * 0.6, Math.min(W - sh * 0.6, s.x + dx * s.r)), y = Math.min(H - sh * 0.1, s.y + dy * s.rise + sh / 2);
    composition.drawThing(k.thing, { x, bottom: y, w: sh * composition.aspectOf(k.thing), h: sh, flip: i % 2 === 1 }, k.color?.hex, (i % 2 ? 1 : -1) * (8 + i * 5));
  });
  return kinds.map((k) => pluralLabel(k.label, order.filter((o) => o === k).length));
}

/** "Blueberries", "mint leaves": a name already plural is "some" of them for one picture, else counted from its singular. */
function pluralLabel(label: string, n: number): string {
  if (!/(?:ies|ves|[^aeiosu]s)$/.test(label)) return counted(label, n);
  return n === 1 ? `some ${label}` : counted(label.replace(/ies$/, 'y').replace(/ves$/, 'f').replace(/s$/, ''), n);
}

/** Where the product is and what goes on round it, for `text`: "centred, levitating at a 15° tilt, bursting through …". */
function effectsPlace(fx: ProductEffects | undefined): string {
  const parts = ['centred'];
  if (fx?.levitating) parts.push(fx.tilt ? `levitating at a ${fx.tilt}° tilt` : 'levitating');
  else if (fx?.tilt) parts.push(`tilted ${fx.tilt}°`);
  const sp = fx?.splash;
  if (sp) parts.push(`bursting through ${withArticle(`${sp.color.name === sp.liquid ? '' : `${sp.color.name} `}${sp.liquid} splash`)}${sp.crown ? ' with a crown of liquid' : ''} and droplets flying`);
  if (fx?.steam) parts.push('a wisp of steam curling up from it');
  return parts.join(', ');
}
