// Details of a scene read from the prompt's phrases as a whole (docs/local-engine.md, "Workshops,
// ice and what stands behind a lake"): the lake is ice, it is autumn, a path winds through the
// landscape, smoke rises from a chimney, the workshop is a potter's, a desert or village has an oasis,
// it is spring (blossom). Each is read once; the words
// it draws are then no longer "not drawn".
import type { SettingKind } from './lexicon-settings.js';

/** Water that is ice: "a frozen lake", "an icy pond", "the river had frozen over", "ice skating". */
const FROZEN_WATER = new RegExp(
  String.raw`\b(?:frozen|icy|ice[- ]covered|iced[- ]over|ice[- ]bound)\s+(?:[a-z-]+\s+){0,2}(?:lakes?|ponds?|rivers?|streams?|creeks?|canals?|water|fjords?)\b` +
  String.raw`|\b(?:lakes?|ponds?|rivers?|streams?|creeks?|canals?)\s+(?:(?:is|was|has|had|have|are)\s+)?(?:frozen|iced over)\b` +
  String.raw`|\b(?:ice[- ]skat\w*|skating rink|ice fishing)\b`, 'i');
/** Settings whose water can freeze. */
const FREEZABLE: ReadonlySet<SettingKind> = new Set<SettingKind>(['lake']);
/** Words that make a workshop a potter's. */
export const POTTERY = /\b(?:pottery|potters?|ceramics?|ceramicists?|clay|pottery wheel|kiln)\b/i;
/** Clay that is a figure's material ("Beep the clay robot", plan/plan-finish.ts reads it as claymation). */
export const CLAY_FIGURE = /\b(?:clay|plasticine)\s+(?:robots?|figures?|figurines?|characters?|creatures?|puppets?|animals?|models?|m[ae]n|dolls?)\b/gi;
/** The season of turning leaves. */
const AUTUMN = /\b(?:autumn|autumnal|fall (?:foliage|colou?rs|leaves|season|day|afternoon|morning|forest|trees)|in (?:the )?fall\b(?! of)|indian summer|turning leaves)/i;
/** The season of blossom: "a spring landscape", "springtime in the park" (no hot spring, bedspring or spring roll). */
const SPRING = /\b(?:springtime|spring (?:landscape|meadow|day|morning|afternoon|garden|forest|field|fields|flowers|blossoms?|scene|season|time|breeze|rain)|in (?:the )?spring\b|early spring|late spring|spring has)/i;
/** A city of the future: "a futuristic city", "a sci-fi metropolis", "a cyberpunk street". */
const FUTURE = /\b(?:futuristic|sci-?fi|science[- ]fiction|utopian|dystopian|cyberpunk|high-tech|hi-tech|space-age|of the future|future (?:city|cities|metropolis|skyline|world)|year 2[1-9]\d\d)\b/i;
const FUTURE_SETTINGS: ReadonlySet<SettingKind> = new Set<SettingKind>(['city-street', 'skyline']);
/** A chimney named, or smoke rising from a house. */
const CHIMNEY = /\b(?:chimneys?|wood ?smoke|smoke (?:rising|curling|drifting|coming|billowing))\b/i;
/** Water and palms in the desert: "a hamlet built around an oasis". */
const OASIS = /\b(?:oasis|oases)\b(?! of)/i;
const OASIS_SETTINGS: ReadonlySet<SettingKind> = new Set<SettingKind>(['desert', 'village', 'park']);
/** A footpath through a landscape. */
const TRAIL = /\b(?:(?:forest|woodland|dirt|mountain|hiking|winding|narrow|country|garden|jungle|desert|gravel|stone) (?:paths?|trails?|tracks?)|paths?|footpaths?|pathways?|trails?|hiking)\b(?! (?:of|to success|forward))/i;
const TRAIL_SETTINGS: ReadonlySet<SettingKind> = new Set<SettingKind>(['forest', 'mountains', 'jungle', 'savanna', 'desert', 'canyon', 'snow', 'farm', 'lake']);

export interface SceneDetails {
  frozen?: boolean;
  autumn?: boolean;
  trail?: boolean;
  chimneySmoke?: boolean;
  pottery?: boolean;
  oasis?: boolean;
  spring?: boolean;
  futuristic?: boolean;
}

/** The details this prompt asks of a scene set here (snow and autumn do not meet). */
export function sceneDetails(prompt: string, setting: SettingKind, snowy: boolean): SceneDetails {
  const out: SceneDetails = {};
  if (FREEZABLE.has(setting) && FROZEN_WATER.test(prompt)) out.frozen = true;
  if (AUTUMN.test(prompt) && !snowy && setting !== 'snow') out.autumn = true;
  else if (SPRING.test(prompt) && !snowy && setting !== 'snow') out.spring = true;
  if (TRAIL_SETTINGS.has(setting) && TRAIL.test(prompt)) out.trail = true;
  if (CHIMNEY.test(prompt)) out.chimneySmoke = true;
  // A clay robot is a claymation figure, not a potter's work.
  if (setting === 'workshop' && POTTERY.test(prompt.replace(CLAY_FIGURE, ''))) out.pottery = true;
  if (OASIS_SETTINGS.has(setting) && OASIS.test(prompt)) out.oasis = true;
  if (FUTURE_SETTINGS.has(setting) && FUTURE.test(prompt)) out.futuristic = true;
  return out;
}

/** Whether a word the reader could not draw is drawn by one of these details after all. */
export function drawnByDetails(word: string, d: SceneDetails): boolean {
  return (d.autumn === true && /^(autumn|autumnal)$/.test(word)) || (d.spring === true && /^(spring|springtime)$/.test(word)) || (d.trail === true && /^(?:paths?|footpaths?|pathways?|trails?|tracks?)$/.test(word)) ||
    (d.chimneySmoke === true && /^(chimneys?|smoke)$/.test(word)) || (d.pottery === true && POTTERY.test(word)) || (d.oasis === true && OASIS.test(word)) || (d.futuristic === true && FUTURE.test(word));
}
