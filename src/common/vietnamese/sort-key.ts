import { normalizeText } from './text';

/**
 * Sort keys made only of [0-9a-z], so that plain byte comparison (SQLite, PostgreSQL
 * under any collation) gives Vietnamese alphabetical order.
 *
 * Layout of one word: two base-36 characters per letter, then WORD_END, then one
 * tone digit. Letter codes start at "10", so WORD_END ("0") sorts before any letter
 * and a word sorts before its own extensions ("An" < "An Khang" < "Anh"). Word keys
 * are prefix-free, so a multi-word key compares word by word, each word by its
 * letters first and its tone only on a tie — the order of Vietnamese dictionaries.
 */

const ALPHABET: readonly string[] = [...'0123456789', ...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const LETTER_CODES = new Map<string, string>(ALPHABET.map((c, i) => [c, (36 + i).toString(36)]));
// Letters outside the Vietnamese and Latin alphabets sort after z, all alike.
const OTHER_CODE = (36 + ALPHABET.length).toString(36);
const WORD_END = '0';
const PART_SEPARATOR = '0';

const TONE_DIGITS: Readonly<Record<string, string>> = {
  '\u0300': '1', // huyền
  '\u0309': '2', // hỏi
  '\u0303': '3', // ngã
  '\u0301': '4', // sắc
  '\u0323': '5', // nặng
};

/** Letter modifiers that make a distinct Vietnamese letter (not a tone). */
const MODIFIED: Readonly<Record<string, string>> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031B': 'ơ',
  'u\u031B': 'ư',
};

interface WordBuilder {
  letters: string;
  tone: string;
}

/** Key comparing Vietnamese text word by word: letters first, tone as tie-breaker. */
export function vietnameseSortKey(input: string): string {
  const text = normalizeText(input).toLowerCase().normalize('NFD');
  let key = '';
  let word: WordBuilder | undefined;
  const flush = (): void => {
    if (word) key += `${word.letters}${WORD_END}${word.tone}`;
    word = undefined;
  };

  const chars = Array.from(text);
  let i = 0;
  while (i < chars.length) {
    const base = chars[i] ?? '';
    i += 1;
    let marks = '';
    while (i < chars.length && /\p{M}/u.test(chars[i] ?? '')) {
      marks += chars[i];
      i += 1;
    }
    if (!/[\p{L}\p{N}]/u.test(base)) {
      // Spaces, hyphens and other punctuation end a word; a stray mark goes with them.
      flush();
      continue;
    }
    let letter = base === 'ð' ? 'đ' : base;
    let tone = '0';
    for (const mark of marks) {
      const modified = MODIFIED[`${letter}${mark}`];
      if (modified) letter = modified;
      const digit = TONE_DIGITS[mark];
      if (digit && tone === '0') tone = digit;
    }
    word ??= { letters: '', tone: '0' };
    word.letters += LETTER_CODES.get(letter) ?? OTHER_CODE;
    // A syllable carries one tone wherever it sits, so "hoà" and "hòa" sort alike.
    if (word.tone === '0') word.tone = tone;
  }
  flush();
  return key;
}

/**
 * Vietnamese name order: first word family name, last word given name, the rest
 * middle name. A single word is a given name.
 */
export function splitFullName(fullName: string): { family: string; middle: string; given: string } {
  const words = normalizeText(fullName)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}

/**
 * Orders people by given name, then middle name, then family name. The separator
 * sorts before any word, so a missing or shorter middle name comes first. Names
 * differing only in case or tone placement get the same key: order by id after it.
 */
export function nameSortKey(fullName: string): string {
  const { family, middle, given } = splitFullName(fullName);
  return [given, middle, family].map(vietnameseSortKey).join(PART_SEPARATOR);
}
