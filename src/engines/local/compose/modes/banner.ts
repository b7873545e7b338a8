// Marketing banners and thumbnails: one large hero centred (or beside the copy space) on a bold
// gradient or a dark field (or the stage or outer space the prompt names), a glow behind it in the
// prompt's colours, and icons arranged around it, none of them the hero again.
import { glow, gradientColors, paintGradient } from '../../paint/screens/mode-backdrops.js';
import { drawDistress } from '../../paint/screens/symbols.js';
import type { Rect } from '../../paint/stage.js';
import type { ScreenElement } from '../../plan/modes/choose-mode.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { Composition } from '../composition.js';
import { DEVICES, drawElement, ELEMENT_ASPECT, elementsToDraw, heroElement, pageKind, iconDrawer, type ElementContext } from './elements.js';
import { SETTING_EMBLEM } from '../../read/lexicon-reader.js';
import { thingForKey } from '../composition.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import { copyRect, drawHeadline, drawShapes, type ModeResult } from './mode-kit.js';
import { asksMany, rankHeroes, subjectOf } from '../../plan/modes/mode-subjects.js';
import { PAIRED } from '../../plan/reader-words.js';
import { drawLetterLogo, drawLogoHero, drawWordmark, initialOf, logoLockup, wordmarkAlone } from './logo-hero.js';
import { dishList, drawTabletop, tabletopDishes } from './tabletop.js';
import { SCENERY, type SettingKind } from '../../read/lexicon-settings.js';
import { colorName } from '../../read/lexicon-scene.js';
import { luma, parseHex } from '../../paint/color.js';


type Satellite = { el: ScreenElement } | { subject: Subject };

// Places a poster's hero can stand in front of, painted by the setting's own painter, and how `text` names them.
const SCENE_BACKDROPS: Partial<Record<SettingKind, string>> = {
  stage: 'a spotlit stage', space: 'a backdrop of outer space, stars and a planet', mars: 'a red Martian desert horizon',
  skyline: 'a city skyline', fjord: 'a fjord between steep dark cliffs, snowy peaks beyond', 'greek-temple': 'a hillside below a Greek temple with columns and a pediment',
};

/** The same picture as the hero: the same emoji, or the same word once plurals go ("books" beside a book). */
function sameAsHero(s: Subject, hero: Subject | undefined): boolean {
  if (!hero) return false;
  // A dog's face is the dog: the creature's word, not "face" or "head".
  const noun = (x: Subject) => x.thing.label.replace(/ (?:head|face)$/, '').split(' ').at(-1)!.replace(/e?s$/, '');
  const base = (x: Subject) => x.thing.key.replace(/-face$/, '');
  return base(s) === base(hero) || noun(s) === noun(hero);
}

