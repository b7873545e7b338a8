// A sixth held-out set of real prompts, gathered on 2026-12-03 by someone who does not tune the
// engine, from sources none of real-prompts.ts and held-out-2.ts … held-out-5.ts uses (nor another
// page of a prompt site, or another file of a repository, that they use), taken in the order they
// were met, at most three from any one source (the pages of one prompt site count as one source).
// Prompts that were only templates with unfilled blanks, whose source could not be named, that the
// stored copy cut off mid-prompt, or that were only an edit instruction naming nothing to draw
// ("make the lighting warmer") were passed over, and once a category had its share the next
// prompts of that category were not taken; guides' "weak" example prompts were taken like the
// others. Not looked at while tuning: only rendered to measure (`npm run gallery -- --set
// held-out-6`). Each prompt is as its author wrote it; long ones are cut to their first sentences,
// line breaks inside a prompt became spaces, markdown emphasis marks were dropped, and so were the
// part labels of a formula example ("(Subject)") and the full stop of a sentence quoting a prompt.
import type { RealPrompt } from './real-prompts.js';

const NANO_BANANA_EXAMPLES = 'github.com/jongwony/cc-plugin google/skills/nanobanana-prompt/references/EXAMPLE.md';
const NANO_BANANA_CHEAT_SHEET = 'dev.to/tech_croc_f32fbb6ea8ed4/the-nano-banana-cheat-sheet-v2-pro-5841';
const NOMUSICA = 'nomusica.com/nano-banana-prompts/';
const MASTERING_AI_ART = 'masteringaiart.com/simple-midjourney-prompt-formula-cheat-sheet/';
const TOOLSIFT = 'toolsift.io/en/blog/midjourney-prompts-guide-2026';
const PROMPTFORK = 'promptfork.app/p/midjourney-master-prompt (the three worked examples)';
const ILLUCEO = 'illuceo.space/tutorials/midjourney/';
const MYCAR_PROMPTS = 'github.com/alexz88dev/bootstrap-rn app-store/COPY-PASTE-PROMPTS.md';
const SINGULARITY_SOUP = 'www.singularitysoup.com/resources/ai-tools-applications/image-generation-editing/dall-e-3-turning-words-into-images.html';
const ZIGCODE_DALLE = 'www.zigcode.com/zig/tutorialspoint/dall-e/dall-e-understanding-prompts.html';
const TSHIRT_LORA = 'huggingface.co/dhanushreddy29/tshirt-design README.md (model card prompts)';
const AMAZING_LOGOS = 'huggingface.co/iamkaikai/amazing-logos README.md (prompt examples)';
const LOGO_DESIGN_LORA = 'huggingface.co/Shakker-Labs/FLUX.1-dev-LoRA-Logo-Design README.md (widget prompts)';
const ALOA_SAMPLES = 'github.com/AloaAgency/product-ai-generator public/sample-prompts.md';
const PERSONAL_SITE_PROMPTS = 'github.com/lukelei2025/personal_website design_prompts.md';
const WATERCOLOR_LORA = 'huggingface.co/TheAwakenOne/watercolor README.md (widget prompts)';

