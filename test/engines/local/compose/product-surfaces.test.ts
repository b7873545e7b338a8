// Product shots on what the prompt stands them on (docs/local-engine-modes.md, "Product surfaces"),
// as many of the product as asked, and the goods named drawn as themselves: a console, a stroller,
// a cooked breakfast's every food.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const W = 512, H = 512;

function describeOf(prompt: string): string {
  return composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).description;
}

/**
 * Over the lower band left and right of the product: mean luma, greenness, and `spread`, the share
 * of pixels off their neighbours' luma by more than 0.02 (veins, grain; a smooth gradient has none).
 */
async function band(prompt: string): Promise<{ luma: number; green: number; spread: number }> {
  const { svg } = composePicture({ plan: planScene(prompt), width: W, height: H, seed: 0 });
  const png = await rasterize(svg, { width: W, height: H, pixelate: false });
  const { default: sharp } = await import('sharp');
  const px = await sharp(png).removeAlpha().raw().toBuffer();
  const lumas: number[] = [];
  let green = 0, off = 0;
  for (let y = Math.round(H * 0.74); y < Math.round(H * 0.92); y++) {
    const row: number[] = [];
    for (let x = 0; x < W; x++) {
      if (x > W * 0.2 && x < W * 0.8) continue;
      const i = (y * W + x) * 3;
      const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
      row.push((0.299 * r + 0.587 * g + 0.114 * b) / 255);
      green += g - (r + b) / 2;
    }
    // Off its neighbours two pixels up and down the row: a thin line, not a smooth fall of light.
    for (let k = 2; k < row.length - 2; k++) if (Math.abs(row[k]! - (row[k - 2]! + row[k + 2]!) / 2) > 0.02) off++;
    lumas.push(...row);
  }
  const mean = lumas.reduce((a, b) => a + b, 0) / lumas.length;
  return { luma: mean, green: green / lumas.length, spread: off / lumas.length };
}

describe('product surfaces', () => {
  it.each([
    ['a leather shoe on a sleek black reflective surface', 'glossy', { dark: true, reflective: true }],
    ['a casual shoe in a bright outdoor setting on green grass', 'grass', {}],
    ['commercial product photo of a perfume bottle on pale marble', 'marble', { dark: false }],
    ['a frosted glass bottle of serum sitting on a wet marble surface', 'marble', { wet: true }],
    ['product photography of a perfume bottle on a polished black marble surface', 'marble', { dark: true, reflective: true }],
    ['product shot of a mug on a rustic wooden table', 'wood', {}],
    ['product photo of sunglasses on white sand', 'sand', {}],
    ['product photo of a watch on a concrete surface', 'concrete', {}],
    ['product photo of a lipstick on pink silk', 'fabric', {}],
  ])('"%s" stands on %s', (prompt, material, flags) => {
    const plan = planScene(prompt);
    expect(plan.mode?.kind).toBe('product');
    expect(plan.mode?.surface?.material).toBe(material);
    expect(plan.mode?.surface).toMatchObject(flags);
  });

  it('names the surface in text, and its words are not "not drawn"', () => {
    expect(describeOf('a leather shoe on a sleek black reflective surface')).toMatch(/^product shot: a leather shoe .*on a black reflective surface/);
    expect(describeOf('a perfume bottle on pale marble, product photo')).toMatch(/on a pale veined marble surface/);
    expect(describeOf('a casual shoe in a bright outdoor setting on green grass')).toMatch(/grass outdoors under the sky/);
    expect(describeOf('product photo of a lipstick on pink silk')).toMatch(/pink draped silk/);
    expect(describeOf('a leather shoe on a sleek black reflective surface')).not.toMatch(/not drawn:[^)]*\b(reflective|surface|sleek)\b/);
  });

  it('keeps a scene a scene: a cat on the grass, a cup on a table', () => {
    expect(planScene('a cat sleeping on green grass').mode).toBeUndefined();
    expect(planScene('a cup of coffee on a wooden table').mode).toBeUndefined();
  });

  it('paints each surface visibly: black reflective dark, pale marble light with veins, grass green', async () => {
    const black = await band('a leather shoe on a sleek black reflective surface');
    const marble = await band('commercial product photo of a perfume bottle on pale marble');
    const grass = await band('a casual shoe in a bright outdoor setting on green grass');
    const paper = await band('commercial product photo of a perfume bottle');
    expect(black.luma).toBeLessThan(0.25);
    expect(marble.luma).toBeGreaterThan(0.7);
    // Veins: the marble's luma varies more than plain studio paper's.
    expect(marble.spread).toBeGreaterThan(paper.spread * 3 + 0.003);
    expect(marble.spread).toBeGreaterThan(0.005);
    expect(grass.green).toBeGreaterThan(30);
    expect(Math.abs(marble.luma - black.luma)).toBeGreaterThan(0.4);
  });

  it('mirrors the product in a polished surface (a reflection group is drawn)', () => {
    const svg = composePicture({ plan: planScene('a leather shoe on a sleek black reflective surface'), width: W, height: H, seed: 0 }).svg;
    expect(svg).toMatch(/scale\(1 -1\)/);
    const plain = composePicture({ plan: planScene('commercial product photo of a perfume bottle on pale marble'), width: W, height: H, seed: 0 }).svg;
    expect(plain).not.toMatch(/scale\(1 -1\)/);
  });
});

