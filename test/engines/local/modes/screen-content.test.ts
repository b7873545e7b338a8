// A described screen shows what the prompt puts on it inside the device: the quoted title at the
// top and the other texts under it in order, the named things as picture cards, an icon beside the
// line it is named with, landscapes as thumbnails, and nothing over the headline
// (docs/local-engine-modes.md, "What a screen shows").
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { composePicture } from '../../../../src/engines/local/compose/compose.js';
import { planScene } from '../../../../src/engines/local/plan/plan-scene.js';
import { rasterize } from '../../../../src/engines/local/raster/rasterize.js';

const CAR = 'Create a photorealistic iPhone 17 Pro (Cosmic Titanium color) screenshot showing a car portrait app home screen. The screen displays: "My Portrait" as the title at top, a beautiful red sports car with a blurred blue gradient background in the center taking up 60% of screen, a green "Widget Active ✓" status card at bottom, and a tab bar with three icons (Home selected, Gallery, Upload).';
const STYLES = 'Create an iPhone 17 Pro screenshot of a styles gallery screen. Title: "AI Styles • Powered by Seedream 5.0" at top. Below that show "100 Credits Available" with a coin icon.';
const PORTFOLIO = 'A high-quality UI design for a personal portfolio website, Apple aesthetic, minimalist white interface with soft shadows, featuring 3D isometric pixel art icons of a robot and code, glassmorphism elements with pixelated dither noise texture, San Francisco font, clean layout';
const LUKE = 'A bright and airy webpage design for an AI content creator, clean Mac OS window frames, inside the windows are colorful pixel art landscapes representing video creation, soft pastel colors, rounded corners, interactive UI components, "Luke.ai" branding';

const compose = (prompt: string, width: number, height: number) => composePicture({ plan: planScene(prompt), width, height, seed: 0 });

async function rgb(prompt: string, width: number, height: number): Promise<(x: number, y: number) => [number, number, number]> {
  const png = await rasterize(compose(prompt, width, height).svg, { width, height, pixelate: false });
  const raw = await sharp(png).removeAlpha().raw().toBuffer();
  return (x, y) => [raw[(y * width + x) * 3]!, raw[(y * width + x) * 3 + 1]!, raw[(y * width + x) * 3 + 2]!];
}

