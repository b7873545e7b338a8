// A described screen's page (plan/modes/screen-content.ts, docs/local-engine-modes.md, "What a
// screen shows"): the texts and things the prompt puts on the screen are drawn inside it, not as
// a headline over it or emoji beside it. An app page (a music player, a food menu) shows the
// named picture in its own picture spot, under the title and lines on a phone.
import type { Rect } from '../../paint/stage.js';
import { APP_PARTS, drawAppPage } from '../../paint/screens/app-pages.js';
import { drawWeatherPage, weatherParts } from '../../paint/screens/weather-page.js';
import { drawContentPage, drawPill, pillName } from '../../paint/screens/content-page.js';
import type { ScreenLine } from '../../plan/modes/screen-content.js';
import { drawPage, PAGE_PARTS } from '../../paint/screens/page.js';
import { drawSceneThumb } from '../../paint/screens/screen-pictures.js';
import { fitText, escapeXml } from '../../paint/signs.js';
import { fmt } from '../../paint/canvas.js';
import type { Composition } from '../composition.js';
import { list, withArticle } from '../describe.js';
import type { ElementContext } from './elements.js';

export interface DescribedScreen {
  /** Draws the page in a device's screen box; returns what it shows, for `text`. */
  draw: (screen: Rect) => string;
  /** The quoted texts are drawn inside the screen (only on a phone, for an app page). */
  textsInside: (wide: boolean) => boolean;
  /** Labels of the subjects drawn inside the screen. */
  inside: Set<string>;
}

export function describedScreen(composition: Composition, ctx: ElementContext): DescribedScreen | undefined {
  const { c, plan } = composition;
  const mode = plan.mode!;
  const content = mode.screen;
  if (!content || mode.app === 'login' || mode.app === 'code') return undefined;
  if (!mode.app && ctx.page === 'store' && content.things.length) return shop(composition, ctx, content.things);
  if (!mode.app && ctx.page !== 'landing') return undefined;
  // A page with only its headline is the landing page that sets it (compose/modes/screen.ts).
  const pictured = content.things.length > 0 || content.scenes.length > 0 || content.code || content.grid || content.tabs !== undefined;
  if (!mode.app && !pictured && content.lines.length <= 1 && content.lines.every((l) => l.role === 'title')) return undefined;
  // A thing shown inside is not drawn again beside the screen, nor another of its kind ("a car portrait app").
  const tails = new Set(content.things.map((t) => t.split(' ').at(-1)));
  const inside = new Set([...plan.subjects.filter((s) => tails.has(s.label.split(' ').at(-1))).map((s) => s.label), ...content.lines.flatMap((l) => (l.icon ? [l.icon] : []))]);
  const thing = (label: string, box: Rect): string => {
    const s = plan.subjects.find((x) => x.label === label) ?? (content.theme?.label === label ? { thing: content.theme, label, color: undefined } : undefined);
    if (!s) return label;
    const aspect = composition.aspectOf(s.thing);
    const h = Math.min(box.h, box.w / aspect);
    composition.drawThing(s.thing, { x: box.x + box.w / 2, bottom: box.y + (box.h + h) / 2, w: h * aspect, h, flip: false }, s.color?.hex);
    return picture(s.color ? `${s.color.name} ${s.label}` : s.label);
  };
  if (!mode.app) {
    return {
      inside, textsInside: () => true,
      draw: (screen) => {
        const parts = drawContentPage(c, screen, content, { accent: ctx.accent, dark: ctx.dark, thing, play: mode.elements.includes('play') });
        const kind = screen.w > screen.h * 1.1 ? 'a landing page' : 'an app screen';
        return parts.length ? `${kind} with ${list(parts)}` : kind;
      },
    };
  }
  const app = mode.app;
  // Only a page with a picture spot shows a thing; on the others it stands beside the screen.
  const [first] = ART_APPS.has(app) ? content.things : [];
  const scene = ART_APPS.has(app) ? content.scenes[0] : undefined;
  let shown: string | undefined;
  const art = first || scene ? (box: Rect) => {
    if (first) {
      c.rect(box.x, box.y, box.w, box.h, ctx.dark ? '#1c2233' : '#ffffff', { rx: Math.min(box.w, box.h) * 0.1, layer: 'fg', bare: true });
      const s = Math.min(box.w, box.h) * 0.82;
      shown = (thing(first, { x: box.x + (box.w - s) / 2, y: box.y + (box.h - s) / 2, w: s, h: s }));
    } else {
      drawSceneThumb(c, box, scene!);
      shown = picture(scene === 'night' ? 'night sky' : scene!);
    }
  } : app === 'onboarding' && ctx.art ? (box: Rect) => { shown = picture(ctx.art!(box)); } : undefined;
  const texts = content.lines;
  return {
    inside: first ? new Set(plan.subjects.filter((s) => s.label.split(' ').at(-1) === first.split(' ').at(-1)).map((s) => s.label)) : new Set(),
    textsInside: (wide) => !wide && texts.length > 0,
    draw: (screen) => {
      let page = screen;
      const wide = screen.w > screen.h * 1.1;
      if (!wide && texts.length) page = header(composition, ctx, screen, texts);
      const degrees = app === 'weather' ? texts.map((t) => /-?\d{1,3} ?°[CF]?/.exec(t.text)?.[0]).find(Boolean) : undefined;
      const weather = app === 'weather' && mode.weather && ctx.icon ? mode.weather : undefined;
      if (weather) drawWeatherPage(c, page, weather, ctx.dark, ctx.icon!, degrees);
      else drawAppPage(c, page, app, ctx.accent, ctx.rng.fork(`app-${app}`), ctx.dark, degrees, art);
      const words = texts.filter((t) => t.role === 'title' || t.role === 'line').slice(0, 3);
      const pills = texts.filter((t) => t.role === 'card' || t.role === 'button').slice(0, 1);
      const named = [...words.slice(1).map((t) => `"${t.text}"`), ...pills.map(pillName)];
      const head = !wide && texts.length ? `, under the title "${words[0]?.text ?? ''}"${named.length ? ` and ${list(named)}` : ''}` : '';
      return `${weather ? weatherParts(degrees ? { ...weather, temp: degrees } : weather) : APP_PARTS[app]}${shown ? `, with a picture of ${shown} in it` : ''}${head}`;
    },
  };
}

