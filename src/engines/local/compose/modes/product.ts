// Product shots: the product large and centred on seamless studio paper, with a soft contact
// shadow under it and a faint reflection of light on the floor.
import { parseHex, luma } from '../../paint/color.js';
import { paintStudioPaper } from '../../paint/screens/mode-backdrops.js';
import type { Composition } from '../composition.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import { writeLabel, type ModeResult } from './mode-kit.js';

export function composeProduct(composition: Composition): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const paper = plan.backdrop ?? plan.mode!.colors.find((h) => luma(parseHex(h)) > 0.5) ?? '#eef0f3';
  paintStudioPaper(c, paper);
  const [product, ...rest] = modeSubjects(composition, false);
  const result: ModeResult = { hero: 'no product recognised', wore: [], held: [], around: [], heroPlace: 'centred', accent: paper, backdrop: 'seamless studio paper' };
  if (!product) return result;
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
