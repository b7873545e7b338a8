// Icons, icon sets, weather screens and dashboards' named widgets (docs/local-engine-modes.md,
// "Icons and icon sets", "What a screen shows").
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';

const compose = (prompt: string, width = 512, height = 512) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

describe('icon prompts', () => {
  it.each([
    ['minimal vector icon of a shark, flat, 16px', 'shark'],
    ['minimalist line icon of a shopping cart', 'shopping cart'],
    ['vector icon of a camera, 24px', 'camera'],
    ['flat icon of a rocket, 512x512', 'rocket'],
    ['a pictogram of a bicycle', 'bicycle'],
    ['a shark icon', 'shark'],
    ['glyph icon of a lightbulb, 24x24', 'lightbulb'],
  ])('"%s" is an icon of its subject', (prompt, subject) => {
    const plan = planScene(prompt);
    expect(plan.mode?.kind).toBe('icon');
    expect(plan.mode?.label).toBe('icon');
    expect(plan.subjects[0]?.label).toBe(subject);
    // No scene round it, and the size is never a thing, a name or "not drawn".
    expect(plan.unknown.join(' ')).not.toMatch(/\d|px|icon|line|pictogram|glyph/);
    const text = compose(prompt).description;
    expect(text).toMatch(new RegExp(`^icon: an? ${subject} drawn as a flat icon`));
    expect(text).not.toMatch(/16px|24px|512x512|24x24|underwater|meadow|outer space/);
  });

  it('a line or glyph icon is drawn in one ink', () => {
    expect(compose('minimalist line icon of a shopping cart').description).toContain('in one dark ink');
    expect(compose('flat icon of a rocket').description).not.toContain('one dark ink');
  });

  it('an app icon and a favicon keep their tile', () => {
    expect(planScene('app icon for a meditation app, gradient').mode?.label).toBe('app icon');
    const fav = planScene('favicon for a coffee shop, 32x32');
    expect(fav.mode?.label).toBe('app icon');
    expect(fav.unknown).not.toContain('32x32');
  });

  it('a page with icons on it stays that page', () => {
    expect(planScene('a website with social media icons in the footer').mode?.kind).toBe('screen');
  });

  it('a size is never lettered as a logo name', () => {
    const plan = planScene('minimal vector logo of a fox, 16px');
    expect(plan.mode?.wordmark).toBeUndefined();
    expect(compose('minimal vector logo of a fox, 16px').description).not.toContain('16px');
  });
});

describe('icon sets', () => {
  it('"a set of 4 flat icons for a weather app" is four weather icons in a grid', () => {
    const plan = planScene('a set of 4 flat icons for a weather app');
    expect(plan.mode?.label).toBe('icon set');
    expect(plan.subjects.map((s) => s.thing.icon)).toEqual(['sun', 'cloud', 'cloud-with-rain', 'cloud-with-snow']);
    const text = compose('a set of 4 flat icons for a weather app').description;
    expect(text).toMatch(/^icon set: 4 icons in a grid of 2 by 2: a sun, a cloud, a rain cloud and a snow cloud/);
    expect(text).not.toContain('not drawn');
  });

  it('the listed icons are drawn in order, as many as asked', () => {
    const plan = planScene('a set of 6 line icons: home, search, settings, profile, bell, heart');
    expect(plan.subjects.map((s) => s.thing.icon)).toEqual(['house', 'magnifying-glass-tilted-left', 'gear', 'bust-in-silhouette', 'bell', 'red-heart']);
    expect(compose('a set of 6 line icons: home, search, settings, profile, bell, heart', 768, 512).description).toContain('grid of 3 by 2');
    expect(planScene('icon set of 8 food icons, colorful').subjects).toHaveLength(8);
  });
});

describe('weather screens', () => {
  it.each([
    ['a weather app showing rain and 12°C in London', 'rain', '12°C', 'London', 'cloud-with-rain'],
    ['weather app screen with snow, -3°C, Oslo', 'snow', '-3°C', 'Oslo', 'cloud-with-snow'],
    ['weather app, thunderstorm, dark mode', 'storm', undefined, undefined, 'cloud-with-lightning-and-rain'],
    ['weather dashboard on a laptop screen, cloudy, 8 degrees in Berlin', 'cloud', '8°', 'Berlin', 'cloud'],
  ])('"%s" shows its weather', (prompt, kind, temp, city, icon) => {
    const mode = planScene(prompt).mode!;
    expect(mode.app).toBe('weather');
    expect(mode.weather?.kind).toBe(kind);
    expect(mode.weather?.temp).toBe(temp);
    expect(mode.weather?.city).toBe(city);
    const pic = compose(prompt, 360, 640);
    expect(pic.description).toContain(`a weather forecast showing ${kind === 'storm' ? 'a thunderstorm' : kind === 'cloud' ? 'clouds' : kind}`);
    if (city) expect(pic.description).toContain(`in ${city}`);
    expect(pic.description).not.toContain('with a sun');
  });

  it('a dark weather app is dark', () => {
    expect(planScene('weather app, thunderstorm, dark mode').mode?.dark).toBe(true);
  });
});

