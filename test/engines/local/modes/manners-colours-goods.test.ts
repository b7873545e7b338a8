// Drawn styles, artists' manners and product goods on real prompts (docs/local-engine.md, "Artists'
// manners", "Styles", "Product vocabulary", "Word senses"): a manner named with a product shot,
// banner or poster is its backdrop; stained glass with nothing else is a rose window; two-word
// colours are one colour; a bare cap is a baseball cap; a shelf is a surface; a poster's white stays white.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { createGrade } from '../../../../src/engines/local/paint/grade.js';
import { parseHex, rgbToHsl } from '../../../../src/engines/local/paint/color.js';

const compose = (prompt: string, w = 320, h = 320) => composePicture({ plan: planScene(prompt), width: w, height: h, seed: 0 });
const said = (prompt: string, w?: number, h?: number) => compose(prompt, w, h).description;
const mainOf = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

describe("an artist's manner behind a product, a banner or a poster", () => {
  it.each([
    ['a perfume bottle product shot, in the style of Mondrian', 'perfume bottle', 'Mondrian-style grid'],
    ['a watch product shot on a marble plinth, Rothko style', 'watch', 'Rothko-style colour field'],
    ['a coffee mug product shot, Pollock', 'mug', 'Pollock-style drip painting'],
    ['a poster of a guitar, Miró style', 'guitar', 'Miró-style composition'],
    ['a marketing banner for headphones in the style of Kandinsky, headline "SOUND"', 'headphones', 'Kandinsky-style abstraction'],
    ['a concert poster in the style of Malevich', 'microphone', 'Malevich-style suprematist'],
  ])('%s', (prompt, hero, manner) => {
    const plan = planScene(prompt);
    expect(plan.mode).toBeDefined();
    expect(plan.manner).toBeDefined();
    const text = said(prompt, 480, 270);
    expect(text).toContain(hero);
    expect(text).toContain(manner);
    expect(text).not.toMatch(/not drawn: [^)]*(mondrian|rothko|pollock|kandinsky|mir|malevich|style)/i);
    expect(text).not.toContain('gradient');
  });

  it('a poster with nothing but the manner is the painting itself', () => {
    const text = said('a poster in the style of Kandinsky', 480, 270);
    expect(text).toMatch(/^poster: a Kandinsky-style abstraction .*filling the picture/);
    expect(text).not.toContain('abstract geometric shapes');
    expect(text).not.toContain('not drawn');
  });

  it("a garment's print is the painting (behind the figure when there is one)", () => {
    const bare = said('a t-shirt design in the style of Kandinsky');
    expect(bare).toContain('printed with a Kandinsky-style abstraction');
    expect(bare).not.toMatch(/abstract pattern|not drawn/);
    const fox = said('a hoodie design of a fox, Mondrian style');
    expect(fox).toMatch(/printed with a fox, on a round patch of Mondrian-style grid/);
    expect(fox).not.toContain('not drawn');
  });

  it('a quoted headline stays written over the painting', () => {
    expect(said('a marketing banner for headphones in the style of Kandinsky, headline "SOUND"', 480, 270)).toContain('headline reading "SOUND"');
  });
});

