// The subjects of a mode picture: which of the plan's subjects it draws (not the ones a drawn
// primitive already shows), and one subject drawn in a box, dressed if it wears or holds things.
import { drawCharacter, drawIconExtras, figureSpec, type FigureSpec } from '../../paint/figures/figure.js';
import type { Subject } from '../../plan/scene-plan.js';
import { headVariant, type Thing } from '../../read/things.js';
import type { Composition } from '../composition.js';

// Emoji a primitive draws better (a laptop, a chart) or that are a wrong sense of an element's
// word ("pins" as bowling pins, "sales" as a credit card).
const COVERED = new Set([
  'laptop', 'desktop-computer', 'mobile-phone', 'television', 'computer-mouse', 'bowling', 'pushpin', 'round-pushpin',
  'chart-increasing', 'chart-decreasing', 'bar-chart', 'chart-increasing-with-yen', 'credit-card', 'red-question-mark',
  'white-question-mark', 'input-numbers', 'play-button', 'up-right-arrow', 'up-arrow', 'world-map',
]);

export function modeSubjects(composition: Composition, screens: boolean): Subject[] {
  return composition.plan.subjects.filter((s) => !(screens && s.thing.icon && COVERED.has(s.thing.icon)) && s.thing.place !== 'wall');
}

export interface Figure {
  head: Thing | undefined;
  spec: FigureSpec;
}

export function figureOf(composition: Composition, s: Subject): Figure {
  const thing = s.thing;
  // A head drawn alone ("a logo of a fox head") gets no body under it.
  const dressed = !s.headOnly && (thing.head || s.wearing.length > 0 || s.holding.length > 0);
  const variant = dressed && thing.animate ? headVariant(thing) : undefined;
  const head = variant?.head ? variant : undefined;
  return { head, spec: figureSpec({ ...s, seatedOn: undefined }, head, composition.aspectOf(thing)) };
}

/** Draw a subject with its box's bottom centre at (cx, bottom), `h` tall. Returns what it wore and held. */
export function drawSubject(composition: Composition, s: Subject, fig: Figure, cx: number, bottom: number, h: number, key: string): { wore: string[]; held: string[] } {
  const { c, icons } = composition;
  if (fig.spec.mode === 'character' && fig.head) {
    const r = drawCharacter(c, icons, { ...s, seatedOn: undefined }, fig.head, fig.spec, cx, bottom, h, composition.rng.fork(key), {
      vintage: composition.plan.style === 'vintage', placardText: false, flip: false,
    });
    composition.headBox = r.head;
    return { wore: r.wore, held: r.held };
  }
  const w = h * fig.spec.aspect;
  composition.drawThing(s.thing, { x: cx, bottom, w, h, flip: false }, s.color?.hex);
  if (!s.thing.icon) return { wore: [], held: [] };
  return drawIconExtras(c, icons, s, s.thing.icon, cx, bottom, h, composition.rng.fork(`${key}x`));
}
