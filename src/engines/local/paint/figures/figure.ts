// Characters: an emoji head on a drawn body, dressed ("a suited raccoon"), holding things, maybe
// seated in an armchair. Drawn in head units (the head emoji is 32 × 32) and mapped to pixels.
import { fmt, type Canvas } from '../canvas.js';
import { shade } from '../color.js';
import { ANIME_SKIN, drawAnimeBackHair, drawAnimeHead } from './anime-head.js';
import { baseIcon, DEFAULT_HEAD, headMeta, mapPath, PEOPLE, skinOf } from './head.js';
import { ANIME_LINE } from '../styles/anime.js';
import { drawFaceLooks, hairSwap } from './looks.js';
import { drawBowtie, drawEyewear, drawHat, drawHeld, drawNecktie, pts } from './wear.js';
import { iconBaseColor, type IconBook } from '../icons.js';
import type { Subject } from '../../plan/scene-plan.js';
import type { Thing } from '../../read/things.js';
import { drawProc } from '../props/props.js';
import { smoke } from '../props/furniture.js';
import type { Rng } from '../prng.js';

export type FigureMode = 'character' | 'icon' | 'rider';

export interface FigureSpec {
  mode: FigureMode;
  /** Width / height of the whole figure's box. */
  aspect: number;
  seated: boolean;
  /** Units above the head box that a hat needs. */
  hatRoom: number;
}

const BODY_BOTTOM = 58;
const SEATED_BOTTOM = 62;
const HAT_ROOM = 13;
/** People drawn as women or girls: a suit or blazer gets no necktie unless one is asked for. */
const FEMININE = /woman|girl|princess|queen|bride|lady|mrs-claus|grandma/;

/** How a subject will be drawn, and the shape of its box. */
export function figureSpec(subject: Subject, head: Thing | undefined, iconAspect: number): FigureSpec {
  if (subject.riding) return { mode: 'rider', aspect: iconAspect * 0.95, seated: false, hatRoom: 0 };
  if (!head) return { mode: 'icon', aspect: iconAspect, seated: false, hatRoom: 0 };
  // A veil lies close over the head; hats stand above it.
  const hat = subject.wearing.find((w) => w.slot === 'head');
  const hatRoom = hat ? (hat.key === 'veil' ? 3 : HAT_ROOM) : 0;
  const seated = subject.seatedOn?.proc === 'armchair' || subject.seatedOn?.proc === 'sofa';
  const width = seated ? 50 : 36;
  const height = (seated ? SEATED_BOTTOM - 14 + 14 : BODY_BOTTOM) + hatRoom;
  return { mode: 'character', aspect: width / height, seated, hatRoom };
}

export interface FigureResult {
  /** The head emoji's box in pixels (for speech bubbles). */
  head: { x: number; y: number; size: number };
  /** A board held in both hands, in pixels, when the subject holds a sign. */
  placard?: { x: number; y: number; w: number; h: number };
  /** What was actually drawn, for the description. */
  wore: string[];
  held: string[];
}

const OUTFIT_COLORS: Record<string, string[]> = {
  suit: ['#3d4250', '#26345a', '#5a4030', '#2f4a3a', '#4a4a4f'],
  tuxedo: ['#1d1e24'],
  jacket: ['#8a5a33', '#3f5d7a', '#5e6b3a'],
  coat: ['#9b7b55', '#6b5a48', '#3d4250'],
  raincoat: ['#f2c230'],
  sweater: ['#b5483c', '#3f6e8f', '#d99a3a', '#5f8a5a'],
  hoodie: ['#6d7a8a', '#c0504d', '#4a6fa5'],
  tshirt: ['#3f7fc1', '#e0614a', '#4caf7a', '#f2f2f2'],
  dress: ['#c0396b', '#3f6fc1', '#7b4bb0'],
  robe: ['#4a2e7a', '#7a1f2b'],
  labcoat: ['#f4f6f8'],
  uniform: ['#2b3a67'],
  armor: ['#a9b0b8'],
  apron: ['#f4f1ea'],
  cape: ['#b3122e'],
  vest: ['#5a4030'],
};