describe('dashboards and app screens take their named widgets', () => {
  it('a sales dashboard has its figures as number cards and a map', () => {
    const plan = planScene('a sales dashboard with revenue, churn and a map of customers');
    expect(plan.mode?.widgets?.map((w) => w.kind)).toEqual(['number', 'number', 'number', 'map']);
    const text = compose('a sales dashboard with revenue, churn and a map of customers', 640, 360).description;
    expect(text).toContain('a revenue card reading "$48.2K"');
    expect(text).toContain('a churn card reading "2.4%"');
    expect(text).toContain('a map with location dots');
    expect(text).not.toContain('map pin');
    expect(text).not.toContain('not drawn');
  });

  it('a table of users is a table widget, no furniture', () => {
    const plan = planScene('admin panel with a table of users and a pie chart');
    expect(plan.mode?.widgets?.map((w) => w.kind)).toEqual(['table', 'pie']);
    expect(plan.subjects.map((s) => s.label)).not.toContain('table');
    expect(compose('admin panel with a table of users and a pie chart', 640, 360).description).toContain('a table of users with rows and a pie chart');
  });

  it('a crypto trading dashboard in dark mode has candlesticks on a dark page', () => {
    const plan = planScene('a crypto trading dashboard dark mode');
    expect(plan.mode?.dark).toBe(true);
    expect(plan.mode?.widgets?.map((w) => w.kind)).toContain('candles');
    expect(compose('a crypto trading dashboard dark mode', 640, 360).description).toContain('a dark dashboard with a BTC card reading "$67,420" and a candlestick price chart');
  });

  it('a fitness tracker shows steps as a ring and heart rate as a pulse line', () => {
    const text = compose('fitness tracker app showing steps and heart rate', 360, 640).description;
    expect(text).toContain('a progress ring reading "8,432 steps"');
    expect(text).toContain('a heart rate card with a pulse line');
  });

  it('a smart home dashboard shows a gauge, switches and energy bars', () => {
    const text = compose('smart home dashboard with temperature, lights and energy usage', 640, 360).description;
    expect(text).toContain('a temperature gauge reading "21°C", lights switches and a bar chart of energy use');
  });

  it('a banking app keeps its card and balance', () => {
    expect(compose('iPhone mockup of a banking app showing balance and recent transactions', 360, 640).description).toContain('a banking app with a bank card');
  });

  it('an e-commerce product page is a shop screen', () => {
    expect(planScene('e-commerce product page for sneakers on mobile').mode?.kind).toBe('screen');
  });
});

describe('app kinds choose fitting layouts', () => {
  it('an onboarding screen shows the app topic as its illustration and a "Get started" button', () => {
    const plan = planScene('onboarding screen for a meditation app');
    expect(plan.mode?.app).toBe('onboarding');
    const text = compose('onboarding screen for a meditation app', 360, 640).description;
    expect(text).toContain('an onboarding screen with a large illustration of a person in lotus position');
    expect(text).not.toContain('around it');
  });

  it('a blog homepage on a laptop is a blog page on the laptop', () => {
    const plan = planScene('a blog homepage on a laptop screen');
    expect(plan.unknown).not.toContain('blog');
    expect(compose('a blog homepage on a laptop screen', 640, 360).description).toContain('a laptop showing a blog page with a featured article');
  });

  it('a music app shows no loose emoji guess beside the phone', () => {
    expect(compose('music player app on an iPhone mockup, now playing screen', 360, 640).description).not.toContain('bouncing ball');
  });

  it('an outline icon of a house draws the house, not a star', () => {
    const plan = planScene('outline icon of a house on a dark background');
    expect(plan.subjects[0]?.thing.icon).toBe('house');
    expect(compose('outline icon of a house on a dark background').description).toContain('a house drawn as a flat icon in one light ink');
  });

  it('page views and visitors are two number cards', () => {
    expect(planScene('a website analytics dashboard showing visitors, page views and a world map').mode?.widgets?.map((w) => w.label)).toEqual(['visitors', 'page views', 'map']);
  });
});

describe('held-out UI prompts', () => {
  it('a weather widget is a weather screen with its city and temperature', () => {
    const text = compose('a weather widget showing sunny 30°C in Madrid', 360, 640).description;
    expect(text).toContain('a weather forecast showing sun and 30°C in Madrid');
    expect(text).not.toContain('not drawn');
  });

  it('a dressed subject keeps its clothes as an icon', () => {
    expect(compose('a dog wearing a hat, flat icon, 64x64').description).toMatch(/^icon: a dog wearing an? [a-z ]*hat drawn as a flat icon/);
  });

  it('"the eiffel tower, an icon of Paris" is no icon picture', () => {
    expect(planScene('the eiffel tower, an icon of Paris').mode?.kind).not.toBe('icon');
  });
});

describe('quoted names on apps and logos', () => {
  it('a logo for a named app is a logo, not a screen', () => {
    expect(planScene('logo for "Nimbus" weather app').mode?.kind).not.toBe('screen');
  });

  it('a grocery delivery app shows its menu under its quoted name', () => {
    const text = compose('a mobile app screen for "FreshCart" grocery delivery', 360, 640).description;
    expect(text).toContain('a food menu with dishes and prices, under the title "FreshCart"');
  });

  it("a banner's weather app shows the weather named", () => {
    expect(compose('hero banner for a weather app showing rain', 640, 360).description).toContain('a weather forecast showing rain');
  });
});
