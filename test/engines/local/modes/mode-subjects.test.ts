// What a mode picture is about: the banner's hero from the prompt's subject or topic, the
// product's specific art and colour, the portrait's sitter, the app a screen shows.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 640, height = 360, seed = 0) => composePicture({ plan: planScene(prompt), width, height, seed });
const describeOf = (prompt: string, width?: number, height?: number) => compose(prompt, width, height).description;

describe('banner heroes', () => {
  it.each([
    ['Generate an image for a banner ad on the theme of fitness, without text or human face.', 'a person lifting weights'],
    ['Design an attention-grabbing graphic for a social post on healthy eating trends.', 'a green salad'],
    ['Generate an image that will complement a blog post on the topic mental health.', 'a brain'],
    ['Instagram post for a coffee shop opening, warm colors', 'a cup of coffee'],
    ['Banner for a summer shoe sale, bold colors', 'a shoe'],
    ['Marketing banner for online banking, blue gradient', 'a money bag'],
    ['YouTube thumbnail for a travel vlog about Japan', 'a map pin'],
  ])('%s → %s as the hero', (prompt, hero) => {
    expect(describeOf(prompt)).toMatch(new RegExp(`^[a-z ]+: ${hero}[^(]* \\(hero, centred\\)`));
  });

  it('draws an emojilib guess only when nothing else is there ("post" is no placard)', () => {
    expect(describeOf('Design a graphic for a social post on healthy eating')).not.toContain('placard');
  });

  it('puts the topic around a symbol the prompt names', () => {
    const d = describeOf('Fitness banner with a big rising arrow');
    expect(d).toMatch(/: a big rising arrow \(hero, centred\), with a person lifting weights around it/);
  });

  it('draws a logo asked without a name as a badge with the topic in it', () => {
    const d = describeOf('Generate one single logo for an eco-friendly gardening firm.');
    expect(d).toMatch(/^logo: a logo badge with seedling in it \(hero, centred\)/);
  });

  it('draws a network of nodes for network words', () => {
    expect(describeOf('LinkedIn banner, abstract network visualization with connected nodes')).toMatch(/: a network of connected nodes \(hero/);
  });
});

describe('products', () => {
  it.each([
    ['Commercial photography of a luxury perfume bottle, soft pink gradient', 'perfume-bottle'],
    ['Product shot of a sleek stainless steel water bottle', 'water-bottle'],
    ['Product photo of a ceramic coffee mug', 'mug'],
    ['Product shot of a cola can on ice', 'soda-can'],
    ['Studio product shot of a face cream jar', 'cosmetic-jar'],
  ])('%s → %s', (prompt, proc) => {
    const plan = planScene(prompt);
    expect(plan.mode?.kind).toBe('product');
    expect(plan.subjects[0]?.thing.proc).toBe(proc);
  });

  it('paints the product in the colour named after it', () => {
    const plan = planScene('A studio-lit product photograph of a minimalist ceramic coffee mug in matte black, on concrete');
    expect(plan.subjects[0]?.color?.name).toBe('black');
    expect(composePicture({ plan, width: 400, height: 400, seed: 0 }).description).toMatch(/^product shot: a black mug \(the product/);
  });

  it('picks the product the tables know over a loose guess, and drops loose guesses beside it', () => {
    const d = describeOf('Professional food photography of a gourmet cheeseburger, steam rising, sesame seeds', 400, 400);
    expect(d).toMatch(/^product shot: a cheeseburger \(the product/);
    expect(d).not.toContain('steamy');
  });
});

describe('portraits', () => {
  it.each([
    ['Professional LinkedIn-style corporate headshot, neutral background', /^portrait: a person wearing a suit/],
    ['A close-up portrait of an elderly Japanese ceramicist with a warm smile', /^portrait: an elderly potter/],
    ['A realistic portrait of a 20 year old woman smiling, brown hair', /^portrait: a woman with brown hair \(/],
    ['Headshot of a senior businesswoman', /^portrait: a businesswoman|^portrait: an? .*woman/],
  ])('%s', (prompt, re) => {
    expect(describeOf(prompt, 400, 500)).toMatch(re);
  });

  it('a 20 year old is one person, not twenty, and not old', () => {
    const main = planScene('a 20 year old woman').subjects[0]!;
    expect(main.count).toBe(1);
    expect(main.thing.icon).toBe('woman');
  });
});

describe('apps on screens', () => {
  it.each([
    ['Mobile fitness app showing daily steps', 'a phone showing a fitness app with activity rings'],
    ['Banking app UI with card balance and transactions', 'a phone showing a banking app with a bank card'],
    ['Clean code editor interface on a large monitor, dark mode', 'a laptop showing a code editor'],
    ['Chat app interface with message bubbles', 'a phone showing a chat with message bubbles'],
    ['Music player app screen, dark', 'a phone showing a music player'],
    ['Notifications appearing on a phone screen', 'a phone showing a list of notifications'],
    ['Website for a food delivery service with a menu, in a browser window', 'a browser window showing a food menu'],
    ['E-commerce website with product categories and a cart', 'a browser window showing a shop page with product cards'],
  ])('%s', (prompt, shows) => {
    expect(describeOf(prompt)).toContain(`screen mockup: ${shows}`);
  });

  it('the app words are drawn, not listed as not drawn', () => {
    expect(describeOf('Mobile fitness app showing daily steps')).not.toMatch(/not drawn: .*fitness/);
  });

  it('is deterministic and keeps the exact size', () => {
    const a = compose('Banking app UI with card balance', 500, 300, 7).svg;
    expect(compose('Banking app UI with card balance', 500, 300, 7).svg).toBe(a);
    expect(a).toMatch(/viewBox="0 0 500 300"/);
  });
});
