// Prompts people really send to image APIs, gathered from public code, docs and prompt
// collections (each with where it was found), to measure the local engine on prompts it was not
// written for. Long prompts are cut to their first sentences (the part that names the picture).
// `splitPrompts` halves them deterministically: within each category the 1st, 3rd, 5th, … prompt
// is for tuning, the 2nd, 4th, … is held out and looked at only to measure (docs/local-engine.md).

export type PromptCategory = 'marketing' | 'product' | 'portrait' | 'ui' | 'scene' | 'style';

export interface RealPrompt {
  prompt: string;
  category: PromptCategory;
  /** Where the prompt was found: a repository and path, or a page. */
  source: string;
}

const HADI = 'github.com/Hunter-Hadi/ext src/features/onboarding/constants/artSamplePromptPool.ts';
const FOCUS = 'github.com/The-Focus-AI/nano-banana-cli skills/nano-banana-imagegen/examples/headers-and-heroes.md';
const IMAGINPRO = 'github.com/imaginpro/imaginepro-claude-plugin docs/prompt-library/web-assets.md';
const TOMMERTOM = 'github.com/Tommertom/coderBOT website/public/image-prompts.md';
const BEEHIVE = 'github.com/brandonlacoste9-tech/Beehive wiki/Cookbook.md';
const DATVEX_PRODUCT = 'github.com/Datvex/Datvex-prompt-LAB main_base/purpose/image_product.md';
const DATVEX_ART = 'github.com/Datvex/Datvex-prompt-LAB main_base/purpose/image_concept_art.md';
const GEMINI = 'ai.google.dev/gemini-api/docs/image-generation (prompt examples)';
const DALLE3 = 'openai.com/dall-e-3 (landing page examples, as quoted in a public prompt list)';
const CMDLIB = 'commandslibrary.com/stable-diffusion-prompts-examples/';
const CMDLIB_PDF = 'commandslibrary.com/stable-diffusion-prompt-pdf/';
const HEADSHOT = 'github.com/youbbi/headshot-ai-app headshot-app/prompt.md';
const KRITI = 'github.com/kvineet002/Kriti2025 frontend/src/constants/promptList.js';
const TLASK = 'github.com/tlaskowsky/ebook-chatgpt-midjourney-intro-to-prompts-jp prompts4.md';
const KAWAII = 'huggingface.co/imagepipeline/Cute-Kawaii README.md (widget prompts)';

