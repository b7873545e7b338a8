// Posters and banners: a concert's spotlit stage or outer space behind the hero when the prompt
// names one, the hero never repeated among the icons around it, and a concert poster's topic
// picture a microphone, not headphones nobody asked for.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const compose = (prompt: string, width = 640, height = 360) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });
const text = (prompt: string) => compose(prompt).description;

/** The mean colour of the picture's top band, as [r, g, b]. */
async function topBand(prompt: string): Promise<number[]> {
  const png = await rasterize(compose(prompt, 256, 144).svg, { width: 256, height: 144, pixelate: false });
  const { channels } = await sharp(png).extract({ left: 0, top: 0, width: 256, height: 20 }).stats();
  return channels.slice(0, 3).map((ch) => ch.mean);
}

describe('a poster in front of its place', () => {
  it('puts a concert poster\'s hero on a spotlit stage, and a plain poster on its gradient', () => {
    expect(text('rock concert poster')).toMatch(/^poster: a guitar \(hero, centred\).* on a spotlit stage,/);
    expect(text('a poster of a singer on stage')).toContain('on a spotlit stage');
    expect(text('a poster of a guitar')).toMatch(/on an? [a-z ]+ gradient with a glow/);
  });

  it('puts a space poster\'s hero in outer space, sci-fi included', () => {
    expect(text('a banner of a rocket in outer space')).toContain('on a backdrop of outer space, stars and a planet');
    // A movie poster is its format now (docs/local-engine-modes.md, "Covers"): the astronaut fills it in outer space.
    expect(text('a sci-fi movie poster with an astronaut')).toMatch(/^movie poster: astronaut .*in outer space filling the poster/);
  });

  it('paints the stage\'s red curtains and the dark of space, not the default gradient', async () => {
    const [r, g, b] = await topBand('rock concert poster');
    expect(r).toBeGreaterThan(g! * 1.6);
    const space = await topBand('a banner of a rocket in outer space');
    expect(Math.max(...space)).toBeLessThan(100);
    const plain = await topBand('a banner of a rocket');
    expect(Math.max(...plain)).toBeGreaterThan(150);
  });

  it('keeps a logo off the stage: a logo is drawn on its own backdrop', () => {
    expect(text('a logo for a rock concert')).not.toContain('spotlit stage');
  });
});

describe('the icons around the hero', () => {
  it('adds no headphones to a concert poster unless they are asked for', () => {
    expect(text('rock concert poster')).not.toContain('headphones');
    expect(text('rock concert poster')).toContain('with a microphone around it');
    expect(text('a poster for a music festival with headphones')).toContain('headphones');
  });

  it('never shows the hero again beside it', () => {
    const book = text('a book cover art of a dragon with books');
    // A book cover is a cover (docs/local-engine-modes.md, "Covers"): the dragon fills it, and no book or books are drawn.
    expect(book).toMatch(/^book cover: dragon /);
    expect(book).not.toMatch(/with (?:a )?books?|books? \(main\)/);
    const sax = text('a poster for a jazz concert with a saxophone');
    expect(sax.match(/saxophone/g)).toHaveLength(1);
    const coffee = text('a banner for a coffee shop with a cup of coffee');
    expect(coffee.match(/coffee/g)?.length).toBe(1);
  });
});

describe('a hero on the stage', () => {
  it('stands on the boards below the curtain\'s foot, not in front of the curtain', () => {
    // A 9:16 poster: the stage's floor line is at 68% of the height (paint/stage.ts), the hero's feet below it.
    const plan = planScene('a poster of a singer on stage');
    const svg = composePicture({ plan, width: 576, height: 1024, seed: 0 }).svg;
    const plain = composePicture({ plan: planScene('a poster of a singer'), width: 576, height: 1024, seed: 0 }).svg;
    // The singer's emoji is the last <use> drawn: its translate's y is the top of the picture box.
    const top = (s: string) => Number(/<use href="#i\d+" transform="translate\([\d.]+ ([\d.]+)\)[^"]*"\/>(?![\s\S]*<use )/.exec(s)?.[1]);
    expect(top(svg)).toBeGreaterThan(top(plain) + 40);
  });
});

describe('a poster of a place that is a picture by itself', () => {
  it('fills a travel poster of a fjord or the acropolis with the place, not a map pin on a gradient', () => {
    expect(text('a travel poster of a norwegian fjord')).toBe('poster: a fjord between steep dark cliffs, snowy peaks beyond (hero, filling the picture), flat poster style');
    expect(text('a travel poster of the acropolis')).toMatch(/^poster: a hillside below a Greek temple .*\(hero, filling the picture\)/);
  });

  it('stands a named hero in front of the place', () => {
    expect(text('a poster of a ship in a fjord')).toMatch(/^poster: a ship \(hero, centred\), on a fjord between steep dark cliffs/);
  });
});
