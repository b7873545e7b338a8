// More product surfaces, each reachable from its words: pale blue glass with water caustics,
// brushed steel, marble dusted with flour, a minimal concrete gallery room; the surface's words are
// no props (docs/local-engine-modes.md, "Product surfaces").
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { productSurface } from '../../../../src/engines/local/plan/product-surface.js';

const GLASS = 'Keep the bottle shape, cap, and label hierarchy unchanged. Place it on pale blue glass with soft water caustics and a clean horizon.';
const STEEL = 'Create a top-down campaign still of this watch on brushed steel, one hard side light, precise shadow, no extra objects.';
const FLOUR = 'Professional product photography of bakery packaging supplies arranged on a marble countertop dusted with flour. Feature kraft paper bags (flat handle style), paper coffee cups with lids, dispenser napkins, and pastry boxes. Include a few croissants and muffins as props to suggest bakery context.';
const GALLERY = 'Preserve the chair design. Move it into a minimal concrete gallery with late-afternoon light and neutral styling.';
const describeOf = (prompt: string) => composePicture({ plan: planScene(prompt), width: 512, height: 512, seed: 0 }).description;

describe('more product surfaces', () => {
  it('reads each surface from its words', () => {
    expect(productSurface(GLASS.toLowerCase())).toMatchObject({ material: 'glass', caustics: true, reflective: true, tone: 'pale blue' });
    expect(productSurface('a perfume bottle on frosted glass')?.material).toBe('glass');
    expect(productSurface(STEEL.toLowerCase())?.material).toBe('metal');
    expect(productSurface('a ring on polished aluminium')).toMatchObject({ material: 'metal', reflective: true });
    expect(productSurface(FLOUR.toLowerCase())).toMatchObject({ material: 'marble', dust: 'flour' });
    expect(productSurface(GALLERY.toLowerCase())?.material).toBe('gallery');
    expect(productSurface('a vase in a white art gallery')).toMatchObject({ material: 'gallery', color: '#f5f5f2' });
  });

  it('keeps the older readings', () => {
    expect(productSurface('a leather shoe on a sleek black reflective surface')).toMatchObject({ material: 'glossy', dark: true, reflective: true });
    expect(productSurface('perfume bottle on pale marble')?.material).toBe('marble');
  });

  it('draws each as a product shot and names it in text', () => {
    const glass = describeOf(GLASS);
    expect(glass).toMatch(/^product shot: a lotion bottle/);
    expect(glass).toContain('on pale blue glass with soft water caustics');
    expect(glass).not.toMatch(/tumbler|droplet/);
    const steel = describeOf(STEEL);
    expect(steel).toMatch(/^product shot: a watch/);
    expect(steel).toContain('on a brushed metal surface');
    expect(steel).not.toMatch(/brush\b|paintbrush|not drawn: .*steel/);
    const flour = describeOf(FLOUR);
    expect(flour).toContain('veined marble surface dusted with flour');
    expect(flour).not.toMatch(/counter \(|a marble counter/);
    const gallery = describeOf(GALLERY);
    expect(gallery).toMatch(/^product shot: a chair/);
    expect(gallery).toContain('the concrete floor of a minimal gallery room, plain walls behind');
    expect(gallery).not.toMatch(/meadow|poster style|not drawn: .*gallery/);
  });
});
