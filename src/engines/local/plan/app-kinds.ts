// The kind of app or page a screen prompt names, read from its words: a fitness app shows
// activity rings and steps, a banking app a card and a balance, a code editor coloured lines of
// code, and so on (paint/screens/app-pages.ts draws them). First match wins.
export type AppKind = 'fitness' | 'banking' | 'code' | 'notifications' | 'chat' | 'music' | 'map' | 'social' | 'weather' | 'food';

const APP_WORDS: [AppKind, RegExp][] = [
  ['code', /\b(code editor|code|coding|ide|terminal|ssh|programming|developer tools?|source)\b/],
  ['fitness', /\b(fitness|workouts?|exercise|activity tracker|steps|running app|health app|gym|calories)\b/],
  ['banking', /\b(banking|bank|finance|fintech|wallet|payments?|budget(?:ing)?|balance|transactions?|credit cards?|crypto)\b/],
  ['notifications', /\b(notifications?|alerts?|error messages?|reminders?|warnings?)\b/],
  ['chat', /\b(chat|messaging|messenger|messages?|chatbot|conversation|inbox)\b/],
  ['music', /\b(music|player|playlists?|podcasts?|spotify|songs?|audio)\b/],
  ['map', /\b(maps?|navigation|gps|ride[- ]?sharing|taxi|delivery tracking|directions)\b/],
  ['social', /\b(social (?:media|network|feed)|feed|instagram|posts?|profile page)\b/],
  ['weather', /\b(weather|forecast)\b/],
  ['food', /\b(food delivery|recipes?|restaurant|menu|meal)\b/],
];

export function appKind(lower: string): { kind: AppKind; words: string[] } | undefined {
  for (const [kind, re] of APP_WORDS) {
    const m = re.exec(lower);
    if (m) return { kind, words: m[0].split(' ') };
  }
  return undefined;
}
