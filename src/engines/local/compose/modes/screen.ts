// Screens: a browser window, laptop or phone large in the middle showing a page (a landing page,
// a dashboard with rising charts, a shop), a phone beside a bigger screen, and the other elements
// the prompt names floating around it as cards. With no device named ("an infographic"), the
// elements are laid out as panels on a board.
import { drawCard } from '../../paint/screens/charts.js';
import { glow, paintGradient } from '../../paint/screens/mode-backdrops.js';
import type { Rect } from '../../paint/stage.js';
import type { ScreenElement } from '../../plan/modes/choose-mode.js';
import type { Composition } from '../composition.js';
import { DEVICES, drawElement, ELEMENT_ASPECT, elementsToDraw, pageKind, showsWidgets, iconDrawer, type ElementContext } from './elements.js';
import { subjectOf, topicThing } from '../../plan/modes/mode-subjects.js';
import { drawSubject, figureOf, modeSubjects } from './hero.js';
import { composeDiagram } from './diagram.js';
import { composeInfographic } from './infographic.js';
import { drawHeadline, type ModeResult } from './mode-kit.js';
import { headlineAbove } from './screen-headline.js';
import { describedScreen } from './screen-content.js';

export function composeScreen(composition: Composition): ModeResult {
  const { c, plan } = composition;
  const mode = plan.mode!;
  if (mode.label === 'diagram') return composeDiagram(composition);
  const { W, H } = composition.stage;
  const look = paintGradient(c, { colors: mode.colors.length ? mode.colors : mode.dark ? [] : ['#dfe7f5', '#b9c8e6'], dark: mode.dark, bold: mode.bold }, composition.rng.fork('bg'));
  const title = plan.texts.map((t) => t.text).join(' ');
  // A login page sets its title on the form, not as a headline over the screen.
  const inPage = mode.app === 'login' && title !== '';
  const ctx: ElementContext = { c, rng: composition.rng.fork('el'), accent: mode.accent ?? look.accent, mode, page: pageKind(mode, plan.prompt), dark: mode.dark, ...(inPage ? { title } : {}),
    icon: iconDrawer(composition) };
  // An onboarding screen's illustration is the app's subject ("a meditation app": the person in the lotus position).
  // (Else the topic's picture, else emojilib's guess.)
  const candidates = mode.app === 'onboarding' ? modeSubjects(composition, true).filter((s) => s.thing.icon !== 'laptop') : [];
  const topic = mode.app === 'onboarding' ? topicThing(plan.prompt.toLowerCase()) : undefined;
  const pictured = candidates.find((s) => !s.thing.loose) ?? (topic ? subjectOf(topic.thing) : candidates[0]);
  if (pictured) {
    ctx.art = (box) => {
      const fig = figureOf(composition, pictured);
      const h = Math.min(box.h, box.w / fig.spec.aspect);
      drawSubject(composition, pictured, fig, box.x + box.w / 2, box.y + (box.h + h) / 2, h, 'onboard');
      return pictured.label;
    };
  }
  const drawable = elementsToDraw(mode.elements);
  const devices = drawable.filter((e) => DEVICES.has(e));
  // (A widget page draws its own charts and map: no chart card or pin floats beside it.)
  const widgets = showsWidgets(mode, pageKind(mode, plan.prompt));
  const others = drawable.filter((e) => !DEVICES.has(e) && !(widgets && (e === 'chart' || e === 'pin')));
  // An infographic shows what it is about; charts only about business or data (compose/modes/infographic.ts).
  if (!devices.length && /infographic/.test(mode.trigger)) return composeInfographic(composition) ?? board(composition, ctx, others, look.light);
  // An app with no device named is shown on a phone (a code editor on a laptop).
  const fallback: ScreenElement = mode.app === 'code' ? 'laptop' : mode.app ? 'phone' : 'browser';
  // ("A blog homepage on a laptop screen": the page is on the laptop.)
  const main: ScreenElement = devices.includes('laptop') ? 'laptop' : devices.find((e) => e !== 'phone') ?? devices[0] ?? fallback;
  // A headline never crosses the screen (docs/local-engine-modes.md, "Screens"): a landing page or a
  // task board on a laptop or browser sets it as its own headline; any other screen leaves a band above for it.
  // A described screen shows its texts and things inside it (compose/modes/screen-content.ts).
  // (A dashboard named with an app shows the app on the phone beside it.)
  const on: ScreenElement = main === 'dashboard' && devices.includes('phone') ? 'phone' : main;
  // (A screen of named widgets draws them, not a described page: compose/modes/elements.ts.)
  const described = on === 'dashboard' || showsWidgets(mode, ctx.page) ? undefined : describedScreen(composition, ctx);
  const textsInside = described?.textsInside(on !== 'phone') === true;
  const onPage = title !== '' && !inPage && !textsInside && !mode.app && (ctx.page === 'landing' || ctx.page === 'board' || ctx.page === 'blog') && (main === 'laptop' || main === 'browser');
  if (onPage) ctx.pageTitle = title;
  const above = title !== '' && !inPage && !onPage && !textsInside;
  const aspect = ELEMENT_ASPECT[main];
  const h = Math.min(H * (above ? 0.64 : 0.74), (W * 0.7) / aspect);
  const w = h * aspect;
  const phone = main !== 'phone' && devices.includes('phone');
  const hx = W / 2 - (phone ? w * 0.06 : 0), hy = above ? H * 0.97 - h / 2 - H * 0.04 : H * 0.52;
  const hero: Rect = { x: hx - w / 2, y: hy - h / 2, w, h };
  glow(c, hx, hy, Math.max(w, h) * 0.8, mode.dark ? look.accent : '#ffffff', 0.5);
  const around: string[] = [];
  if (described && on === main) ctx.described = described.draw;
  const heroName = drawElement(ctx, main, hero);
  delete ctx.described;
  if (described && on !== main) ctx.described = described.draw;
  if (phone) {
    const ph = h * 0.78, pw = ph * ELEMENT_ASPECT.phone;
    around.push(drawElement(ctx, 'phone', { x: hero.x + w - pw * 0.45, y: hero.y + h - ph * 0.92, w: pw, h: ph }));
  }
  delete ctx.described;
  // Floating cards: left and right of the screen, overlapping its edge a little.
  const s = Math.min(H * 0.24, W * 0.18);
  const spots = [
    { x: hero.x - s * 0.55, y: hero.y + h * 0.12 }, { x: hero.x + w - s * 0.45, y: hero.y - s * 0.2 },
    { x: hero.x - s * 0.45, y: hero.y + h * 0.62 }, { x: hero.x + w - s * 0.5, y: hero.y + h * 0.55 },
  ];
  // A described page draws its play button on its first picture; its words are never covered, so
  // cards float only at the right of a wide page with words or an app's figures at its left.
  const playInside = described !== undefined && !mode.app && mode.elements.includes('play');
  const clearLeft = main !== 'phone' && (textsInside || onPage || mode.app !== undefined);
  const floating = others.filter((e) => e !== 'cta' && !(playInside && e === 'play')).slice(0, phone || textsInside || clearLeft ? 2 : 4);
  floating.forEach((el, i) => {
    const a = ELEMENT_ASPECT[el];
    const bw = a > 1.5 ? s * 1.6 : s * Math.min(1.2, a), bh = bw / a;
    // (Beside a phone whose words are on its screen: at mid-height, clear of its title.)
    const p = textsInside && main === 'phone' ? [{ x: hero.x - bw * 1.15, y: hero.y + h * 0.5 }, { x: hero.x + w + bw * 0.15, y: hero.y + h * 0.55 }][i]! : spots[clearLeft ? [1, 3][i]! : phone && i === 1 ? 2 : i]!;
    const box = { x: Math.max(W * 0.01, Math.min(W * 0.99 - bw, p.x)), y: Math.max(H * 0.02, Math.min(H * 0.98 - bh, p.y)), w: bw, h: bh };
    if (el !== 'chart' && el !== 'timeline') drawCard(c, { x: box.x - bw * 0.1, y: box.y - bh * 0.1, w: bw * 1.2, h: bh * 1.2 }, mode.dark);
    around.push(drawElement(ctx, el, box));
  });
  // A person or thing the prompt names stands in front of the screen, at one side.
  // (A login screen is its form: emojilib's loose guesses, a bullseye for "a game", stand nowhere.)
  // (Nor one the screen already shows inside it, nor a loose guess beside a described screen.)
  const [subject] = modeSubjects(composition, true).filter((s) => !(mode.app === 'login' && s.thing.loose) && !described?.inside.has(s.label) && !((mode.screen || mode.app) && s.thing.loose) && s.thing.key !== pictured?.thing.key);
  if (subject) {
    const fig = figureOf(composition, subject);
    const sh = Math.min(H * 0.42, (W * 0.24) / fig.spec.aspect);
    drawSubject(composition, subject, fig, Math.max(sh * fig.spec.aspect * 0.6, hero.x + sh * fig.spec.aspect * 0.2), H * 0.97, sh, 'front');
    around.push(subject.label);
  }
  composition.mainRect = hero;
  if (above) {
    const band = { x: Math.max(W * 0.05, hero.x), y: H * 0.02, w: Math.min(W * 0.9, hero.w), h: Math.max(H * 0.06, hero.y - H * 0.04) };
    headlineAbove(c, band, title, !mode.dark);
  }
  // A headline set on the page is named with the page ("the headline …"), so only one above is named again.
  return { hero: heroName, wore: [], held: [], around, heroPlace: 'centred', headline: above ? title : undefined, accent: ctx.accent };
}