const ART_APPS = new Set(['fitness', 'music', 'social', 'food', 'chat']);

/** A shop page whose product cards show the things the prompt names, in turn. */
function shop(composition: Composition, ctx: ElementContext, things: string[]): DescribedScreen {
  const { c, plan } = composition;
  const subjects = things.map((t) => plan.subjects.find((s) => s.label === t)!).filter(Boolean);
  const tails = new Set(things.map((t) => t.split(' ').at(-1)));
  return {
    inside: new Set(plan.subjects.filter((s) => tails.has(s.label.split(' ').at(-1))).map((s) => s.label)),
    textsInside: () => false,
    draw: (screen) => {
      drawPage(c, screen, 'store', ctx.accent, ctx.rng.fork('page'), ctx.dark, undefined, (i, box) => {
        const s = subjects[i % subjects.length]!;
        const aspect = composition.aspectOf(s.thing);
        const h = Math.min(box.h * 0.85, (box.w * 0.85) / aspect);
        composition.drawThing(s.thing, { x: box.x + box.w / 2, bottom: box.y + (box.h + h) / 2, w: h * aspect, h, flip: false }, s.color?.hex);
      });
      return `${PAGE_PARTS.store} showing ${list(subjects.map((s) => picture(s.color ? `${s.color.name} ${s.label}` : s.label)))}`;
    },
  };
}

/** A phone app's header: its title and lines at the top of the screen, and its first button or card; returns the box left under them. */
function header(composition: Composition, ctx: ElementContext, r: Rect, lines: ScreenLine[]): Rect {
  const texts = lines.filter((t) => t.role === 'title' || t.role === 'line').map((t) => t.text);
  const [pill] = lines.filter((t) => t.role === 'card' || t.role === 'button');
  const { c } = composition;
  c.rect(r.x, r.y, r.w, r.h, ctx.dark ? '#121726' : '#f4f6fa', { layer: 'fg', bare: true });
  const pad = r.w * 0.07;
  let y = r.y + r.h * 0.02;
  texts.slice(0, 3).forEach((t, i) => {
    const cap = i === 0 ? r.w * 0.095 : r.w * 0.055;
    const fit = fitText(t, (r.w - pad * 2) / 1.08, i === 0 ? r.h * 0.09 : r.h * 0.05, 2);
    const size = Math.min(cap, fit.size), lineH = size * 1.18;
    const tspans = fit.lines.map((l, k) => `<tspan x="${fmt(r.x + pad)}" y="${fmt(y + lineH * k + size * 0.9)}">${escapeXml(l)}</tspan>`).join('');
    c.add(`<text font-family="DejaVu Sans" font-weight="bold" font-size="${fmt(size)}" fill="${c.paint(i === 0 ? (ctx.dark ? '#e8ecf3' : '#1a2030') : (ctx.dark ? '#aab3c5' : '#5b6478'), 'fg')}">${tspans}</text>`);
    y += lineH * fit.lines.length + pad * 0.3;
  });
  if (pill) {
    const h = r.h * 0.06;
    drawPill(c, { x: r.x + pad, y, w: Math.min(r.w - pad * 2, h * (1.4 + pill.text.length * 0.4)), h }, pill, ctx.accent);
    y += h + pad * 0.3;
  }
  return { x: r.x, y, w: r.w, h: r.y + r.h - y };
}

// Food named as a mass ("pasta") takes no article.
const MASS = /^(pasta|spaghetti|rice|soup|sushi|salad|noodles|ramen|curry|food)$/;

function picture(name: string): string {
  return MASS.test(name) || /[^su]s$/.test(name) ? name : withArticle(name);
}
