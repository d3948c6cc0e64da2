/**
 * Column codecs for the sheet sync: what staff type in a cell → the canonical value hoso stores
 * (NFC text, code-list values, ISO dates, ids as strings), and back. Every codec round-trips
 * (`parse(format(v))` gives `v`), or the two sides would never settle. Messages are Vietnamese:
 * the engine shows them on the cell after «Không đọc được giá trị «…»:».
 */
import type { CellValue, ColumnReference, ColumnSpec, ColumnTemplate, FieldValue, FieldValues, ParseResult } from '../../sync/engine/types';
import { dateFromSerial, serialFromDate } from '../../sync/emulator/dates';
import type { CodeList } from '../common/code-lists';
import { isValidIsoDate, type PartialDate, parsePartialDate } from '../common/dates';
import { convertLegacyToUnicode, detectLegacyEncoding, matchKey, normalizeText, searchKey } from '../common/vietnamese';
import type { ReferenceIndex } from './table-definition';

/** Longest list that becomes a dropdown; longer ones are typed (and still parsed loosely). */
export const MAX_DROPDOWN_CHOICES = 500;

export interface ColumnOptions {
  readonly required?: boolean;
  /** Other headers staff use for the column ("Họ tên" for "Họ và tên"). */
  readonly aliases?: readonly string[];
  /** Replaces the builder's own hint on the header. */
  readonly hint?: string;
  /** What a record created from a row with this cell blank gets (the database's default); hoso writes it back. */
  readonly defaultValue?: FieldValue;
}

const ok = (value: FieldValue): ParseResult => ({ ok: true, value });
const fail = (message: string): ParseResult => ({ ok: false, message });

interface Codec {
  parse(cell: CellValue): ParseResult;
  format(value: FieldValue): CellValue | null;
}

function column(field: string, header: string, options: ColumnOptions, codec: Codec, template: ColumnTemplate): ColumnSpec {
  return {
    field,
    header,
    ...(options.aliases && options.aliases.length > 0 ? { aliases: options.aliases } : {}),
    ...(options.required ? { required: true } : {}),
    ...(options.defaultValue != null ? { defaultValue: options.defaultValue } : {}),
    parse: codec.parse,
    format: codec.format,
    template: options.hint === undefined ? template : { ...template, hint: options.hint },
  };
}

/**
 * A cell as Unicode text: NFC, whitespace collapsed, and text from old TCVN3/VNI files ("B¶o
 * Th¾ng") converted. The conversion is kept only when its result does not itself look like a
 * legacy encoding, so reading the result again gives it back unchanged (the round trip).
 */
export function readText(cell: CellValue): string {
  const text = normalizeText(String(cell));
  const encoding = detectLegacyEncoding(text);
  if (encoding === null) return text;
  const converted = normalizeText(convertLegacyToUnicode(text, encoding));
  return detectLegacyEncoding(converted) === null ? converted : text;
}

/**
 * For cells matched against known texts (labels, names): the text as typed, then its legacy
 * conversion when that differs. A text that matches as typed is never reinterpreted, so what
 * hoso writes always reads back as itself.
 */
function readings(cell: CellValue): readonly string[] {
  const typed = normalizeText(String(cell));
  const converted = readText(cell);
  return converted === typed ? [typed] : [typed, converted];
}

// ---------------------------------------------------------------------------
// Text, numbers
// ---------------------------------------------------------------------------

/**
 * Free text; blank is null. `maxLength` counts as the GraphQL input's MaxLength does (UTF-16
 * units). `choices` only offers a dropdown: what is allowed stays the service's decision.
 */
export function textColumn(
  field: string,
  header: string,
  options: ColumnOptions & { readonly maxLength?: number; readonly choices?: readonly string[] } = {},
): ColumnSpec {
  const { maxLength, choices } = options;
  return column(
    field,
    header,
    options,
    {
      parse: (cell) => {
        const text = readText(cell);
        if (text === '') return ok(null);
        if (maxLength !== undefined && text.length > maxLength) {
          return fail(`dài ${text.length} ký tự, quá giới hạn ${maxLength} ký tự.`);
        }
        return ok(text);
      },
      format: (value) => (value === null ? null : String(value)),
    },
    // Kept as typed: codes with leading zeros ("001"), "12/12" that Sheets would turn into a date.
    { format: 'text', ...(choices ? { choices } : {}), ...(maxLength !== undefined ? { hint: `Tối đa ${maxLength} ký tự.` } : {}) },
  );
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `từ ${min} đến ${max}`;
  if (min !== undefined) return `từ ${min} trở lên`;
  return `không quá ${max}`;
}

