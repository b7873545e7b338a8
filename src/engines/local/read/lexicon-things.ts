// Words for things the illustrator can draw, and what it knows about each picture: where it
// belongs in a scene and how big it is in the world. Emoji names come from Fluent Emoji Flat.
import { COMMON_WORDS, MORE_WORDS } from './lexicon-common.js';
import { VEHICLE_WORDS } from './vehicle-names.js';
import { PRODUCT_PROCS, PRODUCT_WORDS } from './lexicon-products.js';

/** Pictures drawn procedurally because no emoji shows them (no armchair, lamp or smoking pipe). */
export const PROC_KINDS = [
  'armchair', 'sofa', 'table', 'desk', 'lamp', 'bookshelf', 'pipe', 'fireplace', 'bench', 'rug',
  'piano', 'barn', 'lighthouse', 'hot-air-balloon', 'lantern', 'streetlamp', 'easel', 'sign', 'chest',
  'acacia', 'string-lights', 'waterfall', 'bridge', 'lily-pad', 'submarine', 'torch', 'hoodie',
  'wader', 'reeds', 'armour-suit', 'overgrown-armour', 'kaiju', 'mars-planet', 'jupiter-planet', 'venus-planet',
  ...PRODUCT_PROCS,
] as const;
export type ProcKind = (typeof PROC_KINDS)[number];

export type Placement = 'ground' | 'sky' | 'wall' | 'table' | 'water' | 'swim';

/**
 * A word's picture: an emoji by name, or a procedural drawing; `tint` recolours it (a pink tree
 * for a cherry tree) and `size` overrides the picture's natural size (a sandcastle is no castle).
 */
export type ThingSpec = string | { icon?: string; proc?: ProcKind; label?: string; tint?: string; size?: number };

