import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { readView } from '../../../../src/engines/local/plan/view.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const compose = (prompt: string, size = 512, seed = 0) => composePicture({ plan: planScene(prompt), width: size, height: size, seed });

async function pixels(prompt: string, size = 192): Promise<Buffer> {
  const { svg } = compose(prompt, size);
  return sharp(await rasterize(svg, { width: size, height: size, pixelate: false })).raw().toBuffer();
}

/** Mean absolute difference per channel, 0…255. */
function difference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

describe('viewpoint words', () => {
  it.each([
    'an isometric view of a cozy bedroom',
    'isometric city block',
    'Isometric diorama of a coffee shop',
    'cute, low poly, isometric, 3d render, pastel colors, a tiny island',
    'a miniature diorama of a farm',
  ])('"%s" is an isometric diorama', (prompt) => {
    expect(planScene(prompt).view).toBe('isometric');
  });

  it('isometric wins over a bird\'s-eye view said beside it', () => {
    expect(planScene("isometric illustration of Shanghai from a bird's-eye view").view).toBe('isometric');
  });

  it.each([
    "a bird's-eye view of a forest with a river",
    'birds eye view of a small village',
    'aerial view of a city at night',
    'an aerial photograph of farmland',
    'top-down view of a city park',
    'a snowy pine forest from above',
    'drone shot of a tropical beach',
    'overhead shot of a harbour with boats',
    'satellite view of the desert',
  ])('"%s" is seen from above', (prompt) => {
    expect(planScene(prompt).view).toBe('aerial');
  });

  it.each([
    'a view of the sea from a balcony',
    'a lighthouse with a view over the ocean',
    'an aerial silks performer in a circus',
    'a bird flying over a lake',
    'sunlight streaming from above into a forest',
    'a cat sitting on a desk',
    'a mountain landscape at sunset',
  ])('"%s" keeps the side view', (prompt) => {
    expect(planScene(prompt).view).toBeUndefined();
  });

  it('light from above is lighting, but a drone shot in the same prompt is still a view from above', () => {
    expect(readView('a clearing lit from above')).toBeUndefined();
    expect(readView('a drone shot of a clearing lit from above')?.view).toBe('aerial');
  });

  it('a desk or table from above stays a flat lay (the existing top-view mode), with no view', () => {
    for (const prompt of ['top-down view of a desk with a laptop, a notebook and a cup of coffee', 'overhead view of a wooden table with pizza and salad', 'a workspace seen from above with a keyboard and a plant']) {
      const plan = planScene(prompt);
      expect(plan.mode?.label, prompt).toBe('flat lay');
      expect(plan.view, prompt).toBeUndefined();
    }
  });

  it('the view words are not listed as "not drawn"', () => {
    const plan = planScene('isometric diorama of a city block, drone shot');
    expect(plan.unknown).not.toContain('diorama');
    expect(plan.unknown).not.toContain('block');
    expect(plan.unknown).not.toContain('drone');
  });
});

describe('viewpoint pictures', () => {
  it('says which view was drawn, and what the place is made of', () => {
    expect(compose('an isometric view of a cozy bedroom with a cat').description).toMatch(/^an isometric diorama of a room \(a floor tile with two walls, a bed.*\), cat \(main\), in a bedroom/);
    expect(compose('isometric city block at night').description).toMatch(/^an isometric diorama of a city block \(streets between blocks of buildings with windows.*\).*at night/);
    expect(compose('isometric forest with a river').description).toMatch(/^an isometric diorama of a piece of land \(.*with a river across it\)/);
    expect(compose('aerial view of a city').description).toMatch(/^a bird's-eye view from straight above \(a street grid with roofs, cars/);
    expect(compose("a bird's-eye view of a forest with a river").description).toMatch(/^a bird's-eye view from straight above \(a forest canopy with a river winding through\), in a forest/);
    expect(compose('drone shot of a tropical beach').description).toMatch(/\(a beach with umbrellas and towels, surf and turquoise shallows\)/);
    expect(compose('a kitchen from above').description).toMatch(/\(a floor plan with walls, counters with a hob and a sink/);
  });

  it('words to write have no sign in these views: they are listed as not drawn', () => {
    expect(compose('isometric coffee shop with a sign saying "OPEN"').description).toMatch(/not drawn: .*"OPEN"/);
  });

  it('is the same picture for the same seed, and another for another seed', () => {
    expect(compose('aerial view of farmland', 256, 3).svg).toBe(compose('aerial view of farmland', 256, 3).svg);
    expect(compose('isometric city block', 256, 3).svg).not.toBe(compose('isometric city block', 256, 4).svg);
  });

  it('the isometric and the aerial pictures differ from the side view of the same place', async () => {
    const side = await pixels('a city street with tall buildings');
    const iso = await pixels('an isometric city street with tall buildings');
    const above = await pixels('aerial view of a city street with tall buildings');
    expect(difference(side, iso)).toBeGreaterThan(25);
    expect(difference(side, above)).toBeGreaterThan(25);
    expect(difference(iso, above)).toBeGreaterThan(25);
  });
});
