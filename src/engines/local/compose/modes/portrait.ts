// Portraits: one figure, large, head and shoulders, on a studio backdrop lit behind the head (or
// the setting the prompt names, softly out of focus behind a veil). A couple, "2 women" or "a group
// of kids" sit side by side, each smaller, up to four.
import { paintPortraitBackdrop } from '../../paint/screens/mode-backdrops.js';
import type { Composition } from '../composition.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import { writeLabel, type ModeResult } from './mode-kit.js';
import { FURNITURE } from '../../read/lexicon-reader.js';
import { thingOf } from '../../read/things.js';
import { counted, list, withArticle } from '../describe.js';
import type { Subject } from '../../plan/scene-plan.js';

/** People a group portrait can show more than one of. */
const PERSON = /^(man|woman|person|boy|girl|child|old-man|old-woman|older-person)(-|$)/;
/** Each kind of person, drawn a little differently side by side. */
const VARIANTS: Record<string, string[]> = {
  child: ['boy', 'girl', 'child', 'girl'], boy: ['boy', 'boy-light', 'boy'], girl: ['girl', 'girl', 'girl'],
  woman: ['woman', 'woman-curly-hair', 'woman-blonde-hair', 'woman-red-hair'], man: ['man', 'man-beard', 'man-curly-hair', 'man'],
  person: ['person', 'woman', 'man', 'person'],
};

/** Who sits for the portrait: one sitter, a couple (a man and a woman), or the counted people. */
function sittersOf(sitter: Subject, others: Subject[], prompt: string): Subject[] {
  const icon = sitter.thing.icon ?? '';
  if (!PERSON.test(icon) || sitter.wearing.length || sitter.holding.length > 1) return [sitter];
  // "a mother, father and two children": each person named, with their counts.
  const people = others.filter((s) => s !== sitter && PERSON.test(s.thing.icon ?? ''));
  if (people.length) return [sitter, ...people].flatMap((s) => Array.from({ length: s.count }, () => ({ ...s, count: 1 }))).slice(0, 4);
  const as = (key: string): Subject => ({ ...sitter, count: 1, thing: { ...thingOf(key, sitter.label), animate: true } });
  if (/\b(?:a|the|young|old|elderly|happy|loving|married)\s+couple\b/i.test(prompt)) return [as('man'), { ...as('woman'), label: 'woman' }];
  const n = Math.min(4, sitter.count);
  if (n < 2) return [sitter];
  const base = icon.split('-')[0]!;
  const kinds = VARIANTS[base] ?? [icon];
  return Array.from({ length: n }, (_, i) => as(i === 0 ? icon : kinds[i % kinds.length]!));
}

/** The head emoji's share of a character's height, and how far below its top it starts. */
const HEAD_UNITS = 32;
const BODY_UNITS = 58;

export function composePortrait(composition: Composition, paintScene: (() => void) | undefined): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const sitter = modeSubjects(composition, false)[0]!;
  const group = sittersOf(sitter, modeSubjects(composition, false), plan.prompt);
  if (group.length > 1) return composeGroup(composition, sitter, group, paintScene);
  const fig = figureOf(composition, sitter);
  const tone = plan.backdrop ?? (plan.style === 'vintage' ? '#8a8580' : '#7d8aa0');
  let wore: string[] = [], held: string[] = [], behind: string[] = [];
  if (fig.spec.mode === 'character' && fig.head) {
    // Head and shoulders: the head fills about half the height; the body runs off the bottom edge.
    const head = Math.min(H * 0.5, W * 0.62);
    const units = BODY_UNITS + fig.spec.hatRoom;
    const h = (head * units) / HEAD_UNITS;
    const top = H * 0.16 - (fig.spec.hatRoom / units) * h * (fig.spec.hatRoom ? 0.6 : 0);
    const cx = W / 2;
    if (paintScene) {
      paintScene();
      behind = backdropFurniture(composition);
      c.rect(0, 0, W, H, '#ffffff', { opacity: 0.35, bare: true });
    } else paintPortraitBackdrop(c, tone, cx, top + h * 0.3);
    ({ wore, held } = drawSubject(composition, sitter, fig, cx, top + h, h, 'sitter'));
    composition.mainRect = { x: cx - (h * fig.spec.aspect) / 2, y: top, w: h * fig.spec.aspect, h: H - top };
  } else {
    const h = Math.min(H * 0.78, (W * 0.8) / fig.spec.aspect);
    if (paintScene) {
      paintScene();
      behind = backdropFurniture(composition);
      c.rect(0, 0, W, H, '#ffffff', { opacity: 0.35, bare: true });
    } else paintPortraitBackdrop(c, tone, W / 2, H * 0.45);
    ({ wore, held } = drawSubject(composition, sitter, fig, W / 2, H * 0.5 + h / 2, h, 'sitter'));
    composition.mainRect = { x: W / 2 - (h * fig.spec.aspect) / 2, y: H * 0.5 - h / 2, w: h * fig.spec.aspect, h };
  }
  // Quoted words on a name plate across the bottom edge, as under a painted portrait.
  const label = writeLabel(c, plan, W / 2, H * 0.9, W * 0.62, H * 0.1);
  return { hero: sitter.label, heroSubject: sitter, wore, held, around: behind, heroPlace: fig.head ? 'head and shoulders' : 'close up', accent: tone, label, ...(paintScene ? {} : { backdrop: 'a studio backdrop lit behind the head' }) };
}

