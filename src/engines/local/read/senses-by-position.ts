// Senses the neighbouring words decide, where the prompt's words as a whole (word-senses.ts) cannot:
// "Cappadocia, Turkey" names the country while "a roast turkey on a table" is the bird in the same
// prompt's vocabulary, and "the camera fully focused on a cup" tells the photographer where to look
// while "a vintage camera on a desk" is a thing in the picture (docs/local-engine.md, "Word senses").
import type { Token } from './tokens.js';

/** Countries whose names are also a thing's picture (the bird). */
const COUNTRY_HOMONYMS = new Set(['turkey']);
/** Words after which a name is a place one is in, goes to or comes from. */
const TOWARD = new Set(['in', 'from', 'to', 'visit', 'visiting', 'visited', 'across', 'around', 'throughout', 'explore',
  'exploring', 'tour', 'touring', 'southern', 'northern', 'eastern', 'western', 'central', 'rural']);
/** Compromise's tags for place names ("Istanbul Turkey"). */
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
/** Words that make a capitalised bird after a comma the bird ("Stuffing, Turkey and Gravy"). */
const BIRD = new Set(['roast', 'roasted', 'stuffed', 'stuffing', 'gravy', 'carve', 'carving', 'carved', 'thanksgiving',
  'feather', 'feathers', 'gobble', 'farm', 'wild', 'drumstick', 'oven', 'baked', 'sandwich', 'dinner', 'feast']);

/**
 * "Cappadocia, Turkey", "a trip to Turkey", "Istanbul Turkey", "sunrise in turkey": a country's
 * name, not the bird that shares it. The place has no picture of its own (a flag would be a
 * souvenir, as Australia's boomerang is), so it is not drawn.
 */
export function namesCountry(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  if (!word || !COUNTRY_HOMONYMS.has(word.normal)) return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const birdy = tokens.some((t) => BIRD.has(t.normal));
  if (before && TOWARD.has(before.normal) && !before.breakAfter && (word.capital || !birdy)) return true;
  if (!word.capital) return false;
  const place = (t: Token | undefined) => t !== undefined && PLACE_TAGS.some((tag) => t.tags.has(tag)) && !COUNTRY_HOMONYMS.has(t.normal);
  if (place(after) || (place(before) && !before?.breakAfter)) return true;
  const afterComma = before?.breakAfter === true || (index === 0 && word.breakAfter);
  return afterComma && !birdy;
}

/** Words right after "camera" that make it where the picture is taken from ("camera angle", "the camera fully focused"). */
const CAMERA_SETTING_AFTER = new Set(['angle', 'angles', 'focus', 'focused', 'focuses', 'focusing', 'fully', 'facing',
  'faces', 'lens', 'view', 'perspective', 'settings', 'setting', 'movement', 'pan', 'pans', 'panning', 'zoom', 'zooms',
  'zoomed', 'zooming', 'tilt', 'tilted', 'position', 'positioned', 'placement', 'height', 'distance', 'looks', 'looking',
  'pointed', 'pointing', 'captures', 'capturing', 'shot', 'shots', 'work', 'is', 'slowly', 'close', 'low', 'high', 'shake']);
/** Verbs of taking the picture: "shot on a DSLR camera", "captured with a mirrorless camera". */
const TAKEN = new Set(['shot', 'taken', 'captured', 'photographed', 'filmed', 'recorded', 'snapped']);
/** "looking at the camera", "facing camera", "towards the camera": the viewer, not a thing. */
const AT_VIEWER = new Set(['at', 'to', 'toward', 'towards', 'into', 'facing', 'face', 'faces', 'from', 'for']);

/**
 * "Shot on a DSLR camera", "the camera fully focused on …", "camera angle from below",
 * "smiling at the camera": instructions for taking the picture, so no camera is drawn in it.
 */
export function cameraInstruction(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  if (!word || (word.normal !== 'camera' && word.normal !== 'cameras')) return false;
  const after = tokens[index + 1];
  if (after && !word.breakAfter && CAMERA_SETTING_AFTER.has(after.normal)) return true;
  // Back to the start of the phrase, at most four words: "shot on a vintage 35mm camera".
  const before: Token[] = [];
  for (let k = index - 1; k >= 0 && k >= index - 4 && !tokens[k]!.breakAfter; k--) before.push(tokens[k]!);
  if (before.some((t, k) => TAKEN.has(t.normal) && (before[k - 1]?.normal === 'on' || before[k - 1]?.normal === 'with'))) return true;
  // "in the style of a DSLR camera", "a DSLR camera look": how the picture looks, not a thing in it.
  if (before.some((t) => t.normal === 'style')) return true;
  const first = before[0]?.normal === 'the' ? before[1] : before[0];
  return first !== undefined && AT_VIEWER.has(first.normal);
}
