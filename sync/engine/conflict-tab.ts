/**
 * The 'Xung đột' tab: the open conflicts of a binding, one line each, where staff settle them
 * with the dropdown 'Giữ' (Bảng tính / hoso / Giá trị khác, the value typed in the next column).
 * Pure: reading the lines, turning the choices into resolutions, and planning the tab's content.
 *
 * A line names its conflict by tab, record id, column and `since` (when a run first found the
 * conflict, kept in the state): a line left over from a settled conflict can never settle a new
 * conflict on the same field. A choice is applied by the run that reads it, committed with the
 * run's other changes, and only then does the tab's rewrite (with the layout) drop its line.
 */
import { RejectionIndex, type ChangeRejection, type DatabaseChange } from './changes';
import { resolveConflict } from './conflicts';
import { headerKey } from './headers';
import type { TableInput } from './plan-table';
import {
  type BaseRecord,
  type CellValue,
  type ColumnSpec,
  type ConflictRecord,
  type FieldValue,
  type RecordRow,
  type SheetTable,
  type SyncState,
  type TableSpec,
  withUnsettled,
} from './types';
import { displayCell, readCell, valuesEqual } from './values';

export const CONFLICT_TAB_TITLE = 'Xung đột';
/** The pseudo table of the conflicts tab in reports and init. */
export const CONFLICT_TABLE = '$conflicts';
/** Vietnam's offset from UTC (no daylight saving): the 'Từ lúc' column shows local time. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

export const CONFLICT_CHOICES = { sheet: 'Bảng tính', database: 'hoso', other: 'Giá trị khác' } as const;

/** How a binding shows its conflicts in the sheet (see `SyncBinding.conflictTab`). */
export interface ConflictTabOptions {
  /** Default 'Xung đột'. */
  readonly title?: string;
  /** Per table, the fields that name a record on its line (formatted, joined); default: the table's first required column. */
  readonly recordLabel?: Readonly<Record<string, readonly string[]>>;
  /** For the 'Từ lúc' column; default +7:00. */
  readonly utcOffsetMinutes?: number;
}

export const CONFLICT_HEADERS = {
  id: 'Mã hoso',
  tab: 'Trang',
  row: 'Dòng',
  record: 'Hồ sơ',
  field: 'Cột',
  sheetValue: 'Trên bảng tính',
  databaseValue: 'Trong hoso',
  since: 'Từ lúc',
  choice: 'Giữ',
  other: 'Giá trị khác',
} as const;

type LineField = Exclude<keyof typeof CONFLICT_HEADERS, 'id'>;

export const conflictTabMessages = {
  idHeaderNote: 'Mã hoso của hồ sơ có xung đột. Các cột trừ «Giữ» và «Giá trị khác» do hoso ghi: không sửa.',
  choiceHint:
    'Chọn giá trị được giữ: «Bảng tính», «hoso», hoặc «Giá trị khác» rồi gõ giá trị ở cột bên phải. Lần đồng bộ sau sẽ áp dụng và xoá dòng này.',
  otherHint: 'Giá trị gõ tay khi chọn «Giá trị khác», viết như trên trang của hồ sơ.',
  unknownChoice: (raw: CellValue): string =>
    `${displayCell(raw)} không phải lựa chọn: chọn «Bảng tính», «hoso» hoặc «Giá trị khác». Xung đột này chưa được giải quyết.`,
  otherMissing: (): string => 'Đã chọn «Giá trị khác» nhưng chưa gõ giá trị ở cột «Giá trị khác». Xung đột này chưa được giải quyết.',
  otherUnreadable: (raw: CellValue, message: string): string =>
    `Không đọc được giá trị khác ${displayCell(raw)}: ${message} Xung đột này chưa được giải quyết.`,
  recordGone: (): string => 'Hồ sơ này không còn trong phạm vi đồng bộ: lựa chọn chưa được áp dụng.',
  refused: (message: string): string => `hoso không nhận lựa chọn này: ${message}`,
  missingHeaders: (title: string, headers: readonly string[]): string =>
    `Trang «${title}» thiếu cột ${headers.map((h) => `«${h}»`).join(', ')}: xung đột không được liệt kê ở đây (chạy \`hoso sheets init\`).`,
  blank: '(trống)',
} as const;