/** A whole number, typed as a number or as digits. */
export function integerColumn(
  field: string,
  header: string,
  options: ColumnOptions & { readonly min?: number; readonly max?: number } = {},
): ColumnSpec {
  const { min, max } = options;
  const bounded = min !== undefined || max !== undefined;
  return column(
    field,
    header,
    options,
    {
      parse: (cell) => {
        const text = String(cell).trim();
        const n = typeof cell === 'number' ? cell : /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
        if (!Number.isSafeInteger(n)) return fail('không phải số nguyên.');
        if ((min !== undefined && n < min) || (max !== undefined && n > max)) return fail(`phải là số nguyên ${rangeText(min, max)}.`);
        return ok(n);
      },
      format: (value) => (value === null ? null : Number(value)),
    },
    { hint: bounded ? `Số nguyên ${rangeText(min, max)}.` : 'Số nguyên.' },
  );
}

/**
 * A number of fixed length kept as text (Số CCCD: 12 digits; Số sổ BHXH: 10). Spaces and dots
 * people type between groups are dropped. A cell Sheets turned into a number has lost its
 * leading zeros — a CCCD begins with the province code 001–096, so up to two — and gets them back.
 */
export function digitsColumn(
  field: string,
  header: string,
  options: ColumnOptions & { readonly digits: number; readonly lostZeros?: number },
): ColumnSpec {
  const { digits, lostZeros = 2 } = options;
  return column(
    field,
    header,
    options,
    {
      parse: (cell) => {
        let text =
          typeof cell === 'number' ? (Number.isSafeInteger(cell) && cell >= 0 ? String(cell) : '') : String(cell).replace(/[\s.]/g, '');
        if (typeof cell === 'number' && text.length < digits && text.length >= digits - lostZeros) text = text.padStart(digits, '0');
        if (!/^\d+$/.test(text)) return fail(`phải gồm đúng ${digits} chữ số, không có chữ hay ký hiệu khác.`);
        if (text.length !== digits) return fail(`phải gồm đúng ${digits} chữ số (đang có ${text.length}).`);
        return ok(text);
      },
      format: (value) => (value === null ? null : String(value)),
    },
    { format: 'text', hint: `${digits} chữ số.` },
  );
}

/** Số CCCD: 12 digits. */
export function idNumberColumn(field: string, header: string, options: ColumnOptions = {}): ColumnSpec {
  return digitsColumn(field, header, { ...options, digits: 12 });
}

// ---------------------------------------------------------------------------
// Code lists
// ---------------------------------------------------------------------------

