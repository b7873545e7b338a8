// Infographics show what they are about (docs/local-engine-modes.md, "Infographics"): a known
// topic's parts or the prompt's own things as labelled panels, arrows for a process, the topic as a
// headline; charts and funnels only for business or data, the generic board when nothing is named.
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const describeIt = (prompt: string, width = 640, height = 360) => composePicture({ plan: planScene(prompt), width, height, seed: 0 }).description;
const GENERIC = /an infographic board|rising arrow|a funnel|chart card/;

describe('infographics that name their content', () => {
  it('photosynthesis: the plant at the centre, sun, water, carbon dioxide in and oxygen out, with arrows', () => {
    const d = describeIt('An infographic explaining photosynthesis: the sun, a green plant, water entering roots, carbon dioxide entering leaves, oxygen released, arrows showing the flow');
    expect(d).toMatch(/potted plant labelled "Plant" \(hero/);
    for (const s of ['sun labelled "Sunlight"', 'droplet labelled "Water"', 'labelled "Carbon dioxide"', 'labelled "Oxygen"', 'arrows into and out of it', 'headline reading "Photosynthesis"']) expect(d).toContain(s);
    expect(d).not.toMatch(GENERIC);
    expect(d).not.toMatch(/not drawn: [^)]*\b(photosynthesis|carbon|dioxide|oxygen)\b/);
  });

  it('the water cycle and a butterfly\'s life cycle go round a cycle', () => {
    expect(describeIt('an infographic about the water cycle')).toMatch(/cloud with rain labelled "Precipitation".*arrows round the cycle.*headline reading "The Water Cycle"/);
    expect(describeIt('infographic showing the life cycle of a butterfly', 360, 640)).toMatch(/butterfly labelled "Butterfly".*headline reading "Life Cycle of a Butterfly"/);
  });

  it('the solar system: labelled panels in a row, no arrows', () => {
    const d = describeIt('infographic of the solar system');
    expect(d).toMatch(/infographic of 5 labelled panels in a row/);
    for (const s of ['sun labelled "Sun"', 'labelled "Earth"', 'ringed planet labelled "Saturn"', 'headline reading "The Solar System"']) expect(d).toContain(s);
    expect(d).not.toMatch(/arrows|not drawn: [^)]*system/);
  });

  it('how coffee is made and how a suspension bridge works: steps joined by arrows', () => {
    const coffee = describeIt('an infographic about how coffee is made', 500, 500);
    expect(coffee).toMatch(/panels in a chain.*seedling labelled "Grow".*fire labelled "Roast".*hot beverage labelled "Brew" and three arrows from each to the next/);
    expect(coffee).toContain('headline reading "How Coffee Is Made"');
    const bridge = describeIt('an infographic explaining how a suspension bridge works');
    expect(bridge).toMatch(/bridge at night labelled "Cables and towers"/);
    expect(bridge).toContain('headline reading "How a Suspension Bridge Works"');
    expect(bridge).not.toMatch(GENERIC);
  });

  it('the things a prompt lists, named first, each on a labelled panel under its topic', () => {
    const d = describeIt('infographic about ocean animals: a whale, a dolphin, a turtle and an octopus', 360, 640);
    for (const s of ['whale labelled "Whale"', 'dolphin labelled "Dolphin"', 'turtle labelled "Turtle"', 'octopus labelled "Octopus"', 'headline reading "Ocean Animals"']) expect(d).toContain(s);
    expect(d.match(/labelled "Octopus"/g)).toHaveLength(1);
    const one = describeIt('an infographic of a lighthouse');
    expect(one).toMatch(/lighthouse labelled "Lighthouse" \(hero/);
  });

  it('a quoted title is the headline', () => {
    expect(describeIt('an infographic about the planets, "Our Solar System"')).toContain('headline reading "Our Solar System"');
  });

  it('business and data keep their charts; nothing named keeps the generic board', () => {
    expect(describeIt('infographic of quarterly sales growth')).toMatch(/an infographic board.*rising arrow/);
    expect(describeIt('an infographic about our startup\'s revenue growth')).toMatch(/an infographic board/);
    expect(describeIt('Infographic of a sales funnel with a roadmap timeline')).toMatch(/a funnel/);
    expect(describeIt('an infographic')).toMatch(/an infographic board.*a funnel/);
  });
});
