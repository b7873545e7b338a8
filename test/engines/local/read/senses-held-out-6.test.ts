// Word senses from the sixth held-out set (tuning material once measured): photography's own words,
// a brand's look, colours and uniforms, nationalities and faces' parts draw no homonym.
import { describe, expect, it } from 'vitest';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const keys = (prompt: string) => planScene(prompt).subjects.map((s) => s.thing.key);

describe('held-out-6 senses', () => {
  it.each([
    ['a fashion model, shot on medium-format film, pronounced grain', ['movie-camera', 'sheaf-of-rice']],
    ['a fisherman on a boat, documentary photography, 35mm film grain', ['sheaf-of-rice', 'film-frames']],
    ['a bottle with blueberries at varying focal planes', ['airplane']],
    ['a lighthouse keeper at his desk, rule of thirds', ['3rd-place-medal']],
    ['a website hero section, Apple-style sleek glass cards', ['red-apple', 'green-apple', 'joker']],
    ['a webpage with clean Mac OS window frames', ['red-apple', 'green-apple']],
    ['a model against a deep cherry red studio backdrop', ['cherries']],
    ['an anime girl in a school uniform on a beach', ['school']],
    ['a canyon in the American Southwest with cacti', ['statue-of-liberty']],
    ['a man, her lips slightly parted', ['mouth', 'kiss-mark']],
  ])('"%s" draws none of %j', (prompt, wrong) => {
    const drawn = keys(prompt);
    for (const w of wrong) expect(drawn).not.toContain(w);
  });

  it('keeps the things themselves', () => {
    expect(keys('a film camera on a desk')).toContain('camera');
    expect(keys('an apple on a table')).toContain('red-apple');
    expect(keys('a cherry pie')).toContain('pie');
    expect(keys('a school bus')).toContain('bus');
    expect(keys('a queen wearing a crown')).not.toContain('crown'); // worn, not a prop
    expect(planScene('a queen wearing a crown').subjects[0]?.wearing.map((w) => w.key)).toContain('crown');
    expect(keys('a deck of cards on a table')).toContain('joker');
  });

  it('a cherry red backdrop is red paper', () => {
    expect(planScene('a model against a deep cherry red studio backdrop').backdrop).toMatch(/^#/);
  });
});