/** `paintScene` paints the prompt's own setting: a concert's stage or outer space stands behind the hero. */
export function composeBanner(composition: Composition, paintScene?: () => void, manner?: { paint: () => void; label: string }): ModeResult {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const { W, H } = composition.stage;
  // An artist's manner is the backdrop instead of the gradient or the scene.
  const scene = manner ? undefined : mode.label !== 'logo' && plan.settingExplicit && paintScene ? SCENE_BACKDROPS[plan.setting] : undefined;
  // A logo "on a white background" is drawn on plain paper of that colour.
  const paper = mode.label === 'logo' ? plan.backdrop : undefined;
  if (manner) manner.paint();
  else if (scene) paintScene!();
  // "Flat, no gradients": plain paper in the first named colour, else white, and no glow.
  const plain = !manner && !scene && !paper && mode.flat ? mode.colors[0] ?? '#ffffff' : undefined;
  if (paper ?? plain) c.rect(0, 0, W, H, (paper ?? plain)!, { bare: true });
  // The stage and space are dark places; a fjord or a temple's hill is daylight scenery.
  const dark = !manner && (mode.dark || (scene !== undefined && (plan.setting === 'stage' || plan.setting === 'space')));
  const flatPaper = paper ?? plain;
  const look = scene || flatPaper || manner ? { accent: gradientColors({ colors: mode.colors, dark, bold: mode.bold }).accent, light: manner !== undefined || (flatPaper !== undefined && luma(parseHex(flatPaper)) > 0.5) }
    : paintGradient(c, { colors: mode.colors, dark: mode.dark, bold: mode.bold }, composition.rng.fork('bg'));
  const ctx: ElementContext = { c, rng: composition.rng.fork('el'), accent: look.accent, mode, page: pageKind(mode, plan.prompt), dark, icon: iconDrawer(composition) };
  const copySide = mode.copySpace ?? (plan.texts.length ? (W >= H ? 'left' : 'top') : undefined);
  const copy = copySide ? copyRect(W, H, copySide) : undefined;
  const free: Rect = copy ? freeRect(W, H, copySide!) : { x: 0, y: 0, w: W, h: H };
  // Over a busy painting the copy sits on a pale panel, so it stays legible.
  if (manner && copy) c.rect(copy.x, copy.y, copy.w, copy.h, '#f7f3ea', { bare: true, opacity: 0.86, rx: Math.min(W, H) * 0.02 });
  // A logo with a name: the badge above the name (beside it when wide), the hero sized to its area.
  const lockup = mode.label === 'logo' && mode.wordmark ? logoLockup(free) : undefined;
  const area = lockup?.badge ?? free;
  const elements = elementsToDraw(mode.elements).filter((e) => !(e === 'cta' && copy) && !(e === 'logo' && mode.label === 'logo'));
  // The hero is what the prompt is about: a subject the tables know, else its topic's picture
  // (a salad for healthy eating); emojilib's loose guesses only when nothing else is there.
  // Symbols the prompt names (an arrow, a dashboard) beat the topic's picture, which goes around them.
  // (A video's play button is no such symbol: "a home workout video" is about the workout.)
  const topicHero = elements.some((e) => e !== 'play') ? undefined : mode.topic;
  // "A travel poster of a fjord": a place that is a picture by itself, with nothing else named, is the poster.
  if (scene && SCENERY.has(plan.setting) && !modeSubjects(composition, true).length) {
    return { hero: scene, wore: [], held: [], around: [], heroPlace: 'filling the picture', accent: look.accent, fills: true };
  }
  // "An overhead top view of a wooden table with sushi and pizza": the table top fills the banner, the dishes on it.
  const dishes = mode.label === 'logo' ? undefined : tabletopDishes(composition, modeSubjects(composition, true));
  if (dishes) {
    const m = Math.min(free.w, free.h) * 0.07;
    const on = drawTabletop(composition, { x: free.x + m, y: free.y + m, w: free.w - m * 2, h: free.h - m * 2 }, dishes);
    const headline = copy && plan.texts.length ? drawHeadline(c, copy, plan.texts.map((t) => t.text).join(' '), look.light, mode.elements.includes('cta') ? look.accent : undefined) : undefined;
    return { hero: `a wooden table seen from above, with ${dishList(on)} on it`, wore: [], held: [], around: [], heroPlace: copy ? `on the ${opposite(copySide!)}` : 'filling the picture', copySide, headline, accent: look.accent, fills: true };
  }
  const subjects = rankHeroes(modeSubjects(composition, true), topicHero, elements.length > 0 || mode.topic !== undefined);
  const topicAround = mode.topic && !topicHero && !subjects.length ? subjectOf(mode.topic, 'prop') : undefined;
  // A banner for a place with nothing else to show: the place's emblem (a cup for a cafe).
  // ("Marketing" is not a market.)
  const emblem = plan.settingExplicit && !(plan.setting === 'market' && mode.trigger === 'marketing') ? SETTING_EMBLEM[plan.setting] : undefined;
  // "A travel poster reading VISIT MARS": the planet named is the poster's picture, over its horizon.
  const planetPoster = scene !== undefined && plan.setting === 'mars' && emblem !== undefined;
  if (planetPoster) {
    elements.length = 0;
    subjects.unshift({ label: 'planet Mars', thing: thingForKey(emblem), count: 1, size: 'normal', role: 'main', wearing: [], holding: [] });
  } else if (!subjects.length && !elements.length && emblem && !mode.letter) subjects.push({ label: thingForKey(emblem).label, thing: thingForKey(emblem), count: 1, size: 'normal', role: 'main', wearing: [], holding: [] });
  // A logo of a letter has the letter for its mark; what else it names goes around the badge. A
  // named logo with nothing else to draw has its name's initial there; a wordmark is the name alone.
  const bare = lockup && !subjects.length && !elements.length && !mode.letter;
  const wordOnly = bare && /^(?:wordmarks?|logotypes?)$/.test(mode.trigger);
  const letter = mode.label === 'logo' ? mode.letter ?? (bare && !wordOnly ? initialOf(mode.wordmark!) : undefined) : undefined;
  const heroSubject = letter ? undefined : subjects[0];
  const heroEl = heroSubject || letter ? undefined : heroElement(elements);
  const hx = area.x + area.w / 2;
  let hy = area.y + area.h * 0.52;
  let heroH: number, heroW: number;
  // "Five drink bottles arranged horizontally": the hero as many times as asked, side by side.
  const many = heroSubject && mode.label !== 'logo' && asksMany(plan.prompt.toLowerCase(), heroSubject) && !PAIRED.has(heroSubject.thing.key) ? Math.min(heroSubject.count, 7) : 1;
  if (mode.label === 'logo') {
    // A logo's badge is round: its box is square, whatever the shape of the thing in it.
    heroH = heroW = Math.min(area.w, area.h) * (lockup?.place === 'beside it' ? 0.72 : lockup ? 0.62 : 0.56);
  } else if (heroSubject) {
    const fig = figureOf(composition, heroSubject);
    heroH = many > 1 ? Math.min(free.h * 0.56, (free.w * 0.86) / many / 1.12 / fig.spec.aspect) : Math.min(free.h * 0.62, (free.w * 0.5) / fig.spec.aspect);
    heroW = heroH * fig.spec.aspect * (many > 1 ? many * 1.12 : 1);
  } else {
    const aspect = heroEl ? ELEMENT_ASPECT[heroEl] : 1.2;
    const device = heroEl !== undefined && DEVICES.has(heroEl);
    // A tall banner (a story, a roll-up banner) is narrow: its hero takes more of the width.
    const tall = free.h > free.w * 1.4;
    heroH = Math.min(free.h * (device ? 0.7 : 0.56), (free.w * (device ? 0.86 : tall ? 0.84 : 0.6)) / aspect);
    heroW = heroH * aspect;
  }
  // On a stage the hero stands on the boards, in the spotlight's pool, not in front of the curtain.
  const boards = composition.stage.horizon + (H - composition.stage.horizon) * 0.45;
  // Before a skyline (a city rooftop) it stands on the roof in front of the city.
  if (scene && plan.setting === 'skyline' && !copy && heroSubject) hy = H * 0.9 - heroH / 2;
  if (scene && plan.setting === 'stage' && !copy && heroSubject) hy = Math.max(heroH / 2 + H * 0.04, boards - heroH / 2);
  // A planet (or anything of the sky) over a scene's horizon hangs above it, big, as on a travel poster.
  if (scene && heroSubject?.thing.place === 'sky' && plan.setting !== 'space') {
    const room = composition.stage.horizon - H * 0.14;
    if (heroH > room) {
      heroW *= room / heroH;
      heroH = room;
    }
    hy = composition.stage.horizon - H * 0.03 - heroH / 2;
  }
  const hero: Rect = { x: hx - heroW / 2, y: hy - heroH / 2, w: heroW, h: heroH };
  // On a stage the spotlight is the hero's glow.
  if (!(scene && plan.setting === 'stage') && !plain && !(manner && !heroSubject && !heroEl && !letter)) glow(c, hx, hy, Math.max(heroW, heroH) * 0.95, dark ? look.accent : '#ffffff', dark ? 0.85 : mode.glow ? 0.6 : 0.4);
  // The icons around the hero never show the hero again, nor one another twice.
  const others: Subject[] = [];
  // A topic that is many things (food to order) brings the rest of its spread wherever it is drawn.
  const topicDrawn = mode.topic && (topicAround || subjects.some((x) => x.thing.key === mode.topic!.key));
  const spread = topicDrawn ? (mode.topicMore ?? []).map((t) => subjectOf(t, 'prop')) : [];
  // A logo draws the one thing the prompt pairs with its subject inside the badge ("bamboo and panda").
  const partner = mode.label === 'logo' && heroSubject ? modeSubjects(composition, true).find((s) => s !== heroSubject && !s.thing.animate && !s.thing.loose && !sameAsHero(s, heroSubject)) : undefined;
  for (const s of [...subjects.filter((x) => x !== heroSubject && x !== partner), ...(topicAround ? [topicAround] : []), ...spread]) {
    if (!sameAsHero(s, heroSubject) && !others.some((o) => sameAsHero(s, o))) others.push(s);
  }
  const sats: Satellite[] = [
    ...elements.filter((e) => e !== heroEl).map((el) => ({ el })),
    ...others.slice(0, planetPoster ? 0 : 4).map((subject) => ({ subject })),
  ].slice(0, 6);
  const around: string[] = [];
  const boxes = satelliteBoxes(hero, area, sats.length, Math.min(W, H) * 0.3);
  sats.forEach((s, i) => {
    const b = boxes[i]!;
    // A box the hero, drawn after it, would mostly cover is left empty: `text` names only what shows.
    if (covered(b, hero) > 0.6) return;
    if ('el' in s) {
      const a = ELEMENT_ASPECT[s.el];
      const h = Math.min(b.h, b.w / a) * (a > 2 ? 0.6 : 1);
      around.push(drawElement(ctx, s.el, { x: b.x + b.w / 2 - (h * a) / 2, y: b.y + b.h / 2 - h / 2, w: h * a, h }));
    } else {
      c.circle(b.x + b.w / 2, b.y + b.h / 2, Math.min(b.w, b.h) * 0.5, '#ffffff', { opacity: look.light ? 0.9 : 0.18, bare: true, layer: 'fg' });
      const fig = figureOf(composition, s.subject);
      const h = Math.min(b.h, b.w / fig.spec.aspect) * 0.72;
      drawSubject(composition, s.subject, fig, b.x + b.w / 2, b.y + b.h / 2 + h / 2, h, `sat${i}`);
      around.push(s.subject.label);
    }
  });
  let heroName = 'abstract geometric shapes';
  let wore: string[] = [], held: string[] = [];
  if (letter) {
    const ink = mode.letterColor ?? mode.colors.find((h) => h !== paper);
    const inkName = mode.letterColor ? colorName(mode.letterColor) : undefined;
    const mark = drawLetterLogo(composition, letter, hero, ink);
    heroName = `a logo badge with ${inkName ? mark.replace(/^the /, `the ${inkName} `) : mark} in it`;
  } else if (heroSubject && mode.label === 'logo') {
    const mark = drawLogoHero(composition, heroSubject, hero, partner);
    heroName = `a logo badge with ${heroSubject.color ? `${/^[aeiou]/.test(heroSubject.color.name) ? 'an' : 'a'} ${heroSubject.color.name} ${mark}` : mark} in it`;
  } else if (heroSubject && many > 1) {
    const fig = figureOf(composition, heroSubject);
    const step = hero.w / many;
    for (let i = 0; i < many; i++) {
      const x = hero.x + step * (i + 0.5);
      c.ellipse(x, hero.y + hero.h, step * 0.4, hero.h * 0.04, c.radial([[0, '#000000', 0.3], [1, '#000000', 0]]), { bare: true, layer: 'fg' });
      drawSubject(composition, heroSubject, fig, x, hero.y + hero.h, hero.h, `hero${i}`);
    }
    heroName = heroSubject.label;
  } else if (heroSubject) {
    ({ wore, held } = drawSubject(composition, heroSubject, figureOf(composition, heroSubject), hx, hero.y + hero.h, hero.h, 'hero'));
    heroName = heroSubject.label;
  } else if (heroEl) {
    heroName = drawElement(ctx, heroEl, hero);
  } else if (wordOnly) {
    heroName = `the wordmark "${mode.wordmark}"`;
  } else if (manner) {
    // A poster with nothing to show but the manner is the painting itself.
    const headline = copy && plan.texts.length ? drawHeadline(c, copy, plan.texts.map((t) => t.text).join(' '), true, mode.elements.includes('cta') ? look.accent : undefined) : undefined;
    return { hero: manner.label, wore: [], held: [], around, heroPlace: 'filling the picture', copySide, headline, accent: look.accent, fills: true };
  } else {
    drawShapes(c, hero, look.accent, composition.rng.fork('shapes'));
  }
  composition.mainRect = hero;
  const wordInk = mode.ink ?? mode.letterColor ?? heroSubject?.color?.hex ?? (look.light || paper ? '#1f1f24' : '#ffffff');
  if (lockup) drawWordmark(c, mode.wordmark!, wordOnly ? wordmarkAlone(free) : lockup, wordInk);
  if (mode.distressed) drawDistress(c, W, H, mode.retro ? '#7a1a22' : '#2a2a2a', composition.rng.fork('distress'));
  const headline = copy && plan.texts.length ? drawHeadline(c, copy, plan.texts.map((t) => t.text).join(' '), look.light, mode.elements.includes('cta') ? look.accent : undefined) : undefined;
  return { hero: heroName, heroSubject, ...(many > 1 ? { count: many } : {}), wore, held, around, heroPlace: `${many > 1 ? 'in a row, ' : ''}${copy ? `on the ${opposite(copySide!)}` : 'centred'}`, copySide, headline, ...(lockup && !wordOnly ? { wordmark: { text: mode.wordmark!, place: lockup.place } } : {}), accent: look.accent, ...(manner ? { backdrop: manner.label } : scene ? { backdrop: scene } : paper ? { backdrop: `a plain ${colorName(paper) ?? 'coloured'} backdrop` } : {}) };
}

