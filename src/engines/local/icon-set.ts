// The vector art: Fluent Emoji Flat (MIT, © Microsoft) through its Iconify JSON package, and
// emojilib's keywords (MIT) for words the synonym tables do not cover.
import { createRequire } from 'node:module';
import { getIconData, iconToSVG } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';

const require = createRequire(import.meta.url);

let iconSet: IconifyJSON | undefined;
let chars: Record<string, string> | undefined;

function icons(): IconifyJSON {
  // 9 MB of JSON: parsed once, on first use.
  iconSet ??= require('@iconify-json/fluent-emoji-flat/icons.json') as IconifyJSON;
  return iconSet;
}

export function hasIcon(name: string): boolean {
  const set = icons();
  return name in set.icons || (set.aliases !== undefined && name in set.aliases);
}

export interface IconArt {
  /** Inner SVG markup in the icon's own coordinates (0..width, 0..height). */
  body: string;
  width: number;
  height: number;
}

const artCache = new Map<string, IconArt | null>();

/** The icon's markup, aliases and flips resolved; null for an unknown name. */
export function iconArt(name: string): IconArt | null {
  const cached = artCache.get(name);
  if (cached !== undefined) return cached;
  const data = getIconData(icons(), name);
  let art: IconArt | null = null;
  if (data) {
    const built = iconToSVG(data);
    art = { body: built.body, width: built.viewBox[2], height: built.viewBox[3] };
  }
  artCache.set(name, art);
  return art;
}

/** Icon name of an emoji character sequence ("🐈" → "cat"), ignoring variation selectors. */
export function iconNameOfEmoji(emoji: string): string | undefined {
  chars ??= require('@iconify-json/fluent-emoji-flat/chars.json') as Record<string, string>;
  const points = [...emoji].map((c) => c.codePointAt(0)!.toString(16)).filter((p) => p !== 'fe0f');
  return chars[points.join('-')];
}

interface KeywordHit {
  name: string;
  /** Position of the keyword in emojilib's list for that emoji: 0 is the emoji's own label. */
  rank: number;
}
let keywordIndex: Map<string, KeywordHit[]> | undefined;

// Pictures that match many words but rarely mean them (hearts, flags, hands, signs, clock faces).
const POOR_MATCH = /heart|flag|hand|finger|fist|button|sign|symbol|keycap|arrow|oclock|thirty|face-with|-face$|^face-|mark|ideograph|japanese|circle|square|diamond-with/;

function index(): Map<string, KeywordHit[]> {
  if (keywordIndex) return keywordIndex;
  const lib = require('emojilib') as Record<string, string[]>;
  keywordIndex = new Map();
  for (const [emoji, keywords] of Object.entries(lib)) {
    const name = iconNameOfEmoji(emoji);
    if (!name || !hasIcon(name)) continue;
    keywords.forEach((keyword, rank) => {
      const key = keyword.replace(/_/g, ' ').toLowerCase();
      const hits = keywordIndex!.get(key) ?? [];
      hits.push({ name, rank });
      keywordIndex!.set(key, hits);
    });
  }
  return keywordIndex;
}

/**
 * The best emoji for a word by emojilib's keywords: an exact label first ("cat" → cat), then the
 * earliest keyword position, skipping hearts, flags, hands and signs (emojilib's first match for
 * "coffee" is a brown heart).
 */
export function iconForKeyword(word: string): string | undefined {
  const hits = index().get(word);
  if (!hits) return undefined;
  const usable = hits.filter((h) => h.rank === 0 || !POOR_MATCH.test(h.name));
  usable.sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || (a.name < b.name ? -1 : 1));
  return usable[0]?.name;
}
