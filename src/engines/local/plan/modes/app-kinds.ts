// The kind of app or page a screen prompt names, read from its words: a fitness app shows
// activity rings and steps, a banking app a card and a balance, a code editor coloured lines of
// code, a login screen its title, two fields and a button, and so on (paint/screens/app-pages.ts draws them). First match wins.
export type AppKind = 'login' | 'onboarding' | 'fitness' | 'banking' | 'code' | 'notifications' | 'chat' | 'music' | 'stars' | 'map' | 'social' | 'weather' | 'food';

const APP_WORDS: [AppKind, RegExp][] = [
  // A login screen is its form, whatever the app is for ("a login screen for a banking app").
  ['login', /\b(log-?in|sign[- ]in|signin|authentication|auth) (?:screens?|pages?|forms?|ui|views?|flow)\b|\b(?:login|log-in|sign-in) for\b/],
  // A welcome or onboarding screen is its illustration and "Get started" button (paint/screens/onboarding-page.ts).
  ['onboarding', /\b(onboarding|welcome|intro|get started|walkthrough) (?:screens?|pages?|flow|ui|views?|slides?)\b|\bonboarding\b/],
  ['code', /\b(code editor|code|coding|ide|terminal|ssh|programming|developer tools?|source)\b/],
  ['fitness', /\b(fitness|workouts?|exercise|activity tracker|step counts?|heart rates?|steps|running app|health app|gym|calories)\b/],
  ['banking', /\b(banking|bank|finance|fintech|wallet|payments?|budget(?:ing)?|balance|transactions?|credit cards?|crypto)\b/],
  ['notifications', /\b(notifications?|alerts?|error messages?|reminders?|warnings?)\b/],
  ['chat', /\b(chat|messaging|messenger|messages?|chatbot|conversation|inbox)\b/],
  ['music', /\b(music|album art|albums?|player|playlists?|podcasts?|spotify|songs?|audio)\b/],
  // Before maps: a star map is the night sky with its constellations, not streets.
  ['stars', /\b(star ?maps?|sky ?maps?|star ?charts?|stargazing|astronomy|astronomical|constellations?|planetarium|night sky|celestial|starfinder)\b/],
  ['map', /\b(maps?|routes?|navigation|gps|ride[- ]?sharing|taxi|delivery tracking|directions)\b/],
  ['social', /\b(social (?:media|network|feed)|feed|instagram|posts?|profile page)\b/],
  ['weather', /\b(weather|forecast)\b/],
  // A menu bar (macOS) is the top of the screen, no food menu.
  ['food', /\b(food delivery|grocer(?:y|ies)|recipes?|restaurant|menu(?![ -]?bars?\b)|meal)\b/],
];

export function appKind(text: string): { kind: AppKind; words: string[] } | undefined {
  // "Icons of a robot and code" are pictures on the page, not what the app is.
  const lower = text.replace(/\b(?:icons?|illustrations?|pictures?|images?) of [^,.;]*/g, '');
  for (const [kind, re] of APP_WORDS) {
    // Every word of the kind the page shows is drawn: "an astronomy app with constellations".
    const all = lower.match(new RegExp(re.source, 'g'));
    if (all) return { kind, words: all.flatMap((m) => m.split(' ')) };
  }
  return undefined;
}
