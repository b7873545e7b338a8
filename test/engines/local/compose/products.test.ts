// Products named on their own are the picture: the right art, in the colour asked, drawn large.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

/** Share of the picture whose colour is far from the studio paper's (its corner). */
async function coverage(prompt: string): Promise<number> {
  const W = 256, H = 256;
  const { svg } = composePicture({ plan: planScene(prompt), width: W, height: H, seed: 0 });
  const png = await rasterize(svg, { width: W, height: H, pixelate: false });
  const { default: sharp } = await import('sharp');
  const px = await sharp(png).raw().toBuffer();
  const corner = [px[0], px[1], px[2]];
  let far = 0;
  for (let i = 0; i < px.length; i += 3) if (Math.abs(px[i] - corner[0]) + Math.abs(px[i + 1] - corner[1]) + Math.abs(px[i + 2] - corner[2]) > 90) far++;
  return far / (W * H);
}

describe('products', () => {
  it.each([
    ['a black hoodie', 'hoodie'], ['a grey sweatshirt', 'hoodie'], ['white sneakers', 'running-shoe'], ['a t-shirt', 't-shirt'],
    ['a red lipstick', 'lipstick'], ['a luxury watch', 'watch'], ['a perfume bottle', 'perfume-bottle'], ['a smartphone', 'mobile-phone'],
    ['blue jeans', 'jeans'], ['a leather backpack', 'backpack'],
  ])('"%s" is drawn as %s on studio paper', (prompt, art) => {
    const plan = planScene(prompt);
    const main = plan.subjects.find((s) => s.role === 'main');
    expect(main?.thing.icon ?? main?.thing.proc).toBe(art);
    expect(plan.setting).toBe('studio');
  });

  it('draws a black hoodie as a hoodie coloured black, and sneakers as a pair', () => {
    const hoodie = planScene('a black hoodie').subjects[0];
    expect(hoodie.color?.name).toBe('black');
    expect(composePicture({ plan: planScene('a black hoodie'), width: 512, height: 512, seed: 0 }).description).toMatch(/^black hoodie \(main\)/);
    expect(planScene('white sneakers').subjects[0].count).toBe(2);
  });

  it('draws the product large: it covers a large share of the frame', async () => {
    for (const p of ['a black hoodie', 'a red lipstick', 'a luxury watch', 'a smartphone']) expect(await coverage(p), p).toBeGreaterThan(0.14);
  });
});
