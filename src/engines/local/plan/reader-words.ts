// Word lists the prompt reader (prompt-reader.ts) reads people, colours and counts by.

// Colour words that are also things (docs/local-engine.md, "Words everyday prompts use").
/** Groups whose size follows them: "a family of four", "a team of 5". */
export const SIZED_GROUPS = new Set(['family', 'group', 'team', 'crew', 'party', 'household', 'squad', 'gang', 'band']);
export const COLOR_THINGS = new Set(['orange', 'peach', 'coral', 'olive', 'lime', 'ruby', 'emerald', 'stone']);
// Basic hues a colour word before them shades ("lime green"): the two words are one colour.
export const HUES = new Set(['red', 'green', 'blue', 'yellow', 'grey', 'gray', 'pink', 'purple', 'brown', 'orange']);
// Colour words that, before a person, say who they are: the figure keeps its own skin and hair.
export const SKIN_COLORS = new Set(['white', 'black', 'brown']);
// Person pictures: the people emoji and those of people at work or play ("woman-office-worker", "person-running").
export const PERSON_ICON = /^(man|woman|person|people|boy|girl|child|baby|old-man|old-woman|older-person|family|couple)(-|$)/;
// Groups of people, counted rather than drawn as one picture ("an asian family").
export const PEOPLE_GROUPS = new Set(['family', 'families', 'couple', 'couples', 'crowd', 'people', 'group', 'team', 'friends']);
export const SIZE_OR_AGE = new Set(['young', 'old', 'elderly', 'little', 'small', 'tall', 'older', 'teenage', 'middle-aged']);
// "elderly", "aged": the old person's emoji in place of the man, woman or person.
export const AGED = new Set(['elderly', 'old', 'aged', 'older', 'aging', 'ageing', 'wrinkled', 'grey-haired', 'gray-haired']);
export const OLD_OF: Record<string, string> = { man: 'old-man', woman: 'old-woman', person: 'older-person', 'man-bald': 'old-man' };
export const ONE_PAIR = new Set(['headphone', 'glasses', 'sunglasses', 'goggles', 'jeans', 'shorts', 'scissors', 'briefs', 'chopsticks']);
/** Pictures that already show a pair (sneakers, socks): two of them are one picture, and a product shot of them is one. */
export const PAIRED = new Set(['running-shoe', 'hiking-boot', 'high-heeled-shoe', 'mans-shoe', 'flat-shoe', 'ballet-shoes', 'socks', 'gloves', 'womans-boot', 'womans-sandal']);
/** Words after a number that make it a time, a size or an angle ("12 o'clock", "30 cm", "15 degrees"), no count. */
export const NUMBER_UNITS = /^(o'?clock|oclock|am|pm|cm|mm|km|inch|inches|ft|feet|degree|degrees|percent|px|fps|hz|kg|ml|oz|hours?|minutes?|seconds?)$/;