/**
 * Draw a character: emoji head on a dressed body, in the box with bottom centre (cx, bottom) and
 * height h (from figureSpec's aspect).
 */
export function drawCharacter(
  c: Canvas, icons: IconBook, subject: Subject, head: Thing, spec: FigureSpec, cx: number, bottom: number, h: number,
  rng: Rng, opts: { vintage: boolean; placardText: boolean; flip: boolean; /** The seat is drawn by the caller (one long sofa for a row). */ sharedSeat?: boolean },
): FigureResult {
  const icon = head.icon!;
  const meta = headMeta(icon);
  const totalUnits = (spec.seated ? SEATED_BOTTOM : BODY_BOTTOM) + spec.hatRoom;
  const k = h / totalUnits;
  // Unit (0,0) is the head box's top-left corner.
  const ox = cx - 16 * k;
  const oy = bottom - h + spec.hatRoom * k;
  const P = (d: string) => mapPath(d, ox, oy, k, opts.flip ? 32 : undefined);
  const X = (x: number) => ox + (opts.flip ? 32 - x : x) * k;
  const Y = (y: number) => oy + y * k;
  const layer = 'fg' as const;
  const recolor = subject.color?.hex;
  const base = baseIcon(icon);
  // An anime person has a drawn head (figures/anime-head.ts) and skin to match it.
  const animeHead = c.style === 'anime' && PEOPLE.has(base);
  const skin = animeHead ? ANIME_SKIN : skinOf(icon);
  const fur = recolor ?? skin ?? iconBaseColor(icon);
  const wore: string[] = [];
  const held: string[] = [];
  // A darker rim on body parts keeps them apart from each other and from the background.
  const rim = (hex: string) => ({ layer, extra: `stroke="${c.style === 'anime' ? ANIME_LINE : c.paint(shade(hex, -0.35), layer)}" stroke-width="${fmt(0.55 * k)}" stroke-linejoin="round"` });

  const outfit = subject.wearing.find((w) => w.slot === 'outfit');
  const kind = outfit?.key ?? (PEOPLE.has(base) ? 'tshirt' : 'fur');
  const palette = OUTFIT_COLORS[kind];
  const cloth = outfit?.color ?? (kind === 'suit' && opts.vintage ? '#3b4236' : palette ? rng.pick(palette) : fur);
  if (outfit) wore.push(outfit.label);
  const sY = meta.chin - 1.5;
  const waist = 47;
  // Trousers asked for colour the legs.
  const legsWear = subject.wearing.find((w) => w.slot === 'legs');
  if (legsWear) wore.push(legsWear.label);
  // An anime woman or girl in everyday clothes wears a pleated skirt over bare legs.
  const skirt = animeHead && !legsWear && !outfit && kind === 'tshirt' && FEMININE.test(icon) ? rng.fork('skirt').pick(['#2d3a66', '#7a2836', '#3d5a4a']) : undefined;
  const trousers = legsWear ? legsWear.color ?? '#3b5b8c' : skirt ? ANIME_SKIN : kind === 'fur' ? shade(fur, -0.08) : kind === 'tshirt' || kind === 'hoodie' || kind === 'sweater' ? '#3b5b8c'
    : kind === 'dress' || kind === 'robe' ? fur : shade(cloth, -0.12);
  const feet = kind === 'fur' ? shade(fur, -0.25) : '#2b211c';
  const seat = spec.seated && !opts.sharedSeat ? subject.seatedOn!.proc! : undefined;
  const seatColor = seat === 'armchair' && opts.vintage ? '#8a2a22' : undefined;
  const seatW = (seat === 'sofa' ? 74 : 50) * k;

  if (seat) drawProc(c, seat, X(16), Y(SEATED_BOTTOM), 48 * k, { rng, layer: 'bg', part: 'back', ...(seatColor ? { color: seatColor } : {}) }, seatW);
  const animeRng = rng.fork('anime-head');
  if (animeHead) drawAnimeBackHair(c, { P, X, Y, k }, icon, animeRng, false, subject.looks?.hair);
  if (kind === 'cape' || kind === 'hoodie') {
    c.path(P(`M7 ${sY + 2} Q16 ${sY - 7} 25 ${sY + 2} L29 ${waist + 6} L3 ${waist + 6} Z`), shade(cloth, -0.25), { layer });
  }
  const legs = () => {
    const top = spec.seated ? waist - 2 : waist - 1;
    const len = spec.seated ? 9 : 9.5;
    for (const lx of [8.5, 17.5]) c.rect(Math.min(X(lx), X(lx + 6)), Y(top), 6 * k, len * k, trousers, { ...rim(trousers), rx: 1.5 * k });
    for (const fx of [11.5, 20.5]) c.ellipse(X(fx + (opts.flip ? -0.8 : 0.8)), Y(top + len + 0.6), 3.8 * k, 1.8 * k, feet, { layer });
  };
  if (!spec.seated) legs();

  // Torso: narrower than the head, as in a storybook animal.
  const torso = `M5 ${sY + 6} Q5 ${sY} 12 ${sY} L20 ${sY} Q27 ${sY} 27 ${sY + 6} L26 ${waist + 2} L6 ${waist + 2} Z`;
  c.path(P(torso), cloth, rim(cloth));
  if (skirt) {
    c.path(P(`M6 ${waist - 2} L26 ${waist - 2} L28 ${waist + 4.2} L4 ${waist + 4.2} Z`), skirt, rim(skirt));
    c.line(P(`M11 ${waist - 1} L10.4 ${waist + 3.8} M16 ${waist - 1} L16 ${waist + 3.8} M21 ${waist - 1} L21.6 ${waist + 3.8}`), shade(skirt, -0.3), 0.4 * k, { layer });
  }
  // Anime cel shading: one hard-edged shadow down the torso's far side.
  if (c.style === 'anime') c.path(P(`M20.5 ${sY + 0.3} Q26.6 ${sY + 0.5} 26.7 ${sY + 6} L25.8 ${waist + 1.7} L21.5 ${waist + 1.7} Q23.6 ${sY + 10} 20.5 ${sY + 0.3} Z`), shade(cloth, -0.22), { layer, bare: true });
  if (kind === 'fur') {
    c.path(P(`M10.5 ${sY + 4} Q16 ${sY + 1} 21.5 ${sY + 4} L20.5 ${waist} Q16 ${waist + 2} 11.5 ${waist} Z`), shade(fur, 0.45), { layer });
  } else if (['suit', 'tuxedo', 'labcoat', 'uniform', 'coat', 'jacket', 'vest'].includes(kind)) {
    const shirt = kind === 'uniform' ? '#d8dde6' : '#f6f4ee';
    c.polygon(pts(P, [12, sY, 20, sY, 16, sY + 15]), shirt, { layer });
    const neck = subject.wearing.find((w) => w.slot === 'neck');
    if (kind === 'tuxedo' || neck?.key === 'bowtie') {
      drawBowtie(c, P, sY, neck?.color ?? '#151515');
      wore.push(neck?.label ?? 'bow tie');
    } else if (kind !== 'labcoat' && (neck?.key === 'necktie' || !FEMININE.test(subject.thing.icon ?? subject.label))) {
      // A woman's blazer or suit is worn open-necked, unless the prompt asks for a tie.
      drawNecktie(c, P, sY, neck?.color ?? (opts.vintage ? '#7a1f2b' : rng.pick(['#8c1f2f', '#b3322b', '#1f4e8c', '#c59a3c'])));
      wore.push(neck?.label ?? 'necktie');
    }
    const lapel = shade(cloth, kind === 'labcoat' ? -0.12 : -0.3);
    c.polygon(pts(P, [10.5, sY, 12.5, sY, 16, sY + 15, 13.2, sY + 16, 9.8, sY + 8]), lapel, { layer });
    c.polygon(pts(P, [21.5, sY, 19.5, sY, 16, sY + 15, 18.8, sY + 16, 22.2, sY + 8]), lapel, { layer });
    for (const by of [sY + 18, sY + 21.5]) c.circle(X(16), Y(by), 0.75 * k, shade(cloth, -0.5), { layer, bare: true });
    if (kind === 'suit' || kind === 'tuxedo') c.polygon(pts(P, [20.5, sY + 9, 24, sY + 9, 23, sY + 7]), '#f6f4ee', { layer });
  } else if (['sweater', 'hoodie', 'tshirt', 'robe'].includes(kind)) {
    c.path(P(`M11 ${sY} Q16 ${sY + 4} 21 ${sY}`), 'none', { layer, extra: `stroke="${c.paint(shade(cloth, -0.25), layer)}" stroke-width="${fmt(1.6 * k)}"` });
    if (kind === 'sweater') for (let y = sY + 6; y < waist; y += 5) c.line(P(`M6.5 ${y} L25.5 ${y}`), shade(cloth, -0.12), 0.6 * k, { layer, opacity: 0.6 });
    if (kind === 'robe') c.line(P(`M16 ${sY + 2} L16 ${waist + 2}`), '#e8c25a', 1.2 * k, { layer });
  } else if (kind === 'dress') {
    c.path(P(`M9 ${sY + 13} L23 ${sY + 13} L29 ${waist + 5} L3 ${waist + 5} Z`), shade(cloth, 0.08), rim(cloth));
  } else if (kind === 'armor') {
    for (const y of [sY + 6, sY + 12, sY + 18]) c.line(P(`M6.5 ${y} Q16 ${y + 3} 25.5 ${y}`), '#6f7780', 1 * k, { layer });
  } else if (kind === 'apron') {
    c.rect(Math.min(X(9), X(23)), Y(sY + 6), 14 * k, (waist - sY - 4) * k, '#f4f1ea', { layer, rx: 2 * k });
  }
  const neckItem = subject.wearing.find((w) => w.slot === 'neck');
  if (neckItem && !['suit', 'tuxedo', 'uniform', 'coat', 'jacket', 'vest'].includes(kind)) {
    if (neckItem.key === 'bowtie') drawBowtie(c, P, sY, neckItem.color ?? '#b3122e');
    else if (neckItem.key === 'scarf') c.path(P(`M8 ${sY - 1} Q16 ${sY + 4} 24 ${sY - 1} L24 ${sY + 3} Q16 ${sY + 8} 8 ${sY + 3} Z M20 ${sY + 3} L23 ${sY + 14} L19 ${sY + 14} Z`), neckItem.color ?? '#d6342c', { layer });
    else drawNecktie(c, P, sY, neckItem.color ?? '#b3322b');
    wore.push(neckItem.label);
  }

  // Arms: sleeves bent to rest on the lap, or raised to hold something or a sign.
  const sleeve = kind === 'fur' || kind === 'tshirt' ? shade(fur, -0.06) : shade(cloth, -0.1);
  const heldThings = subject.holding.filter((t) => t.proc !== 'pipe');
  const pipe = subject.holding.find((t) => t.proc === 'pipe');
  const placard = opts.placardText;
  // Anime figures have slimmer arms and smaller hands than the storybook ones.
  const armW = (c.style === 'anime' ? 3.9 : 5) * k;
  const arm = (d: string) => {
    c.line(P(d), c.style === 'anime' ? ANIME_LINE : shade(sleeve, -0.35), armW + 1.1 * k, { layer });
    c.line(P(d), sleeve, armW, { layer });
  };
  const pawColor = recolor ?? skin ?? fur;
  const paw = (x: number, y: number) => c.circle(X(x), Y(y), (c.style === 'anime' ? 2.1 : 2.7) * k, pawColor, rim(pawColor));
  let board: FigureResult['placard'];
  if (placard) {
    arm(`M7.5 ${sY + 4} Q4 ${sY + 12} 4 ${sY + 17}`);
    arm(`M24.5 ${sY + 4} Q28 ${sY + 12} 28 ${sY + 17}`);
  } else {
    arm(`M7.5 ${sY + 4} Q3.5 ${sY + 12} 5.5 ${sY + 18} L10 ${sY + 21}`);
    if (heldThings.length) arm(`M24.5 ${sY + 4} Q29 ${sY + 10} 27.5 ${sY + 14} L23.5 ${sY + 14.5}`);
    else arm(`M24.5 ${sY + 4} Q28.5 ${sY + 12} 26.5 ${sY + 18} L22 ${sY + 21}`);
  }
  if (seat) drawProc(c, seat, X(16), Y(SEATED_BOTTOM), 48 * k, { rng, layer: 'bg', part: 'front', ...(seatColor ? { color: seatColor } : {}) }, seatW);
  if (spec.seated) legs();

  // The head, and what sits on it.
  if (animeHead) drawAnimeHead(c, { P, X, Y, k }, icon, animeRng, { hat: spec.hatRoom > 0, ...(subject.looks?.hair ? { hair: subject.looks.hair } : {}) });
  else icons.draw(icon, X(16), Y(32), 32 * k, { layer, flip: opts.flip, ...(recolor ? { recolor } : {}), ...(subject.looks?.hair ? { swap: hairSwap(icon, subject.looks.hair) } : {}) });
  // Earrings and freckles: the sitter's label names them (plan/modes/portrait-looks.ts).
  if (subject.looks) drawFaceLooks(c, subject.looks, X, Y, k);
  for (const w of subject.wearing) {
    if (w.slot === 'eyes' && drawEyewear(c, icons, w, meta, X, Y, k, opts.flip)) wore.push(w.label);
    if (w.slot === 'head' && drawHat(c, icons, w, meta, X, Y, k)) wore.push(w.label);
  }
  if (pipe) {
    const [mx, my] = meta.mouth;
    const pw = 13 * k;
    const px = opts.flip ? X(mx) - pw * 0.5 : X(mx) + pw * 0.5;
    drawProc(c, 'pipe', px, Y(my) + pw * 0.4, pw / 1.6, { rng, layer });
    smoke(c, opts.flip ? X(mx) - pw * 0.76 : X(mx) + pw * 0.76, Y(my) - pw * 0.08, 15 * k);
    held.push('pipe');
  }

  if (placard) {
    board = { x: Math.min(X(0), X(32)), y: Y(sY + 5), w: 32 * k, h: 17 * k };
    c.rect(X(16) - 0.8 * k, Y(sY + 20), 1.6 * k, 12 * k, '#7a4a2a', { layer });
    c.rect(board.x, board.y, board.w, board.h, '#f7f1df', { ...rim('#c9b48a'), rx: 1.2 * k });
    paw(1, sY + 17.5);
    paw(31, sY + 17.5);
  } else {
    paw(10.5, sY + 21);
    if (heldThings.length) {
      const item = heldThings[0];
      drawHeld(c, icons, item, X(23), Y(sY + 14), 14 * k, rng);
      held.push(item.label);
      paw(23.5, sY + 14);
    } else {
      paw(21.5, sY + 21);
    }
    if (heldThings[1]) {
      drawHeld(c, icons, heldThings[1], X(9), Y(sY + 21), 10 * k, rng);
      held.push(heldThings[1].label);
    }
  }
  return { head: { x: X(0), y: Y(0), size: 32 * k }, ...(board ? { placard: board } : {}), wore, held };
}

