// Quoted words in a product shot or a portrait: those modes have no copy space, and used to drop
// the words ("a cake spelling out the words …" had none); they are written on the product's front
// and on a name plate under the sitter.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string) => composePicture({ plan: planScene(prompt), width: 800, height: 800, seed: 0 });

describe('quoted words in modes without copy space', () => {
  it('a product shot writes them on a label across the product', () => {
    for (const [prompt, words] of [
      ['a chocolate cake spelling out the words "BEST DAD", food photography', 'BEST DAD'],
      ['a coffee mug printed with the word "MONDAY", studio product shot', 'MONDAY'],
      ['product photo of a perfume bottle labelled "NOIR 7" on white', 'NOIR 7'],
    ] as const) {
      const picture = compose(prompt);
      expect(planScene(prompt).mode?.kind, prompt).toBe('product');
      expect(picture.description, prompt).toContain(`a label reading "${words}" on it`);
      for (const word of words.split(' ')) expect(picture.svg, prompt).toContain(word);
    }
  });

  it('a portrait writes them on a name plate, and a prompt without quotes gets no label', () => {
    const knight = compose('portrait of a knight in armour with the caption "SIR LANCE"');
    expect(knight.description).toContain('a label reading "SIR LANCE" on a name plate');
    expect(knight.svg).toContain('SIR LANCE');
    const plain = compose('portrait of a knight in armour, studio lighting');
    expect(plain.description).not.toContain('label reading');
    expect(compose('a coffee mug, studio product shot').description).not.toContain('label reading');
  });
});
