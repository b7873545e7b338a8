// Product shots with effects (docs/local-engine-modes.md, "Splashes, steam and tilts"): a liquid
// splash painted round the product, not an emoji grid of its words (a crown splash is no crown, a
// key light no key); steam over a mug; a product levitating at a tilt; "the product" placed on a
// kitchen counter with props beside it.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const BOTTLE = 'Commercial product photography, dark navy protein drink bottle with condensation droplets and metallic label finish, bursting through asymmetric creamy white milk splash with crown-splash geometry and satellite droplets, fresh blueberries at varying focal planes, mint leaves with visible vein structure and translucency, strong rim lighting from 45° rear creating luminous edge separation on splash edges, warm amber bokeh circles in deep gradient background transitioning from honey gold through burnt sienna to midnight blue, 8k resolution --ar 16:9';
const CARTON = 'Hyper-realistic commercial product photography, Nestlé strawberry milk carton levitating at precise 15-degree backward tilt, explosive creamy pink milk splash forming asymmetric liquid crown with defined primary and secondary splash peaks, three whole strawberries at varying distances from camera, frozen macro droplets with caustic light refraction, seamless gradient background #FFB6C1 to #FF69B4, studio lighting: 90cm octabox key light upper left at 45 degrees';
const MUG = 'Professional studio photograph of a matte-black ceramic coffee mug, thin wisp of steam curling upward, charcoal seamless backdrop, three-point studio lighting with a warm rim light on the right, clean and premium, dark warm gradient, centered';
const KITCHEN = 'Place the product on a marble countertop in a modern kitchen setting. Natural morning light streams through a window on the left side. Include subtle props like a coffee cup and fresh herbs to convey everyday use.';
const compose = (prompt: string, width = 400, height = 400) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

async function pixels(prompt: string, width: number, height: number): Promise<(x: number, y: number) => number[]> {
  const png = await rasterize(compose(prompt, width, height).svg, { width, height, pixelate: false });
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return (x, y) => [...data.subarray((y * width + x) * info.channels, (y * width + x) * info.channels + 3)];
}

describe('a product in a splash', () => {
  it('keeps the product and its ingredients, never the splash\'s or the light\'s words as things', () => {
    for (const prompt of [BOTTLE, CARTON]) {
      const keys = planScene(prompt).subjects.map((s) => s.thing.key);
      for (const wrong of ['crown', 'old-key', 'droplet', 'glass-of-milk', 'honey-pot', 'baby-bottle']) expect(keys, prompt).not.toContain(wrong);
    }
    expect(planScene(BOTTLE).subjects.map((s) => s.label)).toEqual(['drink bottle', 'blueberries', 'leaves']);
    expect(planScene(CARTON).subjects.map((s) => s.thing.key)).toEqual(['proc:milk-carton', 'strawberry']);
  });

  it('reads the splash\'s liquid and colour, the levitation and the tilt', () => {
    expect(planScene(BOTTLE).mode?.effects?.splash).toMatchObject({ liquid: 'milk', color: { name: 'white' }, crown: true });
    expect(planScene(CARTON).mode?.effects).toMatchObject({ splash: { liquid: 'milk', color: { name: 'pink' } }, levitating: true, tilt: 15 });
    expect(planScene('product shot of a perfume bottle on white').mode?.effects).toBeUndefined();
    const text = compose(CARTON).description;
    expect(text).toContain('a milk carton (the product, centred, levitating at a 15° tilt, bursting through a pink milk splash with a crown of liquid and droplets flying)');
    // The strawberries named ("three whole strawberries") fly round the splash, as many as asked.
    expect(text).toContain('with three strawberries flying round it');
    expect(text).not.toMatch(/not drawn: [^)]*splash/);
    expect(compose(BOTTLE).description).toContain('with three blueberries and some leaves flying round it');
    // Without a splash, what goes with the product stands beside it.
    expect(compose('product shot of a perfume bottle with a rose').description).toContain('with a rose beside it');
  });

  it('paints the splash in its colour round the product', async () => {
    const at = await pixels(BOTTLE, 320, 180);
    // Round the bottle's foot, to either side of it, the milk's pale cream (graded warm by the amber
    // light) shows on the deep amber backdrop, whose blue channel is near zero.
    const white = (y: number) => Array.from({ length: 120 }, (_, i) => at(90 + i, y)).filter(([r, g, b]) => r! > 150 && g! > 140 && b! > 120).length;
    expect(white(140) + white(135) + white(130)).toBeGreaterThan(30);
    // The far corners stay the backdrop, with no emoji grid of the splash's words.
    expect(Math.min(...at(8, 8))).toBeLessThan(200);
    const carton = await pixels(CARTON, 200, 300);
    const pinkSplash = Array.from({ length: 200 }, (_, x) => carton(x, 190)).filter(([r, g, b]) => r! > 200 && g! < 150 && b! > 130).length;
    expect(pinkSplash).toBeGreaterThan(20);
    expect(compose(CARTON).svg).toContain('rotate(15 ');
  });
});

describe('steam and a product placed in a room', () => {
  it('curls steam over the mug on the charcoal backdrop', async () => {
    expect(planScene(MUG).mode?.effects).toMatchObject({ steam: true });
    expect(compose(MUG).description).toContain('a black mug (the product, centred, a wisp of steam curling up from it)');
    expect(compose(MUG).description).not.toMatch(/not drawn: [^)]*wisp/);
    const at = await pixels(MUG, 200, 250);
    // Over the mug the steam is lighter than the backdrop at the same height near the edge.
    const column = (x: number) => Array.from({ length: 40 }, (_, i) => Math.max(...at(x, 20 + i)));
    const steam = Math.max(...[80, 90, 100, 110, 120].flatMap(column));
    expect(steam).toBeGreaterThan(Math.max(...column(8)) + 25);
  });

  it('stands a plain product box on the marble counter in the kitchen, the props beside it', () => {
    const plan = planScene(KITCHEN);
    expect(plan.mode?.kind).toBe('product');
    expect(plan.subjects.map((s) => s.thing.key)).toEqual(['package', 'hot-beverage', 'herb']);
    expect(plan.mode?.surface?.material).toBe('marble');
    const text = compose(KITCHEN).description;
    expect(text).toMatch(/^product shot: a plain product box \(the product, centred\), with a cup of coffee and an? herb beside it, on a pale veined marble surface in a kitchen/);
    expect(text).not.toContain('not drawn');
  });
});
