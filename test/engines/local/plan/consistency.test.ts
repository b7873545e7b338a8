// Scene consistency (docs/local-engine.md, "Scene consistency"): windows show the scene's weather
// and time, the Milky Way is a band across the night sky, "shades of" a colour colours what it
// follows, "dark" before a noun is no night, a backdrop's furniture is never in a figure's hands,
// and a screen's headline is named once.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { stageFor } from '../../../../src/engines/local/paint/stage.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const textOf = (prompt: string): string => composePicture({ plan: planScene(prompt), width: 480, height: 360, seed: 0 }).description;
const main = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

/** The picture's mean colour over a box, 0..255 per channel. */
async function meanColour(prompt: string, W: number, H: number, box: { x: number; y: number; w: number; h: number }): Promise<[number, number, number]> {
  const { svg } = composePicture({ plan: planScene(prompt), width: W, height: H, seed: 0 });
  const png = await rasterize(svg, { width: W, height: H, pixelate: false });
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = Math.round(box.y); y < box.y + box.h; y++) {
    for (let x = Math.round(box.x); x < box.x + box.w; x++) {
      for (let k = 0; k < 3; k++) sum[k] += data[(y * info.width + x) * 3 + k]!;
      n++;
    }
  }
  return sum.map((v) => v / n) as [number, number, number];
}

describe('windows show the weather and the time', () => {
  it('reads the weather and time of a room scene', () => {
    expect(planScene('a kitten asleep on a windowsill on a rainy day').weather).toBe('rain');
    expect(planScene('a girl reading in her bedroom while snow falls outside').weather).toBe('snowfall');
    expect(textOf('a puppy asleep on a windowsill at sunset')).toMatch(/at sunset/);
  });

  it('a windowsill pane is grey in the rain and dark at night, not blue sky', async () => {
    const W = 400, H = 300;
    // The top-left corner of the sill's upper-left pane (compose/interactions/acting.ts): clear of the figure.
    const fy = stageFor('living-room', W, H).horizon;
    const winW = Math.min(W * 0.62, H * 0.62), sill = fy * 0.86, paneH = sill * 0.7;
    const box = { x: W / 2 - winW / 2 + winW * 0.03, y: sill - paneH + paneH * 0.03, w: winW * 0.12, h: paneH * 0.12 };
    const [r, g, b] = await meanColour('a kitten asleep on a windowsill on a rainy day', W, H, box);
    expect(b - r).toBeLessThan(45);
    expect(Math.max(r, g, b)).toBeLessThan(190);
    const night = await meanColour('a dog asleep on a windowsill at night', W, H, box);
    expect(Math.max(...night)).toBeLessThan(70);
  });
});

describe('the Milky Way', () => {
  it('is the night sky, never a thing', () => {
    for (const prompt of ['a camp under the milky way', 'gnomes under the milky way', 'a lone tree on a hill under the Milky Way']) {
      const plan = planScene(prompt);
      expect(plan.time).toBe('night');
      expect(plan.milkyWay).toBe(true);
      expect(plan.subjects.map((s) => s.thing.key)).not.toContain('milky-way');
      expect(plan.unknown).toEqual([]);
    }
    expect(textOf('a camp under the milky way')).toMatch(/the Milky Way across the sky/);
    expect(planScene('a desert at night without the milky way').milkyWay).toBeUndefined();
    expect(textOf('a lighthouse under the milky way, rainy')).not.toMatch(/Milky Way/);
  });

  it('draws a bright band across the sky', async () => {
    const W = 480, H = 360;
    const hz = stageFor('night-sky', W, H).horizon;
    // On the band's middle line (paint/backdrops/sky.ts) and well off it, above the hills.
    const on = await meanColour('a camp under the milky way', W, H, { x: W * 0.4, y: hz * 0.46, w: W * 0.1, h: hz * 0.05 });
    const off = await meanColour('a camp under the milky way', W, H, { x: W * 0.4, y: hz * 0.05, w: W * 0.1, h: hz * 0.05 });
    // (The plain starry sky's faint glow gives about 110 here; the band over 230.)
    expect(on.reduce((a, b) => a + b)).toBeGreaterThan(off.reduce((a, b) => a + b) + 170);
  });
});

