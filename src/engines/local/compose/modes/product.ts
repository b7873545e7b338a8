// Product shots: the product large and centred on seamless studio paper, with a soft contact
// shadow under it and a faint reflection of light on the floor.
import { parseHex, luma } from '../../paint/color.js';
import { paintStudioPaper } from '../../paint/screens/mode-backdrops.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import { dishList, drawTabletop, tabletopDishes } from './tabletop.js';
import { writeLabel, type ModeResult } from './mode-kit.js';

export function composeProduct(composition: Composition): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const paper = plan.backdrop ?? plan.mode!.colors.find((h) => luma(parseHex(h)) > 0.5) ?? '#eef0f3';
  paintStudioPaper(c, paper);
  const result: ModeResult = { hero: 'no product recognised', wore: [], held: [], around: [], heroPlace: 'centred', accent: paper, backdrop: 'seamless studio paper' };
  // "A flat lay", "a tablescape shot from above": the table top fills the frame, the things on it.
  const dishes = tabletopDishes(composition, modeSubjects(composition, false));
  if (dishes) {
    const on = drawTabletop(composition, { x: -W * 0.02, y: -H * 0.02, w: W * 1.04, h: H * 1.04 }, dishes);
    const label = writeLabel(c, plan, W / 2, H * 0.9, W * 0.6, H * 0.1);
    return { ...result, hero: `a wooden table seen from above, with ${dishList(on)} on it`, heroPlace: 'filling the frame', backdrop: undefined, fills: true, label };
  }
  const [product, ...rest] = modeSubjects(composition, false);
  if (!product) return result;
  if (rest.length >= 4) return composeAssortment(composition, [product, ...rest], result);
  const fig = figureOf(composition, product);
  const h = Math.min(H * 0.66, (W * 0.62) / fig.spec.aspect) * (rest.length ? 0.92 : 1);
  const bottom = H * 0.84;
  const w = h * fig.spec.aspect;
  const x = rest.length ? W * 0.46 : W / 2;
  c.ellipse(x, bottom, w * 0.55, h * 0.06, c.radial([[0, '#000000', 0.38], [0.6, '#000000', 0.14], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
  const drawn = drawSubject(composition, product, fig, x, bottom, h, 'product');
  composition.mainRect = { x: x - w / 2, y: bottom - h, w, h };
  // What goes with the product (a splash of petals, a second item) stands small beside it.
  rest.slice(0, 2).forEach((s, i) => {
    const f = figureOf(composition, s);
    const sh = h * 0.34;
    const sx = x + w / 2 + sh * f.spec.aspect * 0.6 + i * sh * f.spec.aspect * 1.1;
    c.ellipse(sx, bottom, sh * f.spec.aspect * 0.5, sh * 0.06, c.radial([[0, '#000000', 0.3], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
    drawSubject(composition, s, f, Math.min(W - sh * 0.4, sx), bottom, sh, `beside${i}`);
    result.around.push(s.label);
  });
  // Quoted words go on the product's front, across its lower middle.
  const label = writeLabel(c, plan, x, bottom - h * 0.4, Math.max(w * 0.86, Math.min(W * 0.5, w * 1.3)), h * 0.26);
  return { ...result, hero: product.label, heroSubject: product, ...drawn, label };
}

/**
 * "Dairy products including milk cartons, cheese, butter, yogurt cups and eggs": five or more
 * products are an assortment on the paper, each about the same size, the first in the middle of
 * the front row, in two staggered rows (the back row between the front's).
 */
function composeAssortment(composition: Composition, all: Subject[], result: ModeResult): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
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
  return { ...result, hero: all[0]!.label, heroSubject: all[0], around: items.slice(1).map((s) => s.label), heroPlace: 'centred, in an assortment of products', label };
}