/** The label in the sheet, the stored value in hoso; anything `CodeList.parse` understands is read. */
export function codeListColumn<T extends string>(
  field: string,
  header: string,
  list: CodeList<T>,
  options: ColumnOptions = {},
): ColumnSpec {
  const labels = new Map<string, string>(list.entries.map((e) => [e.value, e.label]));
  const example = list.entries.find((e) => e.variants.length > 0);
  return column(
    field,
    header,
    options,
    {
      parse: (cell) => {
        const texts = readings(cell);
        if (texts[0] === '') return ok(null);
        for (const text of texts) {
          const value = list.parse(text);
          if (value !== undefined) return ok(value);
        }
        return fail(`«${texts[texts.length - 1]}» không có trong danh mục ${list.title}.`);
      },
      // A value the list does not know (a bad row in the database) is written as it is: it then
      // reads back as a cell error rather than passing for another value.
      format: (value) => (value === null ? null : (labels.get(String(value)) ?? String(value))),
    },
    {
      ...(list.entries.length <= MAX_DROPDOWN_CHOICES ? { choices: list.entries.map((e) => e.label) } : {}),
      hint:
        `Danh mục ${list.title}: chọn trong danh sách` +
        (example ? `, hoặc gõ tắt, không dấu (ví dụ «${example.variants[0]}» là «${example.label}»).` : '.'),
    },
  );
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A spreadsheet serial day (days since 1899-12-30; a time of day is dropped) as an ISO date. */
export function isoFromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const { year, month, day } = dateFromSerial(serial);
  return year >= 1 && year <= 9999 ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

/** An ISO date as a spreadsheet serial day; undefined when it is no date. */
export function serialFromIso(iso: string): number | undefined {
  if (!isValidIsoDate(iso)) return undefined;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return serialFromDate(year, month, day);
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Why a text is not a date, for the cell note. */
function dateProblem(text: string, expected: string): string {
  const dmy = DMY.exec(text);
  const ymd = YMD.exec(text);
  const parts = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : undefined;
  if (!parts) return `không phải ngày tháng: ${expected}.`;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  if (month > 12 && day <= 12) return `không có tháng ${month}: ngày viết theo thứ tự ngày/tháng/năm (dd/mm/yyyy).`;
  return `ngày ${pad(day)}/${pad(month)}/${year} không có thật.`;
}

/** A date typed as text: the date or bare year it names, or the result to return (blank, or why it is not a date). */
function readDateText(cell: CellValue, expected: string): PartialDate | ParseResult {
  const text = normalizeText(String(cell));
  if (text === '') return ok(null);
  return parsePartialDate(text) ?? fail(dateProblem(text, expected));
}

/** A date: typed as dd/mm/yyyy (or yyyy-mm-dd) or entered as a date (a serial). Stored ISO, written as a serial shown dd/mm/yyyy. */
export function dateColumn(field: string, header: string, options: ColumnOptions = {}): ColumnSpec {
  const expected = 'viết dd/mm/yyyy, ví dụ 12/03/1985';
  return column(
    field,
    header,
    options,
    {
      parse: (cell) => {
        if (typeof cell === 'number') {
          const iso = isoFromSerial(cell);
          return iso === undefined ? fail(`không phải ngày tháng: ${expected}.`) : ok(iso);
        }
        const parsed = readDateText(cell, expected);
        if ('ok' in parsed) return parsed;
        if (parsed.date === null) return fail(`chỉ có năm ${parsed.year}: cần đủ ngày, tháng, năm (dd/mm/yyyy).`);
        return ok(parsed.date);
      },
      format: (value) => (value === null ? null : (serialFromIso(String(value)) ?? String(value))),
    },
    { format: 'date', hint: 'Ngày dạng dd/mm/yyyy.' },
  );
}

/** Numbers in this range in a birth-date cell are years; larger ones are serial days (a date). */
const BIRTH_YEARS = { min: 1900, max: 2100 } as const;

/**
 * A birth date, or only the year when that is all the old files hold. Stored as ISO or as the
 * year ("1985"); written as text "12/03/1985" or "1985", as offices write it.
 */
export function birthDateColumn(field: string, header: string, options: ColumnOptions = {}): ColumnSpec {
  const expected = 'viết dd/mm/yyyy, hoặc chỉ năm sinh yyyy khi không rõ ngày';
  return column(
    field,
    header,
    options,
    {
      parse: (cell) => {
        if (typeof cell === 'number') {
          if (Number.isInteger(cell) && cell >= BIRTH_YEARS.min && cell <= BIRTH_YEARS.max) return ok(String(cell));
          const iso = cell > BIRTH_YEARS.max ? isoFromSerial(cell) : undefined;
          return iso === undefined ? fail(`không phải năm sinh hay ngày sinh: ${expected}.`) : ok(iso);
        }
        const parsed = readDateText(cell, expected);
        if ('ok' in parsed) return parsed;
        return ok(parsed.date ?? String(parsed.year));
      },
      format: (value) => {
        if (value === null) return null;
        const text = String(value);
        if (!isValidIsoDate(text)) return text;
        const [year, month, day] = text.split('-');
        return `${day}/${month}/${year}`;
      },
    },
    { format: 'text', hint: 'Ngày sinh dd/mm/yyyy, hoặc chỉ năm sinh (yyyy) khi không rõ ngày.' },
  );
}

// ---------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------

/** How references name the rows of a table that are not records yet: which table, and the names a row's values give. */
export interface ReferenceTarget {
  /** The sync's name of the referenced table ('unit'). */
  readonly table: string;
  names(values: FieldValues): Pick<NewReferenceRow, 'code' | 'name' | 'otherNames' | 'retired'>;
}

/**
 * A link to another record, typed as its code, its hoso id or its name (see `buildReferenceIndex`).
 * With a `target`, it also names the rows of that table created in the same run (see `ColumnReference`).
 */
export function referenceColumn(
  field: string,
  header: string,
  index: ReferenceIndex,
  options: ColumnOptions & { readonly dropdown?: boolean; readonly target?: ReferenceTarget } = {},
): ColumnSpec {
  const choices = options.dropdown === false ? undefined : index.choices();
  const codec = (names: ReferenceIndex): Codec => ({
    parse: (cell) => {
      const [typed = '', converted] = readings(cell);
      if (typed === '') return ok(null);
      const found = names.resolve(typed);
      if (found.ok) return ok(found.id);
      const again = converted === undefined ? found : names.resolve(converted);
      return again.ok ? ok(again.id) : fail(found.message);
    },
    format: (value) => (value === null ? null : names.display(String(value))),
  });
  // Text, so a code typed "01" keeps its zero instead of becoming the number 1.
  const spec = column(field, header, options, codec(index), { format: 'text', ...(choices ? { choices } : {}) });
  const { target } = options;
  if (!target) return spec;
  const reference: ColumnReference = {
    table: target.table,
    withPlannedRows: (rows) =>
      codec(
        index.withNewRows(
          rows.map((row) => ({
            id: row.id,
            sheetTitle: row.sheetTitle,
            rowNumber: row.rowNumber,
            created: row.created,
            ...target.names(row.values),
          })),
        ),
      ),
  };
  return { ...spec, reference };
}

/** One record a reference can point at. */
export interface ReferenceRow {
  readonly id: number;
  /** The office's own code, matched exactly (case aside). */
  readonly code?: string | null;
  readonly name: string;
  /** Other texts that name the record (a cadre's CCCD, a post's name without its level), matched like the name. */
  readonly otherNames?: readonly string[];
  /**
   * Superseded (a locality merged into another): a code or name it shares with a current record
   * means the current one, since codes are handed on when communes merge.
   */
  readonly retired?: boolean;
}

/** A row typed on the sheet in this run, which references may name before it is a record (see `ReferenceIndex.withNewRows`). */
export interface NewReferenceRow {
  /** What references to it hold until the record exists: its reserved id, or the engine's provisional id. */
  readonly id: string;
  readonly code?: string | null;
  /** Null when the name cell could not be read. */
  readonly name: string | null;
  readonly otherNames?: readonly string[];
  readonly retired?: boolean;
  readonly sheetTitle: string;
  readonly rowNumber: number;
  /** False: the row does not become a record in this run; a cell naming it is an error pointing at that row. */
  readonly created: boolean;
}

export interface ReferenceIndexOptions {
  /**
   * Records outside the binding's scope, matched the same way as `rows`: a cell naming one is an
   * error saying it is outside the sheet's scope (naming it), not "not found". Never resolved to.
   */
  readonly outside?: readonly ReferenceRow[];
}

/** «Tên (mã hoso 12)»: a name made unique by the hoso id, for a record no code or name alone names. */
const QUALIFIED = /^(.*\S)\s*\(\s*([^()]*?)\s+#?([1-9]\d{0,15})\s*\)$/u;
const QUALIFIER = 'mã hoso';
const ID_TEXT = /^#?([1-9]\d{0,15})$/;
const DASHES = /\s*[-\u2010-\u2015\u2212]\s*/gu;

const codeKey = (text: string): string => normalizeText(text).toUpperCase();
// Names match as `matchKey` does (case, NFC/NFD, tone placement), and dashes of every kind with
// or without spaces around them are one ("2025–2030", "2025 - 2030").
const nameKey = (text: string): string => matchKey(text).replace(DASHES, '-');
// The looser key, tried only when no name matches exactly: no diacritics ("ubnd xa bao thang" is
// "UBND xã Bảo Thắng", as `searchKey` finds names), no spaces at all ("Bảo  Thắng", "BảoThắng").
const foldedKey = (text: string): string => searchKey(text).replace(DASHES, '-').replace(/\s+/gu, '');

/** A record, or a row becoming one this run, as the index matches it. */
interface Entry {
  readonly id: string;
  readonly code: string | null;
  readonly names: readonly string[];
  readonly retired: boolean;
  /** Set for a row of this run's sheet: where it is, and whether it becomes a record. */
  readonly row?: { readonly sheetTitle: string; readonly rowNumber: number; readonly created: boolean };
}

/** The keys of a set of entries; a cell is looked up in several (the records, this run's new rows). */
interface Layer {
  readonly byId: ReadonlyMap<string, Entry>;
  readonly byCode: ReadonlyMap<string, readonly string[]>;
  readonly byName: ReadonlyMap<string, readonly string[]>;
  readonly byFolded: ReadonlyMap<string, readonly string[]>;
}

function layerOf(entries: readonly Entry[]): Layer {
  const byId = new Map<string, Entry>();
  const byCode = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const byFolded = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string): void => {
    if (key === '') return;
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(key, ids);
  };
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.code) add(byCode, codeKey(entry.code), entry.id);
    for (const name of entry.names) {
      add(byName, nameKey(name), entry.id);
      add(byFolded, foldedKey(name), entry.id);
    }
  }
  return { byId, byCode, byName, byFolded };
}

