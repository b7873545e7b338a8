// What the reader collected → the scene plan: which subject is the main one, what a role dresses,
// and the setting and time when the prompt names none.
import type { Lighting, StyleKind, TimeOfDay, Weather } from '../read/lexicon-scene.js';
import { INDOOR, SETTING_OF_SUBJECT, WINDOWED_ROOMS, type SettingKind } from '../read/lexicon-settings.js';
import {
  BOATS, FURNITURE, MAX_SUBJECTS, RIDE_ACTIVITIES, ROLE_WEAR, SEATS, SETTING_EMBLEM, SETTING_OF_CARRIER, type Festive,
  type Worn,
} from '../read/lexicon-reader.js';
import { hasIcon } from '../read/icon-names.js';
import { ROLE_HOLD } from '../read/lexicon-common.js';
import type { QuotedText, ScenePlan, Subject } from './scene-plan.js';
import { resolveThing, thingOf } from '../read/things.js';
import { CLAY_FIGURE, drawnByDetails, POTTERY, sceneDetails } from '../read/scene-details.js';
import { topicThing } from './modes/mode-subjects.js';
import type { RoadKind } from '../read/vehicle-names.js';
import { harborOf, roadOf, vehicleLooks } from './vehicles.js';

const INDOORS = /\b(?:cozy|cosy|snug|hygge|indoors?|interior|at home)\b/i;

/** Everything the prompt reader found, in prompt order. */
export interface Reading {
  subjects: Subject[];
  /** Clothes named before any creature wears them. */
  orphanWear: Worn[];
  settings: { kind: SettingKind; weak: boolean }[];
  times: TimeOfDay[];
  lighting: Lighting[];
  weather: Weather | undefined;
  styles: StyleKind[];
  vintage: boolean;
  lunar: boolean;
  road: boolean;
  roadKind: RoadKind | undefined;
  backdrop: string | undefined;
  festive: Festive | undefined;
  /** The place a genre implies ("sci-fi": space), when no other is named. */
  genre: SettingKind | undefined;
  unknown: string[];
  /** A sitting verb appears somewhere in the prompt. */
  sitting: boolean;
}

const LAKE_SURROUNDS: ReadonlySet<SettingKind> = new Set<SettingKind>(['mountains', 'forest', 'park', 'jungle', 'snow', 'village']);
/** Landscapes that can have a road drawn across them. */
const ROAD_SETTINGS: ReadonlySet<SettingKind> = new Set<SettingKind>(['desert', 'park', 'farm', 'forest', 'mountains', 'snow', 'savanna', 'jungle']);
/** Settings whose painters can lay snow on the ground. */
const SNOWABLE: ReadonlySet<SettingKind> = new Set<SettingKind>(['forest', 'mountains', 'park', 'village', 'lake', 'city-street']);
/** Weak words that still say what stands in the distance ("a lake below snowy peaks"). */
const DISTANT_WEAK: ReadonlySet<SettingKind> = new Set<SettingKind>(['mountains']);
/** Makers whose place, when the prompt names none, is a workshop. */
const MAKERS = new Set(['potter', 'carpenter', 'woodworker', 'blacksmith', 'craftsman', 'craftswoman', 'luthier']);
/** Rooms that are also shops seen from outside. */
const SHOPS_INSIDE: ReadonlySet<SettingKind> = new Set<SettingKind>(['cafe', 'restaurant', 'kitchen', 'library']);
const OUTSIDE_SHOP = /\b(?:in front of|outside(?: of)?|exterior of|fa[cç]ade of|parked (?:by|at|beside|next to)|across the street from|the window of) (?:a |an |the |an old |a small |a little |a cozy |a cosy )?(?:[a-z]+ )?(?:diner|cafe|café|coffee shop|restaurant|bistro|bakery|bookshop|bookstore|pub|bar|tavern)\b/i;
const TREES = new Set(['deciduous-tree', 'evergreen-tree']);
const MOONS = new Set(['crescent-moon', 'full-moon', 'full-moon-face']);
const ART_WORDS = /\b(art (?:projects?|class(?:es)?|lessons?|room|studio|supplies)|arts and crafts|crafts?|crafting|creative|painting|paints|drawing|easels?|pottery)\b/i;
const PHOTO_STUDIO = /\bstudio (?:photos?|photograph\w*|portraits?|shots?|backdrops?|lighting|lights|background)\b|\b(?:photo|photography) studio\b|\bproduct (?:shot|photo)|\b(?:against|on|over) an? (?:plain |solid |clean |pure |simple )?(?:white|black|grey|gray|neutral|plain|blank|solid) (?:background|backdrop)\b/i;
// Words that make a person a woman or a girl (and the men's), for a figure the prompt does not sex.
const FEMALE = /\b(female|woman|women|girl|girls|lady|ladies|mother|mom|mum|she|her|hers|herself|actress|queen|princess|grandmother|daughter|sister|wife|bride|waitress|businesswoman)\b/i;
const MALE = /\b(male|man|men|boy|boys|gentleman|father|dad|he|him|his|himself|actor|king|prince|grandfather|son|brother|husband|groom|waiter|businessman)\b/i;

