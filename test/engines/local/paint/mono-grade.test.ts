import { describe, expect, it } from 'vitest';
import { luma, parseHex } from '../../../../src/engines/local/paint/color.js';
import { createGrade } from '../../../../src/engines/local/paint/grade.js';
import { STYLES } from '../../../../src/engines/local/read/lexicon-scene.js';

const lightness = (hex: string) => luma(parseHex(hex));

describe('the black-and-white grade', () => {
  // Styles that tint their greys afterwards (paper, sepia, wash, print paper, a clay lamp's warmth, clear amber glass, ukiyo-e and art nouveau cream) or keep a dark world (neon) aside.
  const untinted = STYLES.filter((s) => !['neon', 'sketch', 'vintage', 'watercolor', 'inkwash', 'woodcut', 'clay', 'stainedglass', 'ukiyoe', 'nouveau'].includes(s));

  it('turns every colour grey, the backdrop light and the subjects a step darker', () => {
    for (const style of untinted) {
      const grade = createGrade({ time: 'day', lighting: ['mono'], style, vintageDecor: false, indoor: false });
      // The last two are near-whites, which keep some of their lightness: as grey, not as their colour (a pale yellow sun).
      for (const [hex, layer] of [['#d8c8b0', 'fg'], ['#e0c89a', 'bg'], ['#3a7d2c', 'fg'], ['#1456c8', 'bg'], ['#ffe27a', 'fg'], ['#fff6c9', 'bg']] as const) {
        const [r, g, b] = parseHex(grade(hex, layer));
        expect([style, r, g], hex).toEqual([style, b, b]);
      }
      // Black stays dark and white light, on either layer.
      expect(lightness(grade('#111111', 'fg')), style).toBeLessThan(0.15);
      expect(lightness(grade('#ffffff', 'bg')), style).toBeGreaterThan(0.85);
    }
  });

  it('keeps a pale subject apart from a pale backdrop in every style but neon', () => {
    for (const style of STYLES.filter((s) => s !== 'neon')) {
      const grade = createGrade({ time: 'day', lighting: ['mono'], style, vintageDecor: false, indoor: false });
      // A pale llama (#d8c8b0) on pale sand (#e0c89a) were one grey before, and the poster style's
      // four lightness steps made them exactly one: the llama vanished into its desert.
      expect(lightness(grade('#e0c89a', 'bg')) - lightness(grade('#d8c8b0', 'fg')), style).toBeGreaterThan(0.1);
    }
  });
});