function identityColumn(field: string, header: string, template?: ColumnSpec['template']): ColumnSpec {
  return {
    field,
    header,
    parse: (cell) => ({ ok: true, value: cell }),
    format: (value) => value,
    ...(template ? { template } : {}),
  };
}

/** The tab as a table spec: `hoso sheets init` creates and repairs it like the others, and headers are matched the same way. */
export function conflictTabSpec(title: string = CONFLICT_TAB_TITLE): TableSpec {
  const h = CONFLICT_HEADERS;
  return {
    table: CONFLICT_TABLE,
    sheetTitle: title,
    idHeader: h.id,
    columns: [
      identityColumn('tab', h.tab),
      identityColumn('row', h.row),
      identityColumn('record', h.record),
      identityColumn('field', h.field),
      identityColumn('sheetValue', h.sheetValue),
      identityColumn('databaseValue', h.databaseValue),
      identityColumn('since', h.since),
      identityColumn('choice', h.choice, { choices: Object.values(CONFLICT_CHOICES), hint: conflictTabMessages.choiceHint }),
      identityColumn('other', h.other, { hint: conflictTabMessages.otherHint }),
    ],
  };
}

// ---- time -----------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
/** Days from Sheets' epoch (30 Dec 1899) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A time as a Sheets date-time serial, in local time at `offsetMinutes`. */
export function sinceSerial(iso: string, offsetMinutes: number): number {
  return (Date.parse(iso) + offsetMinutes * 60_000) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function serialMs(serial: number, offsetMinutes: number): number {
  return Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY - offsetMinutes * 60_000);
}

// ---- reading --------------------------------------------------------------------------------

export type TabChoice = { readonly kind: 'sheet' } | { readonly kind: 'database' } | { readonly kind: 'other'; readonly value: FieldValue };

/** A line of the tab that names an open conflict. */
export interface ConflictLine {
  readonly rowNumber: number;
  /** As the state held it when the run started. */
  readonly conflict: ConflictRecord;
  /** The 'Giữ' and 'Giá trị khác' cells as typed, kept when the line stays. */
  readonly typed: { readonly choice: CellValue | null; readonly other: CellValue | null };
  readonly choice: TabChoice | null;
  /** Why the choice cannot be applied (shown as a note on 'Giữ'). */
  readonly error: string | null;
}

export function conflictKey(c: { readonly table: string; readonly id: string; readonly field: string }): string {
  return `${c.table}\u0001${c.id}\u0001${c.field}`;
}

function columnByHeader(spec: TableSpec, header: string): ColumnSpec | undefined {
  const key = headerKey(header);
  return spec.columns.find((c) => headerKey(c.header) === key || (c.aliases ?? []).some((a) => headerKey(a) === key));
}

function readChoice(
  column: ColumnSpec,
  choice: CellValue | null,
  other: CellValue | null,
): { choice: TabChoice | null; error: string | null } {
  if (choice === null) return { choice: null, error: null };
  const key = headerKey(String(choice));
  if (key === headerKey(CONFLICT_CHOICES.sheet)) return { choice: { kind: 'sheet' }, error: null };
  if (key === headerKey(CONFLICT_CHOICES.database)) return { choice: { kind: 'database' }, error: null };
  if (key !== headerKey(CONFLICT_CHOICES.other)) return { choice: null, error: conflictTabMessages.unknownChoice(choice) };
  // Blank is not "empty the field": the person may not have typed the value yet.
  if (other === null) return { choice: null, error: conflictTabMessages.otherMissing() };
  const reading = readCell(column, other);
  if (!reading.ok) return { choice: null, error: conflictTabMessages.otherUnreadable(other, reading.message) };
  return { choice: { kind: 'other', value: reading.value }, error: null };
}

/** The headers the tab lacks (then it is neither read nor written). */
export function missingConflictHeaders(sheet: SheetTable): readonly string[] {
  return sheet.headers.missingHeaders;
}

/**
 * The lines naming a conflict open in `state`, with the choice read by the field's codec. Lines
 * of settled conflicts, and copies of a line (the first one with a choice counts), are left out:
 * the rewrite drops them.
 */
