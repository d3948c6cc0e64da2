import type { ScopeAnchor } from './scope-cut';

const cadreOf: ScopeAnchor = { kind: 'cadre-of', column: 'cadre_id', property: 'cadre' };

/**
 * How every entity's rows belong to a scope: the one table the scope cut reads, for lists, nested
 * lists, by-id and to-one loads, and writes. An entity missing here cannot be read or written by
 * anyone but the system (anchorOf throws), and a test checks that every entity is listed.
 */
export const SCOPE_ANCHORS: Readonly<Record<string, ScopeAnchor>> = {
  Locality: { kind: 'locality' },
  Unit: { kind: 'unit' },
  Cadre: { kind: 'unit-of', column: 'unit_id', property: 'unit' },
  Assignment: cadreOf,
  Enrollment: cadreOf,
  PlanningEntry: cadreOf,
  Rotation: cadreOf,
  Evaluation: cadreOf,
  Discipline: cadreOf,
  QualificationChange: cadreOf,
  Target: { kind: 'locality-or-unit-of', localityColumn: 'locality_id', unitColumn: 'unit_id' },
  Training: { kind: 'catalog' },
  Position: { kind: 'catalog' },
  PlanningTerm: { kind: 'catalog' },
  AuditEntry: { kind: 'admin' },
  User: { kind: 'admin' },
  ApiKey: { kind: 'admin' },
  AccessGrant: { kind: 'admin' },
  SyncBinding: { kind: 'sync' },
  SyncRun: { kind: 'sync', bindingColumn: 'binding_id' },
  SyncFlag: { kind: 'sync', bindingColumn: 'binding_id' },
  SyncLease: { kind: 'sync', bindingColumn: 'binding_id' },
  // The project's Google quota ledger: written by the system in raw SQL, read by no request.
  SheetsQuotaCall: { kind: 'admin' },
};

export function anchorOf(entityName: string): ScopeAnchor {
  const anchor = SCOPE_ANCHORS[entityName];
  if (!anchor) throw new Error(`No scope anchor for entity ${entityName}: add it to src/access/anchors.ts`);
  return anchor;
}
