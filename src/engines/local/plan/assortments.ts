// A word for a kind of thing ("food", "fruit", "toys", "sea creatures", "musical instruments") is
// drawn as a few typical members, each named in `text` by what it is (docs/local-engine.md,
// "Words for kinds of things"): a lone picture chosen by keyword was one egg for "food", two oxen
// for "farm animals", three postal horns for "musical instruments". The prompt is rewritten before
// it is read, so what follows the word ("fruit on a wooden table") still applies to them.

/** Kind words (the whole phrase, lower case) and the members drawn for them, main first. */
const KINDS: [string, string][] = [
  // Cuisines and kinds of food, before "food" alone.
  ['(?:fast|junk) foods?', 'a burger, fries and a soda'],
  ['street foods?', 'a taco, a hot dog and a pretzel'],
  ['(?:italian) (?:foods?|cuisine|dishes)', 'a pizza, pasta and cheese'],
  ['(?:japanese) (?:foods?|cuisine|dishes)', 'sushi, ramen and a dumpling'],
  ['(?:chinese|asian) (?:foods?|cuisine|dishes)', 'dumplings, ramen and rice'],
  ['(?:mexican) (?:foods?|cuisine|dishes)', 'a taco, a burrito and a hot pepper'],
  ['(?:indian) (?:foods?|cuisine|dishes)', 'curry, flatbread and rice'],
  ['(?:french) (?:foods?|cuisine|dishes)', 'a croissant, a baguette and cheese'],
  ['(?:american) (?:foods?|cuisine|dishes)', 'a burger, a hot dog and fries'],
  ['(?:healthy|vegan|vegetarian|plant-based) (?:foods?|meals?|eating|dishes)', 'a salad, an avocado and an apple'],
  ['sea ?foods?', 'shrimp, a crab and an oyster'],
  ['(?:foods?|meals)', 'a burger, a pizza and a salad'],
  ['(?:fresh |tropical )?fruits?', 'an apple, a banana and a pear'],
  ['(?:vegetables|veggies|veg)', 'a carrot, a tomato and broccoli'],
  ['(?:desserts|sweets|treats)', 'a cupcake, a donut and ice cream'],
  ['(?:candies|candy)', 'a lollipop, candy and a chocolate bar'],
  ['(?:pastries|baked goods)', 'a croissant, a donut and a cupcake'],
  ['snacks', 'popcorn, a pretzel and a cookie'],
  ['(?:drinks|beverages)', 'juice, a soda and a cup of coffee'],
  ['toys', 'a teddy bear, a ball and a kite'],
  ['(?:sea creatures|sea animals|ocean animals|marine animals|marine life|sea life|ocean life)', 'a fish, an octopus and a crab'],
  ['(?:farm animals|farmyard animals|barnyard animals|livestock)', 'a cow, a pig and a chicken'],
  ['(?:wild animals|safari animals|jungle animals|african animals|zoo animals)', 'a lion, an elephant and a giraffe'],
  ['(?:woodland animals|woodland creatures|forest animals|forest creatures)', 'a fox, a deer and a rabbit'],
  ['(?:pets)', 'a dog and a cat'],
  ['(?:insects|bugs)', 'a butterfly, a ladybug and a bee'],
  ['(?:musical instruments|instruments)', 'a guitar, a violin and a drum'],
  ['(?:tools|hand tools)', 'a hammer, a wrench and a screwdriver'],
  ['(?:school supplies|stationery)', 'a pencil, a notebook and scissors'],
  ['(?:sports equipment|sports gear|sports balls)', 'a soccer ball, a basketball and a baseball'],
  ['(?:gadgets|electronics|devices)', 'a smartphone, a laptop and headphones'],
];

// The word must be the head of its phrase: what follows it ends the phrase or begins a new one.
// ("food truck", "fruit fly", "toys store" and "tools icon" keep their own meaning.)
const FOLLOW = String.raw`(?=\s*$|\s*[,.;:!?)&+/]|\s+(?:on|in|at|with|and|or|from|for|of|under|over|near|by|beside|inside|around|across|against|among|floating|flying|swimming|served|laid|arranged|spread|scattered|piled|displayed|falling|that|which|are|is|being|surrounding|everywhere|galore)\b)`;
// Words that make "food" or "toys" something else: pet food is a bag, dog toys are not a teddy bear.
const NOT_AFTER = String.raw`(?<!\b(?:pet|dog|cat|bird|fish|baby|plant|garden|power|software|ai|design|marketing|data|developer|dev|editing|productivity|kitchen|surgical|scientific|medical|lab|measuring|dental|hardware|brass|string|stringed|wind|woodwind|percussion|fried|no|without)\s+)`;
// Or it names the picture's layout ("healthy food flat lay", "fruit pattern"), unless the things
// are named after it. ("Food photography" names a kind of photo: the things are named elsewhere.)
const FORMAT = String.raw`(?=\s+(?:flat ?lays?|spreads?|platters?|still lifes?|arrangements?|collages?|patterns?|backgrounds?|wallpapers?)\b(?!\s+(?:of|featuring|showing|with)\b))`;

const PATTERNS = KINDS.map(([kind, members]) => ({ re: new RegExp(String.raw`${NOT_AFTER}\b${kind}\b(?:${FOLLOW}|${FORMAT})`, 'gi'), members }));

/** The prompt with words for kinds of things replaced by a few typical members. */
export function assortments(text: string): string {
  let out = text;
  for (const { re, members } of PATTERNS) {
    // "A bowl of fruit", "some delicious food": the members fill it, and the prompt's own article
    // or adjective stays with the first of them.
    out = out.replace(re, members.replace(/^an? /, ''));
  }
  return out;
}
