// An eighth held-out set of real prompts, gathered on 2026-12-04 by someone who does not tune the
// engine, from sources none of real-prompts.ts and held-out-2.ts … held-out-7.ts uses (nor another
// page of a prompt site, or another file of a repository, that they use), taken in the order they
// were met, at most three from any one source (the pages of one prompt site count as one source).
// Prompts that were only templates with unfilled blanks, whose source could not be named, that the
// stored copy cut off mid-prompt, that were only an edit instruction naming nothing to draw, that
// were not in English, or that were only a style fragment naming no subject were passed over, and
// once a category had its share the next prompts of that category were not taken; guides' "weak" or
// "vague" example prompts were taken like the others. Not looked at while tuning: only rendered to
// measure (`npm run gallery -- --set held-out-8`). Each prompt is as its author wrote it; line
// breaks inside a prompt became spaces, markdown emphasis and code marks were dropped, and so were
// the quotation marks around a prompt quoted inside a sentence.
import type { RealPrompt } from './real-prompts.js';

const DARIESBLOG = 'dariesblog.com/2025/09/how-to-write-midjourney-prompts.html (the first one-liner, the generic and the refined example)';
const MRHASEEB = 'mrhaseeb.com/ai-hub/prompt-engineering-tutorial-for-nano-banana.html (the vague and the better example)';
const SIP_VIDEOGEN = 'claude-plugins.dev/skills/@chufeng-huang-sipaway/sip-videogen/image_prompt_engineering (the bad and good examples)';
const AIENTHUSIASTIC = 'aienthusiastic.com/best-stable-diffusion-portrait-prompts/';
const AITOOLSGUIDEBOOK = 'aitoolsguidebook.com/en/articles/ai-portrait-tutorial/ (the generic prompt and the scaffold example)';
const MYMUSING = 'mymusing.co/image-generation-using-generative-ai';
const PERCH_PROMPTS = 'github.com/Laoujin/perch-the-building midjourney.md';
const SHARK_ICONS = 'github.com/johnsirmon/shark-artist-great-white-theme .midjourney-workspace/prompts/icon-prompts.md';
const STARRYAI = 'landing.starryai.com/en/blog/text-to-image-prompt-generator (the vague first prompts)';
const CLOTHEDCAPTIONED = 'clothedcaptioned.com/?p=4754 (the vague and the briefed prompt)';
const PROMPTANDLEARN = 'promptandlearn.com/midjourney-logo-design-professional-brand-assets/ (the bad and the better prompt)';
const SD_CPP_SCRIPT = 'github.com/delldu/stable-diffusion.cpp project/a.sh';
const INFSH_SKILLS = 'github.com/inference-sh/skills product-photography and ai-product-photography SKILL.md (as shown on skills.sh)';
const OBSIDIAN_MJ_NOTES = 'github.com/nhlong27/obsidian-git-sync power/knowledge/productivity/tools/midjourney.md';
const GENAI_DAY8 = 'github.com/satvik314/GenAI-30-Day-Challenge days/day08.md (the bad and good food prompt)';

