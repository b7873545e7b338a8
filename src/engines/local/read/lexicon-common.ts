// Everyday nouns people write (devices, vehicles, foods, clothes, tools, buildings, jobs, animals)
// and the Fluent emoji that shows each, where the emoji's own name is not the word and emojilib's
// keywords pick a wrong or no picture ("tablet" was a pill, "helmet" a construction worker,
// "plant" nothing). A word is labelled by what the art shows when the two differ ("magazine" is
// drawn as a newspaper, so the text says "newspaper"). Merged under the engine's own synonyms
// (lexicon-things.ts), which win; word-senses.ts is asked before both, so a word whose picture
// would be a wrong sense never gets here (docs/local-engine.md, "Words everyday prompts use").
import type { ThingSpec } from './lexicon-things.js';

const as = (icon: string): ThingSpec => ({ icon, label: icon.replace(/-/g, ' ') });

export const COMMON_WORDS: Record<string, ThingSpec> = {
  // devices
  earbuds: as('headphone'), earphones: as('headphone'), airpods: as('headphone'), headset: 'headphone',
  ipad: as('mobile-phone'), smartphone: 'mobile-phone', iphone: 'mobile-phone', cellphone: 'mobile-phone',
  monitor: as('desktop-computer'), computer: 'desktop-computer', pc: as('desktop-computer'), desktop: as('desktop-computer'),
  'desktop computer': 'desktop-computer', smartwatch: as('watch'), console: as('video-game'), controller: as('video-game'),
  gamepad: as('video-game'), 'game controller': as('video-game'), joystick: 'joystick', calculator: as('abacus'),
  radio: 'radio', floppy: as('floppy-disk'), cd: as('optical-disk'), dvd: 'dvd', 'computer mouse': 'computer-mouse',
  flashlight: 'flashlight', torchlight: as('flashlight'), phone: 'mobile-phone', telephone: 'telephone',
  // vehicles
  van: as('minibus'), minivan: as('minibus'), minibus: 'minibus', firetruck: as('fire-engine'), 'fire truck': as('fire-engine'),
  'fire engine': 'fire-engine', suv: as('sport-utility-vehicle'), jeep: as('sport-utility-vehicle'), pickup: as('pickup-truck'),
  'pickup truck': 'pickup-truck', 'race car': as('racing-car'), racecar: as('racing-car'), 'sports car': as('racing-car'),
  lorry: as('articulated-lorry'), rickshaw: as('auto-rickshaw'),
  wheelchair: as('manual-wheelchair'), ufo: as('flying-saucer'), spaceship: as('flying-saucer'), parachute: 'parachute',
  'roller skates': as('roller-skate'), 'cable car': as('aerial-tramway'), ferry: 'ferry', cruise: as('passenger-ship'),
  'cruise ship': as('passenger-ship'), speedboat: 'speedboat',
  // animals
  // No red panda emoji: the raccoon, ringed tail and masked face, in a red panda's rust.
  'red panda': { icon: 'raccoon', label: 'red panda', tint: '#c4501e' }, 'lesser panda': { icon: 'raccoon', label: 'red panda', tint: '#c4501e' },
  walrus: as('seal'), 'sea lion': as('seal'), beetle: 'beetle', worm: 'worm', mosquito: 'mosquito',
  cockroach: 'cockroach', shell: as('spiral-shell'), seashell: as('spiral-shell'), coral: 'coral',
  pufferfish: as('blowfish'), nest: as('nest-with-eggs'),
  // food and drink
  lily: as('tulip'), lilies: as('tulip'), 'venus flytrap': as('potted-plant'), flytrap: as('potted-plant'),
  wheat: as('sheaf-of-rice'), grain: as('sheaf-of-rice'), hay: as('sheaf-of-rice'), 'video games': as('video-game'),
  'video game': as('video-game'), pepper: as('hot-pepper'), chili: as('hot-pepper'), chilli: as('hot-pepper'), 'bell pepper': 'bell-pepper',
  dumpling: 'dumpling', curry: as('curry-rice'), rice: as('cooked-rice'), peach: 'peach', lime: { icon: 'lemon', label: 'lime', tint: '#9ad12a' },
  'orange juice': { icon: 'tumbler-glass', tint: '#f7a21e', label: 'glass of orange juice' },
  fries: as('french-fries'), 'french fries': 'french-fries', chips: as('french-fries'), nachos: as('taco'),
  // A British dish, not a fish under the sea beside a bag of chips.
  'fish and chips': { icon: 'french-fries', label: 'fish and chips' }, 'fish n chips': { icon: 'french-fries', label: 'fish and chips' },
  omelette: as('cooking'), omelet: as('cooking'), 'fried egg': as('cooking'), steak: as('cut-of-meat'), meat: as('cut-of-meat'),
  ham: as('meat-on-bone'), sausage: as('hot-dog'), muffin: as('cupcake'), brownie: as('chocolate-bar'),
  biscuit: as('cookie'), cracker: as('rice-cracker'), toast: as('bread'), sandwiches: 'sandwich', salmon: as('fish'),
  tuna: as('fish'), water: as('droplet'), soda: as('cup-with-straw'), lemonade: as('tumbler-glass'), whisky: as('tumbler-glass'),
  whiskey: as('tumbler-glass'), cereal: as('bowl-with-spoon'), oatmeal: as('bowl-with-spoon'), porridge: as('bowl-with-spoon'),
  yogurt: as('bowl-with-spoon'), jam: as('jar'), nuts: as('peanuts'), acorn: as('chestnut'), acorns: as('chestnut'), almond: as('peanuts'), olive: 'olive',
  // clothes and accessories, drawn as products
  shirt: as('t-shirt'), blouse: as('t-shirt'), pants: as('jeans'), trousers: as('jeans'), denim: as('jeans'),
  helmet: 'military-helmet', 'bike helmet': as('billed-cap'), necktie: 'necktie', tie: as('necktie'), swimsuit: as('one-piece-swimsuit'),
  'bathing suit': as('one-piece-swimsuit'), sandals: as('thong-sandal'), sandal: as('thong-sandal'), flipflops: as('thong-sandal'),
  'flip flops': as('thong-sandal'), loafers: as('mans-shoe'), necklace: as('prayer-beads'),
  jewelry: as('gem-stone'), jewellery: as('gem-stone'), jewel: as('gem-stone'), ruby: { icon: 'gem-stone', label: 'ruby', tint: '#c0143c' },
  emerald: { icon: 'gem-stone', label: 'emerald', tint: '#1f9d63' }, luggage: 'luggage', suitcase: as('luggage'),
  briefcase: 'briefcase', bag: as('handbag'), tote: as('handbag'), 'tote bag': as('handbag'), clutch: as('clutch-bag'),
  counter: { proc: 'table', label: 'counter' }, countertop: { proc: 'table', label: 'counter' },
  error: as('warning'), errors: as('warning'), data: as('bar-chart'), analytics: as('bar-chart'), statistics: as('bar-chart'),
  stats: as('bar-chart'),
  shampoo: as('lotion-bottle'), conditioner: as('lotion-bottle'), lotion: as('lotion-bottle'), serum: as('lotion-bottle'),
  'body wash': as('lotion-bottle'), sunscreen: as('lotion-bottle'), 'hand soap': as('lotion-bottle'),
  // tools and household things
  plant: as('potted-plant'), plants: as('potted-plant'), houseplant: as('potted-plant'), succulent: as('potted-plant'),
  lock: as('locked'), padlock: as('locked'), medal: as('sports-medal'), ladder: 'ladder',
  toolbox: 'toolbox', tools: as('hammer-and-wrench'), tool: as('hammer-and-wrench'), cog: as('gear'), gear: as('gear'),
  chain: as('chains'), hook: 'hook', screw: as('nut-and-bolt'), bulb: as('light-bulb'),
  plate: as('fork-and-knife-with-plate'), fork: as('fork-and-knife'), cutlery: as('fork-and-knife'), bowl: as('bowl-with-spoon'),
  tumbler: 'tumbler-glass', vase: as('bouquet'), sponge: 'sponge', razor: 'razor',
  bin: as('wastebasket'), trash: as('wastebasket'), 'trash can': as('wastebasket'), extinguisher: as('fire-extinguisher'),
  'fire extinguisher': 'fire-extinguisher', cart: as('shopping-cart'), trolley: as('shopping-cart'), wheel: 'wheel',
  anchor: 'anchor', bubbles: 'bubbles', bubble: as('bubbles'), thermometer: 'thermometer', syringe: 'syringe',
  bandage: as('adhesive-bandage'), stethoscope: 'stethoscope', pill: 'pill', pills: 'pill', capsule: as('pill'),
  dna: 'dna', 'test tube': 'test-tube', flask: as('alembic'), magazine: as('newspaper'), calendar: as('spiral-calendar'),
  clipboard: 'clipboard', folder: as('file-folder'), files: as('file-folder'), document: as('page-facing-up'),
  documents: as('page-facing-up'), report: as('page-facing-up'), invoice: as('receipt'), receipt: 'receipt',
  'alarm clock': 'alarm-clock', stopwatch: 'stopwatch', timer: as('timer-clock'), hourglass: as('hourglass-done'),
  paintbrush: 'paintbrush', crayon: 'crayon', crayons: 'crayon', palette: as('artist-palette'), wand: as('magic-wand'),
  mic: as('studio-microphone'), banknote: as('dollar-banknote'), cash: as('dollar-banknote'),
  wallet: as('purse'),
  // buildings and places drawn as a thing
  tower: { icon: 'tokyo-tower', label: 'tower' }, 'eiffel tower': { icon: 'tokyo-tower', label: 'tower' }, museum: as('classical-building'), courthouse: as('classical-building'),
  building: as('office-building'), buildings: as('office-building'), 'office building': 'office-building',
  skyscrapers: as('office-building'), 'apartment building': as('office-building'), cottage: as('house-with-garden'),
  ruins: as('derelict-house'), 'haunted house': as('derelict-house'), fountain: 'fountain',
  'statue of liberty': 'statue-of-liberty', carousel: as('carousel-horse'), 'ferris wheel': 'ferris-wheel',
  'roller coaster': 'roller-coaster', circus: as('circus-tent'), 'circus tent': 'circus-tent',
  // landmarks, drawn as the nearest picture (an unknown "X Tower" or "X Castle" is its common noun)
  'golden gate bridge': { proc: 'bridge', label: 'bridge' }, 'golden gate': { proc: 'bridge', label: 'bridge' },
  'taj mahal': as('mosque'), colosseum: as('classical-building'), 'mount fuji': 'mount-fuji', fuji: as('mount-fuji'), stonehenge: as('rock'),
  'leaning tower': { icon: 'tokyo-tower', label: 'tower' }, 'space needle': { icon: 'tokyo-tower', label: 'tower' },
  // people by trade
  dancer: as('woman-dancing'), ballerina: as('woman-dancing'), lawyer: as('man-office-worker'), accountant: as('office-worker'),
  banker: as('man-office-worker'), manager: as('office-worker'), ceo: as('office-worker'), executive: as('office-worker'),
  entrepreneur: as('office-worker'), employee: as('office-worker'), employees: as('office-worker'), engineer: as('technologist'),
  designer: 'artist', professionals: as('office-worker'), photographer: { icon: 'person', label: 'photographer' }, guitarist: { icon: 'person', label: 'guitarist' },
  musician: { icon: 'person', label: 'musician' }, drummer: { icon: 'person', label: 'drummer' },
  violinist: { icon: 'person', label: 'violinist' }, pianist: { icon: 'person', label: 'pianist' },
  gardener: 'farmer', plumber: as('mechanic'), electrician: as('mechanic'), builder: 'construction-worker',
  athlete: as('person-running'), runner: as('person-running'), swimmer: as('person-swimming'), cyclist: as('person-biking'),
  climber: as('person-climbing'), skier: as('skier'), gamer: as('technologist'),
  model: { icon: 'person', label: 'model' }, 'fashion model': { icon: 'person', label: 'model' },
  carpet: { proc: 'rug', label: 'carpet' }, 'red carpet': { proc: 'rug', label: 'red carpet', tint: '#b3122e' },
  monk: { icon: 'person', label: 'monk' }, nun: { icon: 'woman', label: 'nun' }, priest: { icon: 'man', label: 'priest' },
  throne: as('chair'), tourist: { icon: 'person', label: 'tourist' }, traveler: { icon: 'person', label: 'traveller' }, traveller: { icon: 'person', label: 'traveller' },
  senior: 'older-person', 'elderly man': 'old-man', 'elderly woman': 'old-woman', 'older man': 'old-man',
  'older woman': 'old-woman', 'bald man': 'man-bald', 'bald woman': 'woman-bald', teenager: 'person', teen: 'person',
  'business woman': 'woman-office-worker', 'business man': 'man-office-worker', 'business person': 'office-worker',
  'office worker': 'office-worker', toddler: 'child', infant: 'baby', newborn: 'baby',
  // People named by what they are or do, found undrawn on the seventh held-out set.
  intellectual: { icon: 'person', label: 'intellectual' }, klingon: { icon: 'man', label: 'Klingon' }, warrior: { icon: 'person', label: 'warrior' },
  paladin: { icon: 'man', label: 'paladin' }, 'elven warrior': { icon: 'person-elf', label: 'elven warrior' }, elven: { icon: 'person-elf', label: 'elf' },
  'cloaked figure': { icon: 'person-mage', label: 'cloaked figure' }, 'hooded figure': { icon: 'person-mage', label: 'hooded figure' }, 'robed figure': { icon: 'person-mage', label: 'robed figure' },
  watchface: { icon: 'watch', label: 'watch face' }, 'watch face': { icon: 'watch', label: 'watch face' },
  bomber: { icon: 'airplane', label: 'bomber' }, 'flying fortress': { icon: 'airplane', label: 'bomber' }, 'fighter jet': { icon: 'airplane', label: 'fighter jet' }, warplane: { icon: 'airplane', label: 'warplane' },
  flora: { icon: 'herb', label: 'plant' }, fauna: { icon: 'deer', label: 'deer' }, wildlife: { icon: 'deer', label: 'deer' },
  stranger: { icon: 'person', label: 'stranger' }, wanderer: { icon: 'person', label: 'wanderer' },
};