export function readConflictLines(
  sheet: SheetTable,
  state: SyncState,
  tables: readonly TableSpec[],
  offsetMinutes: number = VIETNAM_UTC_OFFSET_MINUTES,
): ConflictLine[] {
  const open = new Map(state.conflicts.filter((c) => c.since !== undefined).map((c) => [conflictKey(c), c]));
  const byKey = new Map<string, ConflictLine>();
  for (const row of sheet.rows) {
    const cells = row.cells as Readonly<Record<LineField, CellValue | null>>;
    const spec = tables.find((t) => t.sheetTitle === String(cells.tab ?? '').trim());
    const column = spec && cells.field !== null ? columnByHeader(spec, String(cells.field)) : undefined;
    if (!spec || !column || row.id === null || typeof cells.since !== 'number') continue;
    const key = conflictKey({ table: spec.table, id: row.id, field: column.field });
    const conflict = open.get(key);
    if (!conflict || serialMs(cells.since, offsetMinutes) !== Date.parse(conflict.since!)) continue;
    const typed = { choice: cells.choice ?? null, other: cells.other ?? null };
    const earlier = byKey.get(key);
    if (earlier && (earlier.typed.choice !== null || typed.choice === null)) continue;
    byKey.set(key, { rowNumber: row.rowNumber, conflict, typed, ...readChoice(column, typed.choice, typed.other) });
  }
  return [...byKey.values()].sort((a, b) => a.rowNumber - b.rowNumber);
}

// ---- applying the choices -----------------------------------------------------------------

export interface ChoiceApplication {
  /** The state with the chosen conflicts settled (what the run plans against). */
  readonly state: SyncState;
  /** The records as they will be once the resolutions are committed. */
  readonly tables: readonly TableInput[];
  /** One update per settled conflict, committed with the run's other changes. */
  readonly changes: readonly DatabaseChange[];
  /** The conflicts settled, as the state held them. */
  readonly settled: readonly ConflictRecord[];
  /** Lines whose choice could not be applied this run (record gone), by conflict key. */
  readonly errors: ReadonlyMap<string, string>;
}

/**
 * Each choice through `resolveConflict`, applied before planning: the plan then sees the chosen
 * value in hoso and the sheet's value in the base, so it writes hoso's or a typed value to the
 * cell (nothing when the sheet's value was kept) and the cell's conflict note goes.
 */
export function applyConflictChoices(state: SyncState, inputs: readonly TableInput[], lines: readonly ConflictLine[]): ChoiceApplication {
  let resolved = state;
  const records = new Map(inputs.map((input) => [input.spec.table, new Map(input.records.map((r) => [r.id, r]))]));
  const changes: DatabaseChange[] = [];
  const settled: ConflictRecord[] = [];
  const errors = new Map<string, string>();
  for (const line of lines) {
    if (line.choice === null || line.error !== null) continue;
    const { conflict } = line;
    const record = records.get(conflict.table)?.get(conflict.id);
    if (!record) {
      errors.set(conflictKey(conflict), conflictTabMessages.recordGone());
      continue;
    }
    const current = record.values[conflict.field] ?? null;
    const chosen = line.choice.kind === 'sheet' ? conflict.sheetValue : line.choice.kind === 'database' ? current : line.choice.value;
    const outcome = resolveConflict(resolved, conflict, chosen, current);
    resolved = outcome.state;
    // Keeping hoso's value (or typing it again) changes nothing in hoso: only the sheet is written.
    if (!valuesEqual(chosen, current)) changes.push(outcome.change);
    settled.push(conflict);
    records.get(conflict.table)!.set(conflict.id, { ...record, values: { ...record.values, [conflict.field]: chosen } });
  }
  const tables = inputs.map((input) =>
    settled.some((c) => c.table === input.spec.table)
      ? { ...input, records: input.records.map((r) => records.get(input.spec.table)!.get(r.id) ?? r) }
      : input,
  );
  return { state: resolved, tables, changes, settled, errors };
}

/**
 * The run's changes with the resolutions folded in: one update per record, and where the plan
 * also changes the settled field (staff edited the cell again), the plan's value checked against
 * the database's real value.
 */
export function withResolutions(planned: readonly DatabaseChange[], resolutions: readonly DatabaseChange[]): DatabaseChange[] {
  const changes = [...planned];
  for (const resolution of resolutions) {
    if (resolution.kind !== 'update') continue;
    const index = changes.findIndex((c) => c.kind === 'update' && c.table === resolution.table && c.id === resolution.id);
    const existing = changes[index];
    if (index < 0 || existing?.kind !== 'update') {
      changes.push(resolution);
      continue;
    }
    const fields = [...existing.changes];
    for (const change of resolution.changes) {
      const at = fields.findIndex((f) => f.field === change.field);
      if (at < 0) fields.push(change);
      else fields[at] = { ...fields[at]!, expected: change.expected };
    }
    changes[index] = { ...existing, changes: fields };
  }
  return changes;
}

