import { matchKey, normalizeText, searchKey } from '../vietnamese';

/**
 * A code list: the database stores `value` (an enum value), GraphQL exposes the enum
 * key, people read `label` and type anything from the label to an abbreviation.
 */
export interface CodeListEntry<T extends string> {
  value: T;
  code: string;
  label: string;
  variants: readonly string[];
}

export interface CodeList<T extends string> {
  /** GraphQL enum name, e.g. 'Ethnicity'. */
  name: string;
  /** Vietnamese title, e.g. 'Dân tộc'. */
  title: string;
  enumObject: Record<string, T>;
  entries: readonly CodeListEntry<T>[];
  label(value: T): string;
  entry(value: T): CodeListEntry<T>;
  /**
   * Parses what a person typed (label, official code, variant or abbreviation; any
   * case; with or without diacritics; NFD or NFC; old/new tone placement; extra
   * spaces, hyphens or apostrophes) — undefined when nothing matches. Never guesses
   * between two entries.
   */
  parse(text: string): T | undefined;
}

export interface CodeListEntryDefinition<T extends string> {
  value: T;
  label: string;
  /** Official code when it is not the stored value itself. */
  code?: string;
  variants?: readonly string[];
}

export interface CodeListDefinition<T extends string> {
  name: string;
  title: string;
  enumObject: Record<string, T>;
  entries: readonly CodeListEntryDefinition<T>[];
  /**
   * Words people wrap around a value ("Cao cấp LLCT", "ngạch Chuyên viên", "Đã nghỉ
   * hưu"): when the whole text matches nothing, it is matched again without them.
   */
  fillerWords?: readonly string[];
}

interface Word {
  /** No diacritics, lower case, letters and digits only. */
  loose: string;
  /** matchKey form: keeps diacritics, one tone placement. */
  exact: string;
}

const WORD_SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;

// Spaces, hyphens, apostrophes and dots all split words, and words are then joined
// without a gap, so "H'Mông", "HMông", "H mông" and "Hmong" share one key.
function tokenize(text: string): Word[] {
  return normalizeText(text)
    .split(WORD_SEPARATOR)
    .map((w) => ({ loose: searchKey(w).replace(/[^a-z0-9]/g, ''), exact: matchKey(w) }))
    .filter((w) => w.loose.length > 0);
}

/** The diacritic-free key two typings must share to be considered the same text. */
export function codeListKey(text: string): string {
  return tokenize(text)
    .map((w) => w.loose)
    .join('');
}

/** The key that keeps diacritics, used to choose when loose keys collide. */
export function codeListExactKey(text: string): string {
  return tokenize(text)
    .map((w) => w.exact)
    .join('');
}

function withoutFillers(words: readonly Word[], fillers: readonly (readonly Word[])[]): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const filler = fillers.find((f) => f.every((w, k) => words[i + k]?.loose === w.loose));
    if (filler) {
      i += filler.length;
    } else {
      out.push(words[i] as Word);
      i += 1;
    }
  }
  return out;
}

/** Loose and exact indexes over one set of typings. */
class TextIndex<T extends string> {
  private readonly loose = new Map<string, Set<T>>();
  private readonly exact = new Map<string, Set<T>>();

  add(words: readonly Word[], value: T): void {
    if (words.length === 0) return;
    const add = (map: Map<string, Set<T>>, key: string): void => {
      const set = map.get(key) ?? new Set<T>();
      set.add(value);
      map.set(key, set);
    };
    add(this.loose, words.map((w) => w.loose).join(''));
    add(this.exact, words.map((w) => w.exact).join(''));
  }

  /**
   * The one entry that fits; with several, the one whose diacritics fit exactly.
   * `matched` tells "nothing fits" from "several fit and none exactly".
   */
  find(words: readonly Word[]): { matched: boolean; value?: T } {
    const loose = words.length > 0 ? this.loose.get(words.map((w) => w.loose).join('')) : undefined;
    if (!loose) return { matched: false };
    if (loose.size === 1) return { matched: true, value: single(loose) };
    const exact = this.exact.get(words.map((w) => w.exact).join(''));
    return { matched: true, value: exact && exact.size === 1 ? single(exact) : undefined };
  }

  exactCollisions(): string[] {
    return [...this.exact].filter(([, values]) => values.size > 1).map(([key]) => key);
  }
}

function single<T>(set: ReadonlySet<T>): T | undefined {
  for (const value of set) return value;
  return undefined;
}

export function defineCodeList<T extends string>(definition: CodeListDefinition<T>): CodeList<T> {
  const { name, title, enumObject } = definition;
  const entries: CodeListEntry<T>[] = definition.entries.map((e) => ({
    value: e.value,
    code: e.code ?? e.value,
    label: normalizeText(e.label),
    variants: (e.variants ?? []).map(normalizeText),
  }));

  const byValue = new Map<T, CodeListEntry<T>>(entries.map((e) => [e.value, e]));
  const enumValues = Object.values(enumObject);
  if (byValue.size !== entries.length || enumValues.length !== entries.length || enumValues.some((v) => !byValue.has(v))) {
    throw new Error(`Code list ${name}: entries must list every enum value exactly once`);
  }

  // Codes and enum keys are matched as typed (ignoring case), never loosely:
  // "thanh_pho" is a code, "Thành phố" is ambiguous between two kinds of city.
  const codes = new Map<string, T>();
  const addCode = (code: string, value: T): void => {
    const key = code.toUpperCase();
    const existing = codes.get(key);
    if (existing !== undefined && existing !== value) {
      throw new Error(`Code list ${name}: code or key "${code}" names two entries`);
    }
    codes.set(key, value);
  };
  for (const [key, value] of Object.entries(enumObject)) addCode(key, value);
  for (const e of entries) addCode(e.code, e.value);
  const numericWidth = entries.every((e) => /^\d+$/.test(e.code) && e.code.length === entries[0]?.code.length)
    ? entries[0]?.code.length
    : undefined;

  const fillers = (definition.fillerWords ?? [])
    .map(tokenize)
    .filter((f) => f.length > 0)
    .sort((a, b) => b.length - a.length);
  const full = new TextIndex<T>();
  const stripped = new TextIndex<T>();
  for (const e of entries) {
    for (const text of [e.label, ...e.variants]) {
      const words = tokenize(text);
      full.add(words, e.value);
      stripped.add(withoutFillers(words, fillers), e.value);
    }
  }
  const collisions = full.exactCollisions();
  if (collisions.length > 0) {
    throw new Error(`Code list ${name}: "${collisions.join('", "')}" names two entries`);
  }

  const entry = (value: T): CodeListEntry<T> => {
    const found = byValue.get(value);
    if (!found) throw new Error(`Code list ${name}: unknown value "${value}"`);
    return found;
  };

  return {
    name,
    title,
    enumObject,
    entries,
    entry,
    label: (value: T): string => entry(value).label,
    parse(text: string): T | undefined {
      const typed = normalizeText(text);
      if (typed.length === 0) return undefined;
      const byCode = codes.get(typed.toUpperCase());
      if (byCode !== undefined) return byCode;
      if (numericWidth !== undefined && /^\d+$/.test(typed) && typed.length < numericWidth) {
        // Sheets drop leading zeros: 1 is ethnicity "01".
        const padded = codes.get(typed.padStart(numericWidth, '0'));
        if (padded !== undefined) return padded;
      }
      const words = tokenize(typed);
      const whole = full.find(words);
      // An ambiguous whole text stays ambiguous: dropping words must not pick a side.
      if (whole.matched || fillers.length === 0) return whole.value;
      return stripped.find(withoutFillers(words, fillers)).value;
    },
  };
}
