// Geometry of compositions: things stand on what they stand on, and nothing grows out of the main
// subject or covers another prop (the rendering defects of issue 16).
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import type { Placed } from '../../../../src/engines/local/compose/composition.js';
import { iconArt, iconInk } from '../../../../src/engines/local/paint/icon-art.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const layoutOf = (prompt: string, width: number, height: number, seed = 0) =>
  composePicture({ plan: planScene(prompt), width, height, seed }).layout;

const overlapX = (a: Placed['box'], b: Placed['box']) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
const overlapY = (a: Placed['box'], b: Placed['box']) => Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Alpha of the icon's own art at a point given in its 32-unit coordinates. */
function alphaAt(name: string, x: number, y: number): number {
  const art = iconArt(name)!;
  const S = 128;
  const px = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${art.width} ${art.height}">${art.body}</svg>`).render().pixels;
  return px[(Math.round((y / art.height) * S) * S + Math.round((x / art.width) * S)) * 4 + 3];
}

describe('local engine: layout geometry', () => {
  it.each(['cat', 'black-cat'])('fills the notch across the %s emoji\'s back (nothing behind shows through)', (name) => {
    // Between the back of the head and the back, under the line of the back.
    expect(alphaAt(name, 15.5, 12.6)).toBe(255);
    expect(alphaAt(name, 18.5, 11.8)).toBe(255);
    // Above the back it is still open sky.
    expect(alphaAt(name, 16, 9.6)).toBe(0);
  });

  it('knows where an emoji\'s ink ends: the locomotive leaves a margin under its wheels', () => {
    const ink = iconInk('locomotive');
    expect(ink.bottom).toBeLessThan(0.95);
    expect(ink.bottom).toBeGreaterThan(0.85);
    expect(ink.top).toBeGreaterThan(0);
  });

  it.each([
    ['a train crossing a bridge over a river', 1024, 576],
    ['a steam train crossing a bridge over a river', 1536, 384],
    ['a bus on a bridge', 768, 768],
  ])('stands "%s" on the bridge deck, not above it (%d x %d)', (prompt, w, h) => {
    const layout = layoutOf(prompt, w, h);
    const main = layout.find((l) => l.role === 'main')!;
    const deck = layout.find((l) => l.role === 'support' && l.what === 'bridge')!;
    expect(deck).toBeDefined();
    expect(Math.abs(main.box.y + main.box.h - deck.box.y)).toBeLessThanOrEqual(h * 0.005);
  });

  it('grounds an emoji on its feet: the dog\'s paws on the floor line, its shadow under them', () => {
    const { layout, svg } = composePicture({ plan: planScene('a dog in a park'), width: 768, height: 768, seed: 0 });
    const dog = layout.find((l) => l.role === 'main')!;
    const bottom = dog.box.y + dog.box.h;
    const shadowY = [...svg.matchAll(/<ellipse cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    // The contact shadow sits at the paws (within 2 % of the dog's height), not at the empty box's foot.
    expect(shadowY.some((y) => Math.abs(y - bottom) < dog.box.h * 0.02)).toBe(true);
  });

  it.each([0, 1, 2, 3, 4])('keeps the bookshelf beside the lamp in a living room, not behind it (seed %d)', (seed) => {
    const layout = layoutOf('a cozy living room with a lamp, a plant, a bookshelf and a rug', 768, 768, seed);
    const lamp = layout.find((l) => l.what === 'lamp')!;
    const shelf = layout.find((l) => l.what === 'bookshelf')!;
    expect(lamp && shelf).toBeTruthy();
    expect(overlapX(lamp.box, shelf.box)).toBeLessThanOrEqual(0.2 * Math.min(lamp.box.w, shelf.box.w) + 1);
  });

  it.each([
    ['a boy in a t-shirt standing in a park with trees', 0], ['a boy in a t-shirt standing in a park with trees', 3],
    ['a man in a t-shirt in a park', 0], ['a man in a t-shirt in a park', 4], ['a woman in a t-shirt in the forest', 0],
    ['An ornate oil painting of a white cat with blue eyes, golden frame', 0], ['a fox in a misty forest at dawn', 2],
    // The side table's box holds the teapot on it: neither covers the fireplace.
    ['a girl reading a book by the fireplace in a cozy living room', 0], ['a wizard owl reading a book in a library, candlelit', 0],
  ])('lets no tree grow out of the figure in "%s" (seed %d): a thing behind it peeks out at the side', (prompt, seed) => {
    for (const [w, h] of [[768, 768], [896, 672]]) {
      const layout = layoutOf(prompt, w, h, seed);
      const main = layout.find((l) => l.role === 'main')!;
      const others = layout.filter((l) => l.role === 'prop' || l.role === 'decor');
      for (const o of others) {
        if (overlapY(o.box, main.box) === 0) continue;
        expect(overlapX(o.box, main.box), `${o.what} over the ${main.what}`).toBeLessThanOrEqual(0.2 * Math.min(o.box.w, main.box.w) + 1);
      }
      // Props and decorations never cover each other.
      for (const [i, a] of others.entries()) {
        for (const b of others.slice(i + 1)) expect(overlapX(a.box, b.box) * overlapY(a.box, b.box), `${a.what} and ${b.what}`).toBe(0);
      }
    }
  });
});

describe('things above a figure', () => {
  it('"a lightbulb above a person" floats the bulb over the head, and says so', () => {
    const plan = planScene('a lightbulb appearing above a person in a cafe');
    const picture = composePicture({ plan, width: 800, height: 600, seed: 0 });
    expect(picture.description).toContain('lightbulb above it');
    const main = picture.layout.find((p) => p.role === 'main')!;
    const bulb = picture.layout.find((p) => p.what.startsWith('lightbulb'))!;
    expect(bulb.box.y + bulb.box.h).toBeLessThanOrEqual(main.box.y + main.box.h * 0.1);
  });
});