/** An infographic: a title band and the elements as panels in a row or a grid. */
function board(composition: Composition, ctx: ElementContext, elements: ScreenElement[], light: boolean): ModeResult {
  const { c, plan } = composition;
  const { W, H } = composition.stage;
  const panels = elements.length ? elements.slice(0, 6) : (['chart', 'funnel', 'timeline'] as ScreenElement[]);
  const cols = W >= H ? Math.min(3, panels.length) : Math.min(2, panels.length);
  const rows = Math.ceil(panels.length / cols);
  const m = Math.min(W, H) * 0.05, top = H * 0.2;
  const pw = (W - m * (cols + 1)) / cols, ph = (H - top - m * (rows + 1)) / rows;
  const title = plan.texts.map((t) => t.text).join(' ');
  if (title) drawHeadline(c, { x: m, y: m * 0.5, w: W * 0.7, h: top }, title, light);
  else c.rect(m, top * 0.4, W * 0.4, top * 0.25, light ? '#1f2636' : '#ffffff', { rx: top * 0.1, layer: 'fg', bare: true });
  const names = panels.map((el, i) => {
    const x = m + (i % cols) * (pw + m), y = top + m + Math.floor(i / cols) * (ph + m);
    drawCard(c, { x, y, w: pw, h: ph }, ctx.dark);
    const a = ELEMENT_ASPECT[el];
    const bh = Math.min(ph * 0.8, (pw * 0.85) / a), bw = bh * a;
    return drawElement(ctx, el, { x: x + (pw - bw) / 2, y: y + (ph - bh) / 2, w: bw, h: bh });
  });
  return { hero: 'an infographic board', wore: [], held: [], around: names, heroPlace: 'with panels', headline: title || undefined, accent: ctx.accent };
}
