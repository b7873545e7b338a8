// Where a picture is set: the settings, the words naming them, how the description names them, and
// the setting a subject implies when the prompt names none.
export const SETTINGS = [
  'study', 'living-room', 'bedroom', 'kitchen', 'office', 'library', 'cafe', 'classroom', 'studio', 'stage',
  'dungeon', 'forest', 'jungle', 'beach', 'ocean', 'lake', 'underwater', 'mountains', 'desert', 'savanna', 'snow',
  'city-street', 'village', 'skyline', 'park', 'garden', 'farm', 'night-sky', 'space', 'mars', 'sky',
  'greenhouse', 'restaurant', 'canyon', 'coast', 'market', 'storefront', 'stadium', 'fjord', 'greek-temple', 'courtroom',
  'art-studio', 'workshop', 'clinic', 'skatepark', 'construction-site',
] as const;
export type SettingKind = (typeof SETTINGS)[number];

export const INDOOR: ReadonlySet<SettingKind> = new Set<SettingKind>([
  'study', 'living-room', 'bedroom', 'kitchen', 'office', 'library', 'cafe', 'classroom', 'studio', 'stage', 'dungeon',
  'greenhouse', 'restaurant', 'courtroom', 'art-studio', 'workshop', 'clinic',
]);

/** Rooms whose painters put windows in their walls: a window the prompt names is one of them, not a second one. */
export const WINDOWED_ROOMS: ReadonlySet<SettingKind> = new Set<SettingKind>([
  'study', 'living-room', 'bedroom', 'office', 'library', 'restaurant', 'art-studio', 'workshop',
]);

/** How the description names each setting. */
export const SETTING_LABELS: Record<SettingKind, string> = {
  study: 'in a study with bookshelves', 'living-room': 'in a living room', bedroom: 'in a bedroom',
  kitchen: 'in a kitchen', office: 'in an office', library: 'in a library', cafe: 'in a cafe',
  classroom: 'in a classroom', studio: 'against a studio backdrop', stage: 'on a stage', dungeon: 'in a dungeon',
  forest: 'in a forest', jungle: 'in a jungle', beach: 'on a beach', ocean: 'on the open sea', lake: 'by a lake',
  underwater: 'underwater', mountains: 'in the mountains', desert: 'in a desert', savanna: 'on the savanna',
  snow: 'in a snowy landscape', 'city-street': 'on a city street', village: 'in a village',
  skyline: 'in front of a city skyline', park: 'in a meadow', garden: 'in a garden', farm: 'on a farm',
  'night-sky': 'under a starry night sky', space: 'in outer space', mars: 'on Mars', sky: 'in the sky above the clouds',
  greenhouse: 'in a greenhouse with plant benches', restaurant: 'in a restaurant with set tables',
  canyon: 'in a red rock canyon', coast: 'on a sea cliff above the waves', market: 'at a market with stalls',
  storefront: 'in front of a shop', stadium: 'in a stadium',
  fjord: 'in a fjord between steep dark cliffs, snowy peaks beyond the deep water',
  'greek-temple': 'before a Greek temple with columns and a pediment on a hill',
  courtroom: "in a courtroom with a judge's bench and wooden panelling",
  'art-studio': 'in an art room with an easel, paint pots and paper on a table',
  workshop: 'in a workshop with a workbench and tools on the wall',
  clinic: 'in a clinic with an examination bed', skatepark: 'at a skatepark with ramps and a rail',
  'construction-site': 'on a construction site with a crane and steel girders',
};

