// T-shirt designs (docs/local-engine-modes.md, "T-shirt designs"): the garment is drawn large and
// centred, and what the prompt describes is its print: the figure on the chest, the things it
// juggles over its hands, its skateboard, the design's background and the quoted phrase on the shirt.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const JUGGLER = 'Tshirt Design, A cartoon image of a person juggling paintbrushes, gears, and lightbulbs, with the phrase "Embrace the Mess" written in playful, graffiti-style font. The background is a mix of vibrant splashes of paint and abstract doodles, representing creativity in action, tsdsign';
const SKATER = 'Tshirt Design, A skeleton skateboarding through outer space, leaving a trail of colorful stardust behind. The words "Skate Through the Universe" wrap around the design in glowing, stylized font, tsdsign';
const compose = (prompt: string, size = 400) => composePicture({ plan: planScene(prompt), width: size, height: size, seed: 0 });

async function pixels(prompt: string, size = 200): Promise<{ at: (x: number, y: number) => number[] }> {
  const png = await rasterize(compose(prompt, size).svg, { width: size, height: size, pixelate: false });
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { at: (x, y) => [...data.subarray((y * size + x) * info.channels, (y * size + x) * info.channels + 3)] };
}

describe('a T-shirt design', () => {
  it('is the garment with the design as its print, for the ways prompts ask', () => {
    for (const prompt of [JUGGLER, SKATER, 'tee design, a robot surfing', 'a print for a t-shirt: a cat in space', 'shirt graphic of a dragon', 'a black hoodie with a wolf print', 'T-shirt print with a fox']) {
      const plan = planScene(prompt);
      expect(plan.mode?.print, prompt).toBeDefined();
      // The garment is the picture, never a thing drawn on or beside it.
      expect(plan.subjects.map((s) => s.thing.key), prompt).not.toContain('t-shirt');
      expect(compose(prompt).description, prompt).toMatch(/^(T-shirt|hoodie) design: an? [a-z]+ (t-shirt|hoodie) printed with /);
    }
    expect(planScene('a black hoodie with a wolf print').mode?.print).toMatchObject({ garment: 'hoodie', color: { name: 'black' } });
    expect(planScene('a black hoodie with a wolf print').subjects[0]?.thing.key).toBe('wolf');
  });

  it('leaves garments that are no design alone', () => {
    expect(planScene('Product shot of a black hoodie on a white background').mode?.print).toBeUndefined();
    expect(planScene('a man in a red t-shirt walking his dog').mode).toBeUndefined();
    expect(planScene('a t-shirt folded on a wooden table').mode?.print).toBeUndefined();
  });

  it('draws the juggler with what it juggles over its hands, on splashes, the phrase lettered on the shirt', () => {
    // The juggler is not taken for a word about the things juggled (it was dropped, "gears" kept).
    expect(planScene('a man juggling gears').subjects.map((s) => s.thing.key)).toEqual(['man-juggling', 'gear']);
    const plan = planScene(JUGGLER);
    expect(plan.subjects[0]?.thing.key).toBe('person-juggling');
    expect(plan.subjects.slice(1).map((s) => s.thing.key)).toEqual(['paintbrush', 'gear', 'light-bulb']);
    const text = compose(JUGGLER).description;
    expect(text).toMatch(/a person juggling .*paintbrush.*gear.*lightbulb.*, in the air over its hands/);
    expect(text).toContain('on splashes of paint and doodles');
    expect(text).toContain('lettered "Embrace the Mess"');
    expect(text).not.toMatch(/not drawn: [^)]*(phrase|font|splashes)/);
    // Graffiti letters are set in capitals on the shirt; the shirt's photo is no comic page.
    expect(compose(JUGGLER).svg).toContain('EMBRACE');
    expect(plan.style).toBe('illustrated');
  });

  it('puts the skeleton on a skateboard in a round patch of outer space, the words wrapped round it', () => {
    const plan = planScene(SKATER);
    expect(plan.subjects[0]).toMatchObject({ thing: { key: 'skull' }, riding: { key: 'skateboard' } });
    expect(plan.mode?.print).toMatchObject({ wrap: true, trail: true, lettering: 'glow', color: { name: 'black' } });
    const picture = compose(SKATER);
    expect(picture.description).toContain('a skeleton on a skateboard, on a round patch of outer space, leaving a trail of stardust');
    expect(picture.svg).toMatch(/<textPath[^>]*>Skate Through<\/textPath>/);
    expect(picture.description).not.toContain('not drawn');
  });

  it('sits a rider on its mount on the chest', () => {
    expect(compose('Tshirt design, a cat riding a bicycle').description).toContain('printed with a cat on a bicycle');
  });

  it('paints the shirt large and centred, its print on the chest', async () => {
    const skater = await pixels(SKATER);
    // Near the sleeves' ends, well off centre, the fabric is the black of the shirt.
    for (const [x, y] of [[30, 80], [170, 80], [60, 170]]) expect(Math.max(...skater.at(x!, y!))).toBeLessThan(60);
    // The corners are the light studio paper.
    expect(Math.min(...skater.at(3, 3))).toBeGreaterThan(180);
    const juggler = await pixels(JUGGLER);
    // The chest carries vivid paint, the shirt's sides stay white.
    const grid = Array.from({ length: 20 * 18 }, (_, i) => juggler.at(62 + (i % 20) * 4, 48 + Math.floor(i / 20) * 4));
    const vivid = grid.filter(([r, g, b]) => Math.max(r!, g!, b!) - Math.min(r!, g!, b!) > 90);
    expect(vivid.length).toBeGreaterThan(grid.length * 0.15);
    expect(Math.min(...juggler.at(50, 150))).toBeGreaterThan(200);
  });
});
