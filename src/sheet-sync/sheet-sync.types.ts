import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { SyncReport as EngineReport } from '../../sync/runner/run-sync';
import type { CellValue, FieldValue } from '../../sync/engine/types';

/** The report of one run, as the CLI's --json prints it and `runSync` returns it. */

@ObjectType('SyncDatabaseCounts')
export class SyncDatabaseCounts {
  @Field(() => Int) creates!: number;
  @Field(() => Int) updatedRecords!: number;
  @Field(() => Int) updatedFields!: number;
  @Field(() => Int, { description: 'Records whose row went missing from the sheet (kept, restorable).' }) flags!: number;
  @Field(() => Int, { description: 'Flagged records whose row came back.' }) unflags!: number;
  @Field(() => Int) deletes!: number;
}

@ObjectType('SyncSheetCounts')
export class SyncSheetCounts {
  @Field(() => Int) cellWrites!: number;
  @Field(() => Int, { description: 'Ids written back into rows typed without one.' }) idWriteBacks!: number;
  @Field(() => Int) appendedRows!: number;
  @Field(() => Int) removedRows!: number;
}

@ObjectType('SyncCounts')
export class SyncCounts {
  @Field(() => SyncDatabaseCounts) database!: SyncDatabaseCounts;
  @Field(() => SyncSheetCounts) sheet!: SyncSheetCounts;
  @Field(() => Int) conflicts!: number;
  @Field(() => Int) cellErrors!: number;
  @Field(() => Int) issues!: number;
}

@ObjectType('SyncApiCalls', { description: 'Google Sheets API calls of one run, retries included.' })
export class SyncApiCalls {
  @Field(() => Int) calls!: number;
  @Field(() => Int) reads!: number;
  @Field(() => Int) writes!: number;
  @Field(() => Int) retries!: number;
  @Field(() => Float) backoffMs!: number;
  @Field(() => Float) throttledMs!: number;
}

@ObjectType('SyncConflictReport', { description: 'A field changed on both sides to different values.' })
export class SyncConflictReport {
  @Field() table!: string;
  @Field() recordId!: string;
  @Field() field!: string;
  @Field() header!: string;
  @Field({ description: "The cell, e.g. 'Cán bộ'!C5." }) a1!: string;
  @Field(() => String, { nullable: true }) sheetValue!: string | null;
  @Field(() => String, { nullable: true }) databaseValue!: string | null;
  @Field(() => String, { nullable: true }) baseValue!: string | null;
  @Field({ description: 'kept-both (waits for a person), sheet-won or database-won.' }) resolution!: string;
}

@ObjectType('SyncCellError', { description: 'A cell that does not read: never applied, never overwritten, noted on the cell.' })
export class SyncCellError {
  @Field() table!: string;
  @Field(() => String, { nullable: true }) recordId!: string | null;
  @Field(() => Int) rowNumber!: number;
  @Field() field!: string;
  @Field() header!: string;
  @Field() a1!: string;
  @Field(() => String, { nullable: true, description: 'What the cell holds.' }) raw!: string | null;
  @Field({ description: 'Why, in Vietnamese (the note on the cell).' }) message!: string;
}

@ObjectType('SyncIssue', { description: 'Something about rows or tabs: duplicate ids, unknown ids, missing rows, missing headers...' })
export class SyncIssue {
  @Field() kind!: string;
  @Field() table!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true }) a1!: string | null;
  @Field(() => String, { nullable: true }) recordId!: string | null;
  @Field(() => Int, { nullable: true }) rowNumber!: number | null;
}

@ObjectType('SyncRejection', { description: 'A change from the sheet that hoso refused (a rule, a unique number): noted on the cell.' })
export class SyncRejection {
  @Field() table!: string;
  @Field() recordId!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field() message!: string;
}

@ObjectType('SyncWrote', { description: 'Whether the run wrote anything at all, per side.' })
export class SyncWrote {
  @Field() database!: boolean;
  @Field() sheetValues!: boolean;
  @Field() sheetLayout!: boolean;
  @Field() state!: boolean;
}

@ObjectType('SyncReport')
export class SyncReportType {
  @Field() spreadsheetId!: string;
  @Field() dryRun!: boolean;
  @Field(() => DateTimeISOResolver) startedAt!: Date;
  @Field(() => Int) durationMs!: number;
  @Field(() => SyncCounts) counts!: SyncCounts;
  @Field(() => [SyncConflictReport]) conflicts!: SyncConflictReport[];
  @Field(() => [SyncCellError]) cellErrors!: SyncCellError[];
  @Field(() => [SyncIssue]) issues!: SyncIssue[];
  @Field(() => [SyncRejection]) rejections!: SyncRejection[];
  @Field(() => SyncApiCalls) apiCalls!: SyncApiCalls;
  @Field(() => SyncWrote) wrote!: SyncWrote;
  @Field(() => String, { nullable: true, description: 'On dry runs: the plan as text, one line per change.' }) planText!: string | null;
}

@ObjectType('SyncConflict', { description: 'An open conflict, waiting for a person (see resolveSyncConflict).' })
export class SyncConflict {
  @Field() spreadsheetId!: string;
  @Field() table!: string;
  @Field() recordId!: string;
  @Field() field!: string;
  @Field() header!: string;
  @Field({ description: 'Where it was seen last.' }) a1!: string;
  @Field(() => String, { nullable: true, description: 'As the sheet shows it.' }) sheetValue!: string | null;
  @Field(() => String, { nullable: true }) databaseValue!: string | null;
  @Field(() => String, { nullable: true, description: 'What both sides held at the last good run.' }) baseValue!: string | null;
}

export enum ConflictSide {
  SHEET = 'sheet',
  DATABASE = 'database',
}
registerEnumType(ConflictSide, { name: 'ConflictSide' });

@InputType('ResolveSyncConflictInput')
export class ResolveSyncConflictInput {
  @Field() spreadsheetId!: string;
  @Field() table!: string;
  @Field() recordId!: string;
  @Field() field!: string;
  @Field(() => ConflictSide, { nullable: true, description: 'Keep the sheet’s value or hoso’s.' })
  keep?: ConflictSide | null;
  @Field(() => String, { nullable: true, description: 'Or a new value, typed as in the sheet ("ThS", "12/3/1985").' })
  value?: string | null;
}

function text(value: FieldValue | CellValue | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The engine's report as GraphQL returns it (values as text; the plan itself only as text). */
export function toReportType(report: EngineReport): SyncReportType {
  return {
    spreadsheetId: report.spreadsheetId,
    dryRun: report.dryRun,
    startedAt: new Date(report.startedAt),
    durationMs: report.durationMs,
    counts: report.counts,
    conflicts: report.conflicts.map((c) => ({
      table: c.table,
      recordId: c.id,
      field: c.field,
      header: c.header,
      a1: c.a1,
      sheetValue: text(c.sheetValue),
      databaseValue: text(c.databaseValue),
      baseValue: text(c.baseValue),
      resolution: c.resolution,
    })),
    cellErrors: report.cellErrors.map((e) => ({ ...e, recordId: e.id, raw: text(e.raw) })),
    issues: report.issues.map((i) => ({
      kind: i.kind,
      table: i.table,
      message: i.message,
      a1: i.a1 ?? null,
      recordId: i.id ?? null,
      rowNumber: i.rowNumber ?? null,
    })),
    rejections: report.rejections.map((r) => ({ table: r.table, recordId: r.id, field: r.field ?? null, message: r.message })),
    apiCalls: report.apiCalls,
    wrote: report.wrote,
    planText: report.planText,
  };
}
