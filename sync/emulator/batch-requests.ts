import { ApiError, invalidArgument } from './api-error';
import { type Cell, type NumberFormat, type Scalar, type TextFormat, renderCell } from './cells';
import {
  type Draft,
  type GridRange,
  type ProtectedRange,
  type Row,
  type Sheet,
  type SheetProperties,
  cellAt,
  findSheetById,
  lastDataRow,
  newSheet,
} from './model';

/** The JSON of a `spreadsheets.batchUpdate` request: one key naming its kind. */
export type BatchRequest = Record<string, unknown>;
type Json = Record<string, unknown>;

interface CellDataJson {
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean; formulaValue?: string };
  note?: string;
  dataValidation?: unknown;
  userEnteredFormat?: { numberFormat?: NumberFormat; textFormat?: TextFormat };
}

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function fieldMask(fields: unknown): Set<string> {
  if (typeof fields !== 'string' || fields.trim() === '') throw invalidArgument('At least one field must be specified in the fields mask.');
  return new Set(fields.split(',').map((f) => f.trim()));
}

const TEXT_FORMAT_PREFIX = 'userEnteredFormat.textFormat.';

/** Applies the parts of a CellData named by the mask; unknown paths (text formats...) are accepted and not stored. */
function applyCellData(cell: Cell | undefined, data: CellDataJson, mask: Set<string>): Cell | undefined {
  const all = mask.has('*');
  const next: { -readonly [K in keyof Cell]: Cell[K] } = { ...cell };
  if (all || mask.has('userEnteredValue')) {
    delete next.value;
    delete next.formula;
    const v = data.userEnteredValue;
    if (v?.formulaValue !== undefined) next.formula = v.formulaValue;
    else if (v?.stringValue !== undefined) next.value = v.stringValue;
    else if (v?.numberValue !== undefined) next.value = v.numberValue;
    else if (v?.boolValue !== undefined) next.value = v.boolValue;
  }
  if (all || mask.has('note')) {
    if (data.note) next.note = data.note;
    else delete next.note;
  }
  if (all || mask.has('dataValidation')) {
    if (data.dataValidation) next.dataValidation = data.dataValidation;
    else delete next.dataValidation;
  }
  const format = data.userEnteredFormat;
  const wholeFormat = all || mask.has('userEnteredFormat');
  if (wholeFormat || mask.has('userEnteredFormat.numberFormat')) {
    if (format?.numberFormat) next.numberFormat = format.numberFormat;
    else delete next.numberFormat;
  }
  if (wholeFormat || mask.has('userEnteredFormat.textFormat')) {
    if (format?.textFormat && Object.keys(format.textFormat).length > 0) next.textFormat = format.textFormat;
    else delete next.textFormat;
  } else {
    // `userEnteredFormat.textFormat.bold` sets bold alone and keeps the rest of the text format.
    const keys = [...mask].filter((path) => path.startsWith(TEXT_FORMAT_PREFIX)).map((path) => path.slice(TEXT_FORMAT_PREFIX.length));
    if (keys.length > 0) {
      const textFormat: Record<string, unknown> = { ...next.textFormat };
      for (const key of keys) {
        const value = format?.textFormat?.[key];
        if (value === undefined) delete textFormat[key];
        else textFormat[key] = value;
      }
      if (Object.keys(textFormat).length > 0) next.textFormat = textFormat;
      else delete next.textFormat;
    }
  }
  return Object.keys(next).length === 0 ? undefined : next;
}