export function finishPlan(r: Reading, prompt: string, quoted: QuotedText[]): ScenePlan {
  const subjects = r.subjects;
  let main = chooseMain(subjects);
  // Only creatures speak: words "said" by a thing are written on it ("a cake that says 30"); words
  // "with the text" on a creature or on nothing are a title.
  const texts = quoted.map((t): QuotedText => {
    const thing = main !== undefined && !main.thing.animate;
    if (t.carrier === 'speech' && !main?.thing.animate) return { ...t, carrier: thing ? 'label' : 'sign' };
    if (t.carrier === 'label' && !thing) return { ...t, carrier: 'title' };
    return t;
  });
  if (main) main.role = 'main';
  // Clothes with no one to wear them ("a summer sale banner with sunglasses") are things in the picture.
  if (r.orphanWear.length && !main?.thing.animate) {
    for (const w of r.orphanWear.splice(0)) {
      const thing = resolveThing(w.label, true) ?? (w.key.includes(':') ? undefined : resolveThing(w.key, true));
      if (thing) subjects.push({ label: thing.label, thing, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] });
    }
    main ??= chooseMain(subjects);
  }
  if (main && r.orphanWear.length) main.wearing.push(...r.orphanWear.splice(0));
  // "a gentleman", "a queen": the role dresses a drawn character unless the prompt already did.
  for (const s of subjects) {
    const role = s.thing.head ? ROLE_WEAR[s.label] : undefined;
    for (const w of role ?? []) if (!s.wearing.some((x) => x.slot === w.slot)) s.wearing.push({ ...w });
    // "a photographer": the trade's tool in hand, unless the prompt gives them something.
    // "an old carpenter" is still a carpenter: the role is the label's last word.
    const trade = ROLE_HOLD[s.label] ?? ROLE_HOLD[s.label.split(' ').pop() ?? ''];
    const tool = s.thing.animate && s.holding.length === 0 && trade ? resolveThing(trade) : undefined;
    if (tool) s.holding.push(tool);
  }
  const firstPerson = subjects.find((s) => s.thing.animate || /^(man|woman)-/.test(s.thing.icon ?? ''));
  for (const s of subjects) {
    actOut(s);
    gender(s, prompt, s === firstPerson);
  }
  // A prop is drawn as its own picture, with no hands: what it holds stands beside it.
  for (const s of [...subjects]) {
    if (s === main || !s.holding.length) continue;
    for (const h of s.holding.splice(0)) subjects.push({ label: h.label, thing: h, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] });
  }
  // A creature whose picture is tinted (the red panda's rust raccoon) keeps the tint on a drawn body too.
  for (const s of subjects) if (s.thing.tint && s.thing.animate && !s.color) s.color = { name: '', hex: s.thing.tint };
  // Main subject first; others keep prompt order.
  subjects.sort((a, b) => (a.role === 'main' ? -1 : b.role === 'main' ? 1 : 0));

  const named = r.settings.filter((x) => !x.weak);
  // "snowy mountains", "a winter forest": snow dresses another setting rather than replacing it.
  const snowy = named.some((x) => x.kind === 'snow') && named.some((x) => x.kind !== 'snow');
  let setting: SettingKind | undefined = (named.find((x) => !(snowy && x.kind === 'snow')) ?? r.settings[0])?.kind ?? r.genre;
  // "a bakery storefront": the shop's outside is the place, whatever it sells.
  // (Shops in a market are its stalls: "a busy market, people in shops" stays the market.)
  if (named.some((x) => x.kind === 'storefront') && !named.some((x) => x.kind === 'market')) setting = 'storefront';
  // "A car parked in front of a diner", "outside a bakery": the shop seen from the street.
  if (setting && SHOPS_INSIDE.has(setting) && OUTSIDE_SHOP.test(prompt)) setting = 'storefront';
  // "a sailboat on a lake with mountains in the background": the water is where things are, the
  // mountains are what is behind it.
  if (setting && LAKE_SURROUNDS.has(setting) && named.some((x) => x.kind === 'lake')) setting = 'lake';
  // "a lighthouse on a cliff above the sea": a cliff is a weak word alone, but beside the sea or a
  // beach it is the sea cliff, whose painter draws that sea below it.
  if ((setting === 'ocean' || setting === 'beach') && r.settings.some((x) => x.kind === 'coast')) setting = 'coast';
  // "A creative studio", "an art project in a studio": an art room, not a photo studio's paper
  // (that is for studio photos, backdrops and lighting).
  if (setting === 'studio' && ART_WORDS.test(prompt) && !PHOTO_STUDIO.test(prompt)) setting = 'art-studio';
  // "A highway through the city": the city's street, not the open land a highway alone runs through.
  if (setting === 'park' && r.road && r.settings[0]?.weak && r.settings.some((x) => x.kind === 'city-street')) setting = 'city-street';
  const settingExplicit = setting !== undefined;
  if (!setting) {
    // "an old fisherman on a boat": a figure in a boat is on the water.
    if ((main?.riding && BOATS.has(main.riding.key)) || /rowing-boat/.test(main?.thing.key ?? '')) setting = 'lake';
    // (What it sits on first: "a cat on a chair" is indoors, in a living room.)
    for (const s of setting ? [] : subjects) {
      // "A toy car on a rug" is no street scene: a toy brings no place of its own.
      if (new RegExp(`\\btoys?\\s+${s.label.replace(/[^a-z ]/gi, '')}\\b`, 'i').test(prompt)) continue;
      const keys = [s.seatedOn?.proc, s.seatedOn?.icon, s.thing.icon ?? s.thing.proc];
      setting = keys.map((k) => (k ? SETTING_OF_SUBJECT[k] : undefined)).find((k) => k !== undefined);
      if (setting) break;
    }
  }
  // A neon sign only glows in the dark: without a stated time, it is night.
  const neonText = texts.some((t) => t.carrier === 'neon');
  // So does the moon: "an owl under a full moon" is a night scene.
  const moon = subjects.some((s) => MOONS.has(s.thing.key));
  const time: TimeOfDay = r.times[0] ?? (setting === 'night-sky' || neonText || moon ? 'night' : 'day');
  if (!setting && subjects.length === 0 && texts.length > 0) setting = SETTING_OF_CARRIER[texts[0].carrier];
  if (!setting) {
    if (time === 'night') setting = 'night-sky';
    else if (subjects.length > 0 && !main?.thing.animate && main?.thing.place === 'table') setting = 'studio';
    // "Cat, lamp, cozy", "a girl reading indoors": a cozy or indoor picture of a creature or a small
    // thing is in a living room (a cozy cabin is still a house outside).
    else if (INDOORS.test(prompt) && (!main || main.thing.size < 1)) setting = 'living-room';
    else setting = 'park';
  }
  // A logo is drawn on plain paper: a place it names ("for a coffee shop") gives it its emblem, else
  // its topic ("a startup logo": a rocket), read without the quoted name ("Launchpad AI" is no robot).
  // (The studio a logo is drawn in is no place it names: it brings no camera.)
  if (texts.some((t) => t.carrier === 'logo')) {
    const unquoted = texts.reduce((text, t) => text.split(t.text.toLowerCase()).join(' , '), prompt.toLowerCase());
    // (A plain backdrop is no place: "minimal backdrop" brings no studio camera into the badge.)
    const emblem = main || setting === 'studio' ? undefined : settingExplicit ? SETTING_EMBLEM[setting] : undefined;
    const thing = emblem ? thingOf(emblem, emblem.replace(/-/g, ' ')) : main ? undefined : topicThing(unquoted)?.thing;
    if (thing) {
      main = { label: thing.label, thing, count: 1, size: 'normal', role: 'main', wearing: [], holding: [] };
      subjects.unshift(main);
    }
    setting = 'studio';
  }
  // "the great barrier reef": an underwater scene that names no creature shows what lives there.
  if (!main && texts.length === 0 && setting === 'underwater') {
    for (const [icon, count] of [['coral', 2], ['tropical-fish', 3]] as const) {
      const thing = thingOf(icon, icon.replace(/-/g, ' '));
      subjects.push({ label: thing.label, thing, count, size: 'normal', role: 'prop', wearing: [], holding: [] });
    }
    main = subjects[0]!;
    main.role = 'main';
  }
  // A seat named in an indoor scene is where the main subject sits.
  if (main && !main.seatedOn && INDOOR.has(setting) && r.sitting) {
    const seat = subjects.find((s) => s !== main && SEATS.has(s.thing.key));
    if (seat) main.seatedOn = seat.thing;
  }
  // Clay makes the workshop a potter's; a potter with no place named works in one.
  if (!settingExplicit && main && MAKERS.has(main.label)) setting = 'workshop';
  if (POTTERY.test(prompt) && (!settingExplicit || setting === 'art-studio' || setting === 'studio') && main?.label === 'potter') setting = 'workshop';
  // "Light through the window" in a study: the room's own window, not a window emoji stood in it.
  if (WINDOWED_ROOMS.has(setting)) {
    for (let k = subjects.length - 1; k >= 0; k--) if (subjects[k]!.role !== 'main' && subjects[k]!.thing.key === 'window') subjects.splice(k, 1);
  }
  // Ice, autumn, a trail, chimney smoke, a potter's workshop (read/scene-details.ts).
  const details = sceneDetails(prompt, setting, snowy);
  // The pottery workshop draws its own wheel: "a pottery wheel" is that, not a cart's wheel.
  if (details.pottery) {
    const wheel = subjects.findIndex((s) => s.role !== 'main' && s.thing.key === 'wheel');
    if (wheel >= 0) subjects.splice(wheel, 1);
  }
  // A style named outright beats the sepia of "black and white" or "vintage" ("black and white, comic style").
  // "Beep the clay robot", "a plasticine fox", "stop-motion": a claymation look unless a style is named.
  const claymation = prompt.search(CLAY_FIGURE) >= 0 || /\bstop[- ]motion\b/i.test(prompt) ? 'clay' : undefined;
  // "The great wave": Hokusai's print, unless another style is named.
  const hokusai = /\bgreat wave\b/i.test(prompt) ? 'ukiyoe' : undefined;
  const style = r.styles.find((s) => s !== 'illustrated' && s !== 'vintage') ?? claymation ?? hokusai ?? r.styles.find((s) => s !== 'illustrated') ?? 'illustrated';
  if (r.festive) dressForHoliday(r.festive, subjects);
  vehicleLooks(subjects, prompt);
  return {
    prompt,
    subjects: subjects.filter((s) => !(main?.seatedOn && s.thing.key === main.seatedOn.key && s !== main)),
    setting,
    settingExplicit,
    time: (setting === 'night-sky' || r.festive === 'halloween') && !r.times.length ? 'night' : time,
    // Ice on the water is winter: its banks are snowy too.
    snowy: snowy || setting === 'snow' || ((r.festive === 'christmas' || details.frozen === true) && SNOWABLE.has(setting)),
    ...details,
    lunar: r.lunar,
    scenery: [...new Set(r.settings.filter((x) => !x.weak || DISTANT_WEAK.has(x.kind)).map((x) => x.kind))].filter((k) => k !== setting && k !== 'snow'),
    ...roadOf(r.road, r.roadKind, setting, main, details.trail === true, ROAD_SETTINGS.has(setting), prompt),
    ...harborOf(prompt, setting),
    ...(r.backdrop && setting === 'studio' ? { backdrop: r.backdrop } : {}),
    ...(r.festive ? { festive: r.festive } : {}),
    lighting: [...new Set(r.lighting)],
    ...(r.weather ? { weather: r.weather } : {}),
    style,
    vintageDecor: r.vintage && style !== 'vintage',
    texts,
    // An art room shows the art project it is for.
    // A paper plane was read as one word (plan/stand-ins.ts) and is said as two.
    unknown: [...new Set(r.unknown.map((w) => w.replace(/^paper(plane|jet)$/, 'paper $1')))].filter((w) => !(setting === 'art-studio' && /^(projects?|crafts?|artwork)$/.test(w)) && !drawnByDetails(w, details) && !(style === 'clay' && /^(clay|plasticine)$/.test(w))),
  };
}

