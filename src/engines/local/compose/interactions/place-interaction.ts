// The main subject and its partners arranged by the plan's interaction template, instead of the
// main subject alone with the others as props: every figure taking part is drawn, at one size.
import { drawCharacter, figureSpec } from '../../paint/figures/figure.js';
import { groundY, type Rect } from '../../paint/stage.js';
import type { Interaction, Subject } from '../../plan/scene-plan.js';
import { headVariant } from '../../read/things.js';
import { thingForKey, type Composition } from '../composition.js';
import { placeActing } from './acting.js';
import { placeAddress } from './audience.js';
import { placeDesk } from './desk.js';
import { placeTogether } from './together.js';
import { placeWatching } from './watching.js';
import { counted, withArticle } from '../describe.js';

/** How one figure is drawn: width / height, and a painter for a spot (facing right unless `flip`). */
export interface FigureArt {
  subject: Subject;
  aspect: number;
  /** Children are drawn smaller than grown-ups. */
  scale: number;
  draw: (x: number, bottom: number, h: number, flip: boolean) => { wore: string[]; held: string[] };
  /** Drawn sitting, on a stool of its own. */
  seated?: boolean;
}

/** A person sitting on a stool (a player at a board game), or undefined when it has no body to seat. */
export function seatedArt(composition: Composition, s: Subject, key: string): FigureArt | undefined {
  const head = headVariant(s.thing);
  if (!head.head) return undefined;
  const subject: Subject = { ...s, seatedOn: thingForKey('proc:sofa'), riding: undefined };
  const spec = figureSpec(subject, head, 1);
  const scale = YOUNG.has(s.thing.icon ?? '') ? 0.85 : 1;
  return {
    subject: { ...s }, aspect: spec.aspect, scale, seated: true,
    draw: (x, bottom, h, flip) => {
      const k = h / 62;
      // A round wooden stool under the seat: legs, and a top where the figure sits.
      const c = composition.c;
      for (const dx of [-12, 10]) c.rect(x + dx * k, bottom - 15 * k, 2.4 * k, 15 * k, '#5b3a26', { layer: 'fg' });
      c.rect(x - 15 * k, bottom - 17.5 * k, 30 * k, 4 * k, '#8a5a36', { layer: 'fg', rx: 1.5 * k });
      const r = drawCharacter(c, composition.icons, subject, head, spec, x, bottom - 4 * k, h, composition.rng.fork(`fig${key}`), {
        vintage: composition.plan.vintageDecor, placardText: false, flip, sharedSeat: true,
      });
      return { wore: r.wore, held: r.held };
    },
  };
}

const YOUNG = new Set(['boy', 'girl', 'child', 'baby']);

/** A figure as a character (a head on a dressed body) when it can be one, else its own picture. */
export function figureArt(composition: Composition, s: Subject, character: boolean, key: string): FigureArt {
  // A head-only emoji (a fox, a raccoon) always gets a body: a head alone cannot jump or surf.
  const head = character || s.thing.head ? headVariant(s.thing) : undefined;
  const scale = YOUNG.has(s.thing.icon ?? '') ? 0.8 : 1;
  if (head?.head) {
    const subject: Subject = { ...s, seatedOn: undefined, riding: undefined };
    const spec = figureSpec(subject, head, 1);
    return {
      subject, aspect: spec.aspect, scale,
      draw: (x, bottom, h, flip) => {
        const r = drawCharacter(composition.c, composition.icons, subject, head, spec, x, bottom, h, composition.rng.fork(`fig${key}`), { vintage: composition.plan.vintageDecor, placardText: false, flip });
        return { wore: r.wore, held: r.held };
      },
    };
  }
  const aspect = composition.aspectOf(s.thing);
  return {
    subject: s, aspect, scale,
    draw: (x, bottom, h, flip) => {
      composition.drawThing(s.thing, { x, bottom, w: h * aspect, h, flip }, s.color?.hex);
      return { wore: [], held: [] };
    },
  };
}

/** The base line figures stand on. */
export function floorLine(composition: Composition): number {
  return groundY(composition.stage, composition.stage.kind === 'room' ? 0.8 : 0.78);
}

/** Records the group's box as the main subject's, so props and decorations keep off it. */
export function claim(composition: Composition, box: Rect, unitH: number): void {
  const { W } = composition.stage;
  composition.mainRect = box;
  composition.mainTaken = { x: box.x - W * 0.01, y: box.y, w: box.w + W * 0.02, h: box.h };
  composition.placer.take(composition.mainTaken);
  composition.mainHeight = unitH;
}

/** Draws the interaction if the plan has one; false leaves the main subject to placeMain. */
export function placeInteraction(composition: Composition): boolean {
  const interaction = composition.plan.interaction;
  const main = composition.main;
  if (!interaction || !main || interaction.figures[0] !== main) return false;
  const together = interaction.kind === 'board-game' || interaction.kind === 'face' || interaction.kind === 'group-table';
  const done = interaction.kind === 'watch-tv' ? placeWatching(composition, interaction)
    : interaction.kind === 'desk-work' ? placeDesk(composition, interaction)
    : interaction.kind === 'address' ? placeAddress(composition, interaction)
    : together ? placeTogether(composition, interaction) : placeActing(composition, interaction);
  if (!done) return false;
  // Two face each other across a game or a gap; anyone else named is drawn around them as usual.
  const drawn = interaction.kind === 'board-game' || interaction.kind === 'face' ? interaction.figures.slice(0, 2) : interaction.figures;
  for (const f of drawn) if (f !== main && composition.plan.subjects.includes(f)) composition.consumed.add(f);
  describeActing(composition, { ...interaction, figures: drawn });
  return true;
}

function describeActing(composition: Composition, interaction: Interaction): void {
  const main = interaction.figures[0];
  // A speaker is one, whoever else in the audience shares the word (compose/interactions/audience.ts).
  const lone = interaction.kind === 'address';
  const same = lone ? 1 : interaction.figures.filter((f) => f.label === main.label).length;
  // The others by kind: "and five people", not "and a people, a people, …".
  const kinds = new Map<string, number>();
  for (const f of interaction.figures.slice(lone ? 1 : 0)) if (lone || f.label !== main.label) kinds.set(f.label, (kinds.get(f.label) ?? 0) + 1);
  const others = [...kinds].map(([label, n]) => withArticle(counted(label, n)));
  const drawn = composition.drawn.main;
  if (drawn) drawn.count = same;
  const list = others.length <= 1 ? others.join('') : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`;
  composition.drawn.acting = `${list ? `and ${list} ` : ''}${interaction.phrase}`;
}
