// What a screen shows when the prompt describes it (docs/local-engine-modes.md, "What a screen
// shows"): its quoted texts in order, as the title at the top and the lines, status cards and
// buttons under it; the things it names as picture cards inside the screen (a red sports car, a
// robot icon), an icon beside the line it is named with ("100 Credits Available" with a coin
// icon); landscapes asked inside ("pixel art landscapes", "album art of a sunset") as thumbnails;
// a gallery of tiles and a tab bar when asked. Pure words → plan data.
import { COLOR_WORDS } from '../../read/lexicon-scene.js';
import { resolveThing, type Thing } from '../../read/things.js';
import type { QuotedText, Subject } from '../scene-plan.js';
import { PERSON_WORDS } from './mode-subjects.js';

export type ScreenTextRole = 'title' | 'line' | 'card' | 'button';

export interface ScreenLine {
  text: string;
  role: ScreenTextRole;
  /** The label of the subject drawn as this line's icon ("with a coin icon"). */
  icon?: string;
  /** A card's or button's asked colour ("a green status card"), as hex. */
  color?: string;
}

/** A landscape drawn as a picture inside the screen. */
export type SceneThumb = 'landscape' | 'sunset' | 'mountains' | 'beach' | 'city' | 'forest' | 'night';

export interface ScreenContent {
  /** The quoted texts in the prompt's order; the title first. */
  lines: ScreenLine[];
  /** Labels of the subjects shown inside the screen as picture cards, in order. */
  things: string[];
  /** Landscapes shown as thumbnails inside the screen. */
  scenes: SceneThumb[];
  /** Code named as a picture ("icons of a robot and code"): a "</>" card. */
  code: boolean;
  /** "Mac OS window frames", "inside the windows": the picture cards are small windows with a title bar. */
  windowed: boolean;
  /** A gallery, grid or styles page: a grid of tiles. */
  grid: boolean;
  /** A tab bar's tabs ("a tab bar with three icons (Home selected, Gallery, Upload)"); the first is selected. */
  tabs?: string[];
  /** The picture card's background colour ("a red sports car with a blurred blue gradient background"). */
  cardColor?: string;
  /** A "flowers-inspired theme": the thing its picture cards show, when the plan has no subject for it. */
  theme?: Thing;
  /** Words the screen draws (so they are not "not drawn"). */
  words: string[];
}

// Emoji the device itself is, or that a screen draws as its own parts (a Mac OS window is a card's frame).
const DEVICE_ICONS = new Set(['mobile-phone', 'laptop', 'desktop-computer', 'television', 'computer-mouse', 'keyboard', 'chart-increasing', 'bar-chart', 'play-button', 'input-numbers', 'credit-card', 'window', 'framed-picture', 'shopping-cart']);

const SCENES: [SceneThumb, RegExp][] = [
  ['sunset', /\b(sunsets?|sunrises?|dusk|golden hour)\b/],
  ['night', /\b(night skies|night sky|starry)\b/],
  ['mountains', /\b(mountains?|peaks?|alps)\b/],
  ['beach', /\b(beach(?:es)?|ocean|seaside|tropical)\b/],
  ['city', /\b(city ?scapes?|skylines?|cities)\b/],
  ['forest', /\b(forests?|woods|jungle)\b/],
  ['landscape', /\b(landscapes?|scenery|sceneries|nature (?:photos?|pictures?|scenes?))\b/],
];

// (A layout grid is no gallery: "an organized grid layout".)
const GRID = /\b(galler(?:y|ies)|grid of (?:photos|images|pictures|tiles|thumbnails|cards|styles)|styles|collections?|tiles|thumbnails|photo ?(?:feed|wall)|portfolio|masonry)\b/;
const TAB_BAR = /\b(tab ?bar|bottom (?:nav(?:igation)?|bar)|nav(?:igation)? bar|dock)\b/;
const TITLE_BEFORE = /\b(title|titled|heading|header|headline|called|named|branding|brand|app name|logo)\s*:?\s*(?:of|as|reading|that reads|saying)?\s*$/;
const TITLE_AFTER = /^\s*(?:as (?:the |its )?(?:title|heading|header|headline|app name)|(?:title|heading|headline|branding)\b|at (?:the )?top)/;
const BUTTON = /\b(buttons?|cta|call[ -]to[ -]action)\b/;
const CARD = /\b(cards?|badges?|status|toasts?|pills?|chips?|banners?|labels?|tags?|alerts?|notifications?)\b/;
const THEME = /\b([a-z]+)-(?:inspired|themed)\b|\b([a-z]+)[- ]themed? (?:ui|design|app|page|website|screen)\b|\b([a-z]+) theme\b/;
const LOOK_BRANDS = /^(apple|google|mac|macos|ios|android|microsoft|windows|material|dribbble|notion|stripe|linear|airbnb|swiss|bauhaus|minimal|minimalist|retro|vintage|modern|dark|light)$/;
const THEME_SCENES: [SceneThumb, RegExp][] = [['night', /^(space|galaxy|cosmic|cosmos|stars?|night|astronomy)$/], ['beach', /^(ocean|sea|beach|summer|tropical)$/], ['forest', /^(forest|nature|woodland|jungle)$/], ['mountains', /^(mountains?|alpine|adventure)$/], ['sunset', /^(sunset|sunrise|dusk)$/], ['city', /^(city|urban)$/]];
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * The screen's content, or undefined when the prompt describes none of it. A named app's page
 * (`app`) draws its own layout: no gallery grid, tab bar or code card of this page's.
 */