/** Synonyms first: where emojilib's keyword search would pick a poor picture or none. */
export const THING_WORDS: Record<string, ThingSpec> = {
  ...COMMON_WORDS,
  ...MORE_WORDS,
  ...VEHICLE_WORDS,
  // people
  person: 'person', people: 'person', human: 'person', man: 'man', guy: 'man', gentleman: 'man',
  woman: 'woman', lady: 'woman', boy: 'boy', girl: 'girl', child: 'child', kid: 'child', baby: 'baby',
  'old man': 'old-man', grandpa: 'old-man', grandfather: 'old-man', 'old woman': 'old-woman',
  grandson: 'boy', granddaughter: 'girl', friend: { icon: 'person', label: 'friend' }, friends: { icon: 'person', label: 'friend' }, colleague: { icon: 'person', label: 'colleague' }, coworker: { icon: 'person', label: 'coworker' }, chess: { icon: 'chess-pawn', label: 'chess pawn' }, 'board game': 'game-die',
  grandma: 'old-woman', grandmother: 'old-woman', mom: 'woman', mum: 'woman', mother: 'woman', mommy: 'woman', mama: 'woman',
  dad: 'man', daddy: 'man', father: 'man', papa: 'man', sister: 'girl', daughter: 'girl', brother: 'boy', son: 'boy', king: 'prince', queen: 'princess', prince: 'prince',
  princess: 'princess', wizard: 'person-mage', witch: 'person-mage', sorcerer: 'person-mage', mage: 'person-mage', ninja: 'ninja',
  astronaut: 'astronaut', spaceman: 'astronaut', scientist: 'scientist', doctor: 'health-worker',
  nurse: 'health-worker', chef: 'cook', cook: 'cook', baker: 'cook', teacher: 'teacher', professor: 'teacher', instructor: 'teacher', tutor: 'teacher',
  student: 'student', knight: { icon: 'man', label: 'knight' }, pirate: { icon: 'man', label: 'pirate' },
  samurai: { icon: 'man', label: 'samurai' }, viking: { icon: 'man-beard', label: 'viking' },
  // People a scene of people names by their part in it (docs/local-engine.md, "Scenes of people").
  patient: { icon: 'person', label: 'patient' }, presenter: { icon: 'person', label: 'presenter' }, lecturer: 'teacher',
  interviewer: { icon: 'woman', label: 'interviewer' }, applicant: { icon: 'man', label: 'applicant' }, 'job candidate': { icon: 'man', label: 'candidate' },
  skateboarder: { icon: 'person', label: 'skateboarder' }, skater: { icon: 'person', label: 'skater' }, 'ice skater': { icon: 'person', label: 'ice skater' },
  surgeon: 'health-worker', dentist: 'health-worker', customer: { icon: 'person', label: 'customer' }, shopper: { icon: 'person', label: 'shopper' },
  attendee: { icon: 'person', label: 'attendee' }, employee: { icon: 'person', label: 'employee' }, receptionist: { icon: 'woman', label: 'receptionist' },
  // Trades behind a counter or a stall, and serving staff (people, never left out).
  vendor: { icon: 'person', label: 'vendor' }, seller: { icon: 'person', label: 'seller' },
  merchant: { icon: 'man', label: 'merchant' }, shopkeeper: { icon: 'person', label: 'shopkeeper' }, cashier: { icon: 'person', label: 'cashier' },
  florist: { icon: 'woman', label: 'florist' }, butcher: { icon: 'man', label: 'butcher' }, fishmonger: { icon: 'man', label: 'fishmonger' },
  grocer: { icon: 'person', label: 'grocer' }, clerk: { icon: 'person', label: 'clerk' }, salesman: { icon: 'man', label: 'salesman' },
  saleswoman: { icon: 'woman', label: 'saleswoman' }, waitress: { icon: 'woman', label: 'waitress' }, bartender: { icon: 'person', label: 'bartender' },
  shepherd: { icon: 'man', label: 'shepherd' },
  barista: { icon: 'person', label: 'barista' }, archivist: { icon: 'person', label: 'archivist' }, librarian: { icon: 'person', label: 'librarian' }, waiter: { icon: 'man', label: 'waiter' },
  fisherman: { icon: 'man', label: 'fisherman' }, fisher: { icon: 'man', label: 'fisherman' }, surfer: 'person-surfing',
  cowboy: { icon: 'man', label: 'cowboy' }, artist: 'artist', painter: 'artist', potter: { icon: 'person', label: 'potter' }, ceramicist: { icon: 'person', label: 'potter' }, 'ceramic artist': { icon: 'person', label: 'potter' }, 'pottery artist': { icon: 'person', label: 'potter' },
  carpenter: { icon: 'person', label: 'carpenter' }, woodworker: { icon: 'person', label: 'woodworker' }, joiner: { icon: 'person', label: 'carpenter' },
  blacksmith: { icon: 'man', label: 'blacksmith' }, craftsman: { icon: 'man', label: 'craftsman' }, craftswoman: { icon: 'woman', label: 'craftswoman' }, luthier: { icon: 'person', label: 'luthier' },
  gnome: { icon: 'man-beard', label: 'gnome' }, 'garden gnome': { icon: 'man-beard', label: 'garden gnome' }, dwarf: { icon: 'man-beard', label: 'dwarf' },
  'lighthouse keeper': { icon: 'man', label: 'lighthouse keeper' }, keeper: { icon: 'person', label: 'keeper' },
  alchemist: { icon: 'person-mage', label: 'alchemist' }, hiker: { icon: 'person', label: 'hiker' }, backpacker: { icon: 'person', label: 'backpacker' }, trekker: { icon: 'person', label: 'hiker' }, farmer: 'farmer', detective: 'detective',
  police: 'police-officer', policeman: 'police-officer', cop: 'police-officer', 'police officer': 'police-officer',
  firefighter: 'firefighter', fireman: 'firefighter', pilot: 'pilot', soldier: 'guard', guard: 'guard',
  singer: 'singer', superhero: 'person-superhero', hero: 'person-superhero', villain: 'person-supervillain',
  vampire: 'person-vampire', zombie: 'person-zombie', fairy: 'person-fairy', elf: 'person-elf',
  santa: 'santa-claus', 'santa claus': 'santa-claus', mermaid: 'person-merpeople', genie: 'person-genie',
  businessman: 'man-office-worker', businesswoman: 'woman-office-worker', programmer: 'technologist',
  developer: 'technologist', coder: 'technologist', worker: 'construction-worker', mechanic: 'mechanic',
  judge: 'judge', robot: 'robot', android: 'robot', alien: 'alien', ghost: 'ghost', monster: 'alien-monster',
  clown: 'clown-face', skeleton: 'skull', troll: 'troll', ogre: 'ogre', goblin: 'goblin',
  // animals
  cat: 'cat', kitten: 'cat', kitty: 'cat', tabby: 'cat', siamese: 'cat', persian: 'cat', 'black cat': 'black-cat', dog: 'dog', puppy: 'dog',
  doggo: 'dog', corgi: 'dog', labrador: 'dog', retriever: 'dog', 'golden retriever': 'dog', husky: 'dog',
  'shih tzu': 'dog', pomeranian: 'dog', maltese: 'dog', 'yorkshire terrier': 'dog', yorkie: 'dog', 'border collie': 'dog',
  'cocker spaniel': 'dog', spaniel: 'dog', schnauzer: 'dog', 'bichon frise': 'dog', bichon: 'dog', samoyed: 'dog', 'great dane': 'dog',
  beagle: 'dog', pug: 'dog', dachshund: 'dog', chihuahua: 'dog', shiba: 'dog', terrier: 'dog', bulldog: 'dog',
  collie: 'dog', 'german shepherd': 'dog', dalmatian: 'dog', hound: 'dog', poodle: 'poodle', raccoon: 'raccoon', fox: 'fox', wolf: 'wolf', lion: 'lion',
  tiger: 'tiger', bear: 'bear', 'teddy bear': 'teddy-bear', panda: 'panda', koala: 'koala',
  'polar bear': 'polar-bear', rabbit: 'rabbit', bunny: 'rabbit', hare: 'rabbit', mouse: 'mouse',
  rat: 'rat', hamster: 'hamster', pig: 'pig', piglet: 'pig', cow: 'cow', bull: 'ox', ox: 'ox',
  horse: 'horse', pony: 'horse', unicorn: 'unicorn', monkey: 'monkey', gorilla: 'gorilla', ape: 'gorilla',
  orangutan: 'orangutan', frog: 'frog', toad: 'frog', owl: 'owl', penguin: 'penguin', duck: 'duck',
  duckling: 'baby-chick', chick: 'baby-chick', chicken: 'chicken', hen: 'chicken', rooster: 'rooster',
  eagle: 'eagle', hawk: 'eagle', falcon: 'eagle', parrot: 'parrot', macaw: 'parrot', toucan: 'parrot', bird: 'bird',
  dove: 'dove', pigeon: 'dove', seagull: 'bird', gull: 'bird', sparrow: 'bird', robin: 'bird', hummingbird: 'bird',
  bluebird: 'bird', songbird: 'bird', finch: 'bird', canary: 'bird', cardinal: 'bird', kingfisher: 'bird',
  woodpecker: 'bird', crow: 'blackbird', raven: 'blackbird', blackbird: 'blackbird', goose: 'goose', geese: 'goose',
  swan: 'swan', flamingo: 'flamingo', peacock: 'peacock', turkey: 'turkey', elephant: 'elephant',
  giraffe: 'giraffe', zebra: 'zebra', deer: 'deer', reindeer: 'deer', moose: 'moose', badger: 'badger',
  otter: 'otter', sloth: 'sloth', hedgehog: 'hedgehog', skunk: 'skunk', beaver: 'beaver',
  squirrel: 'chipmunk', chipmunk: 'chipmunk', bat: 'bat', dragon: 'dragon', dinosaur: 't-rex',
  't rex': 't-rex', trex: 't-rex', 'tyrannosaurus': 't-rex', brontosaurus: 'sauropod', llama: 'llama',
  alpaca: 'llama', camel: 'camel', boar: 'boar', goat: 'goat', sheep: 'ewe', lamb: 'ewe', ram: 'ram',
  dolphin: 'dolphin', whale: 'whale', fish: 'tropical-fish', goldfish: 'fish', shark: 'shark',
  octopus: 'octopus', squid: 'squid', crab: 'crab', lobster: 'lobster', shrimp: 'shrimp',
  jellyfish: 'jellyfish', seal: 'seal', turtle: 'turtle', tortoise: 'turtle', snail: 'snail',
  butterfly: 'butterfly', bee: 'honeybee', ladybug: 'lady-beetle', ladybird: 'lady-beetle', ant: 'ant',
  spider: 'spider', snake: 'snake', lizard: 'lizard', crocodile: 'crocodile', alligator: 'crocodile',
  kangaroo: 'kangaroo', leopard: 'leopard', cheetah: 'leopard', jaguar: 'leopard', bison: 'bison',
  buffalo: 'water-buffalo', hippo: 'hippopotamus', hippopotamus: 'hippopotamus', rhino: 'rhinoceros',
  rhinoceros: 'rhinoceros', mammoth: 'mammoth', beetle: 'beetle', worm: 'worm', scorpion: 'scorpion',
  // drinks and food
  coffee: { icon: 'hot-beverage', label: 'cup of coffee' }, 'cup of coffee': { icon: 'hot-beverage', label: 'cup of coffee' },
  'coffee cup': { icon: 'hot-beverage', label: 'cup of coffee' }, mug: 'hot-beverage', cup: 'hot-beverage', latte: 'hot-beverage', espresso: 'hot-beverage', cappuccino: 'hot-beverage',
  'hot chocolate': 'hot-beverage', cocoa: 'hot-beverage', tea: { icon: 'teacup-without-handle', label: 'cup of tea' },
  'cup of tea': 'teacup-without-handle', teacup: 'teacup-without-handle', teapot: 'teapot', kettle: 'teapot',
  wine: 'wine-glass', 'glass of wine': 'wine-glass', beer: 'beer-mug', cocktail: 'cocktail-glass',
  martini: 'cocktail-glass', whiskey: 'tumbler-glass', whisky: 'tumbler-glass', champagne: 'bottle-with-popping-cork',
  milk: 'glass-of-milk', juice: 'beverage-box', apple: 'red-apple', banana: 'banana', orange: 'tangerine',
  lemon: 'lemon', pear: 'pear', peach: 'peach', cherry: 'cherries', strawberry: 'strawberry', grape: 'grapes',
  watermelon: 'watermelon', pineapple: 'pineapple', avocado: 'avocado', carrot: 'carrot', corn: 'ear-of-corn',
  tomato: 'tomato', potato: 'potato', broccoli: 'broccoli', bread: 'bread', loaf: 'bread', croissant: 'croissant',
  baguette: 'baguette-bread', cheese: 'cheese-wedge', egg: 'egg', bacon: 'bacon', pancake: 'pancakes',
  waffle: 'waffle', burger: 'hamburger', hamburger: 'hamburger', 'hot dog': 'hot-dog', pizza: 'pizza',
  taco: 'taco', burrito: 'burrito', sushi: 'sushi', ramen: 'steaming-bowl', noodle: 'steaming-bowl',
  spaghetti: 'spaghetti', pasta: 'spaghetti', soup: 'pot-of-food', stew: 'pot-of-food', salad: 'green-salad',
  cake: 'shortcake', 'birthday cake': 'birthday-cake', cupcake: 'cupcake', cookie: 'cookie', donut: 'doughnut',
  doughnut: 'doughnut', pie: 'pie', 'ice cream': 'ice-cream', icecream: 'ice-cream', chocolate: 'chocolate-bar', 'chocolate bar': 'chocolate-bar',
  candy: 'candy', lollipop: 'lollipop', popcorn: 'popcorn', honey: 'honey-pot', fries: 'french-fries',
  // things around the house
  book: 'closed-book', novel: 'closed-book', books: { icon: 'books', label: 'stack of books' }, 'stack of books': { icon: 'books', label: 'stack of books' }, newspaper: 'newspaper',
  letter: 'envelope', laptop: 'laptop', computer: 'desktop-computer', phone: 'mobile-phone',
  smartphone: 'mobile-phone', telephone: 'telephone', camera: 'camera', television: 'television',
  tv: 'television', radio: 'radio', clock: 'mantelpiece-clock', watch: 'watch', candle: 'candle',
  'light bulb': 'light-bulb', lightbulb: 'light-bulb', globe: 'globe-showing-europe-africa', map: 'world-map',
  'fishing rod': 'fishing-pole', 'fishing pole': 'fishing-pole', rod: 'fishing-pole', 'frying pan': 'cooking',
  pan: 'cooking', yarn: 'yarn', guitar: 'guitar', violin: 'violin', drum: 'drum', trumpet: 'trumpet', saxophone: 'saxophone',
  microphone: 'microphone', headphones: 'headphone', umbrella: 'umbrella', sword: 'dagger', dagger: 'dagger',
  shield: 'shield', bow: 'bow-and-arrow', key: 'old-key', gem: 'gem-stone', diamond: 'gem-stone',
  jewel: 'gem-stone', ring: 'ring', coin: 'coin', money: 'money-bag', treasure: 'money-bag',
  gift: 'wrapped-gift', present: 'wrapped-gift', balloon: 'balloon', kite: 'kite', ball: 'soccer-ball',
  football: 'soccer-ball', basketball: 'basketball', toy: 'teddy-bear', skateboard: 'skateboard',
  wand: 'magic-wand', 'magic wand': 'magic-wand', 'crystal ball': 'crystal-ball', potion: 'test-tube',
  telescope: 'telescope', microscope: 'microscope', magnifier: 'magnifying-glass-tilted-left',
  'magnifying glass': 'magnifying-glass-tilted-left', pen: 'fountain-pen', pencil: 'pencil', quill: 'feather',
  feather: 'feather', scroll: 'scroll', paintbrush: 'paintbrush', brush: 'paintbrush', palette: 'artist-palette',
  cigar: 'cigarette', cigarette: 'cigarette', chair: 'chair', stool: 'chair', bed: 'bed', door: 'door', gate: 'door',
  'castle gate': 'castle', 'castle wall': 'castle', flag: 'triangular-flag', sign: { proc: 'sign' }, fruit: 'red-apple',
  counter: { proc: 'table', label: 'counter' }, countertop: { proc: 'table', label: 'counter' }, windowsill: { icon: 'window', label: 'window' }, 'window sill': { icon: 'window', label: 'window' }, sneaker: 'running-shoe', trainer: 'running-shoe',
  'running shoe': 'running-shoe', shoe: 'running-shoe', boot: 'hiking-boot', heels: 'high-heeled-shoe',
  'high heels': 'high-heeled-shoe', katana: 'dagger', chest: { proc: 'chest', label: 'treasure chest' },
  'treasure chest': { proc: 'chest', label: 'treasure chest' }, 'fairy lights': { proc: 'string-lights', label: 'fairy lights' },
  'string lights': { proc: 'string-lights', label: 'string lights' }, 'christmas lights': { proc: 'string-lights', label: 'string lights' },
  'twinkle lights': { proc: 'string-lights', label: 'fairy lights' }, 'paper lantern': 'red-paper-lantern',
  window: 'window', mirror: 'mirror', plant: 'potted-plant', houseplant: 'potted-plant',
  'potted plant': 'potted-plant', potted: 'potted-plant', 'potted tree': 'potted-plant', 'potted fig': 'potted-plant',
  'potted fig tree': 'potted-plant', 'potted palm': 'potted-plant', 'potted fern': 'potted-plant', 'potted olive tree': 'potted-plant',
  'potted lemon tree': 'potted-plant', 'fiddle leaf fig': 'potted-plant', ficus: 'potted-plant', monstera: 'potted-plant', painting: 'framed-picture', poster: 'framed-picture', picture: 'framed-picture', frame: 'framed-picture',
  vase: 'bouquet', bouquet: 'bouquet', basket: 'basket', bucket: 'bucket', box: 'package', package: 'package',
  // furniture and large objects drawn by hand
  armchair: { proc: 'armchair' }, 'arm chair': { proc: 'armchair' }, 'wingback chair': { proc: 'armchair' },
  recliner: { proc: 'armchair' }, sofa: { proc: 'sofa' }, couch: { proc: 'sofa' }, settee: { proc: 'sofa' },
  // A bed of flowers is flowers, not a bed to sleep in.
  'flower bed': { icon: 'tulip', label: 'tulip' }, 'flower beds': { icon: 'tulip', label: 'tulip' }, flowerbed: { icon: 'tulip', label: 'tulip' },
  flowerbeds: { icon: 'tulip', label: 'tulip' }, 'bed of roses': { icon: 'rose', label: 'rose' }, 'bed of flowers': { icon: 'tulip', label: 'tulip' },
  table: { proc: 'table' }, 'coffee table': { proc: 'table' }, desk: { proc: 'desk' }, lamp: { proc: 'lamp' },
  'floor lamp': { proc: 'lamp' }, 'desk lamp': { proc: 'lamp' }, bookshelf: { proc: 'bookshelf' },
  bookcase: { proc: 'bookshelf' }, shelf: { proc: 'bookshelf' }, bookshelves: { proc: 'bookshelf' },
  pipe: { proc: 'pipe', label: 'pipe' }, 'tobacco pipe': { proc: 'pipe', label: 'pipe' },
  'smoking pipe': { proc: 'pipe', label: 'pipe' }, fireplace: { proc: 'fireplace' }, hearth: { proc: 'fireplace' },
  bench: { proc: 'bench' }, 'park bench': { proc: 'bench' }, rug: { proc: 'rug' }, carpet: { proc: 'rug' },
  piano: { proc: 'piano' }, 'grand piano': { proc: 'piano' }, barn: { proc: 'barn' },
  lighthouse: { proc: 'lighthouse' }, 'hot air balloon': { proc: 'hot-air-balloon' },
  lantern: { proc: 'lantern' }, streetlamp: { proc: 'streetlamp' }, 'street lamp': { proc: 'streetlamp' },
  waterfall: { proc: 'waterfall' }, cascade: { proc: 'waterfall', label: 'waterfall' }, bridge: { proc: 'bridge' },
  'lily pad': { proc: 'lily-pad', label: 'lily pad' }, lilypad: { proc: 'lily-pad', label: 'lily pad' },
  submarine: { proc: 'submarine' }, torch: { proc: 'torch' }, 'flaming torch': { proc: 'torch', label: 'torch' }, acacia: { proc: 'acacia', label: 'acacia tree' }, 'acacia tree': { proc: 'acacia', label: 'acacia tree' },
  streetlight: { proc: 'streetlamp' }, lamppost: { proc: 'streetlamp' }, easel: { proc: 'easel' },
  signpost: { proc: 'sign' }, signboard: { proc: 'sign' }, hoodie: { proc: 'hoodie' }, hoody: { proc: 'hoodie', label: 'hoodie' },
  sweatshirt: { proc: 'hoodie', label: 'sweatshirt' }, sneakers: 'running-shoe', tee: 't-shirt', tshirt: 't-shirt', 't shirt': 't-shirt',
  jeans: 'jeans', socks: 'socks', backpack: 'backpack', purse: 'purse', 'nail polish': 'nail-polish',
  // vehicles
  car: 'automobile', automobile: 'automobile', 'sports car': 'racing-car', 'race car': 'racing-car',
  truck: 'delivery-truck', lorry: 'delivery-truck', bus: 'bus', taxi: 'taxi', cab: 'taxi', train: 'locomotive',
  locomotive: 'locomotive', tram: 'tram', motorcycle: 'motorcycle', motorbike: 'motorcycle', scooter: 'motor-scooter',
  tractor: 'tractor', bicycle: 'bicycle', bike: 'bicycle', boat: 'sailboat', sailboat: 'sailboat', 'fishing boat': 'sailboat', 'fishing boats': 'sailboat', 'fishing trawler': 'sailboat', trawler: 'sailboat',
  ship: 'ship', yacht: 'motor-boat', speedboat: 'speedboat', canoe: 'canoe', kayak: 'canoe',
  airplane: 'airplane', plane: 'airplane', aeroplane: 'airplane', jet: 'airplane', helicopter: 'helicopter',
  rocket: 'rocket', spaceship: 'rocket', 'space ship': 'rocket', ufo: 'flying-saucer',
  'flying saucer': 'flying-saucer', satellite: 'satellite', ambulance: 'ambulance', 'fire truck': 'fire-engine',
  'police car': 'police-car',
  // nature and buildings
  tree: 'deciduous-tree', 'oak tree': 'deciduous-tree', oak: 'deciduous-tree', pine: 'evergreen-tree',
  'pine tree': 'evergreen-tree', fir: 'evergreen-tree', 'christmas tree': 'christmas-tree',
  palm: 'palm-tree', 'palm tree': 'palm-tree', cactus: 'cactus', flower: 'blossom', daisy: 'blossom',
  rose: 'rose', tulip: 'tulip', sunflower: 'sunflower', lotus: 'lotus', hibiscus: 'hibiscus',
  koi: { icon: 'fish', tint: '#f07a2a', label: 'koi' }, 'koi fish': { icon: 'fish', tint: '#f07a2a', label: 'koi' }, 'koi carp': { icon: 'fish', tint: '#f07a2a', label: 'koi' },
  'cherry blossom': { icon: 'deciduous-tree', tint: '#f4a6c6', label: 'cherry blossom tree' },
  'cherry tree': { icon: 'deciduous-tree', tint: '#f4a6c6', label: 'cherry blossom tree' },
  'cherry blossom tree': { icon: 'deciduous-tree', tint: '#f4a6c6', label: 'cherry blossom tree' },
  sakura: { icon: 'deciduous-tree', tint: '#f4a6c6', label: 'cherry blossom tree' },
  maple: { icon: 'deciduous-tree', tint: '#e0662b', label: 'maple tree' }, 'maple tree': { icon: 'deciduous-tree', tint: '#e0662b', label: 'maple tree' },
  sandcastle: { icon: 'castle', tint: '#e3c07a', size: 0.4, label: 'sandcastle' },
  'sand castle': { icon: 'castle', tint: '#e3c07a', size: 0.4, label: 'sandcastle' },
  mushroom: 'mushroom', leaf: 'leaf-fluttering-in-wind', leaves: 'fallen-leaf', rock: 'rock', stone: 'rock',
  boulder: 'rock', log: 'wood', volcano: 'volcano', island: 'desert-island', sun: 'sun', moon: 'crescent-moon',
  'full moon': 'full-moon', 'crescent moon': 'crescent-moon', star: 'glowing-star', planet: 'ringed-planet',
  saturn: 'ringed-planet', earth: 'globe-showing-americas', comet: 'comet', 'shooting star': 'shooting-star',
  cloud: 'cloud', rainbow: 'rainbow', lightning: 'high-voltage', snowflake: 'snowflake', snowman: 'snowman',
  fire: 'fire', campfire: 'fire', bonfire: 'fire', flame: 'fire', shell: 'spiral-shell', seashell: 'spiral-shell',
  coral: 'coral', wave: 'water-wave', tent: 'tent', camp: 'tent', campsite: 'tent', campground: 'tent', house: 'house', houses: { icon: 'house', label: 'house' }, home: 'house', cottage: 'house', townhouse: 'house', rowhouse: 'house', 'row house': 'house', 'terraced house': 'house',
  cabin: 'house', hut: 'hut', castle: 'castle', palace: 'castle', building: 'office-building',
  skyscraper: 'office-building', church: 'church', temple: 'classical-building', school: 'school',
  hospital: 'hospital', factory: 'factory', fountain: 'fountain', 'ferris wheel': 'ferris-wheel',
  carousel: 'carousel-horse', 'roller coaster': 'roller-coaster', circus: 'circus-tent', bubble: 'bubbles',
  web: 'spider-web', nest: 'nest-with-eggs', seedling: 'seedling', sprout: 'seedling', herb: 'herb',
  // Wading birds stand in shallow water; reeds grow at its edge (paint/props/waterside.ts).
  heron: { proc: 'wader', label: 'heron' }, egret: { proc: 'wader', label: 'egret', tint: '#f3f3ee' },
  stork: { proc: 'wader', label: 'stork', tint: '#eeeeea' }, 'sandhill crane': { proc: 'wader', label: 'crane', tint: '#9aa0a6' },
  'crane bird': { proc: 'wader', label: 'crane', tint: '#9aa0a6' }, 'whooping crane': { proc: 'wader', label: 'crane', tint: '#f3f3ee' }, 'wading bird': { proc: 'wader', label: 'wading bird' },
  reeds: { proc: 'reeds', label: 'reeds' }, reed: { proc: 'reeds', label: 'reeds' }, rushes: { proc: 'reeds', label: 'reeds' },
  bulrushes: { proc: 'reeds', label: 'reeds' }, cattails: { proc: 'reeds', label: 'cattails' }, cattail: { proc: 'reeds', label: 'cattails' },
  // Generic pictures for characters named by a trademark (plan/stand-ins.ts): named by the art.
  'suit of armour': { proc: 'armour-suit', label: 'armoured suit' }, 'suit of armor': { proc: 'armour-suit', label: 'armoured suit' },
  'robot suit': { proc: 'armour-suit', label: 'armoured suit' }, 'mech suit': { proc: 'armour-suit', label: 'armoured suit' },
  'armored suit': { proc: 'armour-suit', label: 'armoured suit' }, 'armoured suit': { proc: 'armour-suit', label: 'armoured suit' },
  kaiju: { proc: 'kaiju', label: 'lizard monster' }, 'lizard monster': { proc: 'kaiju', label: 'lizard monster' },
  mars: { proc: 'mars-planet', label: 'Mars' }, jupiter: { proc: 'jupiter-planet', label: 'Jupiter' }, venus: { proc: 'venus-planet', label: 'Venus' },
  ...PRODUCT_WORDS,
};

