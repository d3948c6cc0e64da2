import type { PlanCounts, SyncPlan, TablePlan } from './plan-types';
import { planTable, type TableInput } from './plan-table';
import { referenceFields, withPlannedRows } from './references';
import type { TablePlanResult } from './table-planner';
import type { PlannedRow, SyncPolicy, SyncState } from './types';

export type { TableInput } from './plan-table';

export interface PlanInput {
  /** In the binding's order; plans list tables in the same order. */
  readonly tables: readonly TableInput[];
  readonly state: SyncState;
  readonly policy: SyncPolicy;
}

export function countPlan(tables: readonly TablePlan[], conflicts: number, cellErrors: number, issues: number): PlanCounts {
  const sum = (pick: (t: TablePlan) => number): number => tables.reduce((total, t) => total + pick(t), 0);
  return {
    database: {
      creates: sum((t) => t.newRows.length),
      updatedRecords: sum((t) => t.updates.length),
      updatedFields: sum((t) => t.updates.reduce((n, u) => n + u.changes.length, 0)),
      flags: sum((t) => t.flags.length),
      unflags: sum((t) => t.unflags.length),
      deletes: sum((t) => t.deletes.length),
    },
    sheet: {
      cellWrites: sum((t) => t.cellWrites.length),
      idWriteBacks: sum((t) => t.newRows.filter((r) => r.reservedId === null).length),
      appendedRows: sum((t) => t.appendRows.length),
      removedRows: sum((t) => t.removeRows.length),
    },
    conflicts,
    cellErrors,
    issues,
  };
}

/**
 * Decides a whole run from what was read: pure and deterministic. The plan does not yet know
 * the ids new rows will get (see `bindPlan`), so planning never touches a store.
 */
export function planSync(input: PlanInput): SyncPlan {
  // The rows each table plans to create, for the reference columns of the tables after it.
  const planned = new Map<string, readonly PlannedRow[]>();
  const results = input.tables.map((table) => {
    const name = table.spec.table;
    const planWithRows = (): TablePlanResult =>
      planTable(
        { ...table, spec: withPlannedRows(table.spec, planned) },
        input.state.base[name] ?? {},
        input.state.pendingIds[name] ?? [],
        input.policy,
      );
    let result = planWithRows();
    const references = referenceFields(table.spec);
    // A tab naming its own new rows (a new unit under a new unit typed with it): planned once
    // more, now that they are known. Their names do not depend on the references being read.
    if (result.planned.length > 0 && Object.values(references).includes(name)) {
      planned.set(name, result.planned);
      result = planWithRows();
    }
    planned.set(name, result.planned);
    return Object.keys(references).length === 0 ? result : { ...result, plan: { ...result.plan, references } };
  });
  const tables = results.map((r) => r.plan);
  const conflicts = results.flatMap((r) => r.conflicts);
  const cellErrors = results.flatMap((r) => r.cellErrors);
  const issues = results.flatMap((r) => r.issues);
  return {
    policy: input.policy,
    tables,
    desiredNotes: results.flatMap((r) => r.notes),
    conflicts,
    cellErrors,
    issues,
    counts: countPlan(tables, conflicts.length, cellErrors.length, issues.length),
  };
}

/** True when applying the plan would change nothing on either side (the notes aside). */
export function planHasChanges(plan: SyncPlan): boolean {
  const { database, sheet } = plan.counts;
  return (
    database.creates + database.updatedRecords + database.flags + database.unflags + database.deletes > 0 ||
    sheet.cellWrites + sheet.idWriteBacks + sheet.appendedRows + sheet.removedRows > 0
  );
}
