// Head emoji metrics: where the eyes, mouth, hat brim and chin sit in each head's 32-unit box, the
// skin colour a body drawn under it takes, and the mapping from head units to pixels.
import { fmt } from '../canvas.js';

/** Where features sit on a head emoji, in its 32-unit box. */
export interface HeadMeta {
  eyeY: number;
  mouth: [number, number];
  /** Where a hat's brim rests. */
  top: number;
  /** Where the neck meets the body. */
  chin: number;
}
export const DEFAULT_HEAD: HeadMeta = { eyeY: 15.5, mouth: [16, 21.5], top: 8, chin: 26 };
const HEAD_META: Record<string, Partial<HeadMeta>> = {
  raccoon: { eyeY: 16, mouth: [16, 21.5], top: 9, chin: 25.5 },
  fox: { eyeY: 15, mouth: [16, 22], top: 8, chin: 26.5 },
  'cat-face': { eyeY: 17, mouth: [16, 22], top: 8, chin: 28 },
  'dog-face': { eyeY: 14.5, mouth: [16, 22], top: 6, chin: 28 },
  bear: { eyeY: 15, mouth: [16, 22.5], top: 7, chin: 28 },
  man: { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  woman: { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  person: { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  boy: { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  girl: { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  'old-man': { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  'old-woman': { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  'older-person': { eyeY: 16, mouth: [16, 22], top: 5, chin: 29 },
  robot: { eyeY: 14, mouth: [16, 20], top: 5, chin: 27 },
};
/** Body colour where the emoji's first shape is not its skin. */
export const SKIN: Record<string, string> = {
  man: '#ffc83d', woman: '#ffc83d', person: '#ffc83d', boy: '#ffc83d', girl: '#ffc83d', child: '#ffc83d',
  baby: '#ffc83d', 'old-man': '#ffc83d', 'old-woman': '#ffc83d', 'older-person': '#ffc83d', panda: '#f4f4f4', robot: '#b4acbc',
  'polar-bear': '#f4f4f4', koala: '#9b9b9b', alien: '#00d26a', unicorn: '#f4f4f4',
};
export const PEOPLE = new Set(['man', 'woman', 'person', 'boy', 'girl', 'child', 'baby', 'old-man', 'old-woman', 'older-person']);

/** The skin of Fluent's skin-tone variants ("man-medium"), for the body drawn under the head. */
const TONE_SKIN: Record<string, string> = {
  light: '#ffd7c2', 'medium-light': '#eebfaa', medium: '#c68d7b', 'medium-dark': '#966661', dark: '#573739',
};
const TONE = /-(light|medium-light|medium|medium-dark|dark)$/;

/** "woman-red-hair" → "woman", "man-beard-medium" → "man", "woman-with-headscarf" → "woman": hair and skin-tone variants share their base emoji's proportions. */
export function baseIcon(icon: string): string {
  const plain = (name: string) => name.replace(/-(red-hair|blonde-hair|curly-hair|white-hair|bald|beard|with-headscarf)$/, '');
  const untoned = plain(icon.replace(TONE, ''));
  return PEOPLE.has(untoned) ? untoned : plain(icon);
}

/** A person's skin: their skin-tone variant's ("warm olive skin"), else the base emoji's. */
export function skinOf(icon: string): string | undefined {
  const tone = TONE.exec(icon)?.[1];
  return tone && PEOPLE.has(baseIcon(icon)) ? TONE_SKIN[tone] : SKIN[baseIcon(icon)];
}

export function headMeta(icon: string): HeadMeta {
  return { ...DEFAULT_HEAD, ...HEAD_META[baseIcon(icon)] };
}

/**
 * Map a path written in unit coordinates (absolute commands, numbers in x y pairs) to pixels,
 * mirrored about x = mirror/2 when given.
 */
export function mapPath(d: string, ox: number, oy: number, k: number, mirror?: number): string {
  let i = 0;
  return d.replace(/-?\d*\.?\d+/g, (n) => {
    const v = parseFloat(n);
    const isX = i++ % 2 === 0;
    return fmt(isX ? ox + (mirror === undefined ? v : mirror - v) * k : oy + v * k);
  });
}