/**
 * Gives each conflict its `since`: kept from `previous` (the state planned against) for a
 * conflict still open, later than every conflict of `loaded` for a new one, so that a new
 * conflict never takes the identity of a line left on the tab.
 */
export function stampConflicts(next: SyncState, previous: SyncState, loaded: SyncState, nowMs: number): SyncState {
  const before = new Map(previous.conflicts.map((c) => [conflictKey(c), c]));
  const latest = Math.max(-Infinity, ...loaded.conflicts.map((c) => (c.since === undefined ? -Infinity : Date.parse(c.since))));
  const fresh = new Date(Math.max(nowMs, latest + 1)).toISOString();
  const conflicts = next.conflicts.map((conflict): ConflictRecord => {
    const earlier = before.get(conflictKey(conflict));
    const since = earlier?.since ?? conflict.since ?? fresh;
    const choiceNote = earlier?.choiceNote ?? conflict.choiceNote;
    return { ...conflict, since, ...(choiceNote !== undefined ? { choiceNote } : {}) };
  });
  return { ...next, conflicts };
}

/**
 * A resolution the store refused (the field was edited in hoso during the run): its conflict is
 * open again exactly as it was, base and all, so the line and its choice stay for the next run.
 */
export function reopenRefused(
  after: SyncState,
  loaded: SyncState,
  settled: readonly ConflictRecord[],
  refused: readonly ChangeRejection[],
): SyncState {
  const index = new RejectionIndex(refused);
  const reopened = settled.filter((c) => index.field(c.table, c.id, c.field));
  if (reopened.length === 0) return after;
  const base: Record<string, Readonly<Record<string, BaseRecord>>> = { ...after.base };
  for (const conflict of reopened) {
    const was = loaded.base[conflict.table]?.[conflict.id];
    const now = base[conflict.table]?.[conflict.id];
    if (!was || !now) continue;
    const values = { ...now.values, [conflict.field]: was.values[conflict.field] ?? null };
    const unsettled = { ...now.unsettled, [conflict.field]: was.unsettled?.[conflict.field] ?? ('both' as const) };
    const record = withUnsettled(values, unsettled, now.copies);
    base[conflict.table] = { ...base[conflict.table], [conflict.id]: now.status ? { ...record, status: now.status } : record };
  }
  const keys = new Set(reopened.map(conflictKey));
  const conflicts = [...after.conflicts.filter((c) => !keys.has(conflictKey(c))), ...reopened];
  return { ...after, base, conflicts };
}

// ---- the tab's content ----------------------------------------------------------------------

export interface ConflictTabLine {
  readonly conflict: ConflictRecord;
  /** By 0-based column of the tab: hoso's columns only (staff columns are never written). */
  readonly cells: ReadonlyMap<number, CellValue | null>;
  /** On 'Giữ': why the choice was not applied. */
  readonly note: string | null;
}

export interface ConflictTabPlan {
  readonly title: string;
  /** The lines, in the order of the tabs, then rows, then columns. */
  readonly lines: readonly ConflictTabLine[];
  /** Data rows read below the header (rewritten in place; lines beyond them are appended). */
  readonly rowsRead: number;
  /** hoso's columns: 0-based index by field ('$id' for the id). */
  readonly columns: Readonly<Record<string, number>>;
  /** False when the tab already shows exactly this (an idle run writes nothing). */
  readonly write: boolean;
}

export interface ConflictTabInput {
  readonly sheet: SheetTable;
  readonly grid: readonly (readonly unknown[])[];
  /** The open conflicts once the run's commit is done. */
  readonly conflicts: readonly ConflictRecord[];
  /** The lines read this run (their typed choice stays when their conflict does). */
  readonly lines: readonly ConflictLine[];
  /** Notes for lines whose choice was not applied, by conflict key (beyond the lines' own errors). */
  readonly extraNotes: ReadonlyMap<string, string>;
  readonly tables: readonly TableSpec[];
  /** The records as the run leaves them, by table. */
  readonly records: ReadonlyMap<string, ReadonlyMap<string, RecordRow>>;
  readonly options?: ConflictTabOptions;
}