function opposite(side: string): string {
  return { left: 'right', right: 'left', top: 'bottom', bottom: 'top' }[side]!;
}

function freeRect(W: number, H: number, side: string): Rect {
  if (side === 'left') return { x: W * 0.42, y: 0, w: W * 0.58, h: H };
  if (side === 'right') return { x: 0, y: 0, w: W * 0.58, h: H };
  if (side === 'top') return { x: 0, y: H * 0.34, w: W, h: H * 0.66 };
  return { x: 0, y: 0, w: W, h: H * 0.66 };
}

/** How much of box `b` lies inside `hero`, 0..1. */
function covered(b: Rect, hero: Rect): number {
  const w = Math.max(0, Math.min(b.x + b.w, hero.x + hero.w) - Math.max(b.x, hero.x));
  const h = Math.max(0, Math.min(b.y + b.h, hero.y + hero.h) - Math.max(b.y, hero.y));
  return (w * h) / Math.max(1e-6, b.w * b.h);
}

/** Boxes for the icons around the hero: on an ellipse about it, kept inside the free area. */
function satelliteBoxes(hero: Rect, free: Rect, n: number, size: number): Rect[] {
  const cx = hero.x + hero.w / 2, cy = hero.y + hero.h / 2;
  const s = Math.min(size, free.h * 0.26, free.w * 0.22);
  const rx = Math.min(hero.w / 2 + s * 0.55, free.w / 2 - s * 0.55), ry = Math.min(hero.h / 2 + s * 0.3, free.h / 2 - s * 0.55);
  const angles = [-150, -30, 150, 30, -90, 90].slice(0, Math.max(n, 0));
  return angles.map((deg) => {
    const a = (deg * Math.PI) / 180;
    const x = Math.min(free.x + free.w - s, Math.max(free.x, cx + rx * Math.cos(a) - s / 2));
    const y = Math.min(free.y + free.h - s, Math.max(free.y, cy + ry * Math.sin(a) - s / 2));
    return { x, y, w: s, h: s };
  });
}
