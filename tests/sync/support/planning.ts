import { planSync } from '../../../sync/engine/plan';
import type { SyncPlan, TablePlan } from '../../../sync/engine/plan-types';
import { readSheetTable } from '../../../sync/engine/sheet-table';
import {
  type BaseRecord,
  type CellValue,
  DEFAULT_POLICY,
  type FieldValues,
  type RecordRow,
  type SyncPolicy,
  type SyncState,
  type TableSpec,
  emptySyncState,
} from '../../../sync/engine/types';
import { CADRE_HEADERS, CADRES } from './cadres';

export type Grid = readonly (readonly (CellValue | null)[])[];

export interface PlanScenario {
  readonly spec?: TableSpec;
  readonly headers?: readonly (CellValue | null)[];
  /** Data rows, from row 2. */
  readonly rows: Grid;
  readonly records?: readonly RecordRow[];
  readonly base?: Readonly<Record<string, BaseRecord>>;
  readonly pendingIds?: readonly string[];
  readonly policy?: Partial<SyncPolicy>;
  readonly state?: SyncState;
}

export function record(id: string, values: FieldValues, flagged = false): RecordRow {
  return flagged ? { id, values, flagged } : { id, values };
}

export function stateWith(table: string, base: Readonly<Record<string, BaseRecord>>, pendingIds: readonly string[] = []): SyncState {
  return { ...emptySyncState(), base: { [table]: base }, pendingIds: pendingIds.length > 0 ? { [table]: pendingIds } : {} };
}

/** Plans one table from a grid written the way staff see it. */
export function planScenario(scenario: PlanScenario): SyncPlan {
  const spec = scenario.spec ?? CADRES;
  const headers = scenario.headers ?? CADRE_HEADERS;
  const sheet = readSheetTable(spec, [headers, ...scenario.rows]);
  const state = scenario.state ?? stateWith(spec.table, scenario.base ?? {}, scenario.pendingIds);
  return planSync({ tables: [{ spec, sheet, records: scenario.records ?? [] }], state, policy: { ...DEFAULT_POLICY, ...scenario.policy } });
}

export function onlyTable(plan: SyncPlan): TablePlan {
  expect(plan.tables).toHaveLength(1);
  return plan.tables[0]!;
}

/** A cadre as the tests write it: name, ISO birth date, sex code, ethnicity code, start year. */
export function cadre(
  fullName: string,
  birthDate: string | null = null,
  sex: string | null = null,
  ethnicity: string | null = null,
  startYear: number | null = null,
): FieldValues {
  return { fullName, birthDate, sex, ethnicity, startYear };
}