/** "a man and a woman", "a mother, a father and two children": each sitter by the prompt's word (or its picture's). */
function namesOf(group: Subject[]): string {
  const labels = group.map((s) => s.label);
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const said = [...counts].map(([l, n], i) => (n > 1 ? counted(l, n) : i === 0 ? l : withArticle(l)));
  return list(said);
}

/** Two to four sitters side by side, head and shoulders, the middle ones a little higher. */
function composeGroup(composition: Composition, sitter: Subject, group: Subject[], paintScene: (() => void) | undefined): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const tone = plan.backdrop ?? (plan.style === 'vintage' ? '#8a8580' : '#7d8aa0');
  let behind: string[] = [];
  if (paintScene) {
    paintScene();
    behind = backdropFurniture(composition);
    c.rect(0, 0, W, H, '#ffffff', { opacity: 0.35, bare: true });
  } else paintPortraitBackdrop(c, tone, W / 2, H * 0.4);
  const n = group.length;
  const figs = group.map((s) => figureOf(composition, s));
  const slot = W / n;
  let wore: string[] = [], held: string[] = [];
  // Three or four stand in two rows: the back row (odd places) higher, drawn first, half hidden.
  const order = group.map((_, i) => i).sort((a, b) => (b % 2) - (a % 2));
  for (const i of order) {
    const s = group[i]!, fig = figs[i]!;
    const back = n > 2 && i % 2 === 1;
    const head = Math.min(H * 0.5, W * 0.62) * [1, 1, 0.72, 0.62, 0.56][n]!;
    const units = BODY_UNITS + fig.spec.hatRoom;
    const h = Math.min((head * units) / HEAD_UNITS, (slot * (n > 2 ? 1.8 : 1.4)) / fig.spec.aspect, H * 1.1) * (back ? 0.92 : 1);
    // Cut at the chest by the bottom edge, as one sitter is; the back row stands a step higher.
    const top = H * (back ? 0.1 : n > 2 ? 0.3 : 0.16);
    const bottom = Math.max(top + h, H + h * (back ? 0.06 : n > 2 ? 0.3 : 0.12));
    const r = drawSubject(composition, s, fig, slot * (i + 0.5), bottom, h, `sitter${i}`);
    if (i === 0) ({ wore, held } = r);
  }
  const label = writeLabel(c, plan, W / 2, H * 0.9, W * 0.62, H * 0.1);
  composition.mainRect = { x: 0, y: H * 0.2, w: W, h: H * 0.8 };
  // "a man and a woman", "a mother, a father and two children", or "two women".
  const mixed = group.some((s) => s.label !== sitter.label);
  const names = mixed ? namesOf(group) : sitter.label;
  return {
    hero: names, ...(mixed ? {} : { count: n }), heroSubject: { ...sitter, count: n }, wore, held, around: behind,
    heroPlace: 'side by side, head and shoulders', accent: tone, label, ...(paintScene ? {} : { backdrop: 'a studio backdrop lit behind them' }),
  };
}

/**
 * The setting's furniture the prompt names ("a library behind her with one warm lamp"), standing
 * in the scenery at the picture's sides, out of focus with it; never in the sitter's hands
 * (plan/backdrop-props.ts). Returns what was drawn.
 */
function backdropFurniture(composition: Composition): string[] {
  const { W, H, horizon } = composition.stage;
  // Windows and doors are the room's own, painted in its walls already.
  const pieces = composition.plan.subjects.filter((s) => s.role === 'prop' && FURNITURE.has(s.thing.key) && s.thing.key !== 'window' && s.thing.key !== 'door').slice(0, 2);
  pieces.forEach((p, i) => {
    const h = Math.min(H * 0.5, horizon * 0.75);
    const w = h * composition.aspectOf(p.thing);
    const x = i === 0 ? Math.max(w / 2 + W * 0.02, W * 0.13) : Math.min(W - w / 2 - W * 0.02, W * 0.87);
    composition.drawThing(p.thing, { x, bottom: Math.min(H, horizon + H * 0.06), w, h, flip: i === 1 }, p.color?.hex);
  });
  return pieces.map((p) => p.label);
}
