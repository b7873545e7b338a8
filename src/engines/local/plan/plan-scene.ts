// Prompt → scene plan. Pure: the same prompt always gives the same plan, with no randomness,
// no I/O beyond the static word lists, and nothing about pixels.
import { CARRIER_WORDS, COLOR_WORDS, type Carrier } from '../read/lexicon-scene.js';
import { asksPortrait, chooseMode, productShotMode, wordsDrawnBy } from './modes/choose-mode.js';
import { applyManner } from './modes/art-manner.js';
import { dropSurfaceThings, isGoodsThing, isProductThing, productSurface } from './product-surface.js';
import { breakfastPlate } from './breakfast.js';
import { colorPhrase, logoMark, PERSON_WORDS, portraitSitter, preferNamedGoods, specifyProducts, subjectOf } from './modes/mode-subjects.js';
import { thingOf } from '../read/things.js';
import { finishPlan } from './plan-finish.js';
import { formatPlan } from './modes/formats.js';
import { printSubjects, readPrint, themeSubjects } from './modes/apparel-print.js';
import { dropEffectThings, readProductEffects } from './modes/product-effects.js';
import { productGoods, STUDIO_WORDS } from './modes/product-goods.js';
import { appName, logoName, monogramOf, readWordmark } from './modes/logo-names.js';
import { audienceBeside, creatureMascot, letterColor, logoLetter, SPEED_WORDS } from './modes/marketing-reading.js';
import { GROUP_ADDED, readInteraction } from './interactions.js';
import { readPoses } from './poses.js';
import { arrangePeopleScene, readPeopleScene } from './people-scenes.js';
import { readBoardRide } from './rides/board-rides.js';
import { isHexWord } from './modes/icon-reading.js';
import { readIcon } from './modes/icon-subject.js';
import { readScreenContent } from './modes/screen-content.js';
import { capsTexts, dropInks, inkAfter } from './modes/caps-texts.js';
import { SIZE_WORD } from './modes/icon-set.js';
import { widgetSense } from './modes/widgets.js';
import { Walker } from './prompt-reader.js';
import { portraitLooks } from './modes/portrait-looks.js';
import { sheetSubjects } from './modes/character-sheet.js';
import { applyStandIns, standIns } from './stand-ins.js';
import { assortments } from './assortments.js';
import { jsonPromptText } from './json-prompt.js';
import { tokenize } from '../read/tokens.js';
import { namedPeople } from '../read/named-people.js';
import { readView } from './view.js';
import { unnegated } from '../read/negation.js';
import { readNightSky } from './night-sky.js';
import { applyTints } from './tint-phrases.js';
import { keepBackdropPropsInPlace } from './backdrop-props.js';
import { roseWindow } from './rose-window.js';
import type { QuotedText, ScenePlan } from './scene-plan.js';

const QUOTE = /"([^"]{1,80})"|“([^”]{1,80})”|«([^»]{1,80})»|(?<=^|[\s(:,])'([^']{1,80})'(?=$|[\s.,!?;:)])/g;