/**
 * The first thing named, unless it is small, furniture, or up in the sky and a creature or a
 * standing thing is named too ("a pipe-smoking raccoon", "the moon over a castle").
 */
function chooseMain(subjects: Subject[]): Subject | undefined {
  const standing = (s: Subject) => s.thing.place === 'ground' || s.thing.place === 'table' || s.thing.place === 'water' || s.thing.place === 'swim';
  const first = subjects[0];
  // A loose guess from emojilib ("ink" as a printer) gives way to a creature, else a thing, the tables know.
  const known = subjects.find((s) => s.thing.animate && !s.thing.loose && s.thing.place !== 'sky') ?? subjects.find((s) => !s.thing.loose && s.thing.place !== 'wall');
  return !first ? undefined
    : first.thing.loose && !first.thing.animate && known ? known
    : first.thing.animate ? first
    : (first.thing.size < 0.45 || FURNITURE.has(first.thing.key)) && subjects.some((s) => s.thing.animate && s.thing.place !== 'sky')
      ? subjects.find((s) => s.thing.animate && s.thing.place !== 'sky')
    : first.thing.place === 'sky' || first.thing.place === 'wall'
      // A wall decoration is never the main subject: "a bedroom with fairy lights" is the room.
      // (A bomber with bombs is the bomber: only something of some size takes its place.)
      ? (subjects.find((s) => s.thing.animate && standing(s)) ?? subjects.find((s) => standing(s) && s.thing.size >= 0.45) ?? (first.thing.place === 'wall' ? undefined : first))
    : first;
}