describe('"shades of" a colour', () => {
  it('colours what it follows, never sunglasses or a gem', () => {
    const mushrooms = main('mushrooms in shades of blue and purple')!;
    expect(mushrooms.thing.key).toBe('mushroom');
    expect(mushrooms.tints?.map((t) => t.name)).toEqual(['blue', 'purple']);
    expect(main('a car in hues of teal')?.color?.name).toBe('teal');
    expect(main('a vase in warm tones of amber')?.color?.name).toBe('amber');
    expect(main('three balloons in shades of pink and yellow')?.tints?.length).toBe(2);
    // A prop's copies take them in turn too ("glowing mushrooms" beside the forest's trees).
    expect(textOf('tall trees and glowing mushrooms in shades of blue and purple')).toMatch(/three blue and purple mushrooms/);
    expect(textOf('mushrooms in shades of blue and purple')).toMatch(/blue and purple mushrooms/);
    expect(planScene('a car in hues of teal').unknown).not.toContain('hues');
  });

  it('said of a place, is the picture\'s palette', () => {
    for (const prompt of ['a forest in shades of emerald', 'a forest in emerald tones']) {
      const plan = planScene(prompt);
      expect(plan.palette?.map((p) => p.name)).toEqual(['emerald']);
      expect(plan.subjects.map((s) => s.thing.key)).not.toContain('gem-stone');
      expect(textOf(prompt)).toMatch(/in shades of emerald/);
    }
  });

  it('leaves a person\'s figure its own colours, and a noun after the colour its own', () => {
    expect(main('a woman in shades of red')?.color).toBeUndefined();
    expect(main('a man in red boots')?.color).toBeUndefined();
    expect(main('a jade dragon')?.color?.name).toBe('jade');
  });
});

describe('"dark" before a noun is no night', () => {
  it('keeps the time for dark spots, hair, wood, chocolate and green', () => {
    for (const prompt of ['a leopard with dark spots', 'a woman with dark hair in a cafe', 'a bedroom with dark wood furniture',
      'a dark chocolate cake', 'a dark green car', 'a man in dark pants']) {
      expect(planScene(prompt).time, prompt).toBe('day');
    }
    expect(planScene('a leopard with dark spots').subjects.map((s) => s.thing.key)).toEqual(['leopard']);
    expect(textOf('a man in dark pants')).toMatch(/dark pants/);
  });

  it('is night when said of the scene, and dim before a place', () => {
    for (const prompt of ['a cat in the dark', 'a lighthouse on a dark and stormy night', 'a city street, dark, rainy', 'a dog under dark skies']) {
      expect(planScene(prompt).time, prompt).toBe('night');
    }
    expect(planScene('dark fantasy art of a dragon').time).toBe('day');
    const forest = planScene('a dark forest with a wolf');
    expect(forest.time).toBe('day');
    expect(forest.lighting).toContain('dramatic');
  });
});

describe('a backdrop\'s furniture stays in the backdrop', () => {
  const HEADSHOT = 'a woman with silver hair, headshot, a home library blurred behind her with one warm lamp';

  it('is never put in the sitter\'s hands', () => {
    const plan = planScene(HEADSHOT);
    expect(plan.mode?.kind).toBe('portrait');
    expect(plan.subjects[0]!.holding).toEqual([]);
    expect(plan.subjects.some((s) => s.role === 'prop' && s.thing.key === 'proc:lamp')).toBe(true);
    expect(textOf(HEADSHOT)).toMatch(/with a lamp in the scenery behind/);
    expect(textOf(HEADSHOT)).not.toMatch(/holding/);
    expect(main('a man in a library with a lamp')?.holding).toEqual([]);
    expect(planScene('a portrait of a girl in her bedroom with a lamp and a bookshelf').subjects[0]!.holding).toEqual([]);
  });

  it('holds what the prompt says is held', () => {
    expect(main('a woman holding a lamp in a library')?.holding.map((t) => t.key)).toEqual(['proc:lamp']);
    expect(main('a man with a lantern in a forest')?.holding.map((t) => t.key)).toEqual(['proc:lantern']);
    expect(main('a chef cooking in a kitchen')?.holding.length).toBe(1);
    // A hand-sized thing after a place is still the figure's; only furniture stays in the place.
    expect(main('a knight in a forest with a sword')?.holding.length).toBe(1);
    expect(main('a woman with a lamp')?.holding.map((t) => t.key)).toEqual(['proc:lamp']);
  });
});

describe('a screen\'s headline', () => {
  it('is named once when the page sets it', () => {
    const text = textOf('a laptop showing a website with the headline "Grow faster"');
    expect(text.match(/Grow faster/g)).toHaveLength(1);
    expect(text).toMatch(/landing page with the headline "Grow faster"/);
  });

  it('a banner names no screen its hero covers', () => {
    // The laptop's box lies under the browser hero in this layout: it is not drawn, so not named.
    const text = textOf('a website hero section with the headline "Build faster" and a laptop');
    expect(text.match(/Build faster/g)).toHaveLength(1);
    expect(text).not.toMatch(/with a laptop showing/);
  });

  it('is named once above a screen that does not', () => {
    const text = textOf('a phone showing an app with the headline "Hello"');
    expect(text.match(/"Hello"/g)).toHaveLength(1);
  });
});