export function readScreenContent(prompt: string, texts: readonly QuotedText[], subjects: readonly Subject[], app?: string): ScreenContent | undefined {
  const lower = prompt.toLowerCase();
  const spans = quotedSpans(prompt, texts);
  const lines: ScreenLine[] = spans.map(({ text, start, end }, i) => {
    const before = lower.slice(Math.max(spans[i - 1]?.end ?? 0, start - 60), start);
    const after = lower.slice(end, spans[i + 1]?.start ?? lower.length).split(/[.;]\s|,\s*(?:and\s+)?(?:an?|the)\s/)[0]!;
    const near = `${before.split(/[,.;:]\s*(?=[^,.;:]*$)/).at(-1) ?? ''} ${after}`;
    const role: ScreenTextRole = TITLE_BEFORE.test(before) || TITLE_AFTER.test(after) ? 'title'
      : BUTTON.test(near) ? 'button' : CARD.test(near) ? 'card' : 'line';
    const line: ScreenLine = { text, role };
    const color = (before.match(/[a-z]+/g) ?? []).slice(-3).map((w) => COLOR_WORDS[w]).find(Boolean);
    if (color && role !== 'title' && role !== 'line') line.color = color;
    const icon = subjects.find((s) => inside(s) && new RegExp(`\\b${s.label}\\b`).test(after));
    if (icon) line.icon = icon.label;
    return line;
  });
  // With no text called the title, the first one that is no button or card is.
  if (!lines.some((l) => l.role === 'title')) {
    const first = lines.find((l) => l.role === 'line');
    if (first) first.role = 'title';
  }
  // Only one title: the others are lines under it.
  lines.filter((l) => l.role === 'title').slice(1).forEach((l) => { l.role = 'line'; });
  lines.sort((a, b) => Number(b.role === 'title') - Number(a.role === 'title'));
  const icons = new Set(lines.map((l) => l.icon));
  const things: string[] = [];
  for (const s of subjects) {
    if (!inside(s) || icons.has(s.label)) continue;
    // "A car portrait app … a red sports car": one car, the one described.
    const tail = s.label.split(' ').at(-1)!;
    const same = things.findIndex((t) => t.split(' ').at(-1) === tail || t === s.label);
    if (same < 0) things.push(s.label);
    else if (s.label.includes(' ') || s.color) things[same] = s.label;
  }
  // "Landscapes": three of them.
  const scenes = SCENES.flatMap(([k, re]) => Array<SceneThumb>(sceneAsked(lower, re)).fill(k));
  // "A flowers-inspired theme", "a space theme": its thing on the picture cards, or its landscape.
  const theme = THEME.exec(lower);
  // "Apple-inspired", "Material-themed": a brand's look, no fruit on the cards.
  const said = theme?.[1] ?? theme?.[2] ?? theme?.[3];
  const word = said && !LOOK_BRANDS.test(said) ? said : undefined;
  const themeScene = word ? THEME_SCENES.find(([, re]) => re.test(word))?.[0] : undefined;
  const themeThing = word && !themeScene ? resolveThing(word, true) ?? resolveThing(word.replace(/s$/, ''), true) : undefined;
  if (themeScene && !scenes.length) scenes.push(themeScene, themeScene, themeScene);
  if (themeThing && !themeThing.animate && !things.some((t) => t.split(' ').at(-1) === themeThing.label.split(' ').at(-1))) things.push(themeThing.label);
  const code = !app && /\b(?:icons?|illustrations?|pictures?|cards?|images?) of (?:[a-z]+ ){0,4}?(?:and )?code\b|\bcode (?:icons?|symbols?)\b/.test(lower);
  // (A tab bar's "Gallery" tab is no gallery page.)
  const grid = !app && GRID.test(lower.replace(new RegExp(`${TAB_BAR.source}[^.]*`), ''));
  const tabs = app ? undefined : readTabs(lower);
  const windowed = /\b(?:mac ?os |macos |os ?x )?windows?\b(?! of\b)/.test(lower) && (things.length > 0 || scenes.length > 0 || code);
  const content: ScreenContent = { lines, things, scenes, code, grid, windowed, words: [] };
  if (tabs) content.tabs = tabs;
  if (themeThing && things.includes(themeThing.label)) content.theme = themeThing;
  const backdrop = /\b([a-z]+) (?:gradient )?background\b/.exec(lower.slice(lower.indexOf(things[0] ?? '\u0000')));
  if (things.length && backdrop && COLOR_WORDS[backdrop[1]!]) content.cardColor = COLOR_WORDS[backdrop[1]!];
  content.words = [...(grid ? ['gallery', 'grid', 'styles', 'style', 'tiles', 'collection', 'thumbnails', 'portfolio'] : []), ...(tabs ? ['tab', 'bar', 'icons', 'home', 'gallery', 'upload', 'navigation'] : []),
    ...(!app && lines.some((l) => l.role === 'card') ? ['card', 'cards', 'status', 'badge'] : []), ...(!app && lines.some((l) => l.icon) ? ['icon', 'icons'] : []), ...(code ? ['code', 'icons', 'icon'] : []),
    ...(things.length || scenes.length ? ['center', 'centre', 'background', 'cards', 'card', 'windows', 'window', 'frames'] : []), 'title', 'top', 'bottom', 'selected', ...(lines.length > 1 ? ['subtitle', 'tagline', 'subheading', 'caption'] : []), ...(word && (themeScene || content.theme) ? [word, 'theme', 'inspired', 'themed'] : [])];
  if (!lines.length && !things.length && !scenes.length && !code && !grid && !tabs) return undefined;
  return content;
}