/** Christmas turns trees into christmas trees (or brings one); halloween brings a jack-o'-lantern. */
function dressForHoliday(festive: Festive, subjects: Subject[]): void {
  const thing = resolveThing(festive === 'christmas' ? 'christmas tree' : 'jack-o-lantern');
  if (!thing) return;
  if (festive === 'christmas') {
    const trees = subjects.filter((s) => TREES.has(s.thing.key));
    for (const s of trees) Object.assign(s, { label: thing.label, thing: { ...thing, size: s.thing.size } });
    if (trees.length) return;
  }
  if (subjects.length >= MAX_SUBJECTS || subjects.some((s) => s.thing.key === thing.key)) return;
  subjects.push({ label: thing.label, thing, count: 1, size: 'normal', role: 'prop', wearing: [], holding: [] });
}

/** The man, woman or person emoji a person subject is drawn from ("girl" → woman), if any. */
const PERSON_BASE: Record<string, string> = {
  man: 'man', woman: 'woman', person: 'person', boy: 'man', girl: 'woman', child: 'person', 'old-man': 'man', 'old-woman': 'woman',
};
/** Emoji that show the activity without a person prefix. */
const WHOLE_ACTIVITIES = new Set(['horse-racing', 'skier', 'snowboarder']);
const ACTIVITY_PHRASES: Record<string, string> = {
  'rowing-boat': 'rowing a boat', biking: 'riding a bicycle', 'horse-racing': 'riding a horse', 'lifting-weights': 'lifting weights',
  skier: 'skiing', snowboarder: 'snowboarding',
};

