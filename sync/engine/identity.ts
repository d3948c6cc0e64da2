import type { ColumnSpec, FieldValues, SheetRow } from './types';
import { type CellReading, readCell, valuesEqual } from './values';

/** A sheet row with each mapped cell parsed through its codec. */
export interface ParsedRow {
  readonly row: SheetRow;
  readonly readings: Readonly<Record<string, CellReading>>;
}

export function parseRow(columns: readonly ColumnSpec[], row: SheetRow): ParsedRow {
  const readings: Record<string, CellReading> = {};
  for (const column of columns) readings[column.field] = readCell(column, row.cells[column.field] ?? null);
  return { row, readings };
}

export interface IdentityChoice {
  readonly chosen: ParsedRow;
  /** Other rows carrying the same id, in row order: reported, never applied. */
  readonly duplicates: readonly ParsedRow[];
}

function agreement(row: ParsedRow, reference: FieldValues | undefined): number {
  if (!reference) return 0;
  let score = 0;
  for (const [field, reading] of Object.entries(row.readings)) {
    if (reading.ok && valuesEqual(reading.value, reference[field])) score++;
  }
  return score;
}

/**
 * Several rows carry the same id (a row was copied and pasted). The row that agrees most with
 * what hoso knows of the record — the base of the last good run and the record itself, field by
 * field — keeps the identity; ties go to the topmost row. Rationale: staff copy a row to start a
 * new person and then edit the copy, so the unedited original is the one whose identity is the
 * record's, wherever sorting put it. Picking by position alone would let a copy pasted above
 * the original rename the record to somebody else. Counting both the base and the record keeps
 * the choice stable when hoso has just written its own change into the original row.
 */
export function chooseIdentityRow(
  rows: readonly ParsedRow[],
  base: FieldValues | undefined,
  record: FieldValues | undefined,
): IdentityChoice {
  if (rows.length === 1) return { chosen: rows[0]!, duplicates: [] };
  const ordered = [...rows].sort((a, b) => a.row.rowNumber - b.row.rowNumber);
  const score = (row: ParsedRow): number => agreement(row, base) + agreement(row, record);
  let chosen = ordered[0]!;
  let best = score(chosen);
  for (const candidate of ordered.slice(1)) {
    const candidateScore = score(candidate);
    if (candidateScore > best) {
      chosen = candidate;
      best = candidateScore;
    }
  }
  return { chosen, duplicates: ordered.filter((r) => r !== chosen) };
}
