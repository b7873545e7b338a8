// Logos: "a fox head" is the head alone, with no body under it (or the whole creature, said so,
// when no head-only picture exists); "on a white background" is the paper; the other colour word
// is the mark's.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const FOX = 'A minimalist vector logo of a fox head, orange on a white background';
const compose = (prompt: string, width = 640, height = 400) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe('a logo of a creature\'s head', () => {
  it('draws the fox head alone in the badge, orange, on plain white paper', () => {
    expect(main(FOX)).toMatchObject({ label: 'fox head', headOnly: true, color: { name: 'orange' } });
    expect(planScene(FOX).mode?.colors).not.toContain(main(FOX)?.color?.hex);
    expect(compose(FOX).description).toBe('logo: a logo badge with an orange fox head in it (hero, centred), on a plain white backdrop, flat poster style');
  });

  it('uses the face picture of a creature whose emoji is a whole body', () => {
    expect(main('a logo of a cat head on a black background')).toMatchObject({ label: 'cat head', headOnly: true, thing: { key: 'cat-face' } });
    expect(main('a logo with a dog face')).toMatchObject({ headOnly: true, thing: { key: 'dog-face' } });
    expect(main('a logo of a horse head for "Stable Co"')).toMatchObject({ label: 'horse head', thing: { key: 'horse-face' } });
  });

  it('reads a two-word colour as the mark\'s, leaving the backdrop its default', () => {
    const plan = planScene('an eagle head logo, navy blue');
    expect(plan.subjects[0]?.color?.name).toBe('navy');
    expect(plan.mode?.colors).toEqual([]);
  });

  it('draws the whole creature when there is no head-only picture, and says so', () => {
    expect(compose('an eagle head logo').description).toContain('whole eagle (no head-only picture)');
  });

  it('keeps a body under a creature the prompt does not ask to behead', () => {
    expect(main('a logo of a fox')?.headOnly).toBeUndefined();
    // The body drawn under the head is more paint than the head alone.
    expect(compose('a logo of a fox').svg.length).toBeGreaterThan(compose('a logo of a fox head').svg.length);
  });

  it('paints the backdrop white and the badge in the mark\'s orange', async () => {
    const png = await rasterize(compose(FOX, 320, 200).svg, { width: 320, height: 200, pixelate: false });
    const pixel = async (left: number, top: number) => (await sharp(png).extract({ left, top, width: 1, height: 1 }).raw().toBuffer()).subarray(0, 3);
    // Inside the frame the flat poster style draws, near the corner: white paper, not an orange gradient.
    const [r, g, b] = await pixel(30, 30);
    expect(Math.min(r!, g!, b!)).toBeGreaterThan(210);
    // Across the middle row, from the edge to the centre, the badge's ring is orange.
    const row = await sharp(png).extract({ left: 0, top: 104, width: 160, height: 1 }).raw().toBuffer();
    const channels = row.length / 160;
    const orange = Array.from({ length: 160 }, (_, x) => row.subarray(x * channels, x * channels + 3)).filter((p) => p[0]! > 200 && p[2]! < 90);
    expect(orange.length).toBeGreaterThan(6);
  });
});
