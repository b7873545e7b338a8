// A mode's drawn primitives: each element's shape (width / height), how it is drawn in a box, and
// the name `text` gives it.
import type { Canvas } from '../../paint/canvas.js';
import type { Rng } from '../../paint/prng.js';
import { DEVICE_ASPECT, drawBrowser, drawLaptop, drawPhone } from '../../paint/screens/devices.js';
import { drawBarChart, drawCard, drawKpiCard, drawLineChart } from '../../paint/screens/charts.js';
import { drawPage, PAGE_PARTS, type PageKind } from '../../paint/screens/page.js';
import { APP_PARTS, drawAppPage } from '../../paint/screens/app-pages.js';
import { drawWeatherPage, weatherParts } from '../../paint/screens/weather-page.js';
import { drawWidgetPage } from '../../paint/screens/widgets.js';
import { widgetName } from '../../plan/modes/widgets.js';
import { list, withArticle } from '../describe.js';
import type { Composition } from '../composition.js';
import { thingOf } from '../../read/things.js';
import { drawArrow, drawCtaButton, drawDiscount, drawFunnel, drawLogoBadge, drawNetwork, drawNumeral, drawPin, drawPlayButton, drawQuestionMark, drawTimeline, drawTypeSpecimen } from '../../paint/screens/symbols.js';
import type { Rect } from '../../paint/stage.js';
import type { CompositionMode, ScreenElement } from '../../plan/modes/choose-mode.js';

export const DEVICES: ReadonlySet<ScreenElement> = new Set<ScreenElement>(['browser', 'laptop', 'phone', 'dashboard']);

export const ELEMENT_ASPECT: Record<ScreenElement, number> = {
  browser: DEVICE_ASPECT.browser, laptop: DEVICE_ASPECT.laptop, phone: DEVICE_ASPECT.phone, dashboard: DEVICE_ASPECT.browser,
  chart: 1.3, arrow: 1.1, play: 1.4, funnel: 0.9, question: 1, number: 1, pin: 0.72, timeline: 2.6, logo: 1, cta: 3.2, network: 1.4, discount: 1, type: 1.15,
};

// The hero of a banner is the first of these the prompt names.
const HERO_ORDER: ScreenElement[] = ['browser', 'laptop', 'dashboard', 'phone', 'discount', 'arrow', 'chart', 'network', 'funnel', 'number', 'type', 'question', 'pin', 'timeline', 'logo', 'play', 'cta'];

/** The elements to draw: a dashboard named with a browser or laptop is the page that screen shows. */
export function elementsToDraw(elements: readonly ScreenElement[]): ScreenElement[] {
  const screen = elements.includes('browser') || elements.includes('laptop');
  return elements.filter((e) => !(screen && e === 'dashboard'));
}

export function heroElement(elements: readonly ScreenElement[]): ScreenElement | undefined {
  return HERO_ORDER.find((e) => elements.includes(e));
}

/** Which page a screen shows, from the prompt's words. */
export function pageKind(mode: CompositionMode, prompt: string): PageKind {
  if (mode.elements.includes('dashboard') || (mode.elements.includes('chart') && !/\b(store|shop|e-?commerce|cart)\b/i.test(prompt))) return 'dashboard';
  // A project or task manager shows its board; a SaaS or software "product" is no shop.
  if (/\b(project management|project manager|task management|tasks?|to-?do|kanban|planner|workflow|sprints?|backlog)\b/i.test(prompt)) return 'board';
  // A blog or news site shows its articles ("a blog post" is a banner: plan/modes/choose-mode.ts).
  if (/\b(blogs?|articles?|magazine|news ?(?:site|website|page)|journal)\b/i.test(prompt)) return 'blog';
  if (/\b(store|shop|e-?commerce|cart|checkout|catalog(?:ue)?)\b/i.test(prompt) ||
    /\bproducts?\b/i.test(prompt.replace(/\b(saas|software|digital|tech|app|web) products?\b/gi, ''))) return 'store';
  return 'landing';
}

export interface ElementContext {
  c: Canvas;
  rng: Rng;
  accent: string;
  mode: CompositionMode;
  page: PageKind;
  dark: boolean;
  /** The quoted title a page shows itself (a login screen's app name). */
  title?: string;
  /** The quoted headline a landing page sets as its own headline, in place of its placeholder bars. */
  pageTitle?: string;
  /** The page a described screen shows (compose/modes/screen-content.ts): draws it in the screen box, returns what it shows. */
  described?: (screen: Rect) => string;
  /** Draws an emoji by name in a box (a weather page's rain cloud). */
  icon?: (key: string, box: Rect) => void;
  /** Draws the app's own subject in its picture spot (an onboarding screen's illustration); returns its name. */
  art?: (box: Rect) => string;
}