/** Phrases (lemmas, space separated) naming a setting. */
export const SETTING_WORDS: Record<string, SettingKind> = {
  courtroom: 'courtroom', 'court room': 'courtroom', 'on trial': 'courtroom', 'in court': 'courtroom', 'murder trial': 'courtroom',
  study: 'study', 'study room': 'study', den: 'study', 'reading room': 'study', 'smoking room': 'study',
  "gentleman's club": 'study', 'living room': 'living-room', 'reading nook': 'living-room', 'reading corner': 'living-room', nook: 'living-room', lounge: 'living-room', 'sitting room': 'living-room',
  parlor: 'living-room', parlour: 'living-room', 'drawing room': 'living-room', apartment: 'living-room',
  room: 'living-room', interior: 'living-room', bedroom: 'bedroom', 'bed room': 'bedroom', dorm: 'bedroom',
  kitchen: 'kitchen', bakery: 'kitchen', supermarket: 'market', 'grocery store': 'market', grocery: 'market', playground: 'park',
  'swimming pool': 'lake', pool: 'lake', 'pool party': 'lake', 'wheat field': 'farm', 'wheat fields': 'farm', cornfield: 'farm', 'corn field': 'farm', 'rice field': 'farm',
  'rice paddy': 'farm', 'rice fields': 'farm', farmland: 'farm', office: 'office', 'home office': 'office', workplace: 'office', 'conference room': 'office',
  'meeting room': 'office', boardroom: 'office', 'board room': 'office', coworking: 'office', 'coworking space': 'office',
  cubicle: 'office', library: 'library', bookstore: 'library', bookshop: 'library', archive: 'library',
  cafe: 'cafe', café: 'cafe', 'coffee shop': 'cafe', coffeehouse: 'cafe', diner: 'cafe', restaurant: 'restaurant',
  bar: 'cafe', pub: 'cafe', tavern: 'cafe', bistro: 'restaurant', classroom: 'classroom', 'class room': 'classroom',
  'lecture hall': 'classroom', kindergarten: 'classroom', preschool: 'classroom', daycare: 'classroom',
  'play center': 'classroom', 'play centre': 'classroom', 'play area': 'classroom', playroom: 'classroom', 'play room': 'classroom', studio: 'studio', 'photo studio': 'studio', 'studio backdrop': 'studio',
  backdrop: 'studio', 'white background': 'studio', 'transparent background': 'studio', 'plain background': 'studio', 'product shot': 'studio',
  'product photo': 'studio', 'product photography': 'studio', packshot: 'studio', 'studio shot': 'studio',
  'studio photo': 'studio', 'art studio': 'art-studio', 'creative studio': 'art-studio', 'art room': 'art-studio',
  'art class': 'art-studio', 'art classroom': 'art-studio', 'painting studio': 'art-studio', atelier: 'art-studio',
  workshop: 'workshop', 'work shop': 'workshop', workbench: 'workshop', 'work bench': 'workshop', woodshop: 'workshop', 'wood shop': 'workshop', 'carpentry shop': 'workshop',
  "carpenter's workshop": 'workshop', 'woodworking shop': 'workshop', 'repair shop': 'workshop', 'tool shed': 'workshop',
  makerspace: 'workshop', 'maker space': 'workshop', forge: 'workshop', smithy: 'workshop', 'blacksmith shop': 'workshop',
  'pottery studio': 'workshop', 'ceramics studio': 'workshop', 'ceramic studio': 'workshop', 'pottery workshop': 'workshop',
  'craft room': 'art-studio', 'art school': 'art-studio', 'artist studio': 'art-studio', "artist's studio": 'art-studio', isolated: 'studio', dungeon: 'dungeon', cave: 'dungeon', cavern: 'dungeon',
  crypt: 'dungeon', catacomb: 'dungeon', catacombs: 'dungeon', cellar: 'dungeon', tomb: 'dungeon', lair: 'dungeon',
  grotto: 'dungeon', stage: 'stage', concert: 'stage', theater: 'stage', theatre: 'stage',
  forest: 'forest', woods: 'forest', woodland: 'forest', grove: 'forest',
  jungle: 'jungle', rainforest: 'jungle', 'tropical forest': 'jungle', beach: 'beach', seaside: 'beach',
  shore: 'beach', coast: 'coast', 'tropical island': 'beach', sand: 'beach', ocean: 'ocean', sea: 'ocean', wave: 'ocean', waves: 'ocean', surf: 'ocean',
  lake: 'lake', lakeside: 'lake', lakeshore: 'lake', pond: 'lake', marsh: 'lake', marshland: 'lake', wetland: 'lake', wetlands: 'lake', swamp: 'lake', 'lily pond': 'lake', river: 'lake',
  riverside: 'lake', riverbank: 'lake', 'ice rink': 'lake', 'skating rink': 'lake', stream: 'lake', creek: 'lake', canal: 'lake',
  harbor: 'ocean', harbour: 'ocean', marina: 'ocean', quay: 'ocean', quayside: 'ocean', wharf: 'ocean', seaport: 'ocean',
  'fishing port': 'ocean', 'fishing harbor': 'ocean', 'fishing harbour': 'ocean', 'boat dock': 'ocean', 'open sea': 'ocean', underwater: 'underwater',
  'under water': 'underwater', 'under the sea': 'underwater', undersea: 'underwater', seabed: 'underwater',
  'coral reef': 'underwater', reef: 'underwater', aquarium: 'underwater', 'ocean floor': 'underwater',
  'deep sea': 'underwater', mountain: 'mountains', mountains: 'mountains', alps: 'mountains', alpine: 'mountains', peak: 'mountains',
  summit: 'mountains', valley: 'mountains', cliff: 'coast', cliffs: 'coast', 'sea cliff': 'coast',
  coastline: 'coast', 'by the sea': 'coast', 'rocky coast': 'coast', 'ice floe': 'snow', iceberg: 'snow',
  'pack ice': 'snow', 'bamboo forest': 'forest', 'bamboo grove': 'forest', 'farmers market': 'market', desert: 'desert', dune: 'desert',
  dunes: 'desert', sahara: 'desert', canyon: 'canyon', 'wild west': 'desert', savanna: 'savanna',
  savannah: 'savanna', safari: 'savanna', serengeti: 'savanna', veldt: 'savanna', 'african plains': 'savanna',
  snow: 'snow', snowy: 'snow',
  winter: 'snow', arctic: 'snow', antarctic: 'snow', antarctica: 'snow', tundra: 'snow', 'north pole': 'snow',
  glacier: 'snow', 'ski slope': 'snow', street: 'city-street', 'city street': 'city-street', city: 'city-street',
  town: 'village', downtown: 'city-street', alley: 'city-street', road: 'city-street', highway: 'city-street',
  freeway: 'city-street', motorway: 'city-street', 'country road': 'city-street', 'dirt road': 'city-street',
  'brick wall': 'city-street', paris: 'city-street', london: 'city-street', 'new york': 'city-street',
  tokyo: 'city-street', shanghai: 'city-street', beijing: 'city-street', 'hong kong': 'city-street', seoul: 'city-street', singapore: 'city-street',
  dubai: 'city-street', chicago: 'city-street', 'san francisco': 'city-street', 'los angeles': 'city-street', berlin: 'city-street', sidewalk: 'city-street', market: 'market', village: 'village', hamlet: 'village', 'desert oasis': 'desert', 'an oasis': 'desert', 'the oasis': 'desert',
  'small town': 'village', skyline: 'skyline',
  cityscape: 'skyline', rooftop: 'skyline', skyscrapers: 'skyline', metropolis: 'skyline',
  'city skyline': 'skyline', 'view of the city': 'skyline', 'city view': 'skyline', 'city below': 'skyline', 'overlooking the city': 'skyline',
  'view over the city': 'skyline', 'city views': 'skyline', park: 'park', meadow: 'park', field: 'park', countryside: 'park', landscape: 'mountains', 'fantasy landscape': 'mountains',
  prairie: 'park', grassland: 'park', lawn: 'park', hill: 'park', hills: 'park', picnic: 'park',
  garden: 'garden', 'flower garden': 'garden', backyard: 'garden', greenhouse: 'greenhouse', orchard: 'garden',
  farm: 'farm', farmyard: 'farm', ranch: 'farm', pasture: 'farm', 'night sky': 'night-sky',
  'starry sky': 'night-sky', 'starry night': 'night-sky', stargazing: 'night-sky', 'under the stars': 'night-sky',
  space: 'space', 'outer space': 'space', 'deep space': 'space', galaxy: 'space', cosmos: 'space',
  universe: 'space', orbit: 'space', 'on the moon': 'space', 'moon surface': 'space', 'lunar surface': 'space',
  'surface of the moon': 'space', "moon's surface": 'space', mars: 'mars', 'red planet': 'mars', martian: 'mars',
  nebula: 'space',
  'space station': 'space', sky: 'sky', clouds: 'sky', 'in the clouds': 'sky', 'above the clouds': 'sky',
  heaven: 'sky',
  glasshouse: 'greenhouse', hothouse: 'greenhouse', 'hot house': 'greenhouse', conservatory: 'greenhouse',
  orangery: 'greenhouse', 'plant nursery': 'greenhouse', 'garden center': 'greenhouse', 'garden centre': 'greenhouse',
  'dining room': 'restaurant', 'fine dining': 'restaurant', trattoria: 'restaurant', brasserie: 'restaurant',
  steakhouse: 'restaurant', pizzeria: 'restaurant', eatery: 'restaurant', 'restaurant setting': 'restaurant',
  gorge: 'canyon', ravine: 'canyon', 'rock formations': 'canyon', 'rock formation': 'canyon', 'fairy chimneys': 'canyon',
  hoodoos: 'canyon', cappadocia: 'canyon', 'monument valley': 'canyon', 'grand canyon': 'canyon', 'slot canyon': 'canyon', 'red rock': 'canyon',
  'red rocks': 'canyon', headland: 'coast', bluff: 'coast', clifftop: 'coast', 'cliff top': 'coast',
  'cliff edge': 'coast', 'sea stack': 'coast', marketplace: 'market', bazaar: 'market',
  souk: 'market', 'street market': 'market', 'flea market': 'market', 'market stall': 'market',
  'market square': 'market', 'food market': 'market', 'night market': 'market', storefront: 'storefront',
  'store front': 'storefront', shopfront: 'storefront', 'shop front': 'storefront', 'shop window': 'storefront',
  'shop exterior': 'storefront', 'store exterior': 'storefront', boutique: 'storefront', shop: 'storefront',
  store: 'storefront', 'corner shop': 'storefront', 'flower shop': 'storefront', 'toy shop': 'storefront',
  'gift shop': 'storefront', stall: 'market', stalls: 'market', 'fruit stall': 'market', 'food stall': 'market', stadium: 'stadium', arena: 'stadium', ballpark: 'stadium', 'football pitch': 'stadium',
  'football field': 'stadium', 'soccer field': 'stadium', 'soccer pitch': 'stadium', 'sports field': 'stadium',
  'baseball field': 'stadium', 'cricket ground': 'stadium', 'football stadium': 'stadium', auditorium: 'stage',
  'opera house': 'stage', 'concert hall': 'stage', 'concert stage': 'stage',
  fjord: 'fjord', 'norwegian fjord': 'fjord', 'fjord landscape': 'fjord', 'sognefjord': 'fjord', 'geirangerfjord': 'fjord',
  parthenon: 'greek-temple', acropolis: 'greek-temple', 'greek temple': 'greek-temple', 'ancient greece': 'greek-temple',
  'ancient greek temple': 'greek-temple',
  // People at work and play (docs/local-engine.md, "Scenes of people").
  clinic: 'clinic', "doctor's office": 'clinic', 'doctors office': 'clinic', 'exam room': 'clinic', 'examination room': 'clinic',
  'hospital room': 'clinic', 'hospital ward': 'clinic', 'medical office': 'clinic', 'dental office': 'clinic',
  skatepark: 'skatepark', 'skate park': 'skatepark', 'skate bowl': 'skatepark', 'construction site': 'construction-site',
  'building site': 'construction-site', 'job site': 'construction-site', jobsite: 'construction-site', worksite: 'construction-site',
  'work site': 'construction-site', rink: 'lake', 'lecture theatre': 'classroom', 'lecture theater': 'classroom', 'greek ruins': 'greek-temple', 'temple of zeus': 'greek-temple',
};