/**
 * A person doing something an emoji shows becomes that emoji: "a woman riding a bicycle" is the
 * woman biking, "a man running" the man running. Clothes win over activities (a dressed character
 * is drawn on a body), but not over riding, which draws no clothes anyway.
 */
function actOut(s: Subject): void {
  const base = PERSON_BASE[(s.thing.icon ?? '').replace(/-(red-hair|blonde-hair|curly-hair|white-hair|bald|beard)$/, '')];
  if (!base) {
    // An animal's emoji is its only pose: "a dog walking" is not described as walking.
    delete s.activity;
    return;
  }
  const rideAct = s.riding ? RIDE_ACTIVITIES[s.riding.key] : undefined;
  const act = rideAct ?? (s.wearing.length || s.holding.length ? undefined : s.activity);
  if (!act) {
    delete s.activity;
    return;
  }
  const key = WHOLE_ACTIVITIES.has(act) ? act : `${base}-${act}`;
  if (!hasIcon(key)) {
    delete s.activity;
    return;
  }
  s.activity = ACTIVITY_PHRASES[act] ?? act;
  s.thing = { ...thingOf(key, s.label), animate: true };
  delete s.riding;
}

/**
 * "a female face painter", "a male nurse": the role drawn as its woman's or man's emoji. A role or
 * a person the prompt speaks of only with women's words ("she", "her", "a lady") is a woman too.
 */
