// Product shots of everyday goods (docs/local-engine.md, "Product vocabulary"): each noun is
// its own drawn product in a product shot, named in `text`; earbuds are never headphones, an
// espresso machine never a cup; the colour asked is the product's; studio words choose the mode;
// scenes keep their emoji (a phone in a hand is one phone).
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const shot = (noun: string) => `product photography of a ${noun} on a white background`;
const compose = (prompt: string) => composePicture({ plan: planScene(prompt), width: 320, height: 320, seed: 0 });
const mainOf = (prompt: string) => planScene(prompt).subjects.find((s) => s.role === 'main');

const GOODS: [noun: string, key: string, named: string][] = [
  ['earbuds', 'proc:earbuds', 'wireless earbuds in their charging case'],
  ['smartphone', 'proc:smartphone', 'smartphone'],
  ['tablet', 'proc:tablet', 'tablet'],
  ['smartwatch', 'proc:smartwatch', 'smartwatch'],
  ['fitness tracker', 'proc:fitness-band', 'fitness band'],
  ['drone', 'proc:drone', 'drone'],
  ['bluetooth speaker', 'proc:bluetooth-speaker', 'bluetooth speaker'],
  ['smart speaker', 'proc:smart-speaker', 'smart speaker'],
  ['mouse', 'computer-mouse', 'computer mouse'],
  ['power bank', 'proc:power-bank', 'power bank'],
  ['charger', 'proc:charger', 'wall charger'],
  ['espresso machine', 'proc:espresso-machine', 'espresso machine'],
  ['coffee maker', 'proc:espresso-machine', 'espresso machine'],
  ['blender', 'proc:blender', 'blender'],
  ['toaster', 'proc:toaster', 'toaster'],
  ['kettle', 'proc:electric-kettle', 'electric kettle'],
  ['air fryer', 'proc:air-fryer', 'air fryer'],
  ['stand mixer', 'proc:stand-mixer', 'stand mixer'],
  ['knife set', 'proc:knife-block', 'knife block'],
  ['diffuser', 'proc:reed-diffuser', 'reed diffuser'],
  ['compact', 'proc:powder-compact', 'powder compact'],
  ['nail polish', 'proc:nail-polish', 'nail polish bottle'],
  ['necklace', 'proc:necklace', 'necklace'],
  ['beer bottle', 'proc:beer-bottle', 'beer bottle'],
  ['wine bottle', 'proc:wine-bottle', 'wine bottle'],
  ['protein powder tub', 'proc:protein-tub', 'protein powder tub'],
  ['cereal box', 'proc:cereal-box', 'cereal box'],
  ['coffee bag', 'proc:coffee-bag', 'coffee bag'],
  ['yoga mat', 'proc:yoga-mat', 'yoga mat'],
  ['dumbbell', 'proc:dumbbell', 'dumbbell'],
  ['vase', 'proc:vase', 'vase'],
  ['game controller', 'proc:game-controller', 'game controller'],
  ['wallet', 'proc:wallet', 'wallet'],
  ['shampoo bottle', 'proc:squeeze-bottle', 'shampoo bottle'],
];

describe('everyday goods in a product shot', () => {
  it('draws each noun as its own product and names it in text', () => {
    for (const [noun, key, named] of GOODS) {
      const plan = planScene(shot(noun));
      expect(plan.mode?.kind, noun).toBe('product');
      expect(plan.subjects[0]?.thing.key, noun).toBe(key);
      const text = compose(shot(noun)).description;
      expect(text, noun).toContain(named);
      expect(text, noun).not.toContain('plain product box');
      expect(text, noun).not.toContain('not drawn');
    }
  });

  it('never draws earbuds as headphones, nor an espresso machine as a cup', () => {
    for (const p of ['Product photography of wireless earbuds in an open charging case on a marble surface', 'airpods on a white background, minimal product photo', 'a pair of earbuds, studio lighting']) {
      expect(mainOf(p)?.thing.key, p).toBe('proc:earbuds');
      expect(compose(p).description, p).not.toMatch(/headphone/);
    }
    for (const p of ['an espresso machine on a kitchen counter, studio lighting', 'product shot of a coffee machine on white marble', 'a chrome espresso maker, commercial photography']) {
      const keys = planScene(p).subjects.map((s) => s.thing.key);
      expect(keys[0], p).toBe('proc:espresso-machine');
      for (const cup of ['hot-beverage', 'teacup-without-handle', 'proc:mug']) expect(keys, p).not.toContain(cup);
    }
  });

  it('honours the colour asked', () => {
    for (const [p, name] of [['a red kettle, product shot, white background', 'red electric kettle'], ['packshot of a yellow blender on a pastel pink background', 'yellow blender'], ['a mint green stand mixer, product photography', 'mint green stand mixer'], ['e-commerce photo of a pink bluetooth speaker on a podium', 'pink bluetooth speaker'], ['a white gamepad, product shot on a pastel background', 'white game controller'], ['a cream jar with a gold lid, skincare product shot', 'a cream jar (the product']] as const) {
      expect(compose(p).description, p).toContain(name);
    }
    const red = compose('a red kettle, product shot, white background').svg;
    const white = compose('a white kettle, product shot, white background').svg;
    expect(red).not.toEqual(white);
  });

  it('chooses the product mode from studio words and keeps the surface asked', () => {
    expect(planScene('an espresso machine on a kitchen counter, studio lighting').mode?.kind).toBe('product');
    expect(planScene('a serum dropper bottle, pastel background').mode?.kind).toBe('product');
    expect(compose('studio shot of a toaster on white marble').description).toContain('marble surface');
    expect(compose('commercial photo of a black drone on a wooden table').description).toContain('a black drone (the product, centred), on a wooden tabletop');
    expect(compose('e-commerce photo of a pink bluetooth speaker on a podium').description).toContain('on a plinth');
  });

  it('draws a bag of coffee beans as the coffee bag, and a vase of flowers keeps its flowers', () => {
    expect(mainOf('packshot of a bag of coffee beans next to a coffee cup')?.thing.key).toBe('proc:coffee-bag');
    expect(planScene('product photo of a bouquet of roses in a vase').subjects.map((s) => s.thing.key)).not.toContain('proc:vase');
  });

  it('leaves scenes their own pictures', () => {
    const man = planScene('a man holding a phone in a park').subjects[0]!;
    expect(man.holding.map((t) => t.key)).toEqual(['mobile-phone']);
    expect(planScene('a mouse eating cheese').subjects[0]?.thing.key).toBe('mouse');
    expect(planScene('a drone shot of a beach at sunset').subjects.map((s) => s.thing.key)).not.toContain('proc:drone');
    expect(planScene('a glass of wine at dinner').subjects[0]?.thing.key).toBe('wine-glass');
    expect(planScene('a boy playing video games holding a controller').subjects[0]!.holding.map((t) => t.key)).not.toContain('proc:game-controller');
  });
});
