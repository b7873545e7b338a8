// Covers (docs/local-engine-modes.md, "Covers"): a book, novel, magazine or album cover, or a movie
// poster, is drawn as that format: its picture, a title area with the title (quoted, or the capitals
// named as its title or masthead), a genre line, and the format's small parts (a magazine's volume
// and issue, a film's credits). Pure words → what the cover shows.

export type CoverKind = 'book' | 'magazine' | 'album' | 'movie';

export interface CoverReading {
  cover: CoverKind;
  /** The genre line ("FANTASY", "THRILLER"), when one is named. */
  genre?: string;
  /** A scene to show when the prompt names nothing to draw (a fantasy cover: a dragon over a castle). */
  fallback?: string;
  /** A moody genre (thriller, horror, noir): the picture darkened, light type. */
  moody: boolean;
  /** The paper's colour ("in black on bone"), as hex. */
  paper?: string;
  /** The title's ink ("ATTENTION … in black"), as hex. */
  ink?: string;
  /** The second line is thin ("in a thin serif beneath"). */
  thinSubtitle: boolean;
  /** "Volume and issue numbers": small VOL. / NO. labels. */
  issue: boolean;
  /** Words the cover draws by being a cover. */
  words: string[];
}

const COVER = /\b(?:(book|cookbook|novel|paperback|hardcover|e-?book|magazine|zine|journal|album|record|vinyl|lp|ep|single|mixtape|podcast|comic(?: book)?)\s+covers?|(movie|film|cinema)\s+posters?|covers?\s+(?:art\s+)?(?:of|for)\s+(?:an?\s+|the\s+|my\s+)?(?:[a-z-]+\s+){0,3}?(book|novel|magazine|album|record|ep|lp)s?|(album|record)\s+(?:art(?:work)?|sleeve))\b/;

const GENRES: [RegExp, string, string, boolean][] = [
  [/\b(?:sci-?fi|science[- ]fiction|space opera|cyberpunk)\b/, 'SCIENCE FICTION', 'a rocket in outer space past a ringed planet', false],
  [/\bfantasy\b/, 'FANTASY', 'a dragon flying over a castle on a hill', false],
  [/\b(?:thriller|suspense|noir|crime)\b/, 'THRILLER', 'a lone person in a dark street at night', true],
  [/\b(?:horror|haunted|spooky|gothic)\b/, 'HORROR', 'a haunted house at night with a full moon', true],
  [/\bmystery\b/, 'MYSTERY', 'a magnifying glass on a city street at night', true],
  [/\bromance\b|\bromantic\b|\blove story\b/, 'ROMANCE', 'a couple on a beach at sunset', false],
  [/\b(?:children'?s|kids'?|picture book)\b/, "CHILDREN'S BOOK", 'a fox in a forest', false],
  [/\b(?:cookbook|recipes?)\b/, 'COOKBOOK', 'a bowl of pasta on a table in a kitchen', false],
  [/\b(?:adventure)\b/, 'ADVENTURE', 'mountains at sunrise', false],
  [/\bjazz\b/, 'JAZZ', 'a saxophone on a stage at night', false],
  [/\b(?:synthwave|retrowave|outrun)\b/, 'SYNTHWAVE', 'a sunset over mountains, neon style', false],
  [/\b(?:hip[- ]hop|rap)\b/, 'HIP-HOP', 'a microphone on a stage', true],
  [/\b(?:rock|metal|punk)\b/, 'ROCK', 'an electric guitar on a stage', true],
];

// Paper and ink colours a cover names that the colour tables lack ("bone" is a paper, not a bone).
const PAPER_WORDS: Record<string, string> = {
  bone: '#e8dfcc', ivory: '#f6f1e1', cream: '#f4ead2', 'off-white': '#f3f0e8', eggshell: '#efe8d8', parchment: '#eadfc4',
  white: '#f7f5f0', black: '#141414', newsprint: '#e4e0d6', kraft: '#c8a57a', sand: '#e2cfa8', beige: '#e3d3b4',
};
const INK_WORDS: Record<string, string> = {
  black: '#111111', white: '#ffffff', red: '#c8202f', gold: '#c9a23a', navy: '#14213d', blue: '#1f4fa8', green: '#1f6b45',
  yellow: '#f2c230', orange: '#e8692a', pink: '#e04f8a', purple: '#6a3fa0', silver: '#b8bcc4',
};