interface Box {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

function sheetFor(draft: Draft, sheetId: unknown): Sheet {
  const sheet = findSheetById(draft.spreadsheet, typeof sheetId === 'number' ? sheetId : undefined);
  if (!sheet) throw invalidArgument(`No grid with id: ${String(sheetId ?? 0)}`);
  return draft.writable(sheet);
}

function gridBox(sheet: Sheet, range: GridRange): Box {
  const { rowCount, columnCount } = sheet.properties.gridProperties;
  const box = {
    r0: range.startRowIndex ?? 0,
    r1: range.endRowIndex ?? rowCount,
    c0: range.startColumnIndex ?? 0,
    c1: range.endColumnIndex ?? columnCount,
  };
  if (box.r0 < 0 || box.c0 < 0 || box.r1 < box.r0 || box.c1 < box.c0) throw invalidArgument('Invalid range: negative or reversed bounds');
  if (box.r1 > rowCount || box.c1 > columnCount) {
    throw invalidArgument(`Range exceeds grid limits. Max rows: ${rowCount}, max columns: ${columnCount}`);
  }
  return box;
}

function reindex(draft: Draft): void {
  const ordered = [...draft.spreadsheet.sheets].sort((a, b) => a.properties.index - b.properties.index);
  ordered.forEach((sheet, index) => {
    if (sheet.properties.index !== index) draft.writable(sheet).properties.index = index;
  });
}

function titleTaken(draft: Draft, title: string, except?: Sheet): boolean {
  return draft.spreadsheet.sheets.some((s) => s !== except && s.properties.title.toLowerCase() === title.toLowerCase());
}

function addSheet(draft: Draft, request: Json): Json {
  const props = asObject(request.properties) as Partial<SheetProperties>;
  const spreadsheet = draft.spreadsheet;
  let title = props.title;
  for (let n = spreadsheet.sheets.length + 1; title === undefined; n++) if (!titleTaken(draft, `Sheet${n}`)) title = `Sheet${n}`;
  if (titleTaken(draft, title)) throw invalidArgument(`A sheet with the name "${title}" already exists. Please enter another name.`);
  const sheetId = props.sheetId ?? spreadsheet.nextSheetId++;
  if (findSheetById(spreadsheet, sheetId)) throw invalidArgument(`A sheet with id ${sheetId} already exists.`);
  const index = Math.min(props.index ?? spreadsheet.sheets.length, spreadsheet.sheets.length);
  for (const other of spreadsheet.sheets) if (other.properties.index >= index) draft.writable(other).properties.index++;
  const sheet = newSheet(sheetId, title, index, asObject(props.gridProperties));
  draft.addSheet(sheet);
  return { addSheet: { properties: structuredClone(sheet.properties) } };
}

function deleteSheet(draft: Draft, request: Json): Json {
  const sheet = sheetFor(draft, request.sheetId);
  if (draft.spreadsheet.sheets.length === 1) throw invalidArgument("You can't remove all the sheets in a document.");
  draft.spreadsheet.sheets.splice(draft.spreadsheet.sheets.indexOf(sheet), 1);
  reindex(draft);
  return {};
}

function updateSheetProperties(draft: Draft, request: Json): Json {
  const props = asObject(request.properties) as Partial<SheetProperties> & { gridProperties?: Json };
  const sheet = sheetFor(draft, props.sheetId);
  const mask = fieldMask(request.fields);
  const all = mask.has('*');
  if ((all || mask.has('title')) && props.title !== undefined) {
    if (titleTaken(draft, props.title, sheet))
      throw invalidArgument(`A sheet with the name "${props.title}" already exists. Please enter another name.`);
    sheet.properties.title = props.title;
  }
  const grid = asObject(props.gridProperties);
  for (const key of ['frozenRowCount', 'frozenColumnCount', 'rowCount', 'columnCount'] as const) {
    if (!all && !mask.has('gridProperties') && !mask.has(`gridProperties.${key}`)) continue;
    const value = grid[key];
    if (value === undefined) {
      if (key.startsWith('frozen')) delete sheet.properties.gridProperties[key];
      continue;
    }
    if (typeof value !== 'number' || value < 0) throw invalidArgument(`Invalid gridProperties.${key}`);
    sheet.properties.gridProperties[key] = value;
  }
  if ((all || mask.has('index')) && props.index !== undefined) {
    sheet.properties.index = props.index - 0.5;
    reindex(draft);
  }
  return {};
}

function repeatCell(draft: Draft, request: Json): Json {
  const range = asObject(request.range) as GridRange;
  const sheet = sheetFor(draft, range.sheetId);
  const box = gridBox(sheet, range);
  const mask = fieldMask(request.fields);
  const data = asObject(request.cell) as CellDataJson;
  for (let r = box.r0; r < box.r1; r++) {
    for (let c = box.c0; c < box.c1; c++) draft.setCell(sheet, r, c, applyCellData(cellAt(sheet, r, c), data, mask));
  }
  return {};
}

function rowsOf(value: unknown): CellDataJson[][] {
  if (!Array.isArray(value)) return [];
  return value.map((row) => {
    const values = asObject(row).values;
    return Array.isArray(values) ? values.map((v) => asObject(v) as CellDataJson) : [];
  });
}

function updateCells(draft: Draft, request: Json): Json {
  const mask = fieldMask(request.fields);
  const rows = rowsOf(request.rows);
  if (request.range !== undefined) {
    const range = asObject(request.range) as GridRange;
    const sheet = sheetFor(draft, range.sheetId);
    const box = gridBox(sheet, range);
    // With a range, the fields are set on every cell of it; cells the rows do not cover get the empty value.
    for (let r = box.r0; r < box.r1; r++) {
      for (let c = box.c0; c < box.c1; c++) {
        draft.setCell(sheet, r, c, applyCellData(cellAt(sheet, r, c), rows[r - box.r0]?.[c - box.c0] ?? {}, mask));
      }
    }
    return {};
  }
  const start = asObject(request.start) as { sheetId?: number; rowIndex?: number; columnIndex?: number };
  const sheet = sheetFor(draft, start.sheetId);
  const r0 = start.rowIndex ?? 0;
  const c0 = start.columnIndex ?? 0;
  const width = Math.max(0, ...rows.map((r) => r.length));
  gridBox(sheet, { startRowIndex: r0, endRowIndex: r0 + rows.length, startColumnIndex: c0, endColumnIndex: c0 + width });
  rows.forEach((row, i) =>
    row.forEach((data, j) => draft.setCell(sheet, r0 + i, c0 + j, applyCellData(cellAt(sheet, r0 + i, c0 + j), data, mask))),
  );
  return {};
}

/** The checks Google makes that a caller can get wrong: a condition, and values for the list kinds. */
function checkValidationRule(rule: unknown): void {
  if (rule === undefined) return; // no rule clears validation
  const condition = asObject(asObject(rule).condition);
  if (typeof condition.type !== 'string') throw invalidArgument('A data validation rule must have a condition type.');
  const values = Array.isArray(condition.values) ? condition.values.map(asObject) : [];
  if ((condition.type === 'ONE_OF_LIST' || condition.type === 'ONE_OF_RANGE') && values.length === 0) {
    throw invalidArgument(`A ${condition.type} condition must have at least one value.`);
  }
  if (values.some((v) => typeof v.userEnteredValue !== 'string' && v.relativeDate === undefined)) {
    throw invalidArgument('Each condition value must have a userEnteredValue or a relativeDate.');
  }
}

function setDataValidation(draft: Draft, request: Json): Json {
  const range = asObject(request.range) as GridRange;
  const sheet = sheetFor(draft, range.sheetId);
  const box = gridBox(sheet, range);
  const rule = request.rule;
  checkValidationRule(rule);
  const mask = new Set(['dataValidation']);
  for (let r = box.r0; r < box.r1; r++) {
    for (let c = box.c0; c < box.c1; c++) {
      draft.setCell(sheet, r, c, applyCellData(cellAt(sheet, r, c), rule === undefined ? {} : { dataValidation: rule }, mask));
    }
  }
  return {};
}

function checkProtection(protectedRange: Partial<ProtectedRange>): void {
  if (protectedRange.warningOnly === true && protectedRange.editors !== undefined) {
    throw invalidArgument('Editors are not supported with warning-only protection.');
  }
}

function addProtectedRange(draft: Draft, request: Json): Json {
  const given = asObject(request.protectedRange) as Partial<ProtectedRange>;
  const range = asObject(given.range) as GridRange;
  const sheet = sheetFor(draft, range.sheetId);
  gridBox(sheet, range);
  checkProtection(given);
  const protectedRange: ProtectedRange = {
    ...given,
    protectedRangeId: given.protectedRangeId ?? draft.spreadsheet.nextProtectedRangeId++,
    range: { ...range, sheetId: sheet.properties.sheetId },
  };
  sheet.protectedRanges.push(protectedRange);
  return { addProtectedRange: { protectedRange: structuredClone(protectedRange) } };
}

/** The sheet holding a protected range, copied for writing, and the range's index in it. */
function protectedRangeById(draft: Draft, protectedRangeId: unknown): { sheet: Sheet; index: number } {
  for (const original of draft.spreadsheet.sheets) {
    const index = original.protectedRanges.findIndex((p) => p.protectedRangeId === protectedRangeId);
    if (index >= 0) return { sheet: draft.writable(original), index };
  }
  throw invalidArgument(`No protected range with id: ${String(protectedRangeId)}`);
}

const PROTECTED_RANGE_FIELDS: ReadonlySet<string> = new Set([
  'range',
  'description',
  'warningOnly',
  'editors',
  'namedRangeId',
  'unprotectedRanges',
]);

/** The fields named by the mask are replaced (an absent one is cleared); the id is read-only; a new range may move it to another tab. */
function updateProtectedRange(draft: Draft, request: Json): Json {
  const given = asObject(request.protectedRange) as Partial<ProtectedRange>;
  const mask = fieldMask(request.fields);
  const { sheet, index } = protectedRangeById(draft, given.protectedRangeId);
  const next: ProtectedRange = { ...sheet.protectedRanges[index]! };
  for (const field of mask.has('*') ? PROTECTED_RANGE_FIELDS : mask) {
    if (!PROTECTED_RANGE_FIELDS.has(field)) throw invalidArgument(`Invalid field in the fields mask: ${field}`);
    if (given[field] === undefined) delete next[field];
    else next[field] = given[field];
  }
  checkProtection(next);
  const range = asObject(next.range) as GridRange;
  const target = sheetFor(draft, range.sheetId);
  gridBox(target, range);
  next.range = { ...range, sheetId: target.properties.sheetId };
  sheet.protectedRanges.splice(index, 1);
  target.protectedRanges.splice(target === sheet ? index : target.protectedRanges.length, 0, next);
  return {};
}

function deleteProtectedRange(draft: Draft, request: Json): Json {
  const { sheet, index } = protectedRangeById(draft, request.protectedRangeId);
  sheet.protectedRanges.splice(index, 1);
  return {};
}

interface DimensionRange {
  sheetId?: number;
  dimension?: 'ROWS' | 'COLUMNS';
  startIndex?: number;
  endIndex?: number;
}

function dimensionBounds(sheet: Sheet, range: DimensionRange): { start: number; end: number; rows: boolean } {
  const rows = range.dimension !== 'COLUMNS';
  if (range.dimension !== 'ROWS' && range.dimension !== 'COLUMNS') throw invalidArgument('dimension must be ROWS or COLUMNS');
  const size = rows ? sheet.properties.gridProperties.rowCount : sheet.properties.gridProperties.columnCount;
  const start = range.startIndex ?? 0;
  const end = range.endIndex ?? size;
  if (start < 0 || end < start || end > size) throw invalidArgument(`Invalid dimension range ${start}..${end} (size ${size})`);
  return { start, end, rows };
}

function deleteDimension(draft: Draft, request: Json): Json {
  const range = asObject(request.range) as DimensionRange;
  const sheet = sheetFor(draft, range.sheetId);
  const { start, end, rows } = dimensionBounds(sheet, range);
  const grid = sheet.properties.gridProperties;
  if (rows) {
    if (end - start >= grid.rowCount) throw invalidArgument("You can't delete all the rows on the sheet.");
    sheet.rows.splice(start, end - start);
    grid.rowCount -= end - start;
  } else {
    if (end - start >= grid.columnCount) throw invalidArgument("You can't delete all the columns on the sheet.");
    sheet.rows = sheet.rows.map((row) => (row ? [...row.slice(0, start), ...row.slice(end)] : row));
    grid.columnCount -= end - start;
  }
  return {};
}

function insertDimension(draft: Draft, request: Json): Json {
  const range = asObject(request.range) as DimensionRange;
  const sheet = sheetFor(draft, range.sheetId);
  const rows = range.dimension !== 'COLUMNS';
  const grid = sheet.properties.gridProperties;
  const start = range.startIndex ?? 0;
  const count = (range.endIndex ?? start) - start;
  if (count <= 0 || start > (rows ? grid.rowCount : grid.columnCount)) throw invalidArgument('Invalid insertDimension range');
  if (rows) {
    if (sheet.rows.length > start) sheet.rows.splice(start, 0, ...new Array<Row | undefined>(count).fill(undefined));
    grid.rowCount += count;
  } else {
    sheet.rows = sheet.rows.map((row) =>
      row && row.length > start ? [...row.slice(0, start), ...new Array<Cell | undefined>(count), ...row.slice(start)] : row,
    );
    grid.columnCount += count;
  }
  return {};
}

function appendDimension(draft: Draft, request: Json): Json {
  const sheet = sheetFor(draft, request.sheetId);
  const length = request.length;
  if (typeof length !== 'number' || length <= 0) throw invalidArgument('length must be positive');
  if (request.dimension === 'COLUMNS') sheet.properties.gridProperties.columnCount += length;
  else if (request.dimension === 'ROWS') sheet.properties.gridProperties.rowCount += length;
  else throw invalidArgument('dimension must be ROWS or COLUMNS');
  return {};
}

/** After the last row with data, growing the grid when it must: the append is placed when it is applied. */
function appendCells(draft: Draft, request: Json): Json {
  const sheet = sheetFor(draft, request.sheetId);
  const mask = fieldMask(request.fields);
  const rows = rowsOf(request.rows);
  const start = lastDataRow(sheet) + 1;
  const grid = sheet.properties.gridProperties;
  grid.rowCount = Math.max(grid.rowCount, start + rows.length);
  grid.columnCount = Math.max(grid.columnCount, ...rows.map((r) => r.length));
  rows.forEach((row, i) =>
    row.forEach((data, j) => draft.setCell(sheet, start + i, j, applyCellData(cellAt(sheet, start + i, j), data, mask))),
  );
  return {};
}

/** Numbers before text before booleans, blanks last — Google's order. Whole cells move, notes included. */
function sortRange(draft: Draft, request: Json): Json {
  const range = asObject(request.range) as GridRange;
  const sheet = sheetFor(draft, range.sheetId);
  const box = gridBox(sheet, range);
  const specs = Array.isArray(request.sortSpecs) ? request.sortSpecs.map(asObject) : [];
  const rank = (v: Scalar | undefined): number => (v === undefined ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const lines = [];
  for (let r = box.r0; r < box.r1; r++) lines.push(Array.from({ length: box.c1 - box.c0 }, (_, j) => cellAt(sheet, r, box.c0 + j)));
  lines.sort((a, b) => {
    for (const spec of specs) {
      const column = (typeof spec.dimensionIndex === 'number' ? spec.dimensionIndex : 0) - box.c0;
      const va = renderCell(a[column], 'UNFORMATTED_VALUE', 'SERIAL_NUMBER');
      const vb = renderCell(b[column], 'UNFORMATTED_VALUE', 'SERIAL_NUMBER');
      if (rank(va) !== rank(vb)) return rank(va) - rank(vb);
      if (va === undefined || vb === undefined || va === vb) continue;
      const order = va < vb ? -1 : 1;
      return spec.sortOrder === 'DESCENDING' ? -order : order;
    }
    return 0;
  });
  lines.forEach((line, i) => line.forEach((cell, j) => draft.setCell(sheet, box.r0 + i, box.c0 + j, cell)));
  return {};
}

const HANDLERS: Readonly<Record<string, (draft: Draft, request: Json) => Json>> = {
  addSheet,
  deleteSheet,
  updateSheetProperties,
  repeatCell,
  updateCells,
  setDataValidation,
  addProtectedRange,
  updateProtectedRange,
  deleteProtectedRange,
  deleteDimension,
  insertDimension,
  appendDimension,
  appendCells,
  sortRange,
};

export const SUPPORTED_REQUESTS: readonly string[] = Object.keys(HANDLERS);

/** Applies the requests in order to the draft; the first failure aborts the whole batch. */
export function applyBatch(draft: Draft, requests: readonly BatchRequest[]): Json[] {
  return requests.map((request, index) => {
    const kinds = Object.keys(request).filter((k) => request[k] !== undefined);
    const kind = kinds[0];
    if (kinds.length !== 1 || kind === undefined)
      throw invalidArgument(`Invalid requests[${index}]: exactly one kind of request must be set`);
    const handler = HANDLERS[kind];
    if (!handler)
      throw invalidArgument(
        `Invalid requests[${index}].${kind}: not supported by the hoso emulator (supported: ${SUPPORTED_REQUESTS.join(', ')})`,
      );
    try {
      return handler(draft, asObject(request[kind]));
    } catch (error) {
      if (error instanceof ApiError) throw new ApiError(error.code, error.status, `Invalid requests[${index}].${kind}: ${error.message}`);
      throw error;
    }
  });
}