export const HELD_OUT_8_PROMPTS: RealPrompt[] = [
  { category: 'marketing', source: 'www.modelrunner.ai/models/ideogram/ideogram-v4 (the tip\'s example)', prompt: 'a poster that reads "GRAND OPENING"' },
  { category: 'marketing', source: PERCH_PROMPTS, prompt: 'Abstract digital landscape of interconnected nodes and flowing data streams, representing configuration syncing across machines, dark navy background, glowing teal and amber accent lines, soft depth of field, modern tech aesthetic, wide cinematic composition, no text --ar 16:9 --s 400 --v 6.1' },
  { category: 'marketing', source: STARRYAI, prompt: 'moody fantasy book cover' },
  { category: 'marketing', source: CLOTHEDCAPTIONED, prompt: 'modern minimalist t-shirt design with AI theme' },
  { category: 'marketing', source: CLOTHEDCAPTIONED, prompt: 'A 1980s European art-and-architecture magazine cover in the style of Wallpaper or Domus, ATTENTION as an ultra-bold extended geometric sans-serif masthead in pure ink black on bone, IS ALL YOU NEED in a thin condensed serif beneath, a single ochre dot tangent to a horizontal line in the central field, volume and issue numbers in monospace at the bottom, no people, no garment, square 1:1.' },
  { category: 'marketing', source: PROMPTANDLEARN, prompt: 'design a logo for a tech company' },
  { category: 'marketing', source: PROMPTANDLEARN, prompt: 'Minimalist logo mark, geometric hexagon containing a dollar sign, single color (black), flat design, no gradients, no text, Bauhaus influence, clean sans-serif proportions, professional, suitable for favicon and 1000x1000 billboard placement, no shadow, high contrast, PNG transparent background, award-winning design studio quality' },
  { category: 'marketing', source: 'rephrase-it.com/blog/how-to-write-prompts-for-ai-logo-design-without-getting-gene (the generic prompt)', prompt: 'minimal logo for my startup' },
  { category: 'marketing', source: OBSIDIAN_MJ_NOTES, prompt: 'lake washington real state company , strategic and creative in our deals , periphery, deals renovation, passionate about filling vacancies, Agile in our deal making , we value our employees, changes in modern real state business and subjects, business, humanities, passionate, amazing workplace, abstract collage style --ar 2:1' },
  { category: 'marketing', source: OBSIDIAN_MJ_NOTES, prompt: 'logo, alchemy, geometric shapes, minimalism, sun, moon, planets inside a triangle' },
  { category: 'product', source: DARIESBLOG, prompt: 'a red sports car' },
  { category: 'product', source: DARIESBLOG, prompt: 'sleek red Ferrari on a coastal highway at sunset, cinematic photography, dramatic lighting, ultra-realistic details' },
  { category: 'product', source: 'omidsaffari.com/blog/nano-banana-prompts (the vague product prompt)', prompt: 'a water bottle on a table, nice lighting' },
  { category: 'product', source: INFSH_SKILLS, prompt: 'professional product photography, single premium wireless headphone on clean white background, soft studio lighting with subtle shadow, commercial e-commerce style, sharp focus, 4K quality' },
  { category: 'product', source: INFSH_SKILLS, prompt: 'hero product shot, premium smartwatch floating at slight angle, clean gradient background transitioning from white to light grey, dramatic rim lighting, subtle reflection below, commercial photography, magazine quality, sharp details' },
  { category: 'product', source: INFSH_SKILLS, prompt: 'Professional product photo of wireless earbuds on white surface, soft studio lighting, commercial photography, high detail' },
  { category: 'product', source: GENAI_DAY8, prompt: 'food' },
  { category: 'product', source: GENAI_DAY8, prompt: 'Gourmet chocolate cake slice on a white plate, professional food photography, natural window light, shallow depth of field, magazine quality' },
  { category: 'portrait', source: MRHASEEB, prompt: 'a nice portrait' },
  { category: 'portrait', source: MRHASEEB, prompt: 'hyper-realistic studio portrait with professional lighting' },
  { category: 'portrait', source: AIENTHUSIASTIC, prompt: 'A classic portrait that exudes timeless elegance and sophistication. Perfect lighting and composition to highlight the subject’s personality.' },
  { category: 'portrait', source: AIENTHUSIASTIC, prompt: 'A classic portrait of a Russian girl, neutral backdrop and soft, diffused lighting. Sit comfortably, natural expression, details like posture, facial angles, and eye contact to convey their personality.' },
  { category: 'portrait', source: AIENTHUSIASTIC, prompt: 'A portrait of an elderly scholar lost in thought, surrounded by ancient books and manuscripts. Capture the wisdom and depth in their eyes.' },
  { category: 'portrait', source: AITOOLSGUIDEBOOK, prompt: 'professional portrait of a woman' },
  { category: 'portrait', source: AITOOLSGUIDEBOOK, prompt: 'woman, late 30s, soft smile with eyes engaged, charcoal blazer over white tee, soft-grey studio backdrop' },
  { category: 'portrait', source: STARRYAI, prompt: 'cool TikTok style portrait' },
  { category: 'ui', source: 'guibai.dev/a/7654922935039606799/en (the one-sentence request)', prompt: 'I want to make a smart port dashboard' },
  { category: 'ui', source: PERCH_PROMPTS, prompt: 'A stylized perch bird sitting on a tree branch, minimalist flat design, modern app icon style, warm amber and deep teal color palette, geometric shapes, clean lines, no text, centered composition, solid color background, vector art style --ar 1:1 --s 250 --v 6.1' },
  { category: 'ui', source: PERCH_PROMPTS, prompt: 'A stylized perch bird perched on a gear-shaped branch, representing configuration management, minimalist flat design, modern app icon, warm amber and slate blue color palette, clean geometric shapes, no text, solid dark background --ar 1:1 --s 250 --v 6.1' },
  { category: 'ui', source: SHARK_ICONS, prompt: 'minimal vector icon, great white shark inspired, clean silhouette, bold shape language, high contrast, limited palette of steel blue teal icy white with optional complementary accent, centered composition, no text, no watermark, no border frame, no UI screenshot, no realistic photo texture, simple forms suitable for tiny file explorer icon, transparent or plain neutral background, flat or subtle gradient, 1:1' },
  { category: 'ui', source: SHARK_ICONS, prompt: 'minimal vector icon of shark fin emerging from calm wave, document-symbol vibe, great white shark inspired, steel blue teal icy white palette with subtle copper accent, clean geometry, centered, no text, no watermark, plain background, suitable for 16px explorer icon, 1:1' },
  { category: 'ui', source: SHARK_ICONS, prompt: 'minimal vector icon with abstract conversational node motif and shark dorsal fin, warm sand accent plus ocean blues, clean geometric curves, no letters, no logos copied directly, recognizable assistant vibe, plain background, crisp silhouette for 16px icon, 1:1' },
  { category: 'scene', source: DARIESBLOG, prompt: 'a city skyline at night' },
  { category: 'scene', source: SIP_VIDEOGEN, prompt: 'coffee shop, cozy, warm lighting, minimalist' },
  { category: 'scene', source: SIP_VIDEOGEN, prompt: 'A minimalist coffee shop interior with warm pendant lighting casting soft shadows on blonde wood tables. Morning sunlight streams through floor-to-ceiling windows.' },
  { category: 'scene', source: SIP_VIDEOGEN, prompt: 'dog, park, happy' },
  { category: 'scene', source: MYMUSING, prompt: 'a stock photo of a business meeting' },
  { category: 'scene', source: STARRYAI, prompt: 'a cool dragon' },
  { category: 'scene', source: 'printaiart.com/ink-ai/simple-formula-better-ai-image-prompts/', prompt: 'A sleepy orange cat reading beside a small window, storybook illustration, cozy evening light, deep blue and warm amber palette, centered square composition.' },
  { category: 'scene', source: 'artpromptsgenerator.org/dalle-3-prompts/ (the keyword-soup example)', prompt: 'cat, lamp, cozy, 8k, masterpiece, trending' },
  { category: 'scene', source: SD_CPP_SCRIPT, prompt: 'interior design of a luxurious master bedroom, gold and marble furniture, luxury, intricate, breathtaking' },
  { category: 'scene', source: SD_CPP_SCRIPT, prompt: 'photo of a huge white cat sitting on a cloud in the sky' },
  { category: 'style', source: MYMUSING, prompt: 'an oil painting of a business meeting' },
  { category: 'style', source: MYMUSING, prompt: 'illustration of a dragon, in the style of Alice\'s Adventures in Wonderland by Dali' },
  { category: 'style', source: 'github.com/lllyasviel/Fooocus issues/516 (the example prompt)', prompt: 'colored pencil art by Wassily Kandinsky' },
  { category: 'style', source: 'leman-consulting.com/tips/llm-prompts/image-generation (the style example)', prompt: 'A golden retriever puppy, watercolor painting style, soft pastel colors' },
  { category: 'style', source: OBSIDIAN_MJ_NOTES, prompt: 'beautiful, ornate, vibrant floral printed wall. Natural lighting. Wide angle. Rococo period. 8k' },
  { category: 'style', source: 'github.com/segraef/graef.io from-code-to-canvas-a-guide-for-prompting-stunning-ai-art-with-midjourney-2/index.md', prompt: 'new york city, 32 bit isometric' },
];
