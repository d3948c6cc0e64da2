import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Em } from '../app/orm';
import { REQUEST_META_KEY, type RequestMeta } from '../app/request-meta';
import type { FieldProblem } from '../common/errors/errors';
import { SCOPE_ANCHORS } from './anchors';
import type { RequestAccess, ScopeAnchor } from './scope-cut';
import { idsInScope } from './visibility';

/** A write the viewer may not make: `extensions.code = "FORBIDDEN"` and the fields that carry it. */
export class ForbiddenError extends GraphQLError {
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '), { extensions: { code: 'FORBIDDEN', fields } });
  }
}

const NOT_YOURS = 'ngoài phạm vi bạn được quyền sửa (outside the scopes you may change)';
const READ_ONLY = 'bạn chỉ có quyền xem bản ghi này (read-only for you)';
const ADMINS_ONLY = 'chỉ quản trị viên toàn hệ thống được sửa danh mục này (admins only)';

/** The id a many-to-one holds, from an entity (a Ref or an entity) or from original data (a bare key). */
function idOf(value: unknown): number | null {
  if (value == null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id);
  return Number(value);
}

/**
 * The hook of a record that hangs on nothing (a cadre without a unit, a top-level locality): no
 * row has this id, so only a grant that cuts nothing (the root) lets it through.
 */
const AT_THE_TOP = -1;

/** What a row hangs on, for a write check: (entity to check, id, the input field that set it). */
interface Hook {
  entity: string;
  id: number;
  field: string;
}

function hooksOf(anchor: ScopeAnchor, data: Record<string, unknown>, ownId: number | null, created: boolean): Hook[] {
  switch (anchor.kind) {
    case 'unit-of':
    case 'cadre-of': {
      const id = idOf(data[anchor.property]);
      const entity = anchor.kind === 'unit-of' ? 'Unit' : 'Cadre';
      return [{ entity, id: id ?? AT_THE_TOP, field: `input.${anchor.property}Id` }];
    }
    case 'locality-or-unit-of': {
      const hooks: Hook[] = [];
      const locality = idOf(data.locality);
      const unit = idOf(data.unit);
      if (locality !== null) hooks.push({ entity: 'Locality', id: locality, field: 'input.localityId' });
      if (unit !== null) hooks.push({ entity: 'Unit', id: unit, field: 'input.unitId' });
      return hooks.length > 0 ? hooks : [{ entity: 'Locality', id: AT_THE_TOP, field: 'input.localityId' }];
    }
    case 'unit':
    case 'locality': {
      const entity = anchor.kind === 'unit' ? 'Unit' : 'Locality';
      // A record that exists is checked by itself; a new one by where it is put.
      if (!created && ownId !== null) return [{ entity, id: ownId, field: 'id' }];
      const parent = idOf(data.parent);
      if (parent !== null) return [{ entity, id: parent, field: 'input.parentId' }];
      const locality = anchor.kind === 'unit' ? idOf(data.locality) : null;
      return locality !== null
        ? [{ entity: 'Locality', id: locality, field: 'input.localityId' }]
        : [{ entity, id: -1, field: 'input.parentId' }];
    }
    default:
      return [];
  }
}

async function refused(em: Em, hooks: readonly Hook[], message: string): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const hook of hooks) {
    const writable = await idsInScope(em, hook.entity, [hook.id], 'write');
    if (!writable.has(hook.id)) problems.push({ field: hook.field, message });
  }
  return problems;
}

async function problemsOf(em: Em, access: RequestAccess, changeSet: ChangeSet<object>): Promise<FieldProblem[]> {
  const anchor = SCOPE_ANCHORS[changeSet.name];
  if (!anchor || anchor.kind === 'sync') return [];
  if (anchor.kind === 'catalog' || anchor.kind === 'admin') {
    const rootAdmin = access.grants.some((g) => g.role === 'admin' && g.scope.kind === 'root');
    return rootAdmin ? [] : [{ field: 'input', message: ADMINS_ONLY }];
  }
  const ownId = idOf((changeSet.entity as { id?: unknown }).id);
  const created = changeSet.type === ChangeSetType.CREATE;
  const problems: FieldProblem[] = [];
  if (!created) {
    // The record as it was must be one the viewer may change (reads already hid what is out of
    // scope). MikroORM gives a delete no original data: the entity itself still holds it then.
    const original = changeSet.type === ChangeSetType.DELETE ? changeSet.entity : (changeSet.originalEntity ?? {});
    const before = hooksOf(anchor, original as Record<string, unknown>, ownId, false);
    problems.push(...(await refused(em, before, READ_ONLY)));
  }
  if (changeSet.type !== ChangeSetType.DELETE) {
    // And where it ends up, too: no record is moved out of the viewer's scopes.
    const after = hooksOf(anchor, changeSet.entity as Record<string, unknown>, ownId, created);
    problems.push(...(await refused(em, after, NOT_YOURS)));
  }
  return problems;
}

/**
 * The one place every write is checked against the viewer's scopes, whatever service made it: a
 * flush whose changes fall outside the editor grants is refused whole (nothing is written). The
 * system (CLI, seed, the sync engine until bindings get scopes) carries no access and passes.
 */
export class WriteGuardSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const meta = args.em.getLoggerContext()[REQUEST_META_KEY] as RequestMeta | undefined;
    const access = meta?.access;
    if (!access) return;
    const problems: FieldProblem[] = [];
    for (const changeSet of args.uow.getChangeSets()) {
      problems.push(...(await problemsOf(args.em as Em, access, changeSet as ChangeSet<object>)));
    }
    const unique = problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.message === p.message) === i);
    if (unique.length > 0) throw new ForbiddenError(unique);
  }
}