/**
 * Whether a screen shows the widgets the prompt names (plan/modes/widgets.ts): a dashboard does,
 * and a phone app (fitness, banking or none) that names two or more.
 */
export function iconDrawer(composition: Composition): (key: string, box: Rect) => void {
  return (key, box) => composition.drawThing(thingOf(key, key), { x: box.x + box.w / 2, bottom: box.y + box.h, w: box.w, h: box.h, flip: false });
}

export function showsWidgets(mode: CompositionMode, page: PageKind): boolean {
  const n = mode.widgets?.length ?? 0;
  if (!n || mode.app === 'weather' || mode.app === 'login') return false;
  return page === 'dashboard' || mode.elements.includes('dashboard') || (n >= 2 && (!mode.app || mode.app === 'fitness'));
}

function widgetPage(ctx: ElementContext, screen: Rect): string {
  const ws = ctx.mode.widgets!;
  drawWidgetPage(ctx.c, screen, ws, ctx.accent, ctx.rng.fork('widgets'), ctx.dark);
  const wide = screen.w > screen.h * 1.1;
  const shown = [...ws.filter((w) => w.kind === 'number').slice(0, wide ? 4 : 2), ...ws.filter((w) => w.kind !== 'number').slice(0, wide ? 4 : 3)];
  const kind = ctx.page === 'dashboard' || ctx.mode.elements.includes('dashboard') ? `${ctx.dark ? 'a dark ' : 'a '}dashboard` : `${ctx.dark ? 'a dark ' : 'an '}app screen`;
  return `${kind} with ${list(shown.map(widgetName))}${shown.some((w) => w.kind !== 'number') ? '' : ' and a rising line chart'}`;
}

/** Draw one element in its box; returns what `text` calls it. */
export function drawElement(ctx: ElementContext, el: ScreenElement, r: Rect): string {
  const { c, accent, rng } = ctx;
  switch (el) {
    case 'browser':
    case 'dashboard': {
      const screen = drawBrowser(c, r);
      if (showsWidgets(ctx.mode, ctx.page)) return `a browser window showing ${widgetPage(ctx, screen)}`;
      if (el === 'browser' && ctx.described) return `a browser window showing ${ctx.described(screen)}`;
      if (el === 'browser' && ctx.mode.app) return `a browser window showing ${showApp(ctx, screen)}`;
      const page = el === 'dashboard' ? 'dashboard' : ctx.page;
      const title = page === 'landing' || page === 'board' || page === 'blog' ? ctx.pageTitle : undefined;
      drawPage(c, screen, page, accent, rng.fork('page'), ctx.dark, title);
      return `a browser window showing ${pageParts(page, title)}`;
    }
    case 'laptop': {
      const screen = drawLaptop(c, r);
      if (showsWidgets(ctx.mode, ctx.page)) return `a laptop showing ${widgetPage(ctx, screen)}`;
      if (ctx.described) return `a laptop showing ${ctx.described(screen)}`;
      if (ctx.mode.app) return `a laptop showing ${showApp(ctx, screen)}`;
      const title = ctx.page === 'landing' || ctx.page === 'board' || ctx.page === 'blog' ? ctx.pageTitle : undefined;
      drawPage(c, screen, ctx.page, accent, rng.fork('laptop'), ctx.dark, title);
      return `a laptop showing ${pageParts(ctx.page, title)}`;
    }
    case 'phone': {
      const screen = drawPhone(c, r, ctx.dark ? (ctx.mode.app === 'login' ? '#07080d' : '#121726') : '#ffffff');
      if (ctx.described) return `a phone showing ${ctx.described(screen)}`;
      if (showsWidgets(ctx.mode, ctx.page)) return `a phone showing ${widgetPage(ctx, screen)}`;
      if (ctx.mode.app) return `a phone showing ${showApp(ctx, screen)}`;
      drawPhonePage(c, screen, accent, rng);
      return 'a phone showing an app screen with a rising chart';
    }
    case 'chart':
      drawCard(c, r, ctx.dark);
      drawLineChart(c, { x: r.x + r.w * 0.1, y: r.y + r.h * 0.2, w: r.w * 0.8, h: r.h * 0.6 }, accent, rng.fork('chart'));
      return 'a chart card with a rising line';
    case 'arrow':
      drawArrow(c, r, ctx.mode.bold ? '#ffd23f' : '#22c55e');
      return 'a big rising arrow';
    case 'play':
      drawPlayButton(c, r);
      return 'a play button';
    case 'funnel':
      drawFunnel(c, r, accent);
      return 'a funnel';
    case 'question':
      drawQuestionMark(c, r, '#ff8a00');
      return 'a question mark';
    case 'number':
      drawNumeral(c, r, ctx.mode.numeral ?? '1', accent);
      return `the number ${ctx.mode.numeral ?? '1'}`;
    case 'pin':
      drawPin(c, r, '#ef4444');
      return 'a map pin';
    case 'timeline':
      drawCard(c, r, ctx.dark);
      drawTimeline(c, { x: r.x + r.w * 0.04, y: r.y + r.h * 0.1, w: r.w * 0.92, h: r.h * 0.8 }, accent);
      return 'a roadmap timeline with milestones';
    case 'logo':
      drawLogoBadge(c, r, accent);
      return 'a logo badge';
    case 'network':
      drawNetwork(c, r, accent, rng.fork('net'));
      return 'a network of connected nodes';
    case 'discount':
      drawDiscount(c, r, ctx.mode.discount ?? '%', ctx.rng.fork('tag'));
      return `a sale tag reading "${ctx.mode.discount ?? '%'} OFF"`;
    case 'type':
      drawTypeSpecimen(c, r, ctx.mode.retro ? '#7a1a22' : ctx.dark ? '#ffffff' : '#1f2937', ctx.mode.retro ? '#138a8a' : accent);
      return 'bold letterforms "Aa" between ruled lines, a type specimen';
    case 'cta':
      drawCtaButton(c, r, accent);
      return 'a call-to-action button';
  }
}