/** Person emoji come with these hair variants ("man-red-hair", "woman-bald"). */
export const HAIR_VARIANTS = ['red-hair', 'blonde-hair', 'curly-hair', 'white-hair', 'bald', 'beard'];

/** Emoji whose picture is a head or a bust: a body can be drawn under them. */
export const HEAD_ICONS = new Set([
  'raccoon', 'fox', 'wolf', 'lion', 'tiger-face', 'cat-face', 'dog-face', 'bear', 'panda', 'koala',
  'polar-bear', 'rabbit-face', 'mouse-face', 'hamster', 'pig-face', 'cow-face', 'horse-face',
  'monkey-face', 'frog', 'unicorn', 'boar', 'dragon-face', 'man', 'woman', 'person', 'boy', 'girl',
  'child', 'baby', 'old-man', 'old-woman', 'older-person', 'alien', 'robot', 'clown-face', 'skull', 'ogre', 'goblin',
  ...['man', 'woman', 'person'].flatMap((p) => HAIR_VARIANTS.map((v) => `${p}-${v}`)),
]);

/** A full-body emoji's head-only sibling, used when the subject wears clothes or holds things. */
export const FACE_OF: Record<string, string> = {
  cat: 'cat-face', 'black-cat': 'cat-face', dog: 'dog-face', poodle: 'dog-face', tiger: 'tiger-face',
  rabbit: 'rabbit-face', mouse: 'mouse-face', rat: 'mouse-face', pig: 'pig-face', cow: 'cow-face',
  ox: 'cow-face', horse: 'horse-face', monkey: 'monkey-face', dragon: 'dragon-face',
  'person-standing': 'person',
};