/** A subject the screen shows: not the device, nor an emojilib guess, nor the person using it ("a woman holding a phone"). */
function inside(s: Subject): boolean {
  const user = s.thing.animate && (PERSON_WORDS.test(s.label) || s.holding.length > 0 || s.activity !== undefined);
  return !s.thing.loose && !(s.thing.icon && DEVICE_ICONS.has(s.thing.icon)) && !user;
}

/** Each quoted text with where it stands in the prompt, in order. */
function quotedSpans(prompt: string, texts: readonly QuotedText[]): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const t of texts) {
    const at = prompt.indexOf(t.text, from);
    if (at < 0) continue;
    out.push({ text: t.text, start: at - 1, end: at + t.text.length + 1 });
    from = at + t.text.length;
  }
  return out;
}

/** How many of a landscape the screen shows (three for a plural), not where the device is ("a phone on the beach"). */
function sceneAsked(lower: string, re: RegExp): number {
  const m = new RegExp(re.source, 'g');
  for (const hit of lower.matchAll(m)) {
    const before = lower.slice(Math.max(0, hit.index - 14), hit.index);
    if (!/\b(?:on|at|in|by|near) (?:the |a )?$/.test(before) || /\b(?:art|photos?|pictures?|images?) of (?:an? |the )?$/.test(lower.slice(0, hit.index))) return /(?<!s)s$/.test(hit[0]) ? 3 : 1;
  }
  return 0;
}

/** "A tab bar with three icons (Home selected, Gallery, Upload)": the tabs, the selected one first. */
function readTabs(lower: string): string[] | undefined {
  const m = TAB_BAR.exec(lower);
  if (!m) return undefined;
  const rest = lower.slice(m.index, m.index + 120);
  const named = /\(([^)]+)\)|:\s*([a-z ,]+)/.exec(rest);
  const names = named ? (named[1] ?? named[2]!).split(/,|\band\b/).map((n) => n.replace(/\b(selected|active|highlighted|tabs?|icons?)\b/g, '').trim()).filter(Boolean) : [];
  if (names.length >= 2) return names.slice(0, 5);
  const count = /\b(two|three|four|five|[2-5]) (?:icons|tabs)\b/.exec(rest)?.[1];
  const n = count ? NUMBER_WORDS[count] ?? Number(count) : 4;
  return ['home', 'search', 'gallery', 'profile', 'settings'].slice(0, n);
}