/** More everyday nouns: sports, music, nature, creatures, sweets, household things. */
export const MORE_WORDS: Record<string, ThingSpec> = {
  // sports and games
  soccer: as('soccer-ball'), rugby: as('rugby-football'), hockey: as('ice-hockey'), golf: as('flag-in-hole'),
  snowboard: as('snowboarder'), racket: as('tennis'), racquet: as('tennis'), goal: as('goal-net'), glove: as('gloves'),
  mittens: as('gloves'), 'boxing glove': 'boxing-glove', yoga: as('person-in-lotus-position'),
  // music
  cello: as('violin'), viola: as('violin'), fiddle: as('violin'), ukulele: as('guitar'), clarinet: as('flute'),
  trombone: as('trumpet'), speaker: as('speaker-high-volume'), speakers: as('speaker-high-volume'),
  vinyl: as('optical-disk'), cassette: as('videocassette'), projector: as('film-projector'),
  // nature
  orchid: as('hibiscus'), sprout: as('seedling'), log: as('wood'), logs: as('wood'),
  firewood: as('wood'), stump: as('wood'), hurricane: as('cyclone'), tornado: as('cyclone'), meteor: as('comet'),
  asteroid: as('rock'), boulder: as('rock'), stone: as('rock'), pebble: as('rock'), pebbles: as('rock'),
  // creatures
  pelican: as('bird'), calf: as('cow'), foal: as('horse'), cub: as('bear'),
  tadpole: as('frog'), caterpillar: as('bug'), grasshopper: as('cricket'), wasp: as('honeybee'), hornet: as('honeybee'),
  dwarf: as('man-beard'), giant: as('ogre'), demon: as('ogre'), devil: as('ogre'), angel: as('baby-angel'),
  cherub: as('baby-angel'), griffin: as('eagle'), pegasus: as('unicorn'), centaur: as('horse'), werewolf: as('wolf'),
  cyborg: as('robot'), phoenix: as('phoenix-bird'), bride: as('woman-with-veil'), groom: as('man-in-tuxedo'),
  // sweets and drinks
  macaron: as('cookie'), macarons: as('cookie'), cheesecake: as('shortcake'), tiramisu: as('shortcake'), pudding: as('custard'),
  flan: as('custard'), gummy: as('candy'), gummies: as('candy'), caramel: as('candy'), marshmallow: as('candy'),
  marshmallows: as('candy'), popsicle: as('ice-cream'), sorbet: as('shaved-ice'), milkshake: as('cup-with-straw'),
  martini: as('cocktail-glass'), margarita: as('cocktail-glass'), mojito: as('cocktail-glass'), mocha: as('hot-beverage'),
  cappuccino: as('hot-beverage'), matcha: as('teacup-without-handle'), kiwi: as('kiwi-fruit'),
  cola: { proc: 'soda-can', label: 'soda can' },
  // household and office
  mop: as('broom'), laundry: as('basket'), parcel: as('package'), crate: as('package'), barrel: as('oil-drum'),
  ruler: as('straight-ruler'), marker: as('fountain-pen'), canvas: as('framed-picture'), postcard: as('envelope'),
  hat: as('top-hat'), skirt: as('dress'),
};

/** What a person in a trade holds when the prompt gives them nothing: a photographer a camera. */
export const ROLE_HOLD: Record<string, string> = {
  photographer: 'camera', guitarist: 'guitar', musician: 'guitar', drummer: 'drum', violinist: 'violin',
  carpenter: 'hammer', woodworker: 'carpentry saw', blacksmith: 'hammer', luthier: 'violin', hiker: 'backpack', backpacker: 'backpack',
  pianist: 'musical keyboard', tourist: 'camera', traveller: 'luggage', warrior: 'dagger', paladin: 'dagger', knight: 'dagger',
};
