// An educational diagram is a diagram on plain paper, not a school in a meadow: a title, the
// topic's parts, each labelled, joined by arrows (into a plant and out of it for photosynthesis,
// round a cycle for the water cycle, along a food chain); an unknown topic shows the prompt's own
// things. Its words ("diagram", "process", the topic) are drawn, so not listed as not drawn.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 1376, height = 768) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

describe('diagrams', () => {
  it.each([
    ['a diagram of the water cycle', 'The Water Cycle', /cloud with rain labelled "Precipitation".*four arrows round the cycle/],
    ['an educational poster explaining the life cycle of a butterfly', 'Life Cycle of a Butterfly', /bug labelled "Caterpillar"/],
    ['a simple food chain diagram for kids', 'Food Chain', /rabbit labelled "Rabbit".*three arrows from each to the next/],
    ['a labelled schematic of how photosynthesis works', 'Photosynthesis', /^diagram: potted plant labelled "Plant".*sun labelled "Sunlight"/],
  ])('"%s" is a labelled diagram', (prompt, title, parts) => {
    const { description, svg } = compose(prompt);
    expect(description).toMatch(/^diagram: /);
    expect(description).toContain(`headline reading "${title}"`);
    expect(description).toMatch(parts);
    expect(description).toContain('on plain white paper');
    expect(description).not.toMatch(/not drawn|school|meadow/);
    // The title and the labels are written as text in the picture.
    expect(svg).toContain(`>${title.replace(/&/g, '&amp;')}</text>`);
  });

  it('shows the prompt\'s own things for a topic it does not know, inside the picture at every shape', () => {
    const { description } = compose('a flowchart showing a cat, a dog and a bone');
    expect(description).toMatch(/cat labelled "Cat", a dog labelled "Dog", a bone labelled "Bone" and two arrows/);
    expect(compose('a labelled diagram of a volcano').description).toMatch(/^diagram: volcano labelled "Volcano".*headline reading "Volcano"/);
    for (const [w, h] of [[1024, 1024], [768, 1344], [1584, 672]]) {
      expect(compose('a diagram of the water cycle', w, h).svg).toContain(`viewBox="0 0 ${w} ${h}"`);
    }
    // A flow chart is no longer a screen mockup; a dashboard still is.
    expect(compose('a web dashboard mockup').description).toMatch(/^screen mockup/);
  });
});
