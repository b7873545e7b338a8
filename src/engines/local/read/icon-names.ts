// Which pictures exist, by name: Fluent Emoji Flat (MIT, © Microsoft) through its Iconify JSON
// package, and emojilib's keywords (MIT) for words the synonym tables do not cover. Names only:
// the art itself is turned into markup by paint/icon-art.ts.
import { createRequire } from 'node:module';
import type { IconifyJSON } from '@iconify/types';

const require = createRequire(import.meta.url);

let loaded: IconifyJSON | undefined;
let chars: Record<string, string> | undefined;

/** The icon set, shared with the painter (paint/icon-art.ts) so it is parsed once per thread. */
export function iconSet(): IconifyJSON {
  // 9 MB of JSON: parsed once, on first use.
  loaded ??= require('@iconify-json/fluent-emoji-flat/icons.json') as IconifyJSON;
  return loaded;
}

export function hasIcon(name: string): boolean {
  const set = iconSet();
  return name in set.icons || (set.aliases !== undefined && name in set.aliases);
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

const MAX_KEYWORD_RANK = 4;

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
 * earliest keyword position among each emoji's first few, skipping hearts, flags, hands and signs
 * (emojilib's first match for "coffee" is a brown heart).
 */
export function iconForKeyword(word: string): string | undefined {
  const hits = index().get(word);
  if (!hits) return undefined;
  // Keywords far down an emoji's list are loose associations ("group" for houses, "silhouette" for
  // the map of Japan, "wall" for a brick, "spark" for a collision): only the first few count.
  const usable = hits.filter((h) => h.rank === 0 || (h.rank <= MAX_KEYWORD_RANK && !POOR_MATCH.test(h.name)));
  usable.sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || (a.name < b.name ? -1 : 1));
  return usable[0]?.name;
}
