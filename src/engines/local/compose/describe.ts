// One line saying what the picture shows: only what was actually drawn.
import { colorName, STYLE_LABELS, type Carrier } from '../read/lexicon-scene.js';
import { INDOOR, SCENERY, SETTING_LABELS } from '../read/lexicon-settings.js';
import { roadLabel } from '../plan/vehicles.js';
import type { QuotedText, ScenePlan, Subject } from '../plan/scene-plan.js';

export interface Drawn {
  main?: { subject: Subject; count: number; wore: string[]; held: string[]; riding?: string; pose?: string; sized?: string };
  props: { subject: Subject; count: number }[];
  texts: QuotedText[];
  seat?: string;
  table?: string[];
  /** The table items stand on the main subject's own table. */
  tableIsSupport?: boolean;
  support?: string;
  /** The interaction template's partners and verb: "and a boy playing chess across a chessboard". */
  acting?: string;
  /** Things asked for that found no room in the picture: they go under "not drawn". */
  missed?: string[];
}

const NUMBERS = ['', 'a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CARRIER_NAMES: Record<Carrier, string> = {
  sign: 'a sign', neon: 'a neon sign', poster: 'a poster', banner: 'a banner', chalkboard: 'a chalkboard',
  speech: 'a speech bubble', title: 'a title', placard: 'a placard', label: 'lettering', logo: 'a logo',
};

const IRREGULAR: Record<string, string> = {
  fish: 'fish', sheep: 'sheep', deer: 'deer', mouse: 'mice', person: 'people', people: 'people', child: 'children', man: 'men',
  woman: 'women', goose: 'geese', fireworks: 'fireworks', cactus: 'cacti', leaf: 'leaves', wolf: 'wolves', knife: 'knives', shelf: 'shelves',
};