const words = (s: string) => s.split(' ');
const SKY = new Set(words(
  'bird blackbird eagle dove parrot bat airplane small-airplane helicopter rocket flying-saucer cloud sun sun-with-face ' +
  'crescent-moon full-moon full-moon-face first-quarter-moon last-quarter-moon glowing-star star shooting-star ' +
  'mars-planet jupiter-planet venus-planet comet ringed-planet satellite kite balloon parachute rainbow high-voltage butterfly honeybee snowflake dragon fireworks ' +
  'globe-showing-americas globe-showing-asia-australia',
));
const SWIM = new Set(words(
  'fish tropical-fish blowfish shark dolphin whale spouting-whale octopus squid jellyfish turtle seal ' +
  'crab lobster shrimp person-merpeople bubbles submarine',
));
const WATER = new Set(words('sailboat ship motor-boat speedboat canoe ferry passenger-ship swan duck goose lily-pad').concat(
  ['person', 'man', 'woman'].flatMap((p) => ['rowing-boat', 'surfing', 'swimming'].map((a) => `${p}-${a}`)),
));
const WALL = new Set(words('framed-picture mantelpiece-clock window mirror world-map string-lights'));
const TABLE = new Set(words(
  'hot-beverage teacup-without-handle teapot wine-glass beer-mug cocktail-glass tumbler-glass glass-of-milk ' +
  'bottle-with-popping-cork beverage-box closed-book books open-book newspaper envelope laptop desktop-computer ' +
  'mobile-phone telephone camera radio candle light-bulb globe-showing-europe-africa crystal-ball test-tube ' +
  'microscope magnifying-glass-tilted-left fountain-pen pencil feather scroll cigarette potted-plant bouquet ' +
  'red-apple banana tangerine lemon pear peach cherries strawberry grapes pineapple avocado bread croissant ' +
  'baguette-bread cheese-wedge egg pancakes waffle hamburger hot-dog pizza taco burrito sushi steaming-bowl ' +
  'spaghetti pot-of-food green-salad shortcake birthday-cake cupcake cookie doughnut pie ice-cream ' +
  'chocolate-bar candy lollipop popcorn honey-pot french-fries watch ring gem-stone coin old-key ' +
  'magic-wand television headphone wrapped-gift artist-palette paintbrush lotion-bottle soap jar canned-food ' +
  'cup-with-straw bowl-with-spoon curry-rice cooked-rice dumpling fork-and-knife-with-plate cut-of-meat ' + PRODUCT_PROCS.join(' '),
));