export const HELD_OUT_6_PROMPTS: RealPrompt[] = [
  { category: 'marketing', source: NOMUSICA, prompt: 'Create a minimalist poster of a mountain cabin at night, flat vector illustration style, deep blue color palette, soft moonlight, centered composition, 4:5 aspect ratio.' },
  { category: 'marketing', source: 'dev.to/xi_yo_16f7f66b72717c921cf/a-simple-prompt-schema-for-ai-logo-and-poster-generation-4e56 (the basic prompt)', prompt: 'Create a modern logo for a coffee brand called Brew & Bean.' },
  { category: 'marketing', source: 'www.designlumo.com/resources/small-business-saturday-guide-for-media-publishers', prompt: 'vibrant 2024 Small Business Saturday header, downtown street, shop windows, bold teal and orange accents, space for headline text' },
  { category: 'marketing', source: 'docs.ideogram.ai/using-ideogram/prompting-guide/2-prompting-fundamentals/text-and-typography', prompt: 'A poster on a wall with text that reads: "Everything you can imagine is real. – Pablo Picasso"' },
  { category: 'marketing', source: TSHIRT_LORA, prompt: 'Tshirt Design, A cartoon image of a person juggling paintbrushes, gears, and lightbulbs, with the phrase "Embrace the Mess" written in playful, graffiti-style font. The background is a mix of vibrant splashes of paint and abstract doodles, representing creativity in action, tsdsign' },
  { category: 'marketing', source: TSHIRT_LORA, prompt: 'Tshirt Design, A skeleton skateboarding through outer space, leaving a trail of colorful stardust behind. The words "Skate Through the Universe" wrap around the design in glowing, stylized font, tsdsign' },
  { category: 'marketing', source: AMAZING_LOGOS, prompt: 'Simple elegant logo for [Google], [G circle United states], successful vibe, minimalist, thought-provoking, abstract, recognizable, black and white' },
  { category: 'marketing', source: AMAZING_LOGOS, prompt: 'Simple elegant logo for Digital Art, D A circle, successful vibe, minimalist, thought-provoking, abstract, recognizable, black and white' },
  { category: 'marketing', source: LOGO_DESIGN_LORA, prompt: 'logo,Minimalist,Make a picture of a camera with the word \'Me\'' },
  { category: 'marketing', source: LOGO_DESIGN_LORA, prompt: 'wablogo, Minimalist, banboo and panda,logo' },
  { category: 'product', source: NANO_BANANA_CHEAT_SHEET, prompt: '[Attach napkin sketch + fabric sample] Using the attached sketch as the structure and the fabric sample as the texture, transform this into a high-fidelity 3D armchair. Place it in a sun-drenched, minimalist living room.' },
  { category: 'product', source: PROMPTFORK, prompt: 'Professional studio photograph of a matte-black ceramic coffee mug, thin wisp of steam curling upward, charcoal seamless backdrop, three-point studio lighting with a warm rim light on the right, clean and premium, dark warm gradient, centered --ar 4:5 --style raw --stylize 150' },
  { category: 'product', source: ILLUCEO, prompt: 'Luxury perfume bottle on white marble surface, soft studio lighting, professional product photography, reflection, minimalist luxury aesthetic --ar 1:1' },
  { category: 'product', source: 'www.imagprompts.com/2026/02/dynamic-product-shot-with-milk-splash.html', prompt: 'Commercial product photography, dark navy protein drink bottle with condensation droplets and metallic label finish, bursting through asymmetric creamy white milk splash with crown-splash geometry and satellite droplets, fresh blueberries at varying focal planes, mint leaves with visible vein structure and translucency, strong rim lighting from 45° rear creating luminous edge separation on splash edges, warm amber bokeh circles in deep gradient background transitioning from honey gold through burnt sienna to midnight blue, soft 2:1 fill light on bottle front from large source, high-speed 1/8000s capture effect with frozen droplet shapes, 8k resolution, photorealistic surface textures with subsurface scattering in milk, professional advertising aesthetic, shallow depth of field with focus plane on label center, energetic motion arrested at peak tension --ar 16:9 --style raw --v 6' },
  { category: 'product', source: 'www.imagprompts.com/2026/02/barbiecore-beverly-hills-creating-low.html', prompt: 'Hyper-realistic commercial product photography, Nestlé strawberry milk carton levitating at precise 15-degree backward tilt, explosive creamy pink milk splash forming asymmetric liquid crown with defined primary and secondary splash peaks, three whole strawberries at varying distances from camera (nearest showing macro surface texture with seeds and calyx), two cross-section slices revealing internal seed pattern and juice glisten, frozen macro droplets with caustic light refraction, seamless gradient background #FFB6C1 to #FF69B4 with 18% gray card neutral reference, studio lighting: 90cm octabox key light upper left at 45 degrees creating elongated specular highlight on carton front plane, 120cm white reflector fill at camera right for shadow detail recovery, subtle rim light from behind separating product from background, 8K resolution, tack-sharp focus plane through brand logo and nutritional information text, subsurface scattering on strawberry flesh with translucency at slice edges, advertising campaign aesthetic, photorealistic liquid simulation with surface tension variation, Hasselblad H6D-100c medium format with 120mm macro lens at f/16 for extended depth of field --ar 2:3 --style raw --s 250' },
  { category: 'product', source: ALOA_SAMPLES, prompt: 'Photograph the product centered on a pure white seamless background. Use soft diffused lighting from above and both sides to eliminate shadows. Ensure the product fills roughly 80% of the frame with even negative space.' },
  { category: 'product', source: ALOA_SAMPLES, prompt: 'Place the product on a marble countertop in a modern kitchen setting. Natural morning light streams through a window on the left side. Include subtle props like a coffee cup and fresh herbs to convey everyday use.' },
  { category: 'product', source: ALOA_SAMPLES, prompt: 'Product on a matte black surface with a single hard spotlight from the upper right. Deep shadows and high contrast. Faint rim light on the left edge of the product. Background is pure black, creating a premium luxury feel.' },
  { category: 'portrait', source: NANO_BANANA_EXAMPLES, prompt: 'woman, portrait, professional' },
  { category: 'portrait', source: NANO_BANANA_EXAMPLES, prompt: 'Professional corporate headshot of a confident woman in her 30s, wearing a navy blue blazer over a white blouse. Shot with an 85mm portrait lens at f/1.8 for shallow depth of field, creating a softly blurred office background.' },
  { category: 'portrait', source: NANO_BANANA_CHEAT_SHEET, prompt: 'A striking fashion model wearing a tailored brown dress posing with a confident stance against a deep cherry red studio backdrop. Medium-full shot, center-framed. Fashion magazine editorial style, shot on medium-format film, pronounced grain.' },
  { category: 'portrait', source: MASTERING_AI_ART, prompt: 'A glamour photography portrait of Marilyn Monroe, with red lipstick, curled blonde hair, wearing a white halter top, diamond earrings, against a soft blurred background' },
  { category: 'portrait', source: TOOLSIFT, prompt: 'cinematic portrait of a woman, shallow depth of field, golden hour, f/1.4' },
  { category: 'portrait', source: TOOLSIFT, prompt: 'a nice photo of a woman in good lighting' },
  { category: 'portrait', source: PROMPTFORK, prompt: 'Cinematic photograph of a weathered lighthouse keeper, 70s, salt-and-pepper beard, studying old charts at a wooden desk, raking window light from the left, contemplative and solitary, muted amber and teal palette, rule of thirds, documentary photography --ar 3:2 --style raw --stylize 250' },
  { category: 'portrait', source: ILLUCEO, prompt: 'Portrait of a woman in her 40s, natural light from a window, shallow depth of field, film photography aesthetic, Fujifilm simulation, authentic and unposed --ar 4:5' },
  { category: 'ui', source: MYCAR_PROMPTS, prompt: 'Create a minimalist app icon for an iOS 26 app called "MyCar Portrait". Show a sleek sports car silhouette viewed from 3/4 front angle. Use a gradient background from deep midnight blue (#1E3A8A) to purple (#5E2BFF).' },
  { category: 'ui', source: MYCAR_PROMPTS, prompt: 'Create a photorealistic iPhone 17 Pro (Cosmic Titanium color) screenshot showing a car portrait app home screen. The screen displays: "My Portrait" as the title at top, a beautiful red sports car with a blurred blue gradient background in the center taking up 60% of screen, a green "Widget Active ✓" status card at bottom, and a tab bar with three icons (Home selected, Gallery, Upload).' },
  { category: 'ui', source: MYCAR_PROMPTS, prompt: 'Create an iPhone 17 Pro screenshot of a styles gallery screen. Title: "AI Styles • Powered by Seedream 5.0" at top. Below that show "100 Credits Available" with a coin icon.' },
  { category: 'ui', source: PERSONAL_SITE_PROMPTS, prompt: 'A high-quality UI design for a personal portfolio website, Apple aesthetic, minimalist white interface with soft shadows, featuring 3D isometric pixel art icons of a robot and code, glassmorphism elements with pixelated dither noise texture, San Francisco font, clean layout, floating abstract pixel shapes, soft blue and purple gradient lighting, 8k resolution, dribbble style --ar 4:3' },
  { category: 'ui', source: PERSONAL_SITE_PROMPTS, prompt: 'A futuristic personal website hero section, dark mode, Apple-style sleek glass cards containing vibrant neon pixel art animations, "Vibe Coding" theme, a mix of high-fidelity UI elements and retro 8-bit graphics, glowing tensor flow nodes in pixel style, cinematic lighting, highly detailed, trending on Behance --ar 16:9' },
  { category: 'ui', source: PERSONAL_SITE_PROMPTS, prompt: 'A bright and airy webpage design for an AI content creator, clean Mac OS window frames, inside the windows are colorful pixel art landscapes representing video creation, soft pastel colors, rounded corners, interactive UI components, "Luke.ai" branding, smooth vector graphics mixed with chunky pixels, isometric view, high definition --ar 3:2' },
  { category: 'scene', source: NANO_BANANA_EXAMPLES, prompt: 'mountain sunset beautiful' },
  { category: 'scene', source: NOMUSICA, prompt: 'Create a photorealistic image of a golden retriever sitting on a wooden porch, surrounded by autumn leaves, warm sunset lighting, shallow depth of field, vertical 9:16 format.' },
  { category: 'scene', source: TOOLSIFT, prompt: 'weathered fisherman on a fishing boat, stormy North Sea, overcast morning, Dorothea Lange documentary photography style, desaturated colours, 35mm film grain --ar 16:9 --style raw' },
  { category: 'scene', source: 'perplexityaimagazine.com/ai-tools/how-to-use-dall-e-3/ (the weak prompt)', prompt: 'make a futuristic city' },
  { category: 'scene', source: 'semanthium.com/tools/what-is-dall-e-3-complete-guide-openai-ai-image-generator (the basic prompt)', prompt: 'A cat sitting on a window looking at the rain' },
  { category: 'scene', source: SINGULARITY_SOUP, prompt: 'a cat on a chair' },
  { category: 'scene', source: SINGULARITY_SOUP, prompt: 'three red apples on the left side of a wooden table with a blue vase on the right' },
  { category: 'scene', source: ZIGCODE_DALLE, prompt: 'a dog running' },
  { category: 'scene', source: ZIGCODE_DALLE, prompt: 'a shih tzu running and catching a ball in the garden' },
  { category: 'scene', source: 'kaminski.link/ai-tools/writing-ai-image-prompts/ (the one-line beginner prompt)', prompt: 'beautiful sunset' },
  { category: 'style', source: MASTERING_AI_ART, prompt: 'A Bob Ross oil painting landscape of a vast canyon in the American Southwest, with a winding river, scattered cacti, and a cow skull, under a dramatic sunset sky casting oranges and purples' },
  { category: 'style', source: PROMPTFORK, prompt: 'Digital painting of a wandering desert alchemist, tattered robes hung with brass instruments, crumbled sandstone archive at sunset, dramatic long shadows raking across sand, mysterious and ancient, burnt sienna and turquoise palette, centered wide composition, concept art in the style of Jordan Grimmer --ar 16:9 --style raw --stylize 400' },
  { category: 'style', source: ILLUCEO, prompt: 'A weathered lighthouse at storm, dramatic oil painting style, lightning illumination, dark and turbulent atmosphere --ar 16:9 --v 6' },
  { category: 'style', source: 'clouddock.net/document/sd_prompt_basics_how_to_tell_stable_diffusion_what_you_want_pages', prompt: 'highly detailed anime girl, school uniform, standing on a beach at sunset, vibrant colors, high contrast, cinematic lighting' },
  { category: 'style', source: WATERCOLOR_LORA, prompt: 'WAT3R a watercolor painting of a man wearing a purple neck tie against a white background. Her face is clearly visible, with her eyes looking directly at the viewer and her lips slightly parted' },
  { category: 'style', source: WATERCOLOR_LORA, prompt: 'WAT3R a vibrant watercolor butterfly tattoo design on a white background. The butterfly is composed of a variety of colors' },
];