describe('counts, consoles, strollers and breakfasts', () => {
  it('draws five bottles when five are asked, in a row', () => {
    const d = describeOf('social media banner, five Tamarque protein drink bottles arranged horizontally, vibrant colorful gradient background (orange to pink)');
    expect(d).toMatch(/five drink bottles \(hero, in a row/);
    expect(describeOf('product shot of three mugs lined up')).toMatch(/three mugs \(the product, in a row\)/);
    // A plural alone is one hero: "headphones" on sale are not three headphones.
    expect(describeOf('banner, save 40 percent on headphones')).toMatch(/: headphones \(hero, centred\)/);
  });

  it('draws a PlayStation as the tall console, not its controller', () => {
    const plan = planScene('High-resolution studio product photograph of PlayStation®5 Digital Edition (Slim) showing a tall console with a slim, vertical profile and curved side panels with white matte plastic');
    expect(plan.subjects[0]?.thing.key).toBe('proc:console-tower');
    expect(plan.subjects.some((s) => s.thing.key === 'video-game' || s.thing.key === 'proc:game-console')).toBe(false);
    expect(planScene('product photo of an xbox console').subjects[0]?.thing.key).toBe('proc:game-console');
    // A controller in a product shot is the drawn controller (docs/local-engine.md, "Product vocabulary").
    expect(planScene('product photo of a game controller').subjects[0]?.thing.key).toBe('proc:game-controller');
  });

  it('reads a baby stroller as the stroller, not a baby', () => {
    const d = describeOf('A beautiful, professional hero banner image for a baby products e-commerce store called "Glowify". In the center, showcase a premium baby stroller positioned elegantly.');
    expect(d).toMatch(/hero banner: a stroller \(hero/);
    expect(d).not.toMatch(/\bbaby\b(?! stroller)[^"]*\(hero/);
    expect(planScene('a baby in a stroller').subjects.map((s) => s.thing.key)).toEqual(expect.arrayContaining(['baby', 'proc:stroller']));
  });

  it('puts every food of a full English breakfast on the plate', () => {
    const d = describeOf('Professional food photography of full English breakfast, sunny-side up eggs with runny yolk, sautéed mushrooms, grilled tomatoes, baked beans, golden artisan toast, overhead 3/4 angle, white plate on rustic wooden table');
    for (const food of ['a fried egg', 'mushrooms', 'tomato halves', 'baked beans', 'toast']) expect(d).toContain(food);
    expect(d).not.toMatch(/not drawn:[^)]*\b(english|yolk|sauteed|artisan)\b/);
    const more = describeOf('food photography of a full english breakfast with bacon and sausages, eggs, beans and toast');
    expect(more).toContain('rashers of bacon');
    expect(more).toContain('sausages');
  });
});