const recordEntry = (row: ReferenceRow): Entry => ({
  id: String(row.id),
  code: row.code ?? null,
  names: [row.name, ...(row.otherNames ?? [])],
  retired: row.retired === true,
});

const newRowEntry = (row: NewReferenceRow): Entry => ({
  id: row.id,
  code: row.code ?? null,
  names: [...(row.name ? [row.name] : []), ...(row.otherNames ?? [])],
  retired: row.retired === true,
  row: { sheetTitle: row.sheetTitle, rowNumber: row.rowNumber, created: row.created },
});

interface Found {
  readonly ids: readonly string[];
  /** The match is among the records outside the scope. */
  readonly outside: boolean;
}

/**
 * Resolves what staff type in a reference cell, in this order: a code (exact, any case), a hoso
 * id ("12", or "#12" which is always an id), a name (`matchKey`-equal), a name compared without
 * diacritics, case and spacing. Codes come before ids because codes are what offices write, and a
 * locality code ("15") often looks like an id. At each step the records in scope come first, then
 * those outside (an error saying so). A text naming several records is an error listing them with
 * their codes and what to type instead, never a guess.
 *
 * `display(id)` writes the first of code, name, «name (mã hoso id)» that reads back as that same
 * record, so the column always round-trips and never shows a bare id. A code or name shared
 * with `retired` records means the one current record among them.
 *
 * `options.outside`: the records the binding's scope leaves out (see `ReferenceIndexOptions`).
 */
