// The composition mode: what kind of picture the prompt asks for, read from its trigger words. A
// marketing banner or thumbnail (one hero centred on a bold gradient, icons around it), a product
// shot (the product large on seamless studio paper), a portrait (one figure, head and shoulders),
// or a screen (a browser window, laptop or phone showing a page); anything else is a scene. Pure
// words → plan data: nothing here knows about pixels.
import { COLOR_WORDS } from '../../read/lexicon-scene.js';
import type { Thing } from '../../read/things.js';
import { appKind, type AppKind } from './app-kinds.js';
import { DIAGRAM_TRIGGER, diagramWords } from './diagram-topics.js';
import { infographicWords } from './infographic-topics.js';
import { hexColors, ICON_TRIGGER, type IconGlyph } from './icon-reading.js';
import { iconPicture, iconSetPicture, type IconSetReading } from './icon-set.js';
import { sheetPicture, SHEET_WORDS } from './character-sheet.js';
import { readWeather, type WeatherReading } from './weather-reading.js';
import { readWidgets, type Widget } from './widgets.js';
import { readFormat, type FormatReading } from './formats.js';
import { topicThing } from './mode-subjects.js';
import { TECH_KIND, TECH_TRIGGER, TECH_WORDS } from './marketing-reading.js';
import type { ScreenContent } from './screen-content.js';
import type { ProductSurface } from '../product-surface.js';
import type { BreakfastItem } from '../breakfast.js';
import type { PrintReading } from './apparel-print.js';
import type { ProductEffects } from './product-effects.js';
import type { ScenePlan } from '../scene-plan.js';

export type ModeKind = 'banner' | 'product' | 'portrait' | 'screen' | 'icon' | 'format' | 'sheet';

/** Drawn primitives a banner or screen can show (paint/screens/). */
export type ScreenElement =
  | 'browser' | 'laptop' | 'phone' | 'dashboard' | 'chart' | 'arrow' | 'play' | 'funnel' | 'question'
  | 'number' | 'pin' | 'timeline' | 'logo' | 'cta' | 'network' | 'discount' | 'type';

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface CompositionMode {
  kind: ModeKind;
  /** What the picture is called in `text`: "marketing banner", "thumbnail", "product shot", … */
  label: string;
  /** The prompt's words that chose the mode. */
  trigger: string;
  /** Primitives asked for, in the order the prompt names them. */
  elements: ScreenElement[];
  /** The numeral of "number 1", "#1", "top 10". */
  numeral?: string;
  /** The discount of "20% off", "a 30% sale", "save 15 percent": the sale tag's percentage. */
  discount?: string;
  /** The letter a logo is made of ("a logo of the letter 'B'"): its mark. */
  letter?: string;
  /** The letter's colour ("the letter A in gold"). */
  letterColor?: string;
  /** A logo's name, lettered under its badge ("a coffee brand called Brew & Bean"): plan/modes/logo-names.ts. */
  wordmark?: string;
  /** One ink for a logo's ring, letters and name ("black and white"). */
  ink?: string;
  /** Where the prompt asks for empty room for copy. */
  copySpace?: Side;
  /** Colour words about the backdrop and palette (not a subject's own colour), as hex. */
  colors: string[];
  /** A dark or black backdrop asked for (or night, neon). */
  dark: boolean;
  /** Glow, neon or luminous words. */
  glow: boolean;
  /** "Vintage", "retro", "nostalgic": a cream and tan print in maroon and teal ink. */
  retro?: boolean;
  /** "Distressed", "grunge", "worn" textures: specks and scratches over the print. */
  distressed?: boolean;
  /** "Bold", "vibrant", "bright" colours. */
  bold: boolean;
  /** "Flat", "no gradients", "single color", "no shadow": a plain backdrop with no gradient or glow. */
  flat?: boolean;
  /** The picture the prompt's topic suggests as a hero ("fitness": a person lifting weights). */
  topic?: Thing;
  /** The rest of a topic that is many things ("food delivery": a pizza, a burger, sushi, a salad). */
  topicMore?: Thing[];
  /** The kind of app or page a screen shows ("a banking app": cards and a balance). */
  app?: AppKind;
  /** What a screen shows when the prompt describes it: its texts, things and pictures (plan/modes/screen-content.ts). */
  screen?: ScreenContent;
  /** The accent the prompt gives as a hex colour outside its backdrop ("Primary: Neon blue (#00D9FF)"). */
  accent?: string;
  /** An app icon's glyph (plan/modes/icon-reading.ts) and its colour when the prompt names one. */
  glyph?: IconGlyph;
  glyphColor?: string;
  /** An icon set's icons (plan/modes/icon-set.ts), drawn in a grid. */
  iconSet?: IconSetReading;
  /** A weather screen's weather, temperature and city (plan/modes/weather-reading.ts). */
  weather?: WeatherReading;
  /** The widgets a dashboard or app screen names (plan/modes/widgets.ts). */
  widgets?: Widget[];
  /** A cooked breakfast's foods, drawn on one plate (plan/breakfast.ts). */
  breakfast?: BreakfastItem[];
  /** What a product shot's product stands on ("on pale marble"): plan/product-surface.ts. */
  surface?: ProductSurface;
  /** A garment's print (plan/modes/apparel-print.ts): the garment is drawn, the prompt's picture on it. */
  print?: PrintReading;
  /** A product shot's splash, steam, levitation or tilt (plan/modes/product-effects.ts). */
  effects?: ProductEffects;
  /** A page format (plan/modes/formats.ts): a flyer, a comparison, a social post, a slide. */
  format?: FormatReading;
  /** The scenes a format's panels show (a comparison's halves, a flyer's picture), planned on their own. */
  panels?: ScenePlan[];
  /** The prompt's words the topic or app kind was read from (drawn, so not "not drawn"). */
  drawnWords: string[];
}