describe('what a screen shows: the plan', () => {
  it('reads the title, a coloured status card, the red car and the tab bar of a phone home screen', () => {
    const screen = planScene(CAR).mode?.screen;
    expect(screen?.lines).toEqual([
      { text: 'My Portrait', role: 'title' },
      expect.objectContaining({ text: 'Widget Active ✓', role: 'card', color: expect.stringMatching(/^#/) }),
    ]);
    expect(screen?.things).toEqual(['sports car']);
    expect(screen?.tabs).toEqual(['home', 'gallery', 'upload']);
  });

  it('keeps two quoted texts apart, in order, the coin as the second line\'s icon, on a gallery grid', () => {
    const screen = planScene(STYLES).mode?.screen;
    expect(screen?.lines.map((l) => [l.text, l.role, l.icon])).toEqual([
      ['AI Styles • Powered by Seedream 5.0', 'title', undefined],
      ['100 Credits Available', 'line', 'coin'],
    ]);
    expect(screen?.grid).toBe(true);
    expect(screen?.things).not.toContain('coin');
  });

  it('draws icons of a robot and code on a page, not a code editor', () => {
    const mode = planScene(PORTFOLIO).mode;
    expect(mode?.app).toBeUndefined();
    expect(mode?.screen).toMatchObject({ things: ['robot'], code: true });
  });

  it('shows landscapes asked inside the windows, but not the place a device is in', () => {
    expect(planScene(LUKE).mode?.screen).toMatchObject({ scenes: ['landscape', 'landscape', 'landscape'], windowed: true });
    expect(planScene('a music player app with album art of a sunset').mode?.screen?.scenes).toEqual(['sunset']);
    expect(planScene('a phone on the beach showing a chat app').mode?.screen?.scenes ?? []).toEqual([]);
  });
});

describe('what a screen shows: the picture', () => {
  it('names the texts and the car inside the phone, none above it or beside it', () => {
    const { description } = compose(CAR, 576, 1024);
    expect(description).toMatch(/^screen mockup: a phone showing an app screen with the title "My Portrait" at the top, "Widget Active ✓" on a green status card, a tab bar with 3 icons/);
    expect(description).toContain('a picture card of a red sports car');
    expect(description).not.toContain('headline reading');
    expect(description).not.toContain('around it');
  });

  it('paints the red car inside the phone\'s frame', async () => {
    const W = 288, H = 512;
    const at = await rgb(CAR, W, H);
    // The phone's frame is its near-black body; the car's red is within it.
    let x0 = W, x1 = 0, y0 = H, y1 = 0;
    const red: [number, number][] = [];
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      const [r, g, b] = at(x, y);
      if (r < 45 && g < 45 && b < 50) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
      if (r > 170 && g < 80 && b < 80) red.push([x, y]);
    }
    expect(red.length).toBeGreaterThan(60);
    expect(red.every(([x, y]) => x > x0 && x < x1 && y > y0 && y < y1)).toBe(true);
  });

  it('keeps the style gallery\'s two lines on the screen, the coin beside the second', () => {
    const { description, svg } = compose(STYLES, 576, 1024);
    expect(description).toContain('the title "AI Styles • Powered by Seedream 5.0" at the top, "100 Credits Available" under it with a coin icon');
    expect(description).toMatch(/a grid of \d tiles/);
    const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' '));
    expect(texts.findIndex((t) => t.includes('AI Styles'))).toBeLessThan(texts.findIndex((t) => t.includes('100 Credits')));
  });

  it('draws the robot and the code inside the portfolio page, not beside the browser', () => {
    const { description } = compose(PORTFOLIO, 800, 600);
    expect(description).toMatch(/^screen mockup: a browser window showing a landing page with a picture card of a robot, a "<\/>" code card/);
    expect(description).not.toContain('around it');
  });

  it('puts the play button on a landscape picture, never over the headline "Luke.ai"', async () => {
    const W = 600, H = 400;
    const { description } = compose(LUKE, W, H);
    expect(description).toContain('the headline "Luke.ai"');
    expect(description).toContain('3 landscape pictures');
    expect(description).toContain('a play button on the first picture');
    const at = await rgb(LUKE, W, H);
    const red: number[] = [];
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      const [r, g, b] = at(x, y);
      if (r > 220 && g < 60 && b < 80) red.push(x);
    }
    // The play button's red is in the pictures at the right of the page, right of the headline's column.
    expect(red.length).toBeGreaterThan(30);
    expect(Math.min(...red)).toBeGreaterThan(W * 0.45);
  });

  it('shows a named picture in an app page\'s own spot, and a phone app\'s title on its screen', () => {
    const music = compose('a music player app with album art of a sunset', 576, 1024).description;
    expect(music).toContain('a music player with album art');
    expect(music).toContain('with a picture of a sunset in it');
    expect(music).not.toContain('around it');
    expect(compose('mobile app screen for a recipe app showing a pasta dish', 576, 1024).description).toContain('a food menu with dishes and prices, with a picture of pasta in it');
    const weather = compose("a weather app showing 'Sunny 24°'", 576, 1024).description;
    expect(weather).toContain('under the title "Sunny 24°"');
    expect(weather).not.toContain('headline reading');
  });

  it('shows an animal the app is about inside it, and leaves the person holding the phone beside it', () => {
    const dog = compose('mobile app screen for a pet adoption app showing a golden retriever puppy, title "Find Your Buddy", and an "Adopt Now" button', 576, 1024).description;
    expect(dog).toContain('the title "Find Your Buddy" at the top, a button reading "Adopt Now" and a picture card of a golden retriever');
    expect(dog).not.toContain('around it');
    expect(compose('a woman holding a phone showing a weather app', 1024, 576).description).toContain('with a woman around it');
  });

  it('puts a shop\'s named goods in its product cards, and a chat\'s robot beside its bubbles', () => {
    const shop = compose('landing page for a coffee shop website with a latte and croissant, headline "Brewed Fresh Daily"', 1024, 576).description;
    expect(shop).toContain('a shop page with product cards showing a latte and a croissant');
    expect(shop).not.toContain('around it');
    expect(compose('a chat app screen with a robot assistant, title "Ask Nova"', 576, 1024).description).toContain('a chat with message bubbles, with a picture of a robot in it, under the title "Ask Nova"');
  });

  it('leaves a named app\'s page its own layout, and a layout grid no gallery', () => {
    const menu = planScene('Design a restaurant website with a menu, reservation system, and gallery.');
    expect(menu.mode?.app).toBe('food');
    expect(menu.mode?.screen?.grid ?? false).toBe(false);
    expect(menu.unknown).toContain('gallery');
    expect(planScene('Design system component library, organized grid layout, professional UI design').mode?.screen?.grid ?? false).toBe(false);
    expect(compose("a weather app showing 'Cloudy 12°C'", 576, 1024).svg).toMatch(/>12°C<\/text>/);
  });

  it('shows a screen\'s theme in its pictures: flowers on a card, space as night skies', () => {
    const REDESIGN = "I've provided a screenshot of an existing application. Please redesign the UI as a visual mock-up image using a THEME theme that feels open.";
    expect(planScene(REDESIGN.replace('THEME theme', 'flowers-inspired theme')).mode?.screen?.things).toEqual(['flower']);
    expect(planScene(REDESIGN.replace('THEME theme', 'space-inspired theme')).mode?.screen?.scenes).toEqual(['night', 'night', 'night']);
    expect(compose(REDESIGN.replace('THEME theme', 'flowers-inspired theme'), 1024, 576).description).toContain('a picture card of a flower');
  });

  it('floats a card only at the right of a wide app page, clear of its figures', async () => {
    const W = 640, H = 360, FIT = 'Build a fitness website with workout tutorials, health blogs, and membership sign-up.';
    expect(compose(FIT, W, H).description).toContain('with a play button around it');
    const at = await rgb(FIT, W, H);
    const red: number[] = [];
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
      const [r, g, b] = at(x, y);
      if (r > 230 && g < 50 && b < 70) red.push(x);
    }
    expect(red.length).toBeGreaterThan(30);
    expect(Math.min(...red)).toBeGreaterThan(W * 0.55);
  });

  it('sets a phone app\'s button under its title and subtitle, on a dark screen with no white strip', () => {
    const SUSHI = 'dark mode mobile app for a sushi restaurant, title "Tokyo Bites", subtitle "Fresh rolls daily", a "Order Now" button';
    const plan = planScene(SUSHI);
    expect(plan.mode?.screen?.lines.map((l) => l.role)).toEqual(['title', 'line', 'button']);
    expect(plan.unknown).not.toContain('subtitle');
    const { description, svg } = compose(SUSHI, 576, 1024);
    expect(description).toContain('under the title "Tokyo Bites" and "Fresh rolls daily" and a button reading "Order Now"');
    // The phone's glass (its rounded screen) is dark, as in light mode it is white.
    expect(svg).not.toMatch(/<rect[^>]*rx="[\d.]+" fill="#ffffff"/);
    expect(compose(SUSHI.replace('dark mode ', ''), 576, 1024).svg).toMatch(/<rect[^>]*rx="[\d.]+" fill="#ffffff"/);
  });
});