/** Natural size in the world, relative to a person (~0.75). Unlisted pictures are 0.5. */
const SIZE_GROUPS: [number, string][] = [
  [0.16, 'ant lady-beetle honeybee fly mosquito worm snail spider beetle coin ring gem-stone old-key cigarette ' +
    'candy cherries strawberry egg watch mobile-phone pipe snowflake feather spiral-shell'],
  [0.22, 'running-shoe hiking-boot high-heeled-shoe mans-shoe'],
  [0.28, PRODUCT_PROCS.join(' ')],
  [0.28, 'hot-beverage teacup-without-handle wine-glass beer-mug cocktail-glass tumbler-glass glass-of-milk ' +
    'cupcake cookie doughnut red-apple tangerine lemon pear peach croissant candle light-bulb butterfly ' +
    'mouse rat hamster baby-chick frog crab shrimp closed-book fountain-pen pencil magic-wand lollipop ' +
    'chocolate-bar test-tube fish tropical-fish blowfish mushroom rose tulip blossom bird dove bat camera ' +
    'hammer wrench screwdriver hammer-and-wrench carpentry-saw nut-and-bolt toolbox jar paintbrush scissors bomb'],
  [0.4, 'bench'],
  [0.5, 'chair armchair table bed sofa'],
  [0.58, 'desk'],
  [0.4, 'cat black-cat rabbit chipmunk hedgehog skunk duck chicken rooster owl parrot squirrel teapot books ' +
    'laptop radio globe-showing-europe-africa crystal-ball potted-plant bouquet pizza shortcake birthday-cake ' +
    'soccer-ball basketball teddy-bear skateboard wrapped-gift balloon lamp snake lizard turtle octopus ' +
    'squid jellyfish lobster baby raccoon fox badger otter sloth penguin seedling herb rock sunflower ' +
    'umbrella guitar violin saxophone trumpet drum microphone lantern mantelpiece-clock framed-picture ' +
    'television coral fire wood kite dagger shield axe bow-and-arrow lily-pad steaming-bowl goose blackbird torch'],
  [0.5, 'chest'],
  [0.75, 'dog poodle wolf man woman person boy girl child old-man old-woman person-mage ninja astronaut scientist ' +
    'health-worker cook teacher student artist farmer detective police-officer firefighter pilot guard ' +
    'singer robot alien ghost alien-monster clown-face skull troll ogre goblin goat ewe ram monkey ' +
    'kangaroo leopard seal flamingo peacock swan eagle turkey pig dolphin ' +
    'easel bicycle motor-scooter sign streetlamp cactus mirror window door snowman shark ' +
    'lion tiger panda koala dragon-face canoe person-superhero person-vampire person-zombie person-fairy person-elf person-mage ' +
    'office-worker man-office-worker woman-office-worker older-person man-bald woman-bald man-beard woman-with-veil ' +
    'man-in-tuxedo woman-dancing man-dancing person-running person-in-lotus-position technologist mechanic judge ' +
    'wader armour-suit overgrown-armour'],
  [1.1, 'zebra bear polar-bear cow ox horse unicorn deer moose camel llama gorilla orangutan bison water-buffalo ' +
    'crocodile dinosaur piano fireplace bookshelf automobile racing-car taxi police-car motorcycle ' +
    'tractor sailboat speedboat motor-boat deciduous-tree evergreen-tree palm-tree christmas-tree tent ' +
    'hot-air-balloon satellite flying-saucer airplane helicopter dragon t-rex sauropod hippopotamus rhinoceros submarine'],
  [1.4, 'acacia'],
  [0.45, 'reeds'],
  [1.9, 'kaiju'],
  [1.6, 'elephant giraffe mammoth whale spouting-whale bus delivery-truck fire-engine ambulance locomotive ' +
    'tram ship ferry house hut rocket'],
  [2.1, 'castle office-building church classical-building school hospital factory barn lighthouse volcano ' +
    'ferris-wheel circus-tent roller-coaster desert-island waterfall bridge'],
];
const SIZE = new Map<string, number>();
for (const [size, names] of SIZE_GROUPS) for (const n of words(names)) SIZE.set(n, size);

