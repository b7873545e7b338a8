// Words for what figures do with each other and with things: the verbs that choose an interaction
// template (plan/interactions.ts), the games played on a board, the things slept or sat on.

export type InteractionKind = 'board-game' | 'face' | 'group-table' | 'surf' | 'water' | 'rest-on' | 'jump-over' | 'watch-tv' | 'desk-work' | 'ride-board' | 'address';

const words = (s: string) => new Set(s.split(' '));

/** Games played across a board or a table: what is drawn on the table, and how it is named. */
export const GAMES: Record<string, { board: 'chess' | 'checkers' | 'cards' | 'dice' | 'pits'; label: string }> = {
  chess: { board: 'chess', label: 'chess' }, checkers: { board: 'checkers', label: 'checkers' },
  draughts: { board: 'checkers', label: 'draughts' }, chessboard: { board: 'chess', label: 'chess' },
  cards: { board: 'cards', label: 'cards' }, poker: { board: 'cards', label: 'poker' }, card: { board: 'cards', label: 'cards' },
  'board game': { board: 'dice', label: 'a board game' }, boardgame: { board: 'dice', label: 'a board game' },
  backgammon: { board: 'dice', label: 'backgammon' }, monopoly: { board: 'dice', label: 'a board game' },
  scrabble: { board: 'dice', label: 'a board game' }, dominoes: { board: 'dice', label: 'dominoes' },
  mahjong: { board: 'dice', label: 'mahjong' }, dice: { board: 'dice', label: 'dice' },
  mancala: { board: 'pits', label: 'mancala' }, oware: { board: 'pits', label: 'oware' }, bao: { board: 'pits', label: 'bao' }, ludo: { board: 'dice', label: 'ludo' }, parcheesi: { board: 'dice', label: 'parcheesi' },
  'board games': { board: 'dice', label: 'board games' }, dominos: { board: 'dice', label: 'dominoes' }, cribbage: { board: 'cards', label: 'cribbage' },
  othello: { board: 'chess', label: 'othello' }, 'tic tac toe': { board: 'dice', label: 'tic-tac-toe' },
};
/** Subjects that are the game itself, drawn on the board rather than held. */
export const GAME_PIECES = words('chess-pawn game-die joker flower-playing-cards');

/** Watching a screen: with a television named, the figures sit on a sofa turned to it. */
export const WATCH_WORDS = words('watch watching watches watched viewing');
export const SCREEN_KEYS = words('television');
/** Working at a desk: with a desk and a laptop named, the figure sits at it, facing the screen. */
export const DESK_WORDS = words('sit sitting sits seated work working works focused focusing typing types type study studying using coding code programming');
export const DESK_KEYS = words('proc:desk proc:table');
export const COMPUTER_KEYS = words('laptop desktop-computer');
export const SURF_WORDS = words('surf surfing surfs surfer surfers surfboard');
export const WATER_VERBS = words('water watering waters watered sprinkle sprinkling');
export const SLEEP_WORDS = words('sleep sleeping sleeps asleep nap napping naps dozing doze snooze snoozing snoozes');
export const REST_WORDS = words('lie lying lies lay laying rest resting curled curl sit sitting sits perched perch lounging lounge sprawled');
export const JUMP_WORDS = words('jump jumping jumps leap leaping leaps hop hopping hops vault vaulting hurdle hurdling');
/** Verbs of two figures turned to each other. */
export const FACE_WORDS = words(
  'teach teaching teaches talk talking talks chat chatting chats facing face argue arguing fight fighting fights ' +
  'greet greeting greets discuss discussing meet meeting interview interviewing dance dancing dances hug hugging ' +
  'hugs kiss kissing play playing plays help helping helps together collaborate collaborating working work ' +
  'shake shaking high-five tell telling show showing share sharing duel dueling paint painting paints',
);
/** A group gathered at a table. */
export const TABLE_WORDS = words('table dinner meal meeting brainstorm brainstorming feast lunch breakfast banquet around picnic conference');
export const GROUP_WORDS: Record<string, string[]> = {
  family: ['man', 'woman', 'boy', 'girl'], team: ['woman', 'man', 'person', 'woman'], friends: ['woman', 'man', 'girl'],
  group: ['man', 'woman', 'person'], colleagues: ['woman', 'man', 'person'], coworkers: ['woman', 'man', 'person'],
  people: ['man', 'woman', 'person'], professionals: ['woman', 'man', 'person'], kids: ['boy', 'girl', 'child'],
  children: ['boy', 'girl', 'child'], couple: ['man', 'woman'], 'married couple': ['man', 'woman'],
  // Activities that are people (docs/local-engine.md, "Scenes of people"): "a business meeting" is a team.
  meeting: ['woman', 'man', 'person', 'woman'], meetings: ['woman', 'man', 'person', 'woman'], interview: ['woman', 'man'],
  presentation: ['woman', 'man', 'person', 'woman'], conference: ['man', 'woman', 'person', 'woman'], seminar: ['man', 'woman', 'person', 'woman'],
  lecture: ['man', 'woman', 'person', 'girl'], audience: ['woman', 'man', 'person', 'woman'], attendees: ['woman', 'man', 'person', 'woman'],
  crowd: ['man', 'woman', 'person', 'girl'], spectators: ['man', 'woman', 'person', 'boy'],
  staff: ['woman', 'man', 'person'], employees: ['woman', 'man', 'person'], customers: ['woman', 'man', 'person'], guests: ['woman', 'man', 'person'],
};
/** What a figure can sleep or sit on: the support drawn under it, by the word that names it. */
export const REST_SUPPORTS: Record<string, string> = {
  windowsill: 'windowsill', 'window sill': 'windowsill', window: 'windowsill', ledge: 'windowsill', shelf: 'windowsill',
  sofa: 'proc:sofa', couch: 'proc:sofa', settee: 'proc:sofa', armchair: 'proc:armchair', chair: 'chair', bed: 'bed',
  bench: 'proc:bench', cushion: 'proc:sofa', pillow: 'bed', rug: 'proc:rug', carpet: 'proc:rug',
};
/** Obstacles a figure jumps over that no emoji shows, drawn as a fence. */
export const FENCES = words('fence hurdle hurdles gate wall hedge railing fences');
/** Instruments a figure plays (held, and said as "playing"). */
export const INSTRUMENTS = words('guitar violin drum trumpet saxophone banjo accordion long-drum maracas flute piano');
/** A group at a table is eating (plates, glasses) rather than working (laptops, notes, cups). */
export const MEAL = /\b(dinner|lunch|breakfast|meal|feast|banquet|eat|eating|picnic|thanksgiving|supper)\b/i;