export function counted(label: string, count: number, color?: string): string {
  // "people" is already plural: one of them is a person ("a people" was written).
  // A colour the label already says is not said twice ("a cream jar" in cream).
  const said = color !== undefined && label.startsWith(`${color.split(' ').at(-1)} `);
  const name = (color && !said ? `${color} ${label}` : label).replace(/\bpeople$/, count === 1 ? 'person' : 'people');
  // "three bags of chips" are french fries, not "three french frieses".
  if (count === 1 || PLURAL_NOUNS.test(name)) return name;
  const last = name.split(' ').at(-1)!;
  if (IRREGULAR[last]) return `${NUMBERS[count] ?? count} ${name.slice(0, -last.length)}${IRREGULAR[last]}`;
  const plural = /(s|x|ch|sh)$/.test(name) ? `${name}es` : /[^aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`;
  return `${NUMBERS[count] ?? count} ${plural}`;
}

/** "a, b and c". */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Weather that hides the stars. */
const OVERCAST = new Set(['rain', 'storm', 'snowfall']);

const PLURAL_NOUNS = /(glasses|goggles|headphones|pajamas|pyjamas|shades|spectacles|fries|lights|shopping bags|reeds|cattails|pants|trousers|jeans|slacks|leggings|shorts|chopsticks|scissors)$/;

export function withArticle(s: string): string {
  if (PLURAL_NOUNS.test(s)) return s;
  return /^(a|an|the|some|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)\b/.test(s) ? s : `${/^[aeiou]/.test(s) ? 'an' : 'a'} ${s}`;
}

/** How a pose the plan asked for, once drawn, is said: "curled up asleep", "lying down", "flying". */
export function poseWords(s: Subject): string {
  if (s.pose === 'flying') return 'flying';
  if (s.pose === 'running') return 'running';
  if (s.pose === 'curled') return s.asleep ? 'curled up asleep' : 'curled up';
  return s.asleep ? 'lying down asleep' : 'lying down';
}

export function describePicture(plan: ScenePlan, drawn: Drawn, fromReferences: boolean): string {
  const parts: string[] = [];
  const m = drawn.main;
  if (m) {
    // "three tiny red cars", "a giant robot": the size drawn, before the colour.
    const look = [m.sized, m.subject.color?.name].filter((w) => w !== undefined).join(' ');
    let s = `${counted(m.subject.label, m.count, look || undefined)} (main)`;
    if (plan.litWindow && /^house/.test(m.subject.thing.icon ?? '')) s += ' with a lit window';
    if (m.wore.length) s += ` wearing ${list(m.wore.map(withArticle))}`;
    if (m.held.length) s += `${m.wore.length ? ',' : ''} holding ${list(m.held.map(withArticle))}`;
    const placard = drawn.texts.find((t) => t.carrier === 'placard');
    if (placard) s += `${m.wore.length || m.held.length ? ',' : ''} holding a placard reading "${placard.text}"`;
    if (m.riding) s += ` riding ${withArticle(m.riding)}`;
    if (m.subject.activity) s += ` ${m.subject.activity === 'in-lotus-position' ? 'doing yoga in the lotus position' : m.subject.activity.replace(/-/g, ' ')}`;
    // The pose drawn: "curled up asleep on a sofa" (for the rest template's "asleep on a sofa").
    const acting = m.pose && drawn.acting ? drawn.acting.replace(/^(asleep|resting)\b/, m.pose) : drawn.acting;
    if (m.pose && !(drawn.acting && acting !== drawn.acting)) s += ` ${m.pose}`;
    if (acting) s += ` ${acting}`;
    if (m.subject.motion) s += ` ${m.subject.motion}`;
    if (drawn.seat) s += `, seated in ${withArticle(drawn.seat)}`;
    if (drawn.support) s += ` on ${withArticle(drawn.support)}`;
    parts.push(s);
  }
  const props = drawn.props.map((p) => withArticle(counted(p.subject.label, p.count, p.subject.color?.name)));
  if (drawn.table?.length) {
    // "two glasses" on the table are two wine glasses, not "a wine glass and a wine glass".
    const counts = new Map<string, number>();
    for (const t of drawn.table) counts.set(t, (counts.get(t) ?? 0) + 1);
    const items = [...counts].map(([t, n]) => (n === 1 ? withArticle(t) : counted(t, n)));
    props.push(`${list(items)} ${drawn.tableIsSupport ? 'beside it' : 'on a side table'}`);
  }
  if (props.length) parts.push(`with ${list(props)}`);
  for (const t of drawn.texts) if (!(m && t.carrier === 'placard')) parts.push(`${CARRIER_NAMES[t.carrier]} reading "${t.text}"${t.color && colorName(t.color) ? ` in ${colorName(t.color)}` : ''}`);
  parts.push(plan.frozen ? SETTING_LABELS[plan.setting].replace('a lake', 'a frozen lake')
    : plan.pottery ? 'in a pottery workshop with shelves of pots and a wheel'
    : plan.oasis && !plan.snowy && (plan.setting === 'desert' || plan.setting === 'village') ? `${SETTING_LABELS[plan.setting]} around an oasis`
    : plan.futuristic ? `${SETTING_LABELS[plan.setting].replace(/\bcity\b/, 'futuristic city')} with flying cars`
    : plan.road ? roadLabel(plan) : plan.harbor ? 'in a harbour, moored boats and houses along the far quay' : SETTING_LABELS[plan.setting]);
  if (plan.autumn) parts.push('in autumn');
  else if (plan.spring) parts.push('in spring');
  const light: string[] = [];
  if (plan.time !== 'day') light.push({ dawn: 'at dawn', 'golden-hour': 'at golden hour', sunset: 'at sunset', night: 'at night' }[plan.time]);
  if (plan.snowy && plan.setting !== 'snow') light.push('snowy');
  for (const l of plan.lighting) light.push(l === 'foggy' ? 'fog' : l === 'mono' ? 'black and white' : `${l} light`);
  if (plan.weather) light.push(plan.weather);
  if (plan.milkyWay && plan.time === 'night' && !OVERCAST.has(plan.weather ?? '') && !INDOOR.has(plan.setting)) light.push('the Milky Way across the sky');
  if (light.length) parts.push(light.join(', '));
  if (plan.palette?.length && !fromReferences) parts.push(`in shades of ${list(plan.palette.map((p) => p.name))}`);
  parts.push(STYLE_LABELS[plan.style] + (plan.vintageDecor ? ' with vintage furnishing tones' : ''));
  if (fromReferences) parts.push('colours taken from the reference images');
  // A place the prompt asks for is a picture by itself ("a snowy mountain range at sunrise", "a
  // cyberpunk city skyline"), as a fjord or a temple on its hill always is; with no place asked
  // either, nothing the prompt named could be drawn. What was asked and not drawn is listed below.
  if (!m && !drawn.props.length && !drawn.texts.length) parts.unshift(emptyPicture(plan));
  let line = parts.join(', ');
  const notDrawn = [...new Set([...(drawn.missed ?? []), ...plan.unknown])];
  if (notDrawn.length) line += ` (not drawn: ${notDrawn.slice(0, 5).join(', ')})`;
  return line;
}

/** What a picture with no subject, prop or text shows. */
function emptyPicture(plan: ScenePlan): string {
  if (!plan.settingExplicit && !SCENERY.has(plan.setting)) return 'an empty scene (no drawable subject recognised)';
  return INDOOR.has(plan.setting) ? 'an empty room with no figures' : 'a landscape with no figures';
}
