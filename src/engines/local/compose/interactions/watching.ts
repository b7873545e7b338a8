// Figures watching television: side by side on one long sofa, turned to a television on a low
// cabinet beside them ("a family on the sofa watching TV", docs/local-engine.md "Interactions").
import { drawCharacter, figureSpec } from '../../paint/figures/figure.js';
import { drawProc } from '../../paint/props/props.js';
import type { Interaction, Subject } from '../../plan/scene-plan.js';
import { headVariant } from '../../read/things.js';
import { thingForKey, type Composition } from '../composition.js';
import { claim, figureArt, floorLine } from './place-interaction.js';

const OVERLAP = 0.86;
const SOFA_COLORS = ['#7a5c8f', '#4f6d8f', '#8f5b4f', '#5f7f5a'];

export function placeWatching(composition: Composition, interaction: Interaction): boolean {
  const { W, H } = composition.stage;
  const tv = interaction.object;
  if (!tv) return false;
  const base = floorLine(composition);
  const room = base - composition.topLimit;
  const sofa = thingForKey('proc:sofa');
  const seated = interaction.figures.map((f, i) => seat(composition, f, sofa, i));
  const n = seated.length;
  // One figure's height h: the row of n seated figures, the sofa's arms and the television share the width.
  let h = Math.min(H * 0.58, room * 0.85);
  // Side by side, shoulders a little overlapping, as people sit on a sofa.
  const rowW = (hh: number) => seated.reduce((sum, s) => sum + hh * s.aspect * OVERLAP, 0) + hh * 0.4;
  const tvW = (hh: number) => hh * 0.85;
  const need = (hh: number) => rowW(hh) + tvW(hh) + hh * 0.15;
  if (need(h) > W * 0.94) h *= (W * 0.94) / need(h);
  const left = (W - need(h)) / 2;
  // The television on the left, turned to the room; the sofa on the right.
  const tvX = left + tvW(h) / 2;
  const sofaLeft = left + tvW(h) + h * 0.15;
  const sofaW = rowW(h);
  const sofaH = h * 0.78;
  const color = composition.rng.fork('sofa').pick(SOFA_COLORS);
  const wore: string[] = [];
  const held: string[] = [];
  composition.items.push({
    z: base + 0.5,
    draw: () => {
      const standH = h * 0.36;
      composition.shadow({ x: tvX, bottom: base, w: tvW(h), h: standH, flip: false });
      drawProc(composition.c, 'table', tvX, base, standH, { rng: composition.rng, layer: 'fg', color: '#6b4a32' }, tvW(h));
      composition.drawThing(tv, { x: tvX, bottom: base - standH * 0.98, w: tvW(h) * 0.9, h: tvW(h) * 0.9 / composition.aspectOf(tv), flip: false });
      composition.shadow({ x: sofaLeft + sofaW / 2, bottom: base, w: sofaW, h: sofaH, flip: false });
      const sofaOpts = { rng: composition.rng, layer: 'fg' as const, color };
      drawProc(composition.c, 'sofa', sofaLeft + sofaW / 2, base, sofaH, { ...sofaOpts, part: 'back' }, sofaW);
      drawProc(composition.c, 'sofa', sofaLeft + sofaW / 2, base, sofaH, { ...sofaOpts, part: 'front' }, sofaW);
      let x = sofaLeft + h * 0.2;
      seated.forEach((s, i) => {
        const w = h * s.aspect * OVERLAP;
        const r = s.draw(x + w / 2, base, h, i);
        if (i === 0) {
          wore.push(...r.wore);
          held.push(...r.held);
        }
        x += w;
      });
    },
  });
  let at = sofaLeft + h * 0.2;
  seated.forEach((s, i) => {
    const w = h * s.aspect * OVERLAP;
    composition.record(interaction.figures[i].label, i === 0 ? 'main' : 'prop', undefined, { x: at + w / 2, bottom: base, w: h * s.aspect, h, flip: false });
    at += w;
  });
  composition.record(tv.label, 'prop', undefined, { x: tvX, bottom: base, w: tvW(h), h: h * 0.36 + tvW(h) * 0.9 / composition.aspectOf(tv), flip: false });
  const top = base - Math.max(h, tvW(h) * 0.9 / composition.aspectOf(tv) + h * 0.36);
  claim(composition, { x: left, y: top, w: need(h), h: base - top }, h);
  composition.drawn.main = { subject: interaction.figures[0], count: 1, wore, held };
  // How many of the figures could sit (those with no body to seat stand in their own picture).
  return n > 0;
}

/** A figure as it sits on the shared sofa, turned to the television on its left. */
function seat(composition: Composition, s: Subject, sofa: ReturnType<typeof thingForKey>, i: number) {
  const head = headVariant(s.thing);
  if (head.head) {
    const subject: Subject = { ...s, seatedOn: sofa, riding: undefined };
    const spec = figureSpec(subject, head, 1);
    return {
      aspect: spec.aspect,
      draw: (x: number, bottom: number, h: number, k: number) => {
        const r = drawCharacter(composition.c, composition.icons, subject, head, spec, x, bottom, h, composition.rng.fork(`watch${k}`), {
          vintage: composition.plan.vintageDecor, placardText: false, flip: true, sharedSeat: true,
        });
        return { wore: r.wore, held: r.held };
      },
    };
  }
  // An animal with no head to put on a body curls up on the cushion as its own picture.
  const art = figureArt(composition, s, false, `watch${i}`);
  return {
    aspect: art.aspect * 0.6,
    draw: (x: number, bottom: number, h: number) => art.draw(x, bottom - h * 0.3, h * 0.6, true),
  };
}