const MARKET_WORDS = ['high', 'end', 'high-end', 'upscale', 'premium', 'luxury', 'e', 'commerce', 'ecommerce', 'e-commerce', 'startup', 'startups', 'saas', 'b2b', 'b2c', 'enterprise', 'company', 'companies', 'brand', 'brands', 'agency'];
const FLAT = /\b(?:no|without|zero) (?:gradients?|shadows?|glows?)\b|\b(?:single|one|solid|plain|flat|two)[- ]colou?r(?:ed|s)?\b|\bflat(?! ?lays?)\b|\bmonochrom(?:e|atic)\b/;

/** What the mode is read from besides the words: the plan's subjects, quoted texts, style, time. */
export interface ModeInput {
  subjects: readonly { role: string; color?: { name: string }; thing: { animate: boolean } }[];
  texts: readonly { carrier: string }[];
  style: string;
  time: string;
  /** The prompt named a place ("a photo of a man in a park" is no portrait). */
  settingExplicit?: boolean;
}

interface Trigger {
  kind: ModeKind;
  label: string;
  /** The trigger's words (its first group), or a reader that returns them. */
  re: RegExp | ((lower: string) => string | undefined);
}

function triggerOf(t: Trigger, lower: string): string | undefined {
  return typeof t.re === 'function' ? t.re(lower) : t.re.exec(lower)?.[1];
}

// A person doing something in "a photo of …" is a scene, not a portrait ("a photo of a boy playing football").
// "With a white beard", "with a warm smile" describe the person; "with a dog" is doing something.
const DOING = /\b(walking|playing|riding|running|holding|carrying|eating|drinking|reading|dancing|cooking|jumping|swimming|climbing|driving|working|fishing|painting(?! of\b)|singing|hugging|with (?:a|an|his|her|their) (?!(?:[a-z-]+ ){0,2}(?:beard|moustache|mustache|goatee|stubble|hat|cap|beanie|smile|glasses|spectacles|earrings?|necklace|scarf|freckles|tattoos?|hair)\b))/;