export function buildReferenceIndex(rows: readonly ReferenceRow[], what: string, options: ReferenceIndexOptions = {}): ReferenceIndex {
  const records = layerOf(rows.map(recordEntry));
  const outside = options.outside && options.outside.length > 0 ? layerOf(options.outside.map(recordEntry)) : null;
  let choices: readonly string[] | undefined | null = null;
  const recordChoices = (display: (id: string) => string): readonly string[] | undefined => {
    if (choices === null) choices = rows.length <= MAX_DROPDOWN_CHOICES ? rows.map((r) => display(String(r.id))) : undefined;
    return choices;
  };
  return referenceIndex([records], outside, what, recordChoices);
}

function referenceIndex(
  layers: readonly Layer[],
  outside: Layer | null,
  what: string,
  recordChoices: (display: (id: string) => string) => readonly string[] | undefined,
): ReferenceIndex {
  const entryOf = (id: string): Entry | undefined => {
    for (const layer of layers) {
      const entry = layer.byId.get(id);
      if (entry) return entry;
    }
    return outside?.byId.get(id);
  };
  const preferCurrent = (ids: readonly string[]): readonly string[] => {
    if (ids.length < 2) return ids;
    const current = ids.filter((id) => !entryOf(id)?.retired);
    return current.length === 1 ? current : ids;
  };
  const names = (entry: Entry, text: string): boolean =>
    (!!entry.code && codeKey(entry.code) === codeKey(text)) || entry.names.some((n) => nameKey(n) === nameKey(text));

  // One step of the lookup over some layers: the ids it finds, in layer order.
  type Step = (layer: Layer) => readonly string[] | undefined;
  const union = (over: readonly Layer[], step: Step): string[] => {
    const ids: string[] = [];
    for (const layer of over) for (const id of step(layer) ?? []) if (!ids.includes(id)) ids.push(id);
    return ids;
  };
  const lookup = (text: string): Found | undefined => {
    const steps: Step[] = [];
    const qualified = QUALIFIED.exec(text);
    if (qualified && nameKey(qualified[2]!) === nameKey(QUALIFIER)) {
      const name = qualified[1]!;
      const id = qualified[3]!;
      steps.push((layer) => {
        const entry = layer.byId.get(id);
        return entry && names(entry, name) ? [id] : undefined;
      });
    } else {
      steps.push((layer) => layer.byCode.get(codeKey(text)));
      const id = ID_TEXT.exec(text)?.[1];
      if (id !== undefined) steps.push((layer) => (layer.byId.has(id) ? [id] : undefined));
      if (!text.startsWith('#')) {
        steps.push((layer) => layer.byName.get(nameKey(text)));
        steps.push((layer) => layer.byFolded.get(foldedKey(text)));
      }
    }
    for (const step of steps) {
      const inside = union(layers, step);
      if (inside.length > 0) return { ids: preferCurrent(inside), outside: false };
      const away = outside ? union([outside], step) : [];
      if (away.length > 0) return { ids: preferCurrent(away), outside: true };
    }
    return undefined;
  };

  const displays = new Map<string, string>();
  const display = (id: string): string => {
    const cached = displays.get(id);
    if (cached !== undefined) return cached;
    const entry = entryOf(id);
    // Not in this run's index: the id, which the next run resolves.
    if (!entry) return id;
    // A row not yet a record is shown (in notes, in a dry run) by what was typed on its row.
    if (entry.row) return entry.code || entry.names[0] || `dòng ${entry.row.rowNumber} trang «${entry.row.sheetTitle}»`;
    // What the header promises (a code, a name) before the name qualified by its hoso id; never a bare id.
    const name = entry.names[0]!;
    const candidates = [entry.code, name, `${name} (${QUALIFIER} ${id})`].filter((c): c is string => !!c).map(normalizeText);
    const shown =
      candidates.find((c) => {
        const found = lookup(c);
        return found !== undefined && !found.outside && found.ids.length === 1 && found.ids[0] === id;
      }) ?? `#${id}`;
    displays.set(id, shown);
    return shown;
  };
  const describe = (id: string): string => {
    const entry = entryOf(id)!;
    const where = entry.row ? `, dòng ${entry.row.rowNumber} trang «${entry.row.sheetTitle}»` : '';
    return `${entry.names[0] ?? display(id)}${entry.code ? ` (mã ${entry.code})` : ''}${entry.retired ? ', không còn hiệu lực' : ''}${where}`;
  };

  return {
    resolve(typed) {
      const text = normalizeText(typed);
      const found = text === '' ? undefined : lookup(text);
      if (!found) return { ok: false, message: `không có ${what} nào mang mã hoặc tên «${text}».` };
      if (found.outside) {
        const named = found.ids.map((id) => `«${describe(id)}»`).join(', ');
        return { ok: false, message: `«${text}» là ${what} ${named}, nằm ngoài phạm vi của bảng tính này.` };
      }
      if (found.ids.length === 1) {
        const id = found.ids[0]!;
        const row = entryOf(id)?.row;
        if (row && !row.created) {
          return {
            ok: false,
            message: `«${text}» là ${what} ở dòng ${row.rowNumber} trang «${row.sheetTitle}», nhưng dòng đó chưa thành hồ sơ: sửa dòng đó trước.`,
          };
        }
        return { ok: true, id };
      }
      const described = found.ids.map(describe);
      const listed = found.ids.map((id) => `«${display(id)}»`).join(', ');
      // Same name, no code to tell them apart: what to type says it all.
      const which = new Set(described).size === described.length ? `: ${described.join('; ')}` : ' cùng tên';
      return { ok: false, message: `«${text}» ứng với ${found.ids.length} ${what}${which}. Ghi một trong: ${listed}.` };
    },
    display,
    choices: () => recordChoices(display),
    withNewRows(rows) {
      if (rows.length === 0) return this;
      return referenceIndex([...layers, layerOf(rows.map(newRowEntry))], outside, what, recordChoices);
    },
  };
}