/** The cover the prompt asks for, or undefined. */
export function readCover(lower: string): CoverReading | undefined {
  const m = COVER.exec(lower);
  // A music app's album art is part of its screen.
  if (!m || /\b(?:apps?|screens?|(?:music |media )?players?|ui|ux|websites?|web ?pages?|dashboards?|interfaces?|mock-?ups?|spotify)\b/.test(lower)) return undefined;
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/s$/, '');
  const cover: CoverKind = /^(magazine|zine|journal)/.test(word) ? 'magazine' : /^(album|record|vinyl|lp|ep|single|mixtape|podcast)/.test(word) ? 'album'
    : /^(movie|film|cinema)/.test(word) ? 'movie' : 'book';
  const genre = GENRES.find(([re]) => re.test(lower));
  const paper0 = /\bon\s+(?:an?\s+)?(bone|ivory|cream|off-white|eggshell|parchment|white|black|newsprint|kraft|sand|beige)(?:\s+(?:paper|stock|background|ground))?\b/.exec(lower)?.[1];
  const pair = /\b(black|white|red|gold|navy|silver)\s+on\s+(black|white|bone|ivory|cream|navy)\b/.exec(lower);
  const paper = paper0 ?? (pair && PAPER_WORDS[pair[2]!] ? pair[2] : undefined);
  const ink = pair?.[1] ?? /\b(?:in|inked in)\s+(black|white|red|gold|navy|blue|green|yellow|orange|pink|purple|silver)\s+on\b/.exec(lower)?.[1]
    ?? /\b(black|white|red|gold|navy|blue|green|yellow|orange|pink|purple|silver)\s+(?:masthead|title|headline|lettering|type)\b/.exec(lower)?.[1]
    ?? /\b(?:masthead|title|headline|lettering)\b(?:\s*,\s*)?[^,.;]{0,30}?\bin\s+(black|white|red|gold|navy|blue|green|yellow|orange|pink|purple|silver)\b/.exec(lower)?.[1];
  const moody = (genre?.[3] ?? false) || /\b(?:moody|dark|noir|sinister|eerie|grim|brooding)\b/.test(lower);
  const words = ['cover', 'covers', 'book', 'novel', 'paperback', 'hardcover', 'ebook', 'magazine', 'zine', 'journal', 'album', 'record', 'vinyl', 'lp', 'ep',
    'single', 'mixtape', 'podcast', 'movie', 'film', 'cinema', 'poster', 'art', 'artwork', 'sleeve', 'masthead', 'title', 'headline', 'subtitle', 'tagline', 'volume', 'issue',
    'issues', 'number', 'numbers', 'serif', 'sans', 'font', 'typeface', 'type', 'beneath', 'below', 'bottom', 'top', 'ultra', 'bold', 'thin', 'moody', 'genre',
    'fiction', 'science', 'children', "children's", 'kids', 'picture', 'cookbook', 'hip', 'hop', 'rap', 'sci', 'fi', 'fantasy', 'thriller', 'suspense', 'noir', 'crime', 'horror', 'mystery', 'romance', 'romantic', 'adventure', 'band', 'credits',
    'architecture', 'design', 'fashion', 'lifestyle', 'culture', ...(paper ? [paper] : []), ...(ink ? [ink] : [])];
  return {
    cover, moody, thinSubtitle: /\b(?:thin|light|hairline|delicate|fine)\s+(?:serif|sans|type|typeface|font|letters|italic)/.test(lower),
    issue: /\b(?:volume|vol\.?|issue)\b/.test(lower) || cover === 'magazine',
    ...(genre ? { genre: genre[1], fallback: genre[2] } : {}),
    ...(paper ? { paper: PAPER_WORDS[paper] } : {}), ...(ink ? { ink: INK_WORDS[ink] } : {}), words,
  };
}

/** Emojilib's senses of a cover's words: "bone" paper is no bone, "volume" no loudspeaker, "numbers" no number keys. */
export const COVER_SENSES = /^(bone|loudspeaker|speaker-high-volume|speaker-medium-volume|speaker-low-volume|input-numbers|1234|keycap-\w+|newspaper|rolled-up-newspaper|open-book|closed-book|blue-book|green-book|orange-book|books|notebook|ledger|optical-disk|dvd|movie-camera|film-frames|clapper-board|cinema|framed-picture|page-facing-up|bookmark-tabs|bookmark|artist-palette)$/;
