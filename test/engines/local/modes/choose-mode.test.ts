import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

describe('composition modes from trigger words', () => {
  it.each([
    ['Modern SaaS landing page hero banner with a dashboard, blue gradient, copy space on the left', 'banner', 'hero banner'],
    ['YouTube thumbnail about growth hacking, big arrow up, bold colors', 'banner', 'thumbnail'],
    ['Marketing banner for a bakery, dark background', 'banner', 'marketing banner'],
    ['Instagram ad for running shoes', 'banner', 'advertisement'],
    ['Product shot of a black hoodie on a white background', 'product', 'product shot'],
    ['Studio photo of a perfume bottle', 'product', 'product shot'],
    ['Professional headshot of a woman in a navy blazer', 'portrait', 'portrait'],
    ['An oil painting portrait of a cat', 'portrait', 'portrait'],
    ['Dashboard UI with charts and contact cards', 'screen', 'screen mockup'],
    ['Website mockup in a browser window for an online store', 'screen', 'screen mockup'],
    ['Mobile app screen for a fitness tracker', 'screen', 'screen mockup'],
    ['Infographic of a sales funnel with a roadmap timeline', 'screen', 'screen mockup'],
  ])('"%s" is a %s', (prompt, kind, label) => {
    const mode = planScene(prompt).mode;
    expect(mode?.kind).toBe(kind);
    expect(mode?.label).toBe(label);
  });

  it.each([
    'A fox in a misty forest at dawn',
    'A banner saying "HAPPY BIRTHDAY" over a garden party with balloons and a cake',
    'A neon sign that says "OPEN" on a rainy city street at night',
    'portrait orientation photo of a dog on a beach',
    'a superhero cat on a rooftop',
    'A cat holding a sign that says "HELLO"',
    'a portrait of a castle',
  ])('"%s" stays a scene', (prompt) => {
    expect(planScene(prompt).mode).toBeUndefined();
  });

  it('reads elements, numerals, copy space and backdrop colours (not the product\'s own colour)', () => {
    const banner = planScene('Thumbnail: number 1 growth tip, big arrow, play button, dark background with orange glow, copy space on the right').mode!;
    expect(banner.elements).toEqual(expect.arrayContaining(['number', 'arrow', 'play']));
    expect(banner.numeral).toBe('1');
    expect(banner.copySpace).toBe('right');
    expect(banner.dark).toBe(true);
    expect(banner.glow).toBe(true);
    expect(banner.colors).toContain('#f47c20');
    const product = planScene('Product shot of a black hoodie on a white background').mode!;
    expect(product.dark).toBe(false);
    expect(product.colors).not.toContain('#26282c');
  });

  it('drops words the mode draws from "not drawn"', () => {
    const plan = planScene('Landing page with a dashboard, a funnel and a roadmap');
    expect(plan.unknown).not.toEqual(expect.arrayContaining(['dashboard']));
    expect(plan.unknown).not.toContain('funnel');
    expect(plan.unknown).not.toContain('roadmap');
  });
});
