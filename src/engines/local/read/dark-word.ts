// "Dark" is the time of day only when it is said of the scene (docs/local-engine.md, "Scene
// consistency"): "in the dark", "a dark night", "dark, moody". Before a noun it describes that
// noun: dark spots, dark hair, dark wood, dark chocolate, dark green are no night. Before a place
// ("a dark forest", "a dark alley") it is the place's mood: dim, not necessarily night.
import { SETTING_WORDS } from './lexicon-settings.js';
import type { Token } from './tokens.js';

/** Words after "dark" that make it night itself ("a dark night", "dark skies"). */
const NIGHT_AFTER = new Set(['night', 'nights', 'sky', 'skies', 'evening', 'hour', 'hours', 'nighttime']);

/** Words after "dark" about the picture's mood ("dark fantasy", "a dark atmosphere"): dim, not night. */
const MOOD_AFTER = new Set(['fantasy', 'atmosphere', 'aesthetic', 'mood', 'vibe', 'vibes', 'theme', 'ambience', 'ambiance', 'scene', 'world', 'setting', 'style']);

/** What "dark" at `index` says: the scene at night, a dim place, or nothing about the scene. */
export function darkSays(tokens: readonly Token[], index: number): 'night' | 'dim' | undefined {
  const here = tokens[index];
  if (!here || here.normal !== 'dark') return undefined;
  const next = tokens[index + 1];
  // "In the dark", "after dark", "it was dark", "dark, moody": the scene.
  if (!next || here.breakAfter) return 'night';
  if (NIGHT_AFTER.has(next.normal)) return 'night';
  // "A dark forest", "a dark and stormy alley": the place's mood.
  if (next.normal in SETTING_WORDS || next.root in SETTING_WORDS || MOOD_AFTER.has(next.normal)) return 'dim';
  // "Dark and stormy", "dark and moody": said of the scene when no noun it could describe follows.
  if ((next.normal === 'and' || next.normal === 'or') && !next.breakAfter) {
    const after = tokens[index + 2];
    if (!after || after.tags.has('Adjective') && (after.breakAfter || !tokens[index + 3] || NIGHT_AFTER.has(tokens[index + 3]!.normal))) return 'night';
    return undefined;
  }
  // "Dark spots", "dark hair", "dark wood", "dark green": the next word's colour or shade.
  return undefined;
}