function pageParts(page: PageKind, title: string | undefined): string {
  if (!title) return PAGE_PARTS[page];
  return page === 'landing' ? PAGE_PARTS[page].replace('a headline', `the headline "${title}"`) : `${PAGE_PARTS[page]} under the heading "${title}"`;
}

/** The app the prompt names, on a device's screen; returns what `text` calls it. */
function showApp(ctx: ElementContext, screen: Rect): string {
  const app = ctx.mode.app!;
  if (app === 'weather' && ctx.mode.weather && ctx.icon) {
    drawWeatherPage(ctx.c, screen, ctx.mode.weather, ctx.dark, ctx.icon);
    return weatherParts(ctx.mode.weather);
  }
  let shown: string | undefined;
  const art = ctx.art && app === 'onboarding' ? (box: Rect) => { shown = ctx.art!(box); } : undefined;
  drawAppPage(ctx.c, screen, app, ctx.accent, ctx.rng.fork(`app-${app}`), ctx.dark, ctx.title, art);
  if (shown) return `${APP_PARTS[app].replace('a large illustration', `a large illustration of ${withArticle(shown)}`)}`;
  return app === 'login' && ctx.title ? APP_PARTS.login.replace('its title', `the title "${ctx.title}"`) : APP_PARTS[app];
}

function drawPhonePage(c: Canvas, r: Rect, accent: string, rng: Rng): void {
  c.rect(r.x, r.y, r.w, r.h, '#f2f4f8', { layer: 'fg', bare: true });
  const pad = r.w * 0.08;
  drawKpiCard(c, { x: r.x + pad, y: r.y + pad, w: r.w - pad * 2, h: r.h * 0.2 }, accent, rng.fork('pkpi'));
  const chart = { x: r.x + pad, y: r.y + r.h * 0.28, w: r.w - pad * 2, h: r.h * 0.34 };
  drawCard(c, chart);
  drawBarChart(c, { x: chart.x + chart.w * 0.1, y: chart.y + chart.h * 0.15, w: chart.w * 0.8, h: chart.h * 0.7 }, accent, rng.fork('pbars'));
  for (let i = 0; i < 3; i++) drawCard(c, { x: r.x + pad, y: r.y + r.h * (0.67 + i * 0.105), w: r.w - pad * 2, h: r.h * 0.085 });
  drawCtaButton(c, { x: r.x + r.w * 0.2, y: r.y + r.h * 0.985 - r.w * 0.14, w: r.w * 0.6, h: r.w * 0.13 }, accent);
}
