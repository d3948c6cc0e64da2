/**
 * Vietnamese text rules shared by every input path: one normal form for storage,
 * one key for diacritic-free search and one key for equality matching.
 */

/** 0 = no tone (ngang), then huyền, hỏi, ngã, sắc, nặng — the order Vietnamese sorts them. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Combining tone marks indexed by `Tone - 1`. */
const TONE_MARKS: readonly string[] = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** Vowel letters (lower case, NFC, without tone) that can carry a tone mark. */
const VOWELS = 'aăâeêioôơuưy';
const MODIFIED_VOWELS = 'ăâêôơư';

const WHITESPACE_RUN = /\s+/gu;
// Zero-width characters come with text pasted from web pages and are invisible,
// so a name holding one would never match the same name typed by hand.
const ZERO_WIDTH = /[\u200B-\u200D\u2060]/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const COMBINING_MARK = /\p{M}/gu;

/** NFC, trimmed, every run of whitespace (NBSP, tabs, newlines…) collapsed to one space. */
export function normalizeText(input: string): string {
  return input.replace(ZERO_WIDTH, '').normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Lower-case key without any diacritic, for "nguyen van an" finding "Nguyễn Văn An".
 * `đ` strips to `d`; `ð` (eth, a common stand-in for `đ` in old fonts) does too.
 */
export function searchKey(input: string): string {
  return normalizeText(input).toLowerCase().normalize('NFD').replace(COMBINING_MARK, '').replace(/[đð]/g, 'd').normalize('NFC');
}

/** Escapes `\`, `%` and `_` for a SQL `LIKE … ESCAPE '\'` pattern. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, '\\$&');
}

/** Splits a word into its letters without tone (NFC) and the tone it carries. */
export function splitTone(word: string): { base: string; tone: Tone } {
  let tone: Tone = 0;
  let base = '';
  for (const ch of word.normalize('NFD')) {
    const index = TONE_MARKS.indexOf(ch);
    if (index < 0) base += ch;
    // A second tone mark is a typing slip; the first one wins so the key stays stable.
    else if (tone === 0) tone = (index + 1) as Tone;
  }
  return { base: base.normalize('NFC'), tone };
}

/** The tone of a single syllable (0 when it has none). */
export function toneOf(syllable: string): Tone {
  return splitTone(syllable).tone;
}

/** Removes tone marks but keeps the letters ă, â, ê, ô, ơ, ư, đ. */
export function removeTones(input: string): string {
  return normalizeText(input).replace(WORD, (word) => splitTone(word).base);
}

/**
 * Index of the letter that carries the tone in a lower-case toneless syllable, by
 * the traditional ("old style") rule: hòa, thủy, khỏe, but hoàn, thuyền, quý, giữa.
 */
function tonePosition(chars: readonly string[]): number {
  const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
  let start = 0;
  // "qu" and "gi" before another vowel are consonants: quý, già, giữa (but gìn).
  if ((chars[0] === 'q' && chars[1] === 'u') || (chars[0] === 'g' && chars[1] === 'i')) {
    if (isVowel(chars[2])) start = 2;
  }
  let first = start;
  while (first < chars.length && !isVowel(chars[first])) first += 1;
  let end = first;
  while (end < chars.length && isVowel(chars[end])) end += 1;
  if (first === end) return chars.length - 1;

  const cluster: number[] = [];
  for (let i = first; i < end; i += 1) cluster.push(i);
  const horn = cluster.find((i) => chars[i] === 'ơ');
  if (horn !== undefined) return horn;
  const modified = cluster.find((i) => MODIFIED_VOWELS.includes(chars[i] ?? ''));
  if (modified !== undefined) return modified;
  if (cluster.length === 1) return first;
  if (end < chars.length) return end - 1;
  if (cluster.length >= 3) return first + 1;
  return first;
}

function canonicalSyllable(word: string): string {
  const { base, tone } = splitTone(word);
  if (tone === 0) return base;
  const chars = Array.from(base);
  const at = tonePosition(chars);
  chars[at] = `${chars[at] ?? ''}${TONE_MARKS[tone - 1] ?? ''}`;
  return chars.join('').normalize('NFC');
}

/**
 * Canonical form for equality: lower case, NFC, tone re-placed by one rule, so
 * "Hoà" ≡ "hòa" and "thuỷ" ≡ "thủy", while "hoa" ≠ "hòa" and "a" ≠ "ă".
 */
export function matchKey(input: string): string {
  return normalizeText(input).toLowerCase().replace(/ð/g, 'đ').replace(WORD, canonicalSyllable);
}