/** Where a front-facing full-body emoji's head and hands are, as fractions of its box. */
interface FrontAnchor {
  top: number;
  eye: number;
  neck: number;
  hand: number;
  /** Head width as a fraction of the box width. */
  headW: number;
}
const BUST: FrontAnchor = { top: 0.05, eye: 0.3, neck: 0.56, hand: 0.78, headW: 0.5 };
const FRONT_ANCHORS: Record<string, FrontAnchor> = {
  penguin: { top: 0.13, eye: 0.3, neck: 0.46, hand: 0.7, headW: 0.5 },
  owl: { top: 0.12, eye: 0.33, neck: 0.56, hand: 0.74, headW: 0.62 },
  snowman: { top: 0.08, eye: 0.24, neck: 0.43, hand: 0.62, headW: 0.42 },
  'teddy-bear': { top: 0.1, eye: 0.3, neck: 0.5, hand: 0.7, headW: 0.52 },
  ghost: { top: 0.1, eye: 0.36, neck: 0.56, hand: 0.72, headW: 0.6 },
  'alien-monster': { top: 0.12, eye: 0.4, neck: 0.6, hand: 0.75, headW: 0.6 },
  astronaut: BUST, 'person-mage': BUST, ninja: BUST, scientist: BUST, 'health-worker': BUST, cook: BUST,
  teacher: BUST, student: BUST, artist: BUST, farmer: BUST, detective: BUST, 'police-officer': BUST,
  firefighter: BUST, pilot: BUST, guard: BUST, singer: BUST, technologist: BUST, judge: BUST, mechanic: BUST,
  'construction-worker': BUST, 'man-office-worker': BUST, 'woman-office-worker': BUST, prince: BUST,
  princess: BUST, 'santa-claus': BUST, 'person-superhero': BUST, 'person-vampire': BUST, 'person-elf': BUST,
};

