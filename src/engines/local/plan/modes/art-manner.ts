// An artist's or a movement's manner named in the prompt ("in the style of Kandinsky", "a cat,
// cubism", "surreal, Dalí", "a rococo floral wallpaper"): the picture is drawn that way
// (compose/modes/art-manners.ts; docs/local-engine.md, "Artists' manners"). With no subject it is
// the whole picture (an abstract render); with one, the manner is the backdrop behind the subject.

import type { ScenePlan } from '../scene-plan.js';
import { abstractMode, type CompositionMode } from './choose-mode.js';

export type Manner = 'kandinsky' | 'mondrian' | 'miro' | 'pollock' | 'rothko' | 'malevich' | 'cubism' | 'surreal' | 'floral';

const MANNERS: [Manner, RegExp][] = [
  ['kandinsky', /\bkandinsk(?:y|i)(?:'s)?\b|\bbauhaus (?:painting|art|abstract)/],
  ['mondrian', /\bmondrian(?:'s)?\b|\bde stijl\b|\bneoplasticism\b/],
  ['miro', /\bmir[oó](?![a-z])/],
  ['pollock', /\bpollock(?:'s)?\b(?! (?:fish|fillets?|fishing))|\bdrip painting\b|\baction painting\b|\bsplatter (?:painting|art)\b|\babstract expressionis[mt]\b/],
  ['rothko', /\brothko(?:'s)?\b|\bcolou?r ?field painting\b/],
  ['malevich', /\bmalevich(?:'s)?\b|\bsuprematis[mt]\b/],
  ['cubism', /\bpicasso(?:'s)?\b|\bcubis[mt]\b|\bcubist\b|\bbraque\b/],
  ['surreal', /\bdal[ií](?![a-z])|\bsurreal(?:ism|ist|istic)?\b|\bmagritte\b|\bmelting clocks?\b|\bdreamscape\b/],
  ['floral', /\b(?:rococo|damask|baroque (?:pattern|wallpaper|ornament|wall)|floral (?:pattern|wallpaper|wall|print|motif|ornament|background|design)|flower pattern|william morris|chinoiserie|toile)\b/],
];

/** The words a manner draws (never "not drawn"). */
const MANNER_WORDS = ('kandinsky kandinski mondrian miro miró pollock rothko malevich picasso braque cubism cubist dali dalí magritte ' +
  'surreal surrealism surrealist surrealistic dreamscape melting clock clocks rococo damask baroque floral pattern patterns wallpaper ' +
  'wall ornament ornate motif chinoiserie toile morris william stijl neoplasticism suprematism suprematist drip splatter action ' +
  'expressionism expressionist abstract field bauhaus style manner painting art').split(' ');

export interface MannerReading {
  manner: Manner;
  words: string[];
}

export function readManner(lower: string): MannerReading | undefined {
  const found = MANNERS.map(([m, re]) => ({ m, at: lower.search(re) })).filter((f) => f.at >= 0).sort((a, b) => a.at - b.at)[0];
  return found ? { manner: found.m, words: MANNER_WORDS } : undefined;
}

/** What `text` calls the manner's picture. */
export const MANNER_LABELS: Record<Manner, string> = {
  kandinsky: "a Kandinsky-style abstraction (circles, arcs, lines and triangles on a light ground)",
  mondrian: 'a Mondrian-style grid (black lines, red, blue and yellow blocks on white)',
  miro: "a Miró-style composition (black lines, stars, dots and bold biomorphic shapes)",
  pollock: 'a Pollock-style drip painting (layers of drips and splatters)',
  rothko: 'a Rothko-style colour field painting (soft stacked colour blocks)',
  malevich: 'a Malevich-style suprematist composition (floating squares and bars on white)',
  cubism: 'a cubist composition (overlapping angular planes in ochre, brown and blue-grey)',
  surreal: 'a surreal dreamscape (melting clocks on a bare desert under a wide sky)',
  floral: 'an ornate floral damask pattern',
};

/** The drawing tools a manner is made with ("colored pencils", "a brush"): the medium, not the picture's subject. */
const MEDIUM = /^(pencil|crayon|paintbrush|brush|paint|palette|artist-palette|canvas|easel|pen|marker|fountain-pen)s?$/;

/**
 * Reads the manner into the plan: its words are drawn, the tools it is made with are no subjects;
 * with no subject left it is an abstract render of its own (or, surreal, a desert dreamscape), with
 * one it is the backdrop behind it, a portrait's too. A product shot or screen keeps its own layout.
 */
export function applyManner(plan: ScenePlan, lower: string, text: string, mode: CompositionMode | undefined): CompositionMode | undefined {
  const r = readManner(lower);
  if (!r) return mode;
  // A portrait, a product shot, a banner or a poster keeps its layout, the manner behind the sitter,
  // the product, the hero or a garment's print (not surreal: that is a place; never a logo or a screen).
  const framed = r.manner !== 'surreal' && (mode?.kind === 'portrait' || (mode?.kind === 'product' && !mode.breakfast)
    || (mode?.kind === 'banner' && !['logo', 'abstract render', 'tech background'].includes(mode.label)));
  if (mode && mode.label !== 'abstract render' && !framed) return mode;
  plan.subjects = plan.subjects.filter((s) => !MEDIUM.test(s.thing.key) && !(r.manner === 'surreal' && /clock/.test(s.thing.key)) && !(r.manner === 'pollock' && /^(droplet|sweat-droplets)$/.test(s.thing.key)));
  plan.manner = r.manner;
  plan.unknown = plan.unknown.filter((w) => !r.words.includes(w));
  // "Colored pencils" is colour, not a grey pencil sketch.
  if (plan.style === 'sketch' && /\bcolou?red pencils?\b|\bcrayons?\b/.test(lower)) plan.style = 'illustrated';
  if (framed) {
    mode.drawnWords.push(...r.words);
    return mode;
  }
  const main = plan.subjects.find((s) => s.role === 'main');
  if (!main && plan.subjects[0]) plan.subjects[0].role = 'main';
  if (r.manner === 'surreal') {
    if (!plan.settingExplicit) plan.setting = 'desert';
    return undefined;
  }
  plan.setting = 'studio';
  if (plan.subjects.length) return undefined;
  const abstract = mode ?? abstractMode(text, plan);
  abstract.drawnWords.push(...r.words);
  return abstract;
}