/**
 * Genres that imply a place when the prompt names none: a science fiction picture is set among
 * the stars (any place the prompt names wins: "a sci-fi city" is the city).
 */
export const GENRE_SETTINGS: Record<string, SettingKind> = {
  'sci fi': 'space', scifi: 'space', 'science fiction': 'space', 'sci fi style': 'space', 'space opera': 'space',
};

/** Settings that are a picture on their own: with nothing else named, the place is the subject. */
export const SCENERY: ReadonlySet<SettingKind> = new Set<SettingKind>(['fjord', 'greek-temple']);

/** Settings a subject implies when the prompt names none. */
export const SETTING_OF_SUBJECT: Record<string, SettingKind> = {
  fish: 'underwater', 'tropical-fish': 'underwater', shark: 'underwater', octopus: 'underwater',
  squid: 'underwater', jellyfish: 'underwater', 'person-merpeople': 'underwater', whale: 'ocean',
  dolphin: 'ocean', sailboat: 'ocean', ship: 'ocean', 'motor-boat': 'ocean', speedboat: 'ocean',
  canoe: 'lake', astronaut: 'space', rocket: 'space', 'flying-saucer': 'space', satellite: 'space',
  'ringed-planet': 'space', alien: 'space', camel: 'desert', cactus: 'desert', scorpion: 'desert',
  penguin: 'snow', 'polar-bear': 'snow', snowman: 'snow', 'christmas-tree': 'snow', giraffe: 'savanna',
  zebra: 'savanna', lion: 'savanna', elephant: 'savanna', rhinoceros: 'savanna', hippopotamus: 'savanna',
  leopard: 'savanna', 'water-buffalo': 'savanna', acacia: 'savanna', frog: 'lake', swan: 'lake', duck: 'lake',
  goose: 'lake', 'lily-pad': 'lake', wader: 'lake', reeds: 'lake', kaiju: 'skyline', 'mars-planet': 'space', 'jupiter-planet': 'space', 'venus-planet': 'space', bridge: 'lake', waterfall: 'jungle', submarine: 'underwater', chest: 'dungeon',
  'running-shoe': 'studio', 'hiking-boot': 'studio', 'high-heeled-shoe': 'studio', 'string-lights': 'bedroom',
  automobile: 'city-street', chair: 'living-room', 'proc:sofa': 'living-room', 'proc:armchair': 'living-room',
  'racing-car': 'city-street', taxi: 'city-street', bus: 'city-street', 'police-car': 'city-street',
  motorcycle: 'city-street', 'office-building': 'skyline', cow: 'farm', pig: 'farm', chicken: 'farm',
  rooster: 'farm', tractor: 'farm', ewe: 'farm', goat: 'farm', barn: 'farm', 'palm-tree': 'beach',
  crab: 'beach', 'spiral-shell': 'beach', 'evergreen-tree': 'forest', deer: 'forest', bear: 'forest',
  wolf: 'forest', fox: 'forest', owl: 'forest', mushroom: 'forest', 'hot-beverage': 'cafe',
  'teacup-without-handle': 'cafe', window: 'living-room', 'person-surfing': 'ocean', 'water-wave': 'ocean', piano: 'stage', microphone: 'stage', guitar: 'stage', singer: 'stage',
  books: 'library', bookshelf: 'library', laptop: 'office', 'desktop-computer': 'office',
  'technologist': 'office', teacher: 'classroom', student: 'classroom', cook: 'kitchen',
  'pot-of-food': 'kitchen', airplane: 'sky', 'hot-air-balloon': 'sky', kite: 'park', eagle: 'mountains',
  'mount-fuji': 'mountains', volcano: 'mountains', monkey: 'jungle', gorilla: 'jungle', parrot: 'jungle',
  tiger: 'jungle', sloth: 'jungle', 'tulip': 'garden', rose: 'garden', sunflower: 'garden',
  butterfly: 'garden', 'potted-plant': 'living-room', 'lady-beetle': 'garden', snail: 'garden', sofa: 'living-room',
  armchair: 'living-room', rug: 'living-room', lamp: 'living-room', 'teddy-bear': 'bedroom', bed: 'bedroom', fireplace: 'living-room', lighthouse: 'coast',
  // Products with no place named are shown on studio paper.
  'lotion-bottle': 'studio', watch: 'studio', goggles: 'studio', coat: 'studio', 't-shirt': 'studio', dress: 'studio',
  stadium: 'stadium', 'convenience-store': 'storefront', 'department-store': 'storefront', 'soccer-ball': 'stadium',
  hoodie: 'studio', jeans: 'studio', socks: 'studio', backpack: 'studio', purse: 'studio', 'nail-polish': 'studio',
  'mobile-phone': 'studio', wok: 'kitchen', 'stir-fry': 'kitchen',
  handbag: 'studio', lipstick: 'studio', 'womans-hat': 'studio', 'bottle-with-popping-cork': 'studio',
};