export const REAL_PROMPTS: RealPrompt[] = [
  // marketing: banners, heroes, thumbnails, posters, logos
  { category: 'marketing', source: HADI, prompt: 'Design an attention-grabbing graphic for a social post on healthy eating trends. Focus on food and without human faces or text.' },
  { category: 'marketing', source: HADI, prompt: 'Create an email banner for email sharing Christmas holiday greetings. With clear text: "Merry Christmas!". Without human faces or other texts.' },
  { category: 'marketing', source: HADI, prompt: 'Generate one single logo for a business eco-friendly packaging firm. Without human faces or texts.' },
  { category: 'marketing', source: HADI, prompt: 'Generate an image for a banner ad on the theme of fitness, without text or human face.' },
  { category: 'marketing', source: HADI, prompt: 'Generate an image that will complement a blog post on the topic mental health.' },
  { category: 'marketing', source: HADI, prompt: 'Generate a hero image for a website dedicated to online learning. With clear beautiful human faces. Highlight the online learning concept.' },
  { category: 'marketing', source: HADI, prompt: 'Create a vibrant poster promoting an upcoming event hosted by my company that focuses on community events, featuring captivating visuals. Without text.' },
  { category: 'marketing', source: HADI, prompt: 'Generate a compelling thumbnail for a promotional video showcasing success stories from customers, designed to attract clicks and drive engagement on platforms like YouTube or social media.' },
  { category: 'marketing', source: FOCUS, prompt: 'Wide 16:9 header image for a technology article. Clean minimalist design featuring abstract circuit patterns and geometric shapes.' },
  { category: 'marketing', source: FOCUS, prompt: 'Professional hero image for a business case study. Abstract visualization of data flow and connectivity using simple geometric shapes. Warm white background with teal and orange accents.' },
  { category: 'marketing', source: FOCUS, prompt: 'Professional LinkedIn banner image. Abstract network visualization with connected nodes and lines. Corporate blue and white color scheme.' },
  { category: 'marketing', source: FOCUS, prompt: 'Hero image for a productivity SaaS landing page. Isometric illustration of people collaborating around floating interface elements. Soft pastel colors.' },
  { category: 'marketing', source: FOCUS, prompt: 'Twitter header image for a tech startup. Minimalist abstract design with subtle geometric patterns. Brand colors: electric blue and white.' },
  { category: 'marketing', source: 'github.com/frankxai/arcanea-infogenius prompts/professional-visuals/01-hero-banner.md', prompt: 'Create a 16:9 hero banner for a visual intelligence platform. A luminous command center where data streams transform into beautiful visuals.' },
  { category: 'marketing', source: 'github.com/ketankshukla/metronagon youtube-banner-prompt.md', prompt: 'Ultrawide cinematic banner, dark black background, gold metallic accents. Center: large gold pentagon logo. Left side: stack of dramatic fantasy book covers with gold rim lighting.' },
  { category: 'marketing', source: IMAGINPRO, prompt: 'modern SaaS platform landing page hero image, professional team collaborating in bright modern office, laptops and digital screens visible, clean blue and white color scheme' },
  { category: 'marketing', source: IMAGINPRO, prompt: 'creative team brainstorming in modern studio space, colorful sticky notes and sketches on wall, diverse professionals collaborating, energetic innovative mood' },
  { category: 'marketing', source: 'github.com/jvalenzano/ai-youtube-kb docs/prompts/THUMBNAIL_PROMPT.md', prompt: 'Create a professional, attention-grabbing thumbnail image for a GitHub repository that transforms YouTube playlists into AI-powered knowledge bases.' },
  { category: 'marketing', source: TOMMERTOM, prompt: 'Modern illustration of a lightbulb or spark of inspiration appearing above a person in various locations: on a bus, at a cafe, in a park' },

  // product shots
  { category: 'product', source: 'github.com/cryptoshield12/prompt-collection-site prompts/10-product-photography-clean-white.md', prompt: 'A commercial product photograph of a luxury watch, studio lighting with softbox and reflector, clean white seamless background, sharp focus on the watch face' },
  { category: 'product', source: DATVEX_PRODUCT, prompt: 'Studio product shot of a futuristic VR headset. Materials: Matte black polymer and glowing glass visor. Background: Minimalist dark gray.' },
  { category: 'product', source: DATVEX_PRODUCT, prompt: 'Professional food photography of a gourmet cheeseburger. Melting cheddar, crisp lettuce, steam rising, sesame seeds on a brioche bun. Background: Dark, moody restaurant setting.' },
  { category: 'product', source: DATVEX_PRODUCT, prompt: 'Commercial photography of a luxury perfume bottle. Mid-air water splash with floating rose petals. Background: Soft pink gradient.' },
  { category: 'product', source: HADI, prompt: 'Generate a realistic product mockup for an Elegant Glass Meal Prep Set, which will allow customers to envision the product before making a purchase.' },
  { category: 'product', source: HADI, prompt: 'Design a visually appealing brochure showcasing the benefits of a premium skincare line, targeting business owners.' },
  { category: 'product', source: BEEHIVE, prompt: 'Modern bottle on marble counter with steam and ice' },
  { category: 'product', source: BEEHIVE, prompt: 'A sleek stainless steel water bottle' },
  { category: 'product', source: GEMINI, prompt: 'A high-resolution, studio-lit product photograph of a minimalist ceramic coffee mug in matte black, presented on a polished concrete surface.' },
  { category: 'product', source: 'civitai.com/images/45212006', prompt: 'a jellycat style furry starbucks latte coffee cup, cream topping, macaron color scheme, gradient green background, studio light effect' },
  { category: 'product', source: KAWAII, prompt: 'cute 3d kawaii coca cola can dancing, sticker style, pastel background' },
  { category: 'product', source: IMAGINPRO, prompt: 'lifestyle fashion photography, person wearing trendy outfit in urban environment, natural confident pose, modern street style, warm golden hour lighting' },

  // portraits and people
  { category: 'portrait', source: CMDLIB, prompt: 'A realistic portrait of a 20 year old woman smiling subtly, straight brown hair, depth of field' },
  { category: 'portrait', source: CMDLIB, prompt: 'Black and white high contrast photo of an elderly bald man with bushy eyebrows staring pensively to the side' },
  { category: 'portrait', source: CMDLIB, prompt: 'Waist up picture of a middle aged businessman in a suit, greying hair, warm lighting' },
  { category: 'portrait', source: 'commandslibrary.com/stable-diffusion-image-prompt/', prompt: 'A beautiful young woman with long blonde hair blowing in the wind, portrait photo, soft lighting' },
  { category: 'portrait', source: GEMINI, prompt: 'A photorealistic close-up portrait of an elderly Japanese ceramicist with deep, sun-etched wrinkles and a warm, knowing smile.' },
  { category: 'portrait', source: 'commandslibrary.com/stable-diffusion-prompt-ai/', prompt: 'A cute, silly portrait of a baby panda laughing while eating bamboo' },
  { category: 'portrait', source: HEADSHOT, prompt: 'Professional LinkedIn-style corporate headshot. Subject facing camera with confident, approachable expression. Neutral solid background (light gray or soft blue). Clean business attire visible.' },
  { category: 'portrait', source: HEADSHOT, prompt: 'Dramatic black and white executive portrait. High-contrast artistic lighting with defined shadows. Professional subject with commanding presence.' },
  { category: 'portrait', source: HEADSHOT, prompt: 'Modern creative professional headshot. Close-up portrait with shallow depth of field. Soft bokeh background with warm, natural lighting.' },
  { category: 'portrait', source: 'github.com/samuxbuilds/awesome-prompts prompts/people/example-professional-headshot.md', prompt: 'Professional headshot of a woman for LinkedIn, warm approachable smile, business professional attire (blazer, button-up), soft gradient background' },
  { category: 'portrait', source: TLASK, prompt: 'a robot photographer taking a picture, gray scale, white background, clean lines' },
  { category: 'portrait', source: TLASK, prompt: 'illustration of a young boy digital artist with a mischevious surprised look, thumbs up sign, clean, white background, black and white, anime style' },
  { category: 'portrait', source: CMDLIB_PDF, prompt: 'A female elf ranger adventurer with long blonde hair, pointy ears, green eyes' },

  // UI and screens
  { category: 'ui', source: BEEHIVE, prompt: 'Dashboard UI with charts and contact cards' },
  { category: 'ui', source: FOCUS, prompt: 'App store feature image. Smartphone mockup floating at an angle with abstract colorful shapes flowing around it. Gradient background from purple to blue.' },
  { category: 'ui', source: IMAGINPRO, prompt: 'clean minimal code editor interface on large monitor, professional developer workspace, dark mode aesthetic with accent colors' },
  { category: 'ui', source: IMAGINPRO, prompt: 'organized clean workspace from above, laptop showing productivity dashboard, notebook and coffee, plants and minimal desk accessories' },
  { category: 'ui', source: TOMMERTOM, prompt: 'Illustration of urgent alert notifications and error messages appearing on a phone screen, clock showing urgency, red alert symbols' },
  { category: 'ui', source: TOMMERTOM, prompt: 'Minimalist illustration of a powerful AI robot or brain symbol locked behind a desktop computer screen, chain or lock visual metaphor' },
  { category: 'ui', source: TOMMERTOM, prompt: 'Frustrating illustration of tangled connections between mobile phone, VPN symbols, SSH terminal with tiny text, remote desktop with lag symbols' },
  { category: 'ui', source: KRITI, prompt: 'Design a restaurant website with a menu, reservation system, and gallery.' },
  { category: 'ui', source: KRITI, prompt: 'Create an e-commerce website with product categories, cart, and checkout.' },
  { category: 'ui', source: KRITI, prompt: 'Build a fitness website with workout tutorials, health blogs, and membership sign-up.' },
  { category: 'ui', source: 'github.com/DevAnuragT/conversational_product_designer tambo-starter-template/EXAMPLE_PROMPTS.md', prompt: 'Build a landing page for BrewCraft, an artisan coffee roastery, with a hero about premium coffee experiences and a call-to-action to order online.' },
  { category: 'ui', source: 'github.com/vijayvani0690/prompticle docs/COMPLETE_IMAGE_GENERATION_MATRIX.md', prompt: 'Create a landing page for a project management SaaS product. Large heading: "Manage Projects Effortlessly".' },

  // scenes
  { category: 'scene', source: GEMINI, prompt: 'Create a picture of a futuristic banana with neon lights in a cyberpunk city.' },
  { category: 'scene', source: DALLE3, prompt: 'A paper craft art depicting a girl giving her cat a gentle hug. Both sit amidst potted plants.' },
  { category: 'scene', source: 'cdn.openai.com/papers/dall-e-3.pdf (as quoted in a public prompt list)', prompt: 'An illustration from a graphic novel. A bustling city street under the shine of a full moon. At the corner stall, a young woman with fiery red hair is haggling with the grumpy old vendor.' },
  { category: 'scene', source: 'commandslibrary.com/stable-diffusion-prompt-photo/', prompt: 'A painting of a girl playing near a pond in a forest' },
  { category: 'scene', source: 'commandslibrary.com/stable-diffusion-prompt-ai/', prompt: 'A scenic photograph of a Victorian house with intricate gingerbread trim on a sunny day' },
  { category: 'scene', source: CMDLIB, prompt: 'Aerial photography of the great barrier reef in Australia' },
  { category: 'scene', source: DATVEX_ART, prompt: 'A snow globe with cherry blossoms, glowing torii gate, traditional Japanese garden, dreamy spring night.' },
  { category: 'scene', source: DATVEX_ART, prompt: 'A cozy snow globe with a tiny glowing café, surrounded by stars, warm light, dreamy night atmosphere.' },
  { category: 'scene', source: DATVEX_ART, prompt: 'A snow globe with an underwater world inside, glowing jellyfish, coral reefs, dreamy blue light.' },
  { category: 'scene', source: KAWAII, prompt: 'cute kawaii ginger cat playing with a ball of green yarn, pink floor' },
  { category: 'scene', source: 'civitai.com/images/27772352', prompt: 'a disney character holding a coffee cup, in a beanie, sitting at a cafe' },
  { category: 'scene', source: 'github.com/CulleyHarrelson/bot-e bin/test_image_gen.sh', prompt: 'A Spoonful of Advice' },
  { category: 'scene', source: GEMINI, prompt: 'A minimalist composition featuring a single, delicate red maple leaf positioned in the bottom-right of the frame.' },
  { category: 'scene', source: BEEHIVE, prompt: 'Stylish rooftop, city skyline, sunset lighting' },
  { category: 'scene', source: DATVEX_ART, prompt: 'A fantasy snow globe with a tiny castle, floating islands, glowing magic circles, epic RPG atmosphere.' },
  { category: 'scene', source: 'commandslibrary.com/stable-diffusion-prompt-photo/', prompt: 'A misty forest in autumn, red and yellow leaves' },

  // styles
  { category: 'style', source: DALLE3, prompt: 'An ink sketch style illustration of a small hedgehog holding a piece of watermelon with its tiny paws, taking little bites with its eyes closed in delight.' },
  { category: 'style', source: DALLE3, prompt: 'Pixel art scene of Coit Tower standing tall on Telegraph Hill, with a panoramic view of the city below and birds flying around.' },
  { category: 'style', source: DALLE3, prompt: 'Illustration in flat design style of a diverse family of monsters. The group includes a furry brown monster, a sleek black monster with antennas, a spotted green monster.' },
  { category: 'style', source: DALLE3, prompt: 'An antique botanical illustration drawn with fine lines and a touch of watercolour whimsy, depicting a strange lily crossed with a Venus flytrap.' },
  { category: 'style', source: DALLE3, prompt: "A vintage travel poster for Venus. A silhouette of a vintage rocket ship approaching thick yellowish clouds. The bottom text reads, 'Explore Venus'." },
  { category: 'style', source: CMDLIB_PDF, prompt: 'An ornate oil painting of a white cat with blue eyes, thick textured brush strokes, soft lighting, golden frame' },
  { category: 'style', source: CMDLIB_PDF, prompt: 'A watercolor painting of a fantasy landscape, soft pastel colors, flowing brush strokes' },
  { category: 'style', source: CMDLIB_PDF, prompt: 'An intricate pencil drawing of a girl with freckles and curly red hair, sharp focus, detailed textures' },
  { category: 'style', source: TLASK, prompt: 'an illustration of concept of happiness manifesting as beautiful flowers, white background, clean, black and white, comic style' },
  { category: 'style', source: DATVEX_ART, prompt: 'A futuristic snow globe with neon lights, cyberpunk city, glowing holograms, surreal sci-fi atmosphere.' },
  { category: 'style', source: GEMINI, prompt: "A kawaii-style sticker of a happy red panda wearing a tiny bamboo hat. It's munching on a green bamboo leaf." },
  { category: 'style', source: 'huggingface.co/spaces/AlStable/AlPrompt/discussions/4', prompt: 'A red panda, dramatic lighting, 4 k, trending on artstation ; in cartoon style' },
  { category: 'style', source: DATVEX_ART, prompt: 'Architectural concept sketch. Mix of hand-drawn pencil lines and blue blueprint grids. Subject: Futuristic sustainable skyscraper.' },
];

/** The tuning half and the held-out half: alternate prompts within each category. */
export function splitPrompts(set: 'tuning' | 'held-out'): RealPrompt[] {
  const seen = new Map<PromptCategory, number>();
  return REAL_PROMPTS.filter((p) => {
    const i = seen.get(p.category) ?? 0;
    seen.set(p.category, i + 1);
    return (i % 2 === 0) === (set === 'tuning');
  });
}
