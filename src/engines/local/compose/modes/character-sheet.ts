// A character sheet (plan/modes/character-sheet.ts; docs/local-engine-modes.md, "Character
// sheets"): the one character drawn three times in a row on plain paper with a faint grid, FRONT
// as it is, SIDE flipped and narrower, BACK darker with the face covered by the back of the head,
// each with a thin label under it. The picture keeps the style asked (the style grades the paint).
import { STYLE_LABELS } from '../../read/lexicon-scene.js';
import { fmt } from '../../paint/canvas.js';
import type { Composition } from '../composition.js';
import { list, withArticle } from '../describe.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';

const VIEWS = ['FRONT', 'SIDE', 'BACK'] as const;
/** The back of the head, a golden brown near the drawn figures' own hair. */
const HAIR = '#c0832c';

/** Draw the sheet; returns its `text`. */
export function composeSheet(composition: Composition): string {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const hero = modeSubjects(composition, false)[0];
  const paper = plan.backdrop ?? '#f3efe6';
  c.rect(0, 0, W, H, paper, { bare: true });
  // A faint blue grid, as on a designer's sheet, and a ground line the three stand on.
  const step = Math.min(W, H) / 16;
  const lines: string[] = [];
  for (let x = step; x < W; x += step) lines.push(`M${fmt(x)} 0V${fmt(H)}`);
  for (let y = step; y < H; y += step) lines.push(`M0 ${fmt(y)}H${fmt(W)}`);
  c.add(`<path d="${lines.join('')}" fill="none" stroke="${c.paint('#9fb4cc')}" stroke-opacity="0.35" stroke-width="${fmt(Math.max(1, step * 0.02))}"/>`);
  const ground = H * 0.8;
  const slot = W / 3;
  const u = Math.min(W, H);
  let wore: string[] = [], held: string[] = [];
  if (hero) {
    const fig = figureOf(composition, hero);
    const h = Math.min(H * 0.66, (slot * 0.78) / fig.spec.aspect);
    VIEWS.forEach((view, i) => {
      const cx = slot * (i + 0.5);
      // A soft shadow under each view.
      c.ellipse(cx, ground, h * fig.spec.aspect * 0.38, u * 0.012, '#000000', { opacity: 0.12, bare: true });
      const transform = view === 'SIDE' ? `translate(${fmt(cx)} 0) scale(-0.72 1) translate(${fmt(-cx)} 0)` : '';
      if (view === 'BACK') {
        const id = c.id('back');
        c.def(`<filter id="${id}" color-interpolation-filters="sRGB"><feColorMatrix type="matrix" values="0.62 0 0 0 0 0 0.62 0 0 0 0 0 0.66 0 0 0 0 0 1 0"/></filter>`);
        c.add(`<g filter="url(#${id})">`);
      } else if (transform) c.add(`<g transform="${transform}">`);
      const r = drawSubject(composition, hero, fig, cx, ground, h, 'sheet');
      if (i === 0) ({ wore, held } = r);
      // The back of the head hides the face.
      const head = composition.headBox;
      const human = /^(person|man|woman|boy|girl|child|old)/.test(hero.thing.key);
      if (view === 'BACK' && human && head && fig.head) c.ellipse(head.x + head.size / 2, head.y + head.size * 0.56, head.size * 0.33, head.size * 0.36, HAIR, { layer: 'fg' });
      // A bust or a creature drawn whole: its face sits in the upper middle of its box.
      else if (view === 'BACK' && human && !fig.head) c.ellipse(cx, ground - h * 0.6, h * 0.19, h * 0.19, HAIR, { layer: 'fg' });
      if (view === 'BACK' || transform) c.add('</g>');
      // A thin label under each view.
      const size = Math.max(10, u * 0.034);
      c.rect(cx - slot * 0.3, ground + u * 0.03, slot * 0.6, Math.max(1, u * 0.003), '#4a4f5a', { bare: true, opacity: 0.6 });
      c.add(`<text x="${fmt(cx)}" y="${fmt(ground + u * 0.03 + size * 1.3)}" font-family="DejaVu Sans" font-size="${fmt(size)}" letter-spacing="${fmt(size * 0.25)}" text-anchor="middle" fill="${c.paint('#3a3f4a', 'fg')}">${view}</text>`);
    });
    composition.mainRect = { x: slot * 0.1, y: ground - h, w: W - slot * 0.2, h };
  }
  let who = hero ? withArticle(hero.label) : 'a character';
  if (wore.length) who += ` wearing ${list(wore.map(withArticle))}`;
  if (held.length) who += ` holding ${list(held.map(withArticle))}`;
  let line = `character sheet: ${who} shown from the front, side and back (three views in a row, labelled FRONT, SIDE and BACK), on plain grid paper, ${STYLE_LABELS[plan.style]}`;
  if (plan.unknown.length) line += ` (not drawn: ${plan.unknown.slice(0, 5).join(', ')})`;
  return line;
}
