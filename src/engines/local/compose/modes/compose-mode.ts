// A picture in a composition mode (plan/modes/choose-mode.ts): the mode's own layout instead of a scene,
// and the line saying what it shows: the mode, the hero and each element by what the art shows.
import { colorName, STYLE_LABELS } from '../../read/lexicon-scene.js';
import { INDOOR } from '../../read/lexicon-settings.js';
import type { Composition } from '../composition.js';
import { counted, list, withArticle } from '../describe.js';
import { composeAbstract } from './abstract.js';
import { paintManner } from './art-manners.js';
import { MANNER_LABELS } from '../../plan/modes/art-manner.js';
import { composeAppIcon } from './app-icon.js';
import { composeIcons } from './icons.js';
import { composeBanner } from './banner.js';
import { composeSheet } from './character-sheet.js';
import { composeTech } from './tech-backdrop.js';
import type { ModeResult } from './mode-kit.js';
import { composePortrait } from './portrait.js';
import { composeProduct } from './product.js';
import { composePrint } from './print.js';
import { composeScreen } from './screen.js';
import { composeFormat } from './formats/compose-format.js';
import type { InnerScene } from './formats/format-kit.js';


/** Lay out the mode's picture; `paintScene` paints the prompt's own setting (portraits and posters may use it), `inner` composes a scene for a format's panel. */
export function composeMode(composition: Composition, paintScene: () => void, inner: InnerScene): string {
  const mode = composition.plan.mode!;
  if (mode.kind === 'format') return composeFormat(composition, inner);
  if (mode.kind === 'sheet') return composeSheet(composition);
  // "A portrait in the style of Picasso": the artist's manner is the backdrop (art-manners.ts).
  const manner = composition.plan.manner;
  if (manner && mode.kind === 'portrait') {
    const { c, stage, rng } = composition;
    const r = composePortrait(composition, () => paintManner(c, manner, stage.W, stage.H, rng.fork('manner')));
    return describeMode(composition, { ...r, backdrop: MANNER_LABELS[manner], around: [] });
  }
  // "A perfume bottle product shot in the style of Mondrian", "a poster in the style of Kandinsky":
  // the manner is the backdrop behind the product or the hero (the whole poster when it has none).
  const paintBack = manner && (mode.kind === 'product' || mode.kind === 'banner') ? () => paintManner(composition.c, manner, composition.stage.W, composition.stage.H, composition.rng.fork('manner')) : undefined;
  let result: ModeResult;
  switch (mode.kind) {
    case 'banner':
      result = mode.label === 'abstract render' ? composeAbstract(composition) : mode.label === 'tech background' ? composeTech(composition) : composeBanner(composition, paintScene, paintBack && { paint: paintBack, label: MANNER_LABELS[manner!] });
      break;
    case 'screen':
      result = composeScreen(composition);
      break;
    case 'product':
      result = mode.print ? composePrint(composition, mode.print, inner)
        : composeProduct(composition, composition.plan.settingExplicit && INDOOR.has(composition.plan.setting) && composition.plan.setting !== 'studio' ? paintScene : undefined,
          paintBack && { paint: paintBack, label: MANNER_LABELS[manner!] });
      break;
    case 'icon':
      result = mode.label === 'app icon' ? composeAppIcon(composition) : composeIcons(composition);
      break;
    case 'portrait':
      result = composePortrait(composition, composition.plan.settingExplicit && composition.plan.setting !== 'studio' ? paintScene : undefined);
      break;
  }
  return describeMode(composition, result);
}

export function describeMode(composition: Composition, r: ModeResult): string {
  const { plan } = composition;
  const mode = plan.mode!;
  const parts: string[] = [];
  const subject = r.heroSubject;
  // A logo's hero line already names its mark and the mark's colour.
  let hero = subject && mode.label !== 'logo' ? withArticle(r.count && r.count > 1 ? counted(r.hero, r.count, subject.color?.name) : counted(r.hero, 1, subject.color?.name)) : r.hero;
  if (r.wore.length) hero += ` wearing ${list(r.wore.map(withArticle))}`;
  if (r.held.length) hero += ` holding ${list(r.held.map(withArticle))}`;
  parts.push(`${mode.label}: ${hero} (${mode.kind === 'product' ? 'the product' : mode.kind === 'portrait' ? ((subject?.count ?? 1) > 1 ? 'the sitters' : 'the sitter') : mode.kind === 'icon' ? (mode.label === 'icon set' ? 'the icons' : 'the icon') : 'hero'}, ${r.heroPlace})`);
  if (r.wordmark) parts.push(`the name "${r.wordmark.text}" lettered ${r.wordmark.place}`);
  if (r.around.length) parts.push(`with ${list(r.around.map(withArticle))} ${r.aroundPlace ?? (mode.kind === 'product' ? 'beside it' : mode.kind === 'portrait' ? 'in the scenery behind' : 'around it')}`);
  // A hero that fills the picture (a poster of a fjord) is its own backdrop.
  const names = mode.colors.map((h) => colorName(h)).filter((n): n is string => n !== undefined);
  const backdrop = r.fills ? undefined
    : r.backdrop ? `on ${r.backdrop}`
    : mode.kind === 'portrait' ? `in front of ${plan.setting.replace('-', ' ')} scenery`
    : mode.flat && mode.kind === 'banner' && !(mode.label === 'logo' && plan.backdrop) ? `on a plain ${names[0] ?? 'white'} backdrop (no gradient, no glow)`
    : `on ${mode.dark ? `a dark${names.length ? ` ${names.join(' and ')}` : ''} backdrop` : `${withArticle(names.length ? names.join(' and ') : mode.bold ? 'bold pink and orange' : 'indigo and violet')} gradient`} with a glow`;
  if (backdrop) parts.push(backdrop);
  if (r.copySide) parts.push(`copy space on the ${r.copySide}`);
  if (r.headline) parts.push(`headline reading "${r.headline}"`);
  if (r.label) parts.push(`a label reading "${r.label}" on ${mode.kind === 'portrait' ? 'a name plate' : 'it'}`);
  if (plan.palette?.length) parts.push(`in shades of ${list(plan.palette.map((p) => p.name))}`);
  parts.push(STYLE_LABELS[plan.style]);
  let line = parts.join(', ');
  if (plan.unknown.length) line += ` (not drawn: ${plan.unknown.slice(0, 5).join(', ')})`;
  return line;
}
