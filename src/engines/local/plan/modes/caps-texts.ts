// Unquoted words in capitals that the prompt names as words to write (docs/local-engine-modes.md,
// "Covers"): "ATTENTION as an ultra-bold masthead", "with the headline BIG SALE", "IS ALL YOU NEED in
// a thin serif beneath". Like quoted words they are written, and name no things (a masthead reading
// ATTENTION draws no loudspeaker).

/** Runs of words in capitals (digits, & and ! allowed), as written. */
const RUN = /(?<![\p{L}\d'’-])(?:[A-Z][A-Z0-9'’&!?.-]*|\d[\d.,:/-]*)(?:[ \t]+(?:[A-Z][A-Z0-9'’&!?.-]*|\d[\d.,:/-]*|&))*(?![\p{L}'’-])/gu;

// Capitals that are names of things, not words to write.
const ACRONYMS = new Set(('AI UI UX 3D 2D HD 4K 8K HDR USA US UK EU NYC LA NY CEO CTO DIY LED RGB TV VR AR XR SEO NFT API CTA PNG SVG JPG JPEG PDF ' +
  'IOS USB DJ MC BBQ SUV RPG FPS GPU CPU SAAS B2B B2C PR HR IT ID OK ASAP FAQ').split(' '));

/** A role word just before the run ("the headline", "masthead:", "titled"). */
const ROLE_BEFORE = /\b(?:mastheads?|titles?|titled|headlines?|headings?|taglines?|subtitles?|slogans?|texts?|words?|lettering|wordmark|caption|reading|reads|saying|says|spelling|spells|name)\s*[:-]?\s*(?:of\s+|is\s+|as\s+)?$/;
/** A role named just after the run ("as an ultra-bold masthead", "as the title"). */
const ROLE_AFTER = /^\s*(?:as|for)\s+(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,5}?(?:mastheads?|titles?|headlines?|headings?|taglines?|subtitles?|slogans?|wordmarks?|names?|captions?|texts?|banners?|lettering)\b/;
/** Type named just after a run of several words ("IS ALL YOU NEED in a thin serif beneath"). */
const TYPE_AFTER = /^\s*(?:(?:set|written|lettered|printed)\s+)?(?:in|on)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:serif|sans(?:-serif)?|font|type|typeface|letters|lettering|capitals|caps|script|italics?)\b|^\s*(?:beneath|below|underneath|above|under it|on top)\b/;

/** A colour named right after the words ("SUMMER FEST in bold yellow", "'OPEN' in red letters"). */
const INK_AFTER = /^\s*,?\s*(?:(?:written|lettered|set|printed|painted)\s+)?in\s+(?:an?\s+)?(?:(?:bold|big|bright|thick|large|huge|chunky|neon|glowing|vivid|shiny|metallic|block|capital)\s+)*([a-z]+)(?:\s+(?:letters|lettering|type|text|font|ink|capitals|caps))?(?=$|[\s,.;!])/i;

/** The hex of the colour named just after written words, if any. */
export function inkAfter(after: string, colors: Record<string, string>): string | undefined {
  const m = INK_AFTER.exec(after);
  return m ? colors[m[1]!.toLowerCase()] : undefined;
}

/** The words with the colour phrase after each written text's place (" , ") taken out: the colour is the words', not the palette's. */
export function dropInks(s: string, colors: Record<string, string>): string {
  return s.split(' , ').map((part, i) => {
    const m = i > 0 ? INK_AFTER.exec(part) : null;
    return m && colors[m[1]!.toLowerCase()] ? part.slice(m[0].length) : part;
  }).join(' , ');
}

export interface CapsText {
  text: string;
  /** Where the run is in the prompt, so it can be taken out of the words that name things. */
  index: number;
  length: number;
}

/** The words in capitals the prompt asks to write, in order (at most three). */
export function capsTexts(prompt: string): CapsText[] {
  // A prompt written all in capitals has no capitals to single out.
  const letters = prompt.replace(/[^A-Za-z]/g, '');
  if (letters && letters.replace(/[^A-Z]/g, '').length > letters.length * 0.6) return [];
  const out: CapsText[] = [];
  for (const m of prompt.matchAll(RUN)) {
    const text = m[0].replace(/[.,:-]+$/, '').trim();
    const words = text.split(/\s+/);
    // Letters, not numbers alone; not only acronyms ("AI", "3D"); a single word of two letters is an acronym.
    if (!/[A-Z]{2}/.test(text) || words.every((w) => ACRONYMS.has(w.replace(/[^A-Z0-9]/g, '')) || !/[A-Z]/.test(w))) continue;
    if (words.length === 1 && text.replace(/[^A-Z]/g, '').length < 3) continue;
    const before = prompt.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    const after = prompt.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase();
    const role = ROLE_BEFORE.test(before) || ROLE_AFTER.test(after);
    const typed = words.length >= 2 && TYPE_AFTER.test(after);
    if (role || typed || (out.length > 0 && TYPE_AFTER.test(after))) out.push({ text, index: m.index!, length: m[0].length });
    if (out.length >= 3) break;
  }
  return out;
}