describe('stained glass with no subject is a rose window', () => {
  it.each(['a rose window, stained glass, cathedral', 'stained glass', 'stained glass window', 'a church window design, stained glass', 'a gothic rose window'])('%s', (prompt) => {
    const plan = planScene(prompt);
    expect(plan.roseWindow).toBe(true);
    expect(plan.style).toBe('stainedglass');
    const text = said(prompt);
    expect(text).toMatch(/^a rose window \(/);
    expect(text).not.toMatch(/living room|meadow|empty scene|not drawn/);
  });

  it('a subject or an asked place in glass keeps its scene', () => {
    expect(planScene('a stained glass window of a dove').roseWindow).toBeUndefined();
    expect(planScene('stained glass, a forest at dawn').roseWindow).toBeUndefined();
  });
});

describe('paper cut skylines are layered', () => {
  it("each row of buildings casts its card's shadow on what is behind; windows cast none", () => {
    const svg = compose('paper cut city skyline', 480, 270).svg;
    // Two rows (far and near), each one deep silhouette shadow.
    expect(svg.match(/fill="#1d1410" fill-opacity=".16" transform="translate\(/g)?.length).toBeGreaterThanOrEqual(2);
    expect(compose('a city skyline', 480, 270).svg).not.toContain('#1d1410');
  });
});

describe('two-word colours are one colour', () => {
  it.each([
    ['a rose gold watch product shot', 'watch', '#b76e79', 'rose gold'],
    ['a watch finished in rose gold, product shot', 'watch', '#b76e79', 'rose gold'],
    ['an amber glass bottle product shot', 'lotion bottle', '#b8651c', 'amber glass'],
    ['a forest green mug product shot', 'mug', '#2a7a3b', 'forest green'],
    ['a sky blue sneaker', 'running shoe', '#7ec0ee', 'sky blue'],
    ['a baby pink handbag', 'handbag', '#f6c6d0', 'baby pink'],
    ['a champagne gold perfume bottle', 'perfume bottle', '#d7c08e', 'champagne gold'],
    ['a matte black headphones product shot', 'headphones', '#1e1f22', 'black'],
    ['a coffee mug in matte black, product shot', 'mug', '#1e1f22', 'black'],
    ['a space grey laptop product shot', 'laptop', '#5f6166', 'space grey'],
    ['an off-white sofa', 'sofa', '#f3efe4', 'off-white'],
    ['a navy blue backpack', 'backpack', '#1d2e6b', 'navy'],
  ])('%s', (prompt, label, hex, name) => {
    const plan = planScene(prompt);
    expect(plan.subjects).toHaveLength(1);
    expect(plan.subjects[0]!.label).toBe(label);
    expect(plan.subjects[0]!.color?.hex).toBe(hex);
    expect(plan.subjects[0]!.color?.name).toContain(name);
    expect(plan.unknown).toEqual([]);
  });

  it('a two-word colour before a backdrop is the backdrop', () => {
    expect(planScene('a model against a deep cherry red studio backdrop').backdrop).toMatch(/^#/);
    expect(planScene('a watch on a rose gold background').subjects.map((s) => s.label)).toEqual(['watch']);
  });

  it('never draws the rose, the forest or the sky of the colour', () => {
    expect(planScene('a rose gold watch product shot').subjects.map((s) => s.thing.key)).not.toContain('rose');
    expect(planScene('a forest green mug product shot').setting).toBe('studio');
    expect(planScene('a sky blue sneaker').setting).not.toBe('sky');
  });
});

describe('product goods', () => {
  it('a bare cap is the baseball cap; a bottle cap is the bottle', () => {
    for (const p of ['a cap product shot', 'a red cap, product shot', 'a trucker hat product shot']) {
      expect(mainOf(p)?.thing.key).toBe('billed-cap');
      expect(said(p)).toContain('baseball cap');
    }
    expect(mainOf('a bottle cap product shot')?.thing.key).not.toBe('billed-cap');
  });

  it('a lipstick is drawn in the shade asked, shampoo is the shampoo bottle', () => {
    expect(mainOf('a red lipstick product shot')?.thing.key).toBe('proc:lipstick');
    expect(mainOf('a red lipstick product shot')?.color?.name).toBe('red');
    expect(mainOf('a shampoo product shot')?.thing.key).toBe('proc:squeeze-bottle');
    expect(said('a shampoo product shot')).toContain('shampoo bottle');
  });

  it('a wooden shelf is the surface, no bookcase beside the product', () => {
    const plan = planScene('a candle on a wooden shelf, product shot');
    expect(plan.subjects.map((s) => s.label)).toEqual(['candle']);
    expect(plan.mode?.surface?.material).toBe('wood');
    expect(said('a candle on a wooden shelf, product shot')).toContain('on a wooden shelf');
  });

  it('a flat poster keeps white white (no cream, no grey)', () => {
    const grade = createGrade({ time: 'day', lighting: [], style: 'poster', vintageDecor: false, indoor: false });
    const [, s, l] = rgbToHsl(parseHex(grade('#f5f5f2', 'fg')));
    expect(s).toBeLessThan(0.05);
    expect(l).toBeGreaterThan(0.9);
  });
});