const CAPS_TITLE = /\b(?:reading|that reads|which reads|saying|that says|which says|titled|with the (?:text|words|title))\s+((?:[A-Z0-9][A-Z0-9!?&'’-]*(?:\s+|(?=[,.;:!?)]|$))){1,6})/;

const LOOK_AFTER = /^\s*(?:style|aesthetic|look|vibes?|feel|mood)\b/i;

/** Read a prompt and decide what to draw. */
export function planScene(asWritten: string): ScenePlan {
  const prompt = jsonPromptText(asWritten);
  const texts: QuotedText[] = [];
  const quotedOut = prompt.replace(QUOTE, (match, a?: string, b?: string, c?: string, d?: string, offset = 0) => {
    const text = (a ?? b ?? c ?? d ?? '').trim();
    // "'tech-chic' style": the name of a look, not words to write.
    if (LOOK_AFTER.test(prompt.slice(offset + match.length))) return ' , ';
    const color = inkAfter(prompt.slice(offset + match.length), COLOR_WORDS);
    if (text) texts.push({ text, carrier: carrierBefore(prompt.slice(0, offset)), ...(color ? { color } : {}) });
    return ' , ';
  });
  // "A poster reading VISIT MARS": a title in capitals, unquoted, is written too (its words still
  // name things: Mars is drawn).
  const capsTitle = texts.length ? undefined : CAPS_TITLE.exec(prompt);
  const title = capsTitle?.[1]?.trim();
  const titleInk = capsTitle && inkAfter(prompt.slice(capsTitle.index + capsTitle[0].length), COLOR_WORDS);
  if (capsTitle && title && /[A-Z]{2}/.test(title)) texts.push({ text: title, carrier: carrierBefore(prompt.slice(0, capsTitle.index)), ...(titleInk ? { color: titleInk } : {}) });
  // "ATTENTION as an ultra-bold masthead", "the headline BIG SALE": capitals named as words to write
  // are written, and (like quoted words) name no things (plan/modes/caps-texts.ts).
  const caps = texts.length ? [] : capsTexts(quotedOut);
  for (const t of caps) {
    // A banner's headline is set in its copy space (the banner is no cloth banner in a scene).
    const carrier = carrierBefore(quotedOut.slice(0, t.index));
    const color = inkAfter(quotedOut.slice(t.index + t.length), COLOR_WORDS);
    texts.push({ text: t.text, carrier: carrier === 'banner' ? 'title' : carrier, ...(color ? { color } : {}) });
  }
  // A title's colour ("the title BIG SALE in white") is the words' too: a place mark after it lets dropInks take it out.
  const titleEnd = titleInk && texts.length ? capsTitle!.index + capsTitle![0].length : -1;
  const marked = titleEnd >= 0 ? `${quotedOut.slice(0, titleEnd)} , ${quotedOut.slice(titleEnd)}` : quotedOut;
  const capsOut = dropInks(caps.reduceRight((s, t) => `${s.slice(0, t.index)} , ${s.slice(t.index + t.length)}`, marked), COLOR_WORDS);
  // "A coffee brand called Brew & Bean": a logo's unquoted name is its wordmark, and like a quoted
  // text its words name no things ("Sunrise Loaves" brings no sunrise).
  // "A welcome screen for an app called VIVIM": the app's name is the screen's title.
  const app = texts.length ? undefined : appName(capsOut);
  if (app) texts.push({ text: app.name, carrier: 'title' });
  const unquoted = app?.rest ?? capsOut;
  const named = texts.length ? undefined : logoName(unquoted);
  const asked = standIns(named?.rest ?? unquoted);
  const stripped = assortments(asked.text);
  // "A portrait of Marilyn Monroe": a named person is drawn as a generic woman, man or person.
  const { tokens } = namedPeople(tokenize(stripped));
  const walker = new Walker(tokens, texts.length > 0);
  walker.walk();
  const plan = finishPlan(walker.reading(), prompt, texts);
  readPoses(plan, tokens);
  readPeopleScene(plan, tokens);
  readInteraction(plan, tokens);
  arrangePeopleScene(plan, tokens);
  readBoardRide(plan, tokens);
  const lower = stripped.toLowerCase();
  applyStandIns(plan, lower, asked);
  if (title) plan.unknown = plan.unknown.filter((w) => !title.toLowerCase().split(/\s+/).includes(w));
  const specified = specifyProducts(plan.subjects, lower);
  plan.unknown = plan.unknown.filter((w) => !specified.includes(w));
  plan.subjects = preferNamedGoods(plan.subjects, lower);
  // The Milky Way is the night sky's band; "in shades of blue" colours what it follows (or the picture).
  readNightSky(plan, tokens);
  applyTints(plan, unnegated(tokens));
  // "A corporate headshot": a portrait that names no creature portrays a person.
  const main = plan.subjects.find((s) => s.role === 'main');
  if (asksPortrait(lower) && !main?.thing.animate && (!main || main.thing.loose || PERSON_WORDS.test(lower))) {
    for (const s of plan.subjects) s.role = 'prop';
    plan.subjects.unshift(portraitSitter(lower));
  }
  creatureMascot(plan, lower);
  // What the backdrop has ("a library behind her with one warm lamp") stays in it, out of the hands.
  keepBackdropPropsInPlace(plan, unnegated(tokens));
  // "A poster on a wall": a poster or sign alone hangs on its wall, the backdrop.
  if (!main && plan.texts.some((t) => t.carrier === 'poster' || t.carrier === 'sign')) plan.unknown = plan.unknown.filter((w) => w !== 'wall' && w !== 'walls');
  // "A logo of the letter 'B'": the letter is the mark (the quoted letter is no caption then).
  const quoted = plan.texts;
  const letter = logoLetter(plan, prompt);
  const surface = productSurface(lower);
  // "A leather shoe on a black reflective surface": a product on a product surface is a product shot.
  const alone = main && !plan.subjects.some((s) => s.thing.animate);
  const shot = surface && alone && isProductThing(main.thing, surface);
  // "An espresso machine on a counter, studio lighting", "a serum bottle, pastel background": goods shot in a studio.
  const studioShot = !surface && alone && isGoodsThing(main.thing) && STUDIO_WORDS.test(lower);
  // "A campaign still of this watch on brushed steel": a product shot, not a banner (no words to set).
  const chosen = chooseMode(stripped, plan);
  const campaignShot = shot && chosen?.kind === 'banner' && /^campaigns?$/.test(chosen.trigger) && !plan.texts.length;
  // "Photograph the product centered on a white seamless background": the product only a reference
  // shows is a product shot of a plain box (preferProduct), on the surface or paper asked.
  // ("Place the product on a marble countertop … props like a coffee cup": the cup is a prop beside the box.)
  const bareProduct = BARE_PRODUCT.test(lower) && (surface !== undefined || plan.setting === 'studio') && (!plan.subjects.length || (surface !== undefined && !plan.subjects.some((s) => s.thing.animate)));
  // "Tshirt Design, a skeleton skateboarding through outer space": the garment, its print the picture described.
  const print = readPrint(lower);
  let mode = print ? { ...productShotMode(stripped, plan), label: print.garment === 'hoodie' ? 'hoodie design' : 'T-shirt design', print }
    : (campaignShot ? undefined : chosen) ?? (shot || bareProduct || studioShot ? productShotMode(stripped, plan) : undefined);
  if (print) {
    mode!.drawnWords.push(...print.words);
    plan.subjects = printSubjects(plan, lower);
    if (!plan.subjects.length) {
      const theme = themeSubjects(lower);
      plan.subjects = theme.subjects;
      mode!.drawnWords.push(...theme.words);
    }
    // Graffiti lettering is the print's; the photo of the shirt is no comic page.
    if (plan.style === 'comic' && !/\b(comic|manga|pop art|halftone|graphic novel)\b/.test(lower)) plan.style = 'illustrated';
  }
  const breakfast = mode?.kind === 'product' && !print ? breakfastPlate(lower) : undefined;
  if (mode && breakfast) {
    mode.breakfast = breakfast.items;
    mode.drawnWords.push(...breakfast.words);
  } else if (mode?.kind === 'product' && surface && !print) {
    mode.surface = surface;
    dropSurfaceThings(plan, surface);
    // "A minimal concrete gallery": the room is minimal, the picture keeps its own style.
    if (surface.material === 'gallery' && plan.style === 'poster' && !/\b(poster|flat|vector|minimalist)\b/.test(lower)) plan.style = 'illustrated';
    mode.drawnWords.push(...surface.words, 'surface', 'reflective', 'reflection', 'reflections', 'sunlit', 'outdoor', 'setting');
  }
  // "Logo for Digital Art, D A circle": capitals before "circle" are a monogram's letters too.
  const mark = letter ?? (mode?.label === 'logo' ? monogramOf(plan, quotedOut, named) : undefined);
  if (mode && mark && mode.label === 'logo') {
    mode.letter = mark;
    // Its speed lines draw the prompt's lines and motion.
    if (SPEED_WORDS.test(lower)) mode.drawnWords.push('lines', 'line', 'motion', 'speed', 'flowing', 'dynamic', 'fast');
    // "The letter A in gold": the mark's colour, not the backdrop's.
    const ink = letterColor(lower, COLOR_WORDS);
    if (ink) {
      mode.letterColor = ink;
      mode.colors = mode.colors.filter((h) => h !== ink);
    }
  } else plan.texts = quoted;
  readWordmark(plan, mode, named);
  if (mode?.kind === 'banner' && mode.label !== 'logo') audienceBeside(plan, lower);
  // "An email header with roses and tulips": the email is the format, what it names the hero (no envelope).
  if (mode?.kind === 'banner' && mode.label !== 'logo' && /\b(?:e-?mails?|newsletters?)\b/.test(lower) && !/\b(?:envelopes?|letters?|mail)\b/.test(lower) && plan.subjects.some((s) => s.thing.key !== 'envelope')) {
    const before = plan.subjects.length;
    plan.subjects = plan.subjects.filter((s) => s.thing.key !== 'envelope');
    if (plan.subjects.length < before && !plan.subjects.some((s) => s.role === 'main')) plan.subjects[0]!.role = 'main';
    if (mode.topic?.key === 'envelope') delete mode.topic;
    mode.drawnWords.push('email', 'e-mail', 'emails', 'newsletter', 'newsletters');
  }
  if (mode?.label === 'logo' || plan.texts.some((t) => t.carrier === 'logo')) {
    // The mark's colour is the mark's, not the backdrop's.
    const mark = logoMark(plan.subjects, lower);
    if (mode) mode.colors = mode.colors.filter((h) => !mark.includes(h));
  }
  // "In the style of Kandinsky", "a cat, cubism", "surreal, Dalí": the manner (plan/modes/art-manner.ts).
  mode = applyManner(plan, lower, stripped, mode);
  if (!mode) return inGlobe(withView(roseWindow(plan, lower), stripped), lower);
  if (mode.kind === 'product' && !print) {
    // A phone in a product shot is the drawn smartphone, a "kettle" the electric kettle.
    productGoods(plan.subjects, lower);
    preferProduct(plan, lower, mode.surface?.words);
    // A splash, steam, a tilt: drawn round the product, their words no things (a crown splash is no crown).
    const effects = readProductEffects(lower);
    if (effects.words.length) mode.effects = effects;
    mode.drawnWords.push(...effects.words);
    dropEffectThings(plan, lower, effects);
  }
  // A format's own words are no things; a comparison's halves are scenes of their own.
  if (mode.format) {
    const f = formatPlan(plan, mode.format, lower, planScene);
    plan.subjects = f.subjects;
    if (f.panels.length) mode.panels = f.panels;
  }
  // An app icon's glyph: a chart or a face the words ask for, else a subject, its topic or a star.
  if (mode.kind === 'icon') readIcon(plan, mode, lower, stripped);
  plan.subjects = plan.subjects.filter((s) => !GROUP_ADDED.has(s));
  // A dashboard's "table of users" or "pie chart" is its widget, no furniture or pie beside it.
  // (Nor emojilib's loose guesses: "users" is no speaking head.)
  if (mode.widgets) plan.subjects = plan.subjects.filter((s) => !widgetSense(s.label, mode.widgets!) && !s.thing.loose);
  // A screen the prompt describes shows its texts and things inside it.
  const screen = mode.kind === 'screen' && mode.label !== 'diagram' ? readScreenContent(prompt, plan.texts, plan.subjects, mode.app) : undefined;
  if (screen) {
    mode.screen = screen;
    mode.drawnWords.push(...screen.words);
  }
  // A portrait's sitter in the hair, beard, earrings and skin tone asked (plan/modes/portrait-looks.ts).
  if (mode.kind === 'portrait') {
    const looked = portraitLooks(plan, lower);
    plan.unknown = plan.unknown.filter((w) => !looked.includes(w));
  }
  // A character sheet draws its one character (plan/modes/character-sheet.ts).
  if (mode.kind === 'sheet') mode.drawnWords.push(...sheetSubjects(plan, lower, planScene));
  // Words the mode draws (a dashboard, an arrow, the banner itself) are no longer "not drawn".
  const drawn = wordsDrawnBy(mode);
  // Hex colours' digits ("ffd93d") are colours the mode paints, not things.
  // A mode that paints the asked colours itself (a blue gradient) is not pulled toward them again.
  const palette = mode.colors.length ? {} : plan.palette ? { palette: plan.palette } : {};
  const { palette: _asked, ...rest } = plan;
  return { ...rest, ...palette, mode, unknown: plan.unknown.filter((w) => !drawn.test(w) && !isHexWord(w) && !SIZE_WORD.test(w)) };
}

/** "An isometric bedroom", "a bird's-eye view of a forest": the scene's viewpoint (plan/view.ts). */
function withView(plan: ScenePlan, text: string): ScenePlan {
  const v = readView(text);
  if (!v) return plan;
  return { ...plan, view: v.view, unknown: plan.unknown.filter((w) => !v.words.includes(w)) };
}

const BARE_PRODUCT = /(?:^|\b(?:the|a|our|your|this|each|my) )products?\b/;
const GENERIC_PRODUCT = /\b(?:products?|reference|item|merchandise)\b/;

/** "arranged on a rustic wooden counter", "placed on a marble countertop": the words of what things stand on. */
const STANDS_ON = /\b(?:arranged|placed|sitting|sits|set|displayed|resting|rests|standing|stands|lying|laid|positioned) (?:out )?(?:on|upon|atop) (?:top of )?(?:an? |the )?((?:[\w-]+ ){0,3}[\w-]+)/g;

/**
 * A product shot's product: the first subject the tables know (not emojilib's loose guess), in
 * the colour named after its word ("a coffee mug in matte black").
 */
function preferProduct(plan: ScenePlan, lower: string, surfaceWords: readonly string[] | undefined): void {
  // "Supplies arranged on a rustic wooden counter": what they stand on is the surface, never the
  // product (the mode draws it as its surface when it has one).
  const under = new Set([...(surfaceWords ?? []), ...[...lower.matchAll(STANDS_ON)].flatMap((m) => m[1]!.split(' '))]);
  const isSurface = (s: ScenePlan['subjects'][number]) => !s.thing.animate && [...under].some((w) => w === s.label || w.startsWith(`${s.label.split(' ').at(-1)}`));
  if (surfaceWords) plan.subjects = plan.subjects.filter((s) => !isSurface(s) || plan.subjects.every(isSurface));
  // "Include subtle props like a coffee cup and fresh herbs": what the props are named as is no product; a window is the room's.
  const propsAt = /\bprops?\b[^.]*?\b(?:like|such as|including)\b/.exec(lower)?.index;
  const asProp = (s: ScenePlan['subjects'][number]) => propsAt !== undefined && lower.indexOf(s.label.split(' ').at(-1)!, propsAt) > propsAt;
  const candidates = plan.subjects.filter((s) => !isSurface(s) && !asProp(s) && s.thing.place !== 'wall');
  const boxed = GENERIC_PRODUCT.test(lower) && !candidates.length;
  const product = candidates.find((s) => !s.thing.loose && !s.thing.animate) ?? candidates.find((s) => !s.thing.loose) ??
    (boxed ? undefined : plan.subjects.find((s) => !s.thing.loose && !s.thing.animate) ?? plan.subjects.find((s) => !s.thing.loose));
  // "A hero image from the uploaded product reference": a product the words never name is a plain box.
  if (!product && GENERIC_PRODUCT.test(lower)) {
    plan.subjects = [subjectOf(thingOf('package', 'plain product box')), ...plan.subjects.filter((s) => !isSurface(s) && s.thing.place !== 'wall').map((s) => ({ ...s, role: 'prop' as const }))];
    return;
  }
  if (!product) return;
  // Emojilib's loose guesses ("presented" as a present) do not stand beside a product the tables know.
  if (!product.thing.loose) plan.subjects = plan.subjects.filter((s) => s === product || !s.thing.loose);
  for (const s of plan.subjects) s.role = s === product ? 'main' : 'prop';
  plan.subjects.splice(plan.subjects.indexOf(product), 1);
  plan.subjects.unshift(product);
  const color = product.color ? undefined : colorPhrase(lower);
  if (color) product.color = color;
}

/**
 * "A snow globe with a tiny café", "a fantasy snow globe with a castle": the globe holds the scene,
 * so what it contains is the picture's subject and place (compose/snow-globe.ts draws the glass).
 */
function inGlobe(plan: ScenePlan, lower: string): ScenePlan {
  if (!/\bsnow ?globes?\b/.test(lower) || plan.texts.length) return plan;
  const inside = plan.subjects.filter((s) => s.thing.key !== 'crystal-ball');
  if (inside.length === plan.subjects.length) return plan;
  for (const s of inside) s.role = 'prop';
  // The first thing inside that stands in the scene is its main subject; stars stay in the sky.
  const main = inside.find((s) => s.thing.place !== 'sky');
  if (main) {
    main.role = 'main';
    // "A snow globe with a tiny castle": tiny because it is in the globe, drawn to fill its scene.
    if (main.size === 'tiny' || main.size === 'small') main.size = 'normal';
    inside.splice(inside.indexOf(main), 1);
    inside.unshift(main);
  }
  // A globe that names no place holds a snowy landscape.
  const place = plan.settingExplicit ? {} : { setting: 'snow' as const, snowy: true };
  return { ...plan, ...place, subjects: inside, globe: true };
}

function carrierBefore(before: string): Carrier {
  const words = (before.toLowerCase().match(/[a-z]+/g) ?? []).slice(-7);
  const held = words.some((w) => w === 'holding' || w === 'holds' || w === 'carrying' || w === 'raising');
  const neon = words.includes('neon');
  const nouns = words.map((w) => CARRIER_WORDS[w]).filter((c): c is Carrier => c !== undefined && c !== 'neon' && c !== 'speech');
  // "A poster on a wall with text that reads …": the text is the poster's, a thing that carries it.
  const wider = (before.toLowerCase().match(/[a-z]+/g) ?? []).slice(-12).map((w) => CARRIER_WORDS[w]);
  const physical = wider.filter((n): n is Carrier => n !== undefined && ['sign', 'poster', 'banner', 'chalkboard', 'placard'].includes(n)).at(-1);
  const explicit = (nouns.at(-1) === 'label' || nouns.at(-1) === 'title') && physical ? physical : nouns.at(-1);
  if (explicit) {
    if (neon && (explicit === 'sign' || explicit === 'title')) return 'neon';
    if (held && (explicit === 'sign' || explicit === 'poster' || explicit === 'banner' || explicit === 'placard')) return 'placard';
    return explicit;
  }
  if (neon) return 'neon';
  if (words.some((w) => CARRIER_WORDS[w] === 'speech')) return 'speech';
  return 'sign';
}