const ANIMATE_EXTRA = new Set(words(
  'man woman person boy girl child baby old-man old-woman person-mage ninja astronaut scientist health-worker cook ' +
  'teacher student artist farmer detective police-officer firefighter pilot guard singer robot alien ghost ' +
  'alien-monster clown-face skull troll ogre goblin prince princess santa-claus technologist judge mechanic ' +
  'construction-worker man-office-worker woman-office-worker office-worker woman-dancing man-dancing person-running ' +
  'person-swimming person-biking person-climbing skier snowboarder older-person man-bald woman-bald man-beard ' +
  'woman-with-veil man-in-tuxedo baby-angel person-in-lotus-position bug cricket mosquito fly cockroach phoenix-bird person-elf',
).concat(['man', 'woman', 'person'].flatMap((p) => HAIR_VARIANTS.map((v) => `${p}-${v}`))));

export const ANIMAL_KEYS = new Set(words(
  'cat black-cat dog poodle raccoon fox wolf lion tiger bear panda koala polar-bear rabbit mouse rat ' +
  'hamster pig cow ox horse unicorn monkey gorilla orangutan frog owl penguin duck baby-chick chicken rooster ' +
  'eagle parrot bird dove swan flamingo peacock turkey elephant giraffe zebra deer moose badger otter sloth ' +
  'hedgehog skunk beaver chipmunk bat dragon t-rex sauropod llama camel boar goat ewe ram dolphin whale fish ' +
  'tropical-fish shark octopus squid crab lobster shrimp jellyfish seal turtle snail butterfly honeybee goose blackbird ' +
  'lady-beetle ant spider snake lizard crocodile kangaroo leopard bison water-buffalo hippopotamus rhinoceros ' +
  'mammoth beetle worm scorpion cat-face dog-face tiger-face rabbit-face mouse-face pig-face cow-face ' +
  'horse-face monkey-face dragon-face blowfish wader kaiju',
));

export interface ThingTraits {
  place: Placement;
  size: number;
  animate: boolean;
}

/** Traits of a picture, by emoji name or procedural kind. */
export function traitsOf(key: string): ThingTraits {
  const place: Placement = SKY.has(key) ? 'sky'
    : SWIM.has(key) ? 'swim'
    : WATER.has(key) ? 'water'
    : WALL.has(key) ? 'wall'
    : TABLE.has(key) ? 'table'
    : key === 'hot-air-balloon' ? 'sky'
    : 'ground';
  const animate = ANIMATE_EXTRA.has(key) || HEAD_ICONS.has(key) || ANIMAL_KEYS.has(key);
  return { place, size: SIZE.get(key) ?? 0.5, animate };
}