function shown(column: ColumnSpec | undefined, value: FieldValue): CellValue {
  if (value === null) return conflictTabMessages.blank;
  const cell = column ? column.format(value) : value;
  return cell === null ? conflictTabMessages.blank : cell;
}

function recordLabel(spec: TableSpec, record: RecordRow | undefined, options: ConflictTabOptions | undefined): string | null {
  if (!record) return null;
  const fields = options?.recordLabel?.[spec.table] ?? [(spec.columns.find((c) => c.required) ?? spec.columns[0])?.field ?? ''];
  const parts = fields.flatMap((field) => {
    const column = spec.columns.find((c) => c.field === field);
    const value = record.values[field] ?? null;
    const cell = value === null ? null : column ? column.format(value) : value;
    return cell === null || cell === '' ? [] : [String(cell)];
  });
  return parts.length === 0 ? null : parts.join(' · ');
}

function rowOfA1(a1: string): number | null {
  const match = /(\d+)$/.exec(a1);
  return match ? Number(match[1]) : null;
}

function cellOf(raw: unknown): CellValue | null {
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  return typeof raw === 'boolean' ? raw : null;
}

/** What the tab should show after this run: exactly the open conflicts, and whether that needs a write. */
export function planConflictTab(input: ConflictTabInput): ConflictTabPlan {
  const { sheet, tables, options } = input;
  const offset = options?.utcOffsetMinutes ?? VIETNAM_UTC_OFFSET_MINUTES;
  const columns: Record<string, number> = { ...sheet.headers.fieldColumns, $id: sheet.headers.idColumn ?? 0 };
  const order = new Map(tables.map((t, i) => [t.table, i]));
  const typedByKey = new Map(input.lines.map((l) => [conflictKey(l.conflict), l]));
  const sorted = input.conflicts
    .filter((c) => order.has(c.table) && c.since !== undefined)
    .map((c) => {
      const spec = tables[order.get(c.table)!]!;
      const fieldIndex = spec.columns.findIndex((col) => col.field === c.field);
      return { c, spec, column: spec.columns[fieldIndex], rank: [order.get(c.table)!, rowOfA1(c.a1) ?? 0, fieldIndex] as const };
    })
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || (a.c.id < b.c.id ? -1 : 1));
  const lines: ConflictTabLine[] = sorted.map(({ c, spec, column }) => {
    const key = conflictKey(c);
    // The typed choice stays only on the line of the very conflict it was made for.
    const read = typedByKey.get(key);
    const kept = read && read.conflict.since === c.since ? read : undefined;
    const values: Record<string, CellValue | null> = {
      $id: c.id,
      tab: spec.sheetTitle,
      row: rowOfA1(c.a1),
      record: recordLabel(spec, input.records.get(c.table)?.get(c.id), options),
      field: column?.header ?? c.field,
      sheetValue: shown(column, c.sheetValue),
      databaseValue: shown(column, c.databaseValue),
      since: sinceSerial(c.since!, offset),
      choice: kept?.typed.choice ?? null,
      other: kept?.typed.other ?? null,
    };
    const cells = new Map(Object.entries(values).map(([field, value]) => [columns[field]!, value] as const));
    const note = (kept ? (kept.error ?? input.extraNotes.get(key)) : undefined) ?? null;
    return { conflict: c, cells, note };
  });
  const rowsRead = Math.max(0, input.grid.length - 1);
  const hosoColumns = Object.values(columns);
  let differs = lines.some((line) => (line.note ?? undefined) !== line.conflict.choiceNote);
  for (let i = 0; i < Math.max(rowsRead, lines.length) && !differs; i++) {
    const row = input.grid[i + 1] ?? [];
    const line = lines[i];
    differs = hosoColumns.some((column) => cellOf(row[column]) !== cellOf(line?.cells.get(column) ?? null));
  }
  return { title: sheet.sheetTitle, lines, rowsRead, columns, write: differs };
}

/** The state's conflicts with the notes the tab shows now (after the tab's write). */
export function withChoiceNotes(state: SyncState, plan: ConflictTabPlan): SyncState {
  const notes = new Map(plan.lines.map((l) => [conflictKey(l.conflict), l.note]));
  const conflicts = state.conflicts.map((conflict) => {
    const { choiceNote: _previous, ...rest } = conflict;
    const note = notes.get(conflictKey(conflict));
    return note ? { ...rest, choiceNote: note } : rest;
  });
  return { ...state, conflicts };
}