/** Whether a full-body emoji can hold things in its own hands (it faces the viewer). */
export function holdsInPlace(icon: string): boolean {
  return icon in FRONT_ANCHORS;
}

/**
 * Hats, glasses, scarves and held things on a full-body emoji that faces the viewer (a penguin,
 * an owl, a person's bust). Others get none, and the description does not claim them.
 */
export function drawIconExtras(
  c: Canvas, icons: IconBook, subject: Subject, icon: string, cx: number, bottom: number, size: number, rng: Rng,
): { wore: string[]; held: string[] } {
  const a = FRONT_ANCHORS[icon];
  const wore: string[] = [];
  const held: string[] = [];
  if (!a) return { wore, held };
  const top = bottom - size;
  const headW = size * a.headW;
  const k = headW / 24;
  for (const w of subject.wearing) {
    if (w.slot === 'head') {
      // Re-use the character hats: they expect a 32-unit head whose brim line is meta.top + 2.
      const hk = headW / 26;
      const X = (x: number) => cx + (x - 16) * hk;
      const Y = (y: number) => top + size * a.top + (y - 10) * hk;
      if (drawHat(c, icons, w, { ...DEFAULT_HEAD, top: 8 }, X, Y, hk)) wore.push(w.label);
    } else if (w.slot === 'eyes' && w.key !== 'monocle') {
      const gs = headW * 0.95;
      icons.draw(w.key, cx, top + size * a.eye + gs * 0.5, gs, { layer: 'fg' });
      wore.push(w.label);
    } else if (w.slot === 'neck' && w.key === 'scarf') {
      const y = top + size * a.neck;
      const col = w.color ?? '#d6342c';
      c.path(`M${fmt(cx - headW * 0.55)} ${fmt(y - 2.2 * k)} Q${fmt(cx)} ${fmt(y + 3 * k)} ${fmt(cx + headW * 0.55)} ${fmt(y - 2.2 * k)} L${fmt(cx + headW * 0.55)} ${fmt(y + 2 * k)} Q${fmt(cx)} ${fmt(y + 7 * k)} ${fmt(cx - headW * 0.55)} ${fmt(y + 2 * k)} Z M${fmt(cx + headW * 0.2)} ${fmt(y + 3 * k)} L${fmt(cx + headW * 0.38)} ${fmt(y + 14 * k)} L${fmt(cx + headW * 0.12)} ${fmt(y + 14 * k)} Z`, col, { layer: 'fg', extra: `stroke="${c.paint(shade(col, -0.3), 'fg')}" stroke-width="${fmt(0.5 * k)}"` });
      wore.push(w.label);
    } else if (w.slot === 'neck') {
      const y = top + size * a.neck;
      const P = (d: string) => mapPath(d, cx - 16 * k, y - 23 * k, k);
      if (w.key === 'bowtie') drawBowtie(c, P, 23, w.color ?? '#b3122e');
      else drawNecktie(c, P, 23, w.color ?? '#b3322b');
      wore.push(w.label);
    }
  }
  const item = subject.holding.find((t) => t.proc !== 'pipe');
  if (item) {
    drawHeld(c, icons, item, cx + size * 0.12, top + size * a.hand + size * 0.08, size * 0.3, rng);
    held.push(item.label);
  }
  return { wore, held };
}
