import { splitTone } from './text';

/**
 * Old office files (.xls typed with the .VnTime or VNI-Times fonts) reach us as
 * Latin-1 look-alikes: "B¶o Th¾ng" (TCVN3/ABC) or "Nguyeãn Vaên An" (VNI-Windows).
 * Both use only code points up to U+00FF, which is what detection leans on.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Tone marks in the order the tables below list them: huyền, hỏi, ngã, sắc, nặng. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

function withTone(letter: string, toneIndex: number): string {
  return `${letter}${TONES[toneIndex] ?? ''}`.normalize('NFC');
}

// ---------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts)
// ---------------------------------------------------------------------------

/**
 * Per vowel: the code of the toneless letter (undefined when it is plain ASCII) and
 * the codes of its five toned forms in the order huyền, hỏi, ngã, sắc, nặng.
 */
const TCVN3_VOWELS: ReadonlyArray<readonly [string, number | undefined, readonly number[]]> = [
  ['a', undefined, [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', 0xa8, [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', 0xa9, [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', undefined, [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', 0xaa, [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', undefined, [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', undefined, [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', 0xab, [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', 0xac, [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', undefined, [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', 0xad, [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', undefined, [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/**
 * VN3 has capitals only for the seven letters below; toned capitals were drawn by
 * the ".VnTimeH" fonts from the lower-case codes, so their case is lost in the
 * bytes and is restored from context (see restoreCapitals).
 */
const TCVN3_CAPITALS: ReadonlyArray<readonly [string, number]> = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

const TCVN3_TABLE: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  for (const [letter, plain, toned] of TCVN3_VOWELS) {
    if (plain !== undefined) table.set(String.fromCharCode(plain), letter);
    toned.forEach((code, tone) => table.set(String.fromCharCode(code), withTone(letter, tone)));
  }
  table.set(String.fromCharCode(0xae), 'đ');
  for (const [letter, code] of TCVN3_CAPITALS) table.set(String.fromCharCode(code), letter);
  return table;
})();

// ---------------------------------------------------------------------------
// VNI-Windows: base letter followed by one Latin-1 "mark" character
// ---------------------------------------------------------------------------

/** Marks after a, e, o, u, y, ơ, ư; index = tone (huyền, hỏi, ngã, sắc, nặng). */
const VNI_TONE_MARKS = ['ø', 'û', 'õ', 'ù', 'ï'] as const;
/** Marks after a, e, o giving â, ê, ô: bare circumflex, then circumflex + tone. */
const VNI_CIRCUMFLEX = 'â';
const VNI_CIRCUMFLEX_TONES = ['à', 'å', 'ã', 'á', 'ä'] as const;
/** Marks after a giving ă: bare breve, then breve + tone. */
const VNI_BREVE = 'ê';
const VNI_BREVE_TONES = ['è', 'ú', 'ü', 'é', 'ë'] as const;
/** Whole letters written as one character. */
const VNI_SINGLE: ReadonlyArray<readonly [string, string]> = [
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['í', 'í'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];
const VNI_CIRCUMFLEXED: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' };

/** Two-character sequences and single characters, lower case; upper case is derived. */
const VNI_TABLE: ReadonlyMap<string, string> = (() => {
  const lower = new Map<string, string>();
  for (const [code, letter] of VNI_SINGLE) lower.set(code, letter);
  const toneBases: ReadonlyArray<readonly [string, string]> = [
    ['a', 'a'],
    ['e', 'e'],
    ['o', 'o'],
    ['u', 'u'],
    ['y', 'y'],
    ['ô', 'ơ'],
    ['ö', 'ư'],
  ];
  for (const [code, letter] of toneBases) {
    VNI_TONE_MARKS.forEach((mark, tone) => lower.set(`${code}${mark}`, withTone(letter, tone)));
  }
  for (const [code, letter] of Object.entries(VNI_CIRCUMFLEXED)) {
    lower.set(`${code}${VNI_CIRCUMFLEX}`, letter);
    VNI_CIRCUMFLEX_TONES.forEach((mark, tone) => lower.set(`${code}${mark}`, withTone(letter, tone)));
  }
  lower.set(`a${VNI_BREVE}`, 'ă');
  VNI_BREVE_TONES.forEach((mark, tone) => lower.set(`a${mark}`, withTone('ă', tone)));

  // The case of the letter follows its base; accept the mark in either case because
  // spreadsheet UPPER()/LOWER() and hand edits mix them.
  const table = new Map<string, string>();
  for (const [code, letter] of lower) {
    const [base, mark] = Array.from(code);
    const bases = [base ?? '', (base ?? '').toUpperCase()];
    const marks = mark === undefined ? [''] : [mark, mark.toUpperCase()];
    for (const b of bases) {
      for (const m of marks) {
        const upper = b !== b.toLowerCase();
        table.set(`${b}${m}`, upper ? letter.toUpperCase() : letter);
      }
    }
  }
  return table;
})();

// ---------------------------------------------------------------------------
// Conversion
// ---------------------------------------------------------------------------

function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_TABLE.get(ch) ?? ch;
  return out;
}

function convertVni(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const pair = VNI_TABLE.get(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
    if (pair !== undefined && i + 1 < chars.length) {
      out += pair;
      i += 1;
      continue;
    }
    out += VNI_TABLE.get(chars[i] ?? '') ?? chars[i];
  }
  return out;
}

const ASCII_UPPER = /[A-Z]/g;
const ASCII_LOWER = /[a-z]/;

/**
 * Headings typed with the .VnTimeH fonts hold lower-case codes for toned capitals
 * ("HUYÖN" shows as "HUYỆN"). Upper-case a word whose ASCII letters are all capitals
 * (two or more, or one not at its start), or everything when the whole text is.
 */
function restoreCapitals(original: string, converted: string): string {
  const asciiLetters = original.replace(/[^A-Za-z]/g, '');
  if (asciiLetters.length >= 3 && !ASCII_LOWER.test(asciiLetters)) return converted.toUpperCase();
  return converted.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (ASCII_LOWER.test(word)) return word;
    const capitals = word.match(ASCII_UPPER)?.length ?? 0;
    const capitalNotFirst = capitals === 1 && !/^[A-Z]/.test(word);
    return capitals >= 2 || capitalNotFirst ? word.toUpperCase() : word;
  });
}

/** Converts TCVN3 or VNI-Windows text to Unicode (NFC). */
export function convertLegacyToUnicode(text: string, encoding: LegacyEncoding): string {
  const converted = encoding === 'tcvn3' ? restoreCapitals(text, convertTcvn3(text)) : convertVni(text);
  return converted.normalize('NFC');
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

const INITIALS = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?';
/** Vowel groups that end in a glide and so take no final consonant (mai, mưa, khuya). */
const OPEN_VOWELS = 'iêu yêu oai oay oeo uây uôi uya uyu ươi ươu ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu'.split(' ');
/** Vowel groups that need a final consonant (ăn, tiên, chuông, xuân, thuyền). */
const CLOSED_VOWELS = 'uyê iê yê uô ươ oă uâ ă â'.split(' ');
/** Vowel groups with or without a final consonant. */
const FREE_VOWELS = 'oa oe oo uê uy a e ê i o ô ơ u ư y'.split(' ');
const FINALS = '(ch|nh|ng|[cmnpt])';
const OPEN_SYLLABLE = new RegExp(`^${INITIALS}(?:${[...OPEN_VOWELS, ...FREE_VOWELS].join('|')})$`, 'u');
const CLOSED_SYLLABLE = new RegExp(`^${INITIALS}(?:${[...CLOSED_VOWELS, ...FREE_VOWELS].join('|')})${FINALS}$`, 'u');
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

/**
 * Whether a word has the shape of one Vietnamese syllable: initial, vowel group,
 * final, at most one tone, and only sắc or nặng before a stop (Việt, Bắc, Phát).
 */
function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase();
  const toneMarks = lower.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0;
  if (toneMarks > 1) return false;
  const { base, tone } = splitTone(lower);
  if (OPEN_SYLLABLE.test(base)) return true;
  const closed = CLOSED_SYLLABLE.exec(base);
  if (!closed) return false;
  return !STOP_FINALS.has(closed[1] ?? '') || tone === 4 || tone === 5;
}

/** Letters and the Latin-1 symbols the legacy encodings use as letters (¶, ¾, ­…). */
const LEGACY_TOKEN = /[A-Za-z\u00A1-\u00FF]+/g;
const NON_ASCII = /[\u00A1-\u00FF]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function hasLetterAboveLatin1(text: string): boolean {
  for (const ch of text) {
    if ((ch.codePointAt(0) ?? 0) > 0xff && LETTER_OR_MARK.test(ch)) return true;
  }
  return false;
}

/**
 * 'tcvn3' or 'vni' when the text reads as more Vietnamese syllables after that
 * conversion than as it stands; null for plain ASCII, for Unicode Vietnamese (which
 * always reads best as it stands) and when both encodings fit equally well.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Unicode Vietnamese nearly always holds a letter above U+00FF (ă, đ, ơ, ư, ạ…),
  // and NFD input holds combining marks; neither legacy encoding can produce those.
  // Punctuation above U+00FF (–, “ ”) is left out: old files hold it too.
  if (!NON_ASCII.test(text) || hasLetterAboveLatin1(text)) return null;

  let asIs = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (const token of text.match(LEGACY_TOKEN) ?? []) {
    if (!NON_ASCII.test(token)) continue;
    if (isVietnameseSyllable(token)) asIs += 1;
    if (isVietnameseSyllable(convertTcvn3(token))) tcvn3 += 1;
    if (isVietnameseSyllable(convertVni(token))) vni += 1;
  }
  const best = Math.max(tcvn3, vni);
  if (best <= asIs || tcvn3 === vni) return null;
  return tcvn3 > vni ? 'tcvn3' : 'vni';
}