function gender(s: Subject, prompt: string, first: boolean): void {
  const icon = s.thing.icon;
  // An emojilib guess of a man in a role ("instructor" as the man teacher) is the role's person.
  const role = icon?.replace(/^(man|woman)-(?=[a-z])/, '');
  if (!icon || !role || (!s.thing.animate && role === icon)) return;
  if (/^(woman|girl|old-woman|princess)\b/.test(icon) || /^(people|old|baby)\b/.test(icon)) return;
  const label = s.label.replace(/[^a-z ]/gi, '');
  const m = new RegExp(`\\b(female|woman|lady|girl|male|man|gentleman|boy)\\s+(?:[a-z-]+\\s+){0,2}${label}`, 'i').exec(prompt);
  const said = m ? (/^(female|woman|lady|girl)$/i.test(m[1]!) ? 'female' : 'male') : undefined;
  // With no word before it, the prompt's pronouns decide for the first person named.
  const sex = said ?? (first && FEMALE.test(prompt) && !MALE.test(prompt) ? 'female' : undefined);
  if (!sex) return;
  const plain: Record<string, string> = { person: sex === 'female' ? 'woman' : 'man', child: sex === 'female' ? 'girl' : 'boy', man: sex === 'female' ? 'woman' : 'man' };
  const key = plain[role] ?? `${sex === 'female' ? 'woman' : 'man'}-${role}`;
  if (key !== icon && hasIcon(key)) s.thing = { ...s.thing, ...thingOf(key, s.label), label: s.thing.label, animate: true };
}
