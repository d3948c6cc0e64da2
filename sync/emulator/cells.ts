import { formatDatePattern, serialFromDate } from './dates';

export type Scalar = string | number | boolean;

export interface NumberFormat {
  readonly type: string;
  readonly pattern?: string;
}

export type TextFormat = Readonly<Record<string, unknown>>;

/**
 * One cell. Immutable: writes replace the object, which is what lets a batch be applied to a
 * cheap copy and thrown away when a later request in it fails.
 */
export interface Cell {
  readonly value?: Scalar;
  /** Formulas are stored, not evaluated: every render option shows the formula text. */
  readonly formula?: string;
  readonly numberFormat?: NumberFormat;
  /** `userEnteredFormat.textFormat` (bold...), stored as given: nothing here reads it. */
  readonly textFormat?: TextFormat;
  readonly note?: string;
  readonly dataValidation?: unknown;
}

export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

/** Whether a cell counts as data: values and formulas do; a note or a format alone does not (as in Google's trimming). */
export function hasData(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

function isDateFormat(format: NumberFormat | undefined): boolean {
  return format?.type === 'DATE' || format?.type === 'DATE_TIME';
}

const DEFAULT_DATE_PATTERN = 'dd/mm/yyyy';

/** Google's "automatic" number display, approximately: integers as they are, other numbers with 15 significant digits. */
function automaticNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(15)));
}

function formatNumber(value: number, format: NumberFormat | undefined): string {
  if (isDateFormat(format)) return formatDatePattern(value, format?.pattern ?? DEFAULT_DATE_PATTERN);
  const decimals = /^0(?:\.(0+))?$/.exec(format?.pattern ?? '');
  if (format?.type === 'NUMBER' && decimals) return value.toFixed(decimals[1]?.length ?? 0);
  return automaticNumber(value);
}

/** What `values.get` returns for a cell under the render options; undefined for an empty cell. */
export function renderCell(cell: Cell | undefined, valueRender: ValueRenderOption, dateRender: DateTimeRenderOption): Scalar | undefined {
  if (!cell) return undefined;
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value;
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return valueRender === 'FORMATTED_VALUE' ? (value ? 'TRUE' : 'FALSE') : value;
  if (valueRender === 'FORMATTED_VALUE') return formatNumber(value, cell.numberFormat);
  if (isDateFormat(cell.numberFormat) && dateRender === 'FORMATTED_STRING') return formatNumber(value, cell.numberFormat);
  return value;
}

/** The formatted text of a cell, as `spreadsheets.get` reports it in `formattedValue`. */
export function formattedValue(cell: Cell | undefined): string | undefined {
  const rendered = renderCell(cell, 'FORMATTED_VALUE', 'FORMATTED_STRING');
  return rendered === undefined ? undefined : String(rendered);
}

/** A value to store, and whether it asks for a date format (USER_ENTERED dates). */
export interface EnteredValue {
  readonly value?: Scalar;
  readonly formula?: string;
  readonly dateFormat?: NumberFormat;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True for locales that write the month first (12/3/1985 is 3 December there). */
function monthFirst(locale: string): boolean {
  return /^en_(US|PH)$|^en$/i.test(locale);
}

function parseDate(text: string, locale: string): number | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return serialFromDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!parts) return undefined;
  const [first, second, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return monthFirst(locale) ? serialFromDate(year, first, second) : serialFromDate(year, second, first);
}

/**
 * USER_ENTERED: what typing the text into the Sheets UI would store. Numbers and TRUE/FALSE
 * become numbers and booleans; dates (dd/mm/yyyy in day-first locales such as vi_VN,
 * m/d/yyyy in en_US, and yyyy-mm-dd everywhere) become serial numbers with a date format; a
 * leading `=` makes a formula; a leading apostrophe forces text. A cell formatted as plain
 * text (`TEXT`) keeps what is typed as it is. Not emulated: percentages, currencies,
 * thousands separators, times.
 */
export function userEntered(input: Scalar, locale: string, format?: NumberFormat): EnteredValue {
  if (typeof input !== 'string') return { value: input };
  if (input === '') return {};
  if (format?.type === 'TEXT') return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith('=')) return { formula: input };
  const text = input.trim();
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  if (NUMBER.test(text)) return { value: Number(text) };
  const serial = parseDate(text, locale);
  if (serial !== undefined) {
    return { value: serial, dateFormat: { type: 'DATE', pattern: monthFirst(locale) ? 'm/d/yyyy' : DEFAULT_DATE_PATTERN } };
  }
  return { value: input };
}

/** RAW: stored as given; strings stay strings even when they look like numbers or formulas. */
export function rawEntered(input: Scalar): EnteredValue {
  return input === '' ? {} : { value: input };
}

/** The cell after a value is written into it: note, validation and format stay (a detected date sets a format if there was none). */
export function withEnteredValue(cell: Cell | undefined, entered: EnteredValue): Cell | undefined {
  const next: Cell = {
    ...(entered.value !== undefined ? { value: entered.value } : {}),
    ...(entered.formula !== undefined ? { formula: entered.formula } : {}),
    ...(cell?.numberFormat ? { numberFormat: cell.numberFormat } : entered.dateFormat ? { numberFormat: entered.dateFormat } : {}),
    ...(cell?.textFormat ? { textFormat: cell.textFormat } : {}),
    ...(cell?.note !== undefined ? { note: cell.note } : {}),
    ...(cell?.dataValidation !== undefined ? { dataValidation: cell.dataValidation } : {}),
  };
  return Object.keys(next).length === 0 ? undefined : next;
}