const ABSTRACT_TRIGGER = /\b(abstract (?:3d |geometric )?(?:renders?|compositions?|art(?:work)?|shapes|forms|sculptures?|visuali[sz]ations?|wallpapers?)|(?:floating|geometric|3d) (?:geometric |abstract )?(?:shapes|forms|primitives|solids)|geometric (?:abstraction|composition))\b/;

/** An abstract render's words, all drawn by its shapes. */
const ABSTRACT_WORDS = ('abstract geometric shapes shape forms form primitives solids render renders composition 3d floating ' +
  'sphere spheres cube cubes plane planes panel panels slab slabs cylinder cylinders ring rings pieces').split(' ');

// Tried in this order: a portrait or product shot may be "for a banner"; a banner may show a screen.
const TRIGGERS: Trigger[] = [
  // A character sheet or turnaround: one character in three views (plan/modes/character-sheet.ts).
  { kind: 'sheet', label: 'character sheet', re: sheetPicture },
  // A set of icons is a grid of them ("a set of 4 flat icons for a weather app": no app icon).
  { kind: 'icon', label: 'icon set', re: iconSetPicture },
  // An app icon is a tile with a glyph, whatever device or portrait words it also uses.
  { kind: 'icon', label: 'app icon', re: ICON_TRIGGER },
  // "A minimal vector icon of a shark, flat, 16px": the subject as an icon (plan/modes/icon-set.ts).
  { kind: 'icon', label: 'icon', re: iconPicture },
  { kind: 'portrait', label: 'portrait', re: /\b(head ?shots?|head and shoulders|head-and-shoulders|profile (?:photo|picture|pic)|avatar|passport photo|waist up|(?<!\bin )portrait)\b(?! (?:orientation|mode|format|aspect|ratio))/ },
  // "a photo of an elderly man": his portrait, when he does nothing else and no place is named (below).
  { kind: 'portrait', label: 'portrait', re: /\b(close-?up (?:photo|shot|picture) of|(?:close-?up|photo|photograph|picture) of an? (?:[a-z-]+ ){0,4}?(?:man|woman|person|boy|girl|lady|gentleman|grandfather|grandmother|grandma|grandpa))\b/ },
  // "Beautiful young Japanese woman, symmetrical face": a face described, or a beauty alone, is her portrait (same rule).
  { kind: 'portrait', label: 'portrait', re: /\b((?:symmetrical|symmetric|detailed|perfect|pretty|freckled) faces?|facial features|(?:beautiful|gorgeous|handsome|pretty|stunning|attractive) (?:[a-z-]+ ){0,3}?(?:man|woman|person|boy|girl|lady|gentleman))\b/ },
  // A table seen from above with what is on it: a flat lay.
  { kind: 'product', label: 'flat lay', re: /\b(flat ?lays?|tablescapes?|(?:top|top[- ]down|overhead|aerial|bird'?s[- ]eye) (?:view|shot|photo) of (?:a |the )?(?:[a-z]+ ){0,2}(?:table|desk|workspace|work ?desk)s?|(?:table|desk|workspace)s? (?:seen |shot |viewed )?from above)\b/ },
  { kind: 'product', label: 'product shot', re: /\b(product (?:shot|photo|photograph|photography|image|picture|render|mockup|listing)s?|pack ?shot|studio (?:shot|photo|photograph|product)|commercial (?:photo|photograph|photography)|e-?commerce (?:photo|image|shot)|catalog(?:ue)? (?:photo|shot|image)|food photography|brochures?|leaflets?|pamphlets?|booklets?|(?:hoodie|t-?shirt|shirt|sweatshirt|mug|cup|bottle|packaging|package|box|bag|tote|can|label|cap|hat|sneaker|shoe|book cover|book)s? mock-?ups?)\b/ },
  // An educational diagram is the picture itself, even "for a textbook" or on a poster.
  { kind: 'screen', label: 'diagram', re: DIAGRAM_TRIGGER },
  // "Create a bold logo for a sports team … for promotional materials": the logo asked for is the
  // picture, whatever it will be used on.
  { kind: 'banner', label: 'logo', re: /\b(?:create|design|generate|make|draw)\s+(?:me\s+)?(?:an?|one|the|my|our)\s+(?:(?!(?:banners?|posters?|flyers?|thumbnails?|posts?|ads?|adverts?|websites?|pages?|cards?|t-?shirts?|mugs?|mock-?ups?|photos?|images?|pictures?|scenes?|videos?|with)\b)[\w’'-]+,?\s+){0,6}?(logos?)\b/ },
  // A page format (an event's flyer, a comparison, a post, a slide): plan/modes/formats.ts reads it.
  { kind: 'format', label: 'format', re: /\b(covers?|sleeves?|artwork|art|flyers?|posters?|invit\w*|menus?|tweets?|posts?|slides?|decks?|presentations?|powerpoint|before|vs\.?|versus|left|left:|compar\w*)(?=\W|$)/ },
  { kind: 'banner', label: 'thumbnail', re: /\b(thumbnails?)\b/ },
  { kind: 'banner', label: 'marketing banner', re: /\b(banners?|posters?|promoting|hero (?:image|banner|section|shot|graphic|illustration)|header (?:image|graphic)|cover (?:image|photo|art)|ads?|adverts?|advertisement|advertising|marketing|promo|promotional|social (?:media )?post|instagram post|(?:instagram|insta|facebook|social(?: media)?|snapchat|whatsapp) (?:stor(?:y|ies)|graphics?|creatives?|visuals?)|e-?mail (?:headers?|banners?|newsletters?)|newsletter (?:headers?|banners?)|(?:abstract |marketing |promotional |real[- ]estate |digital )collages?|roll-?up|trade ?show (?:displays?|stands?|booths?)|blog (?:post|header|image)s?|billboard|flyer|campaign)\b/ },
  // "Abstract digital landscape of interconnected nodes": the lines and glow are the picture (compose/modes/tech-backdrop.ts).
  { kind: 'banner', label: 'tech background', re: TECH_TRIGGER },
  { kind: 'screen', label: 'screen mockup', re: /\b(blog (?:layouts?|pages?|designs?|templates?|themes?)|(?:two|three|2|3|multi)[- ]column (?:layouts?|pages?|designs?)|(?:page|website|web|magazine) layouts?|dashboards?|web ?sites?|web ?pages?|landing pages?|(?:product|checkout|cart|e-?commerce|shop|store|pricing|signup|sign-up) pages?|browser(?: window)?|home ?page|web app|app (?:screens?|ui|interface|design)|mobile app|user interface|interface|ui|ux|mock-?ups?|wireframes?|screenshots?|admin panel|(?:home ?screen |weather |clock |calendar |dashboard )?widgets?|infographics?|saas|(?:phone|mobile|tablet|laptop|computer|monitor) screens?|(?:log-?in|sign[- ]?in|sign[- ]?up|signup|onboarding|settings|checkout|profile|splash|lock|welcome|home|game|menu) screens?|mobile (?:ui|design|mock-?ups?|layout)|code editor|ide|terminal|(?:\w+ )?apps?)\b(?! store)/ },
  { kind: 'banner', label: 'logo', re: /\b(logos?|wordmarks?|logotypes?|monograms?|letter-?marks?)\b/ },
  // "A 3D abstract render of floating geometric shapes": shapes are the picture (compose/modes/abstract.ts).
  { kind: 'banner', label: 'abstract render', re: ABSTRACT_TRIGGER },
];

// "20% off", "a 30% sale", "up to 50 percent off", "save 15%": a sale tag with its percentage.
const DISCOUNT = /\b(\d{1,2}) ?(?:%|percent\b)(?= ?(?:off|discount|sale|savings?)\b)|\b(?:save|up to|extra) (\d{1,2}) ?(?:%|percent\b)/;

const ELEMENT_WORDS: [ScreenElement, RegExp][] = [
  ['browser', /\b(web ?sites?|web ?pages?|landing pages?|browser|home ?page|web app|online store|e-?commerce site)\b/],
  ['laptop', /\b(laptops?|macbook|computers?|monitors?|desktop)\b/],
  ['phone', /\b(phones?|smartphones?|iphone|mobile|apps?)\b(?! store)/],
  ['dashboard', /\b(dashboards?|analytics|admin panel|metrics|kpis?|statistics|stats)\b/],
  ['chart', /\b(charts?|graphs?|growth|revenue|sales|profits?|data)\b/],
  ['arrow', /\b(arrows?|growth|upward|rising|increase|boost)\b/],
  ['play', /\b(play buttons?|videos?|youtube|vlog|tutorials?|streaming)\b/],
  ['funnel', /\b(funnels?|conversions?)\b/],
  ['network', /\b(networks?|nodes|connectivity|connections?|connected|data flows?|circuits?|blockchain|integrations?)\b/],
  ['question', /\b(question marks?|questions?|faq|quiz)\b/],
  ['number', /\b(number \d{1,3}|#\d{1,3}|no\. ?\d{1,3}|top \d{1,3}|\d{1,2} (?:tips|ways|steps|reasons|things|ideas))\b/],
  ['pin', /\b(map pins?|pins?|locations?|maps?|travel|destinations?|gps)\b/],
  ['timeline', /\b(roadmaps?|timelines?|milestones?)\b/],
  ['discount', DISCOUNT],
  ['type', /\b(typography|typographic(?:al)?|lettering|letterforms?|(?:bold|big|large|retro|vintage|display|chunky) (?:type|fonts?|typefaces?))\b/],
  ['logo', /\b(logos?|(?<!(?:paid|status|notification|verified|unread|new|sale) )badges?|emblems?)\b/],
  ['cta', /\b(call[ -]to[ -]action|cta|sign[ -]?up|buy now|get started|subscribe|shop now|(?<!play )buttons?)\b/],
];

/** A poster that is the picture, its quoted words its title: "a travel poster", "Poster design: 'X' title at top". */
const POSTER_PICTURE = /\b(?:travel|movie|film|horror|book|album|propaganda) posters?\b|\bposter (?:design|art(?:work)?)\b|\btitled?\b/;

const RETRO = /\b(vintage|retro|nostalgic|nostalgia|old-school|old-fashioned|art deco|19[2-7]0s|mid-century)/;

const BACKDROP_NOUNS = /^(background|backdrop|gradient|colors?|colours?|color scheme|scheme|palette|tones?|accents?|glow|theme|hues?|and|to|with|\/|,)$/;

/** The mode a prompt asks for (without its quoted words), or undefined for a scene. */
/** Whether the prompt asks for a portrait (a sitter is added when it names no creature). */
export function asksPortrait(text: string): boolean {
  return triggerOf(TRIGGERS.find((t) => t.kind === 'portrait')!, text.toLowerCase()) !== undefined;
}

const POSTER_STYLE = /\b(?:flat|vintage|retro|minimal(?:ist)?|art deco|screen ?printed)\s+posters?\b|\bposters?\s+(?:style|art|look|aesthetic)\b/;

// "A logo mark …, suitable for favicon and billboard placement": what the picture will be used on
// chooses no mode.
const USE_PHRASE = /\b(?:suitable|usable|works|scalable|scales|legible|readable|optimi[sz]ed|ready|fit|fits|perfect) (?:for|as|on|at|in|to) [^,.;]*/g;

export function chooseMode(text: string, plan: ModeInput): CompositionMode | undefined {
  const lower = text.toLowerCase().replace(USE_PHRASE, ' ');
  const main = plan.subjects.find((s) => s.role === 'main');
  for (const t of TRIGGERS) {
    const hit = triggerOf(t, lower);
    if (hit === undefined) continue;
    const m = [hit, hit] as const;
    // A portrait needs someone to portray; a banner that carries quoted words is a banner in a scene.
    if (t.kind === 'portrait' && !main?.thing.animate) continue;
    // "a photo of an old man" is his portrait; "a photo of a man in a park" is the park.
    if (t.kind === 'portrait' && /^(?:photo|photograph|picture|close|symmetric|detailed|perfect|pretty|freckled|facial|beautiful|gorgeous|handsome|stunning|attractive)/.test(m[1]!) && (plan.settingExplicit || plan.subjects.length > 1 || DOING.test(lower))) continue;
    if (t.kind === 'banner' && /^banners?$/.test(m[1]!) && plan.texts.some((q) => q.carrier === 'banner')) continue;
    // (A travel or movie poster, a "poster design" and a poster whose quote is its title are the
    // picture itself, the title written on it, when they name something to show; words alone
    // fill a poster of their own.)
    if (t.kind === 'banner' && /^posters?$/.test(m[1]!) && plan.texts.length && !/\btravel posters?\b/.test(lower) && !(main && POSTER_PICTURE.test(lower))) continue;
    // "A camel in the desert under a huge sun, flat poster": a poster style over a scene with its
    // place is that scene, drawn flat (the poster style), not a poster layout.
    if (t.kind === 'banner' && /^posters?$/.test(m[1]!) && plan.settingExplicit && !plan.texts.length && POSTER_STYLE.test(lower)) continue;
    if (t.label === 'logo' && plan.texts.some((q) => q.carrier === 'logo')) continue;
    // "A logo for "Nimbus" weather app": the logo is the picture, the app only what it is for.
    if (t.label === 'screen mockup' && /\bapps?$/.test(hit) && /\b(logos?|wordmarks?|logotypes?|emblems?)\b/.test(lower)) continue;
    // "An abstract portrait of a fox" is the fox.
    if (t.label === 'abstract render' && main?.thing.animate) continue;
    if (t.label === 'tech background' && (main?.thing.animate || !TECH_KIND.test(lower))) continue;
    if (t.kind === 'format') {
      const format = readFormat(lower, text, plan.texts.length > 0);
      if (!format) continue;
      const mode = readMode(t, format.trigger, lower, plan, text);
      return { ...mode, label: format.label, format, elements: [], drawnWords: [...mode.drawnWords, ...format.words] };
    }
    return readMode(t, m[1]!, lower, plan, text);
  }
  return undefined;
}

/** An abstract render asked for by an artist's manner with no subject ("in the style of Mondrian"). */
export function abstractMode(text: string, plan: ModeInput): CompositionMode {
  return readMode(TRIGGERS.find((t) => t.label === 'abstract render')!, 'abstract', text.toLowerCase(), plan, text);
}

/** A product shot asked for by what it stands on ("a leather shoe on a black reflective surface"), not by a trigger word. */
export function productShotMode(text: string, plan: ModeInput): CompositionMode {
  return readMode(TRIGGERS.find((t) => t.label === 'product shot')!, 'product', text.toLowerCase(), plan, text);
}

function readMode(t: Trigger, trigger: string, lower: string, plan: ModeInput, text: string): CompositionMode {
  const found: { el: ScreenElement; at: number }[] = [];
  for (const [el, re] of ELEMENT_WORDS) {
    const m = re.exec(lower);
    // "no logos", "without charts": asked away, not for.
    if (m && !/\b(?:no|without|not|never|avoid|zero)\s+(?:any\s+)?$/.test(lower.slice(Math.max(0, m.index - 16), m.index))) found.push({ el, at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  const elements = found.map((f) => f.el);
  const numeral = /\b(?:number|#|no\.|top) ?(\d{1,3})\b|\b(\d{1,2}) (?:tips|ways|steps|reasons|things|ideas)\b/.exec(lower);
  const mode: CompositionMode = {
    kind: t.kind,
    label: t.label === 'marketing banner' ? bannerLabel(trigger) : t.label,
    trigger,
    // Bold type with no words given is a poster's own picture; a screen sets its type on its page.
    elements: t.kind === 'product' || t.kind === 'portrait' || t.kind === 'icon' || t.kind === 'sheet' ? [] : t.kind === 'screen' ? elements.filter((e) => e !== 'type') : elements,
    colors: backdropColors(lower, plan),
    dark: /\b(dark|night|midnight|moody|neon|cyberpunk|horror|haunted|spooky)\b|\bblack (?:background|backdrop)\b/.test(lower) || plan.style === 'neon' || plan.time === 'night',
    glow: /\b(glow|glowing|neon|luminous|shine|shining|radiant)\b/.test(lower),
    drawnWords: [],
    bold: /\b(bold|vibrant|vivid|bright|eye-catching|attention-grabbing|punchy|colou?rful)\b/.test(lower),
  };
  if (t.kind === 'banner' && FLAT.test(lower)) mode.flat = true;
  if (numeral) mode.numeral = numeral[1] ?? numeral[2];
  // Hex colours are exact: a backdrop's replace its colour words, another is the accent (or an icon's glyph).
  const hex = hexColors(text);
  if (hex.backdrop.length) mode.colors = hex.backdrop;
  if (hex.other[0]) mode.accent = hex.other[0];
  if (t.kind === 'banner' && RETRO.test(lower)) {
    mode.retro = true;
    // With no colours named, a vintage print is cream and tan paper.
    if (!mode.colors.length && !mode.dark) mode.colors = [COLOR_WORDS.cream!, COLOR_WORDS.tan!];
  }
  if (t.kind === 'banner' && /\b(distressed|grunge|grungy|worn|weathered|textures?|textured|letterpress|screen ?print(?:ed)?)\b/.test(lower)) mode.distressed = true;
  const discount = DISCOUNT.exec(lower);
  if (discount && mode.elements.includes('discount')) mode.discount = `${discount[1] ?? discount[2]}%`;
  const topic = t.kind === 'banner' || t.kind === 'format' ? topicThing(lower) : undefined;
  if (topic) mode.topic = topic.thing;
  if (topic?.more.length) mode.topicMore = topic.more;
  // A banner's phone or browser shows the app it is for ("a banner for a food delivery app").
  const device = elements.some((e) => e === 'phone' || e === 'laptop' || e === 'browser');
  // The app a banner is for is named just before "app" ("an Instagram ad for a food delivery app").
  const named = t.kind === 'banner' ? /((?:[a-z-]+ ){1,3})apps?\b/.exec(lower)?.[1] : undefined;
  const app = t.kind === 'screen' && t.label !== 'diagram' ? appKind(lower) : t.kind === 'banner' && device ? (named && appKind(named)) || appKind(lower) : undefined;
  if (app) mode.app = app.kind;
  // A weather screen's weather; a dashboard's or app's named widgets (not a weather app's temperature).
  const weather = app?.kind === 'weather' ? readWeather(text) : undefined;
  if (weather) mode.weather = weather;
  const widgets = t.kind === 'screen' && t.label !== 'diagram' && !weather ? readWidgets(lower) : undefined;
  if (widgets?.widgets.length) mode.widgets = widgets.widgets;
  mode.drawnWords = [...(topic?.words ?? []), ...(app?.words ?? []), ...(weather?.words ?? []), ...(mode.widgets ? widgets!.words : []), ...(mode.discount ? ['percent', 'off', 'discount', 'sale', 'sales'] : []),
    ...(/\b(overhead|top view|top[- ]down|aerial|flat ?lay|from above|tablescapes?)\b/.test(lower) ? ['overhead', 'top', 'down', 'aerial', 'view', 'flat', 'lay', 'above', 'tablescape', 'tablescapes'] : []),
    ...(mode.distressed ? ['distressed', 'textures', 'texture', 'textured', 'grunge', 'worn', 'weathered'] : []),
    ...(t.label === 'diagram' ? diagramWords(lower) : /\binfographics?\b/.test(lower) && t.kind === 'screen' ? infographicWords(lower) : []),
    // A blog or news page draws its articles (compose/modes/elements.ts, pageKind).
    ...(t.kind === 'screen' ? lower.match(/\b(blogs?|articles?|magazine|news|journal)\b/g) ?? [] : []),
    ...(t.label === 'abstract render' ? ABSTRACT_WORDS : []), ...(t.kind === 'sheet' ? SHEET_WORDS : []), ...(t.label === 'tech background' ? TECH_WORDS : []),
    // Who a page or ad is for is its market, not a thing in it ("a high-end e-commerce startup"); an app icon's app is what it is for.
    ...MARKET_WORDS, ...(t.label === 'app icon' ? /\b(?:for|of) (?:an? |the |my |our )?((?:[a-z-]+ ){1,2})apps?\b/.exec(lower)?.[1]?.trim().split(' ') ?? [] : [])];
  const copy = copySide(lower);
  if (copy) mode.copySpace = copy;
  return mode;
}

function bannerLabel(trigger: string): string {
  if (/^hero/.test(trigger)) return 'hero banner';
  if (/^(ads?|adverts?|advertisement|advertising|billboard|flyer)$/.test(trigger)) return 'advertisement';
  if (/^(header|cover|blog)/.test(trigger)) return 'header banner';
  if (/post$/.test(trigger)) return 'social media post';
  if (/^(posters?|promoting)$/.test(trigger)) return 'poster';
  return 'marketing banner';
}

function copySide(lower: string): Side | undefined {
  const m = /\b(copy ?space|space for (?:text|copy|a headline)|room for (?:text|copy|a headline)|negative space|empty space|text space)\b/.exec(lower);
  if (!m) return undefined;
  const near = lower.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
  const side = /\b(left|right|top|bottom)\b/.exec(near)?.[1] as Side | undefined;
  return side ?? 'left';
}

/** Colour words followed (within three words) by a backdrop noun, or not a subject's own colour. */
function backdropColors(lower: string, plan: ModeInput): string[] {
  const words = lower.match(/[a-z]+|[,/]/g) ?? [];
  // A subject's "lime green" owns both its words.
  const own = new Set(plan.subjects.flatMap((s) => s.color?.name.split(' ') ?? []));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const hex = COLOR_WORDS[words[i]!];
    if (!hex || out.includes(hex)) continue;
    const after = words.slice(i + 1, i + 4);
    const aboutBackdrop = after.some((w) => /^(background|backdrop|gradient|colors?|colours?|scheme|palette|tones?|accents?|glow|theme|hues?)$/.test(w));
    const onlyJoins = after.length > 0 && BACKDROP_NOUNS.test(after[0]!);
    if (aboutBackdrop || onlyJoins || !own.has(words[i]!)) out.push(hex);
  }
  return out;
}

// Format words a mode shows by being that mode ("a landing page hero", "copy space").
const FORMAT_WORDS = /^(saas|theme|topic|logo|page|hero|banner|thumbnail|header|cover|mockup|mock|ui|ux|app|screen|interface|website|site|web|browser|window|space|copy|shot|photo|photograph|photography|headshot|portrait|studio|product|infographic|wireframe|screenshot|dashboard|ad|advert|advertisement|marketing|promo|post|poster|design|graphic|image|illustration|vector|mode|prop|collage|social|media|instagram|insta|linkedin|facebook|snapchat|story|stories|e-?mail|newsletter|roll|rollup|roll-up|trade|booth|display|widget|admin|ecommerce|e-commerce)s?$/;

/** A test for the prompt's words that this mode draws, so they are not listed as "not drawn". */
export function wordsDrawnBy(mode: CompositionMode): { test: (word: string) => boolean } {
  const res = ELEMENT_WORDS.filter(([el]) => mode.elements.includes(el)).map(([, re]) => re);
  return { test: (word) => FORMAT_WORDS.test(word) || mode.drawnWords.includes(word) || res.some((re) => re.test(word)) };
}
