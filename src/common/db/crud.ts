import { type EntityClass, type Ref, type RequiredEntityData, ReferenceKind } from '@mikro-orm/core';
import { normalizeText } from '../vietnamese';
import type { Em } from '../../app/orm';
import { anchorOf } from '../../access/anchors';
import { scopeCondition } from '../../access/scope-cut';
import { accessOf, isInScope } from '../../access/visibility';
import { ForbiddenError } from '../../access/write-guard.subscriber';
import { FieldProblems, NotFoundError, type Reference, StillReferencedError } from '../errors/errors';
import { fromGlobalId } from '../graphql/global-id';
import { databaseIdOf } from '../graphql/ids';

/** Loads a record by global id, or fails with NOT_FOUND (BAD_USER_INPUT when the id is not of this type). */
export async function findByGlobalId<T extends object>(em: Em, entity: EntityClass<T>, globalId: string, field = 'id'): Promise<T> {
  const id = databaseIdOf(globalId, entity.name, field);
  // Outside the viewer's scopes a record does not exist: the same answer as for a missing one.
  const found = (await isInScope(em, entity.name, id)) ? await em.findOne(entity, { id } as never) : null;
  if (!found) throw new NotFoundError(entity.name, globalId);
  return found;
}

/**
 * Resolves a global id given in an input to a reference, recording a field problem when the
 * id is malformed, of another type, or names nothing. Returns undefined in those cases.
 */
export async function referenceTo<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  globalId: string,
  field: string,
  problems: FieldProblems,
): Promise<Ref<T> | undefined> {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== entity.name) {
    problems.add(field, `Không phải mã ${entity.name} hợp lệ: "${globalId}"`);
    return undefined;
  }
  const found = (await isInScope(em, entity.name, decoded.databaseId))
    ? await em.findOne(entity, { id: decoded.databaseId } as never)
    : null;
  if (!found) {
    problems.add(field, `${entity.name} ${globalId} không tồn tại`);
    return undefined;
  }
  return em.getReference(entity, decoded.databaseId as never, { wrapped: true }) as Ref<T>;
}

/** What points at a record: the references the viewer may see, and whether others exist beyond its scopes. */
export interface ReferencesFound {
  visible: Reference[];
  hiddenElsewhere: boolean;
}

/**
 * Every many-to-one in the model that points at `entity`, with how many rows the viewer may see
 * point at `id`; rows beyond the viewer's scopes are only said to exist (no type, no count).
 */
export async function referencesTo(em: Em, entityName: string, id: number): Promise<ReferencesFound> {
  const found: ReferencesFound = { visible: [], hiddenElsewhere: false };
  const knex = em.getKnex();
  for (const meta of Object.values(em.getMetadata().getAll())) {
    if (meta.abstract || meta.embeddable) continue;
    for (const prop of meta.relations) {
      if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.type !== entityName) continue;
      const qb = knex.from({ t: meta.tableName }).where(`t.${prop.fieldNames[0]}`, id);
      const cut = scopeCondition(anchorOf(meta.className), 't', accessOf(em), 'read');
      const visible = cut ? `sum(case when ${cut.sql} then 1 else 0 end)` : 'count(*)';
      qb.select(knex.raw(`count(*) as total, ${visible} as visible`, (cut?.bindings ?? []) as string[]));
      const [row] = await em
        .getConnection()
        .execute<{ total: unknown; visible: unknown }[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
      const total = Number(row?.total ?? 0);
      const count = Number(row?.visible ?? 0);
      if (count > 0) found.visible.push({ entity: meta.className, field: prop.name, count });
      if (total > count) found.hiddenElsewhere = true;
    }
  }
  return found;
}

/** Deletes a record unless something still points at it; the refusal names what does (what the viewer may see). */
export async function deleteUnlessReferenced<T extends object>(em: Em, entity: EntityClass<T>, globalId: string): Promise<T> {
  const record = await findByGlobalId(em, entity, globalId);
  const id = (record as { id: number }).id;
  // A reader learns nothing about references: a record it may not change is refused first.
  if (!(await isInScope(em, entity.name, id, 'write'))) {
    throw new ForbiddenError([{ field: 'id', message: 'bạn chỉ có quyền xem bản ghi này (read-only for you)' }]);
  }
  const references = await referencesTo(em, entity.name, id);
  if (references.visible.length > 0 || references.hiddenElsewhere) {
    throw new StillReferencedError(`${entity.name} ${globalId}`, references.visible, references.hiddenElsewhere);
  }
  await em.remove(record).flush();
  // Keep the id readable for the client after the delete.
  (record as { id: number }).id = id;
  return record;
}

/**
 * Copies the given input fields onto a record: undefined (not sent) leaves a field alone,
 * null clears it. Keys are the names shared by the input and the entity.
 */
export function assignGiven<T extends object, K extends keyof T & string>(
  record: T,
  input: Partial<Record<K, unknown>>,
  keys: readonly K[],
): void {
  for (const key of keys) {
    const value = input[key];
    if (value !== undefined) (record as Record<string, unknown>)[key] = value;
  }
}

export type CreateData<T> = RequiredEntityData<T>;

/**
 * The end of every create/update: with problems, nothing is written (pending changes are
 * dropped) and all problems are reported at once; otherwise one flush, one transaction.
 */
export async function flushOrReject(em: Em, problems: FieldProblems, created?: object): Promise<void> {
  if (!problems.isEmpty) {
    em.clear();
    problems.throwIfAny();
  }
  if (created) em.persist(created);
  await em.flush();
}

/** Updates may omit a required field but not clear it: `null` for one is a field problem. */
export function rejectNulls<K extends string>(input: Partial<Record<K, unknown>>, required: readonly K[], problems: FieldProblems): void {
  for (const key of required) if (input[key] === null) problems.add(`input.${key}`, 'Trường bắt buộc, không thể để trống');
}

/** Optional free text: normalised, and blank becomes null; undefined (not sent) stays undefined. */
export function cleanOptionalText(value: string | null | undefined): string | null | undefined {
  return value == null ? value : normalizeText(value) || null;
}

/**
 * Points `record[key]` at the record a global id in the input names. Not sent (or null, which
 * `rejectNulls` reports for required links) leaves the link alone; a malformed or unknown id is
 * a field problem and leaves it alone too.
 */
export async function assignReference<T extends object, R extends object>(
  em: Em,
  record: T,
  key: keyof T & string,
  entity: EntityClass<R>,
  globalId: string | null | undefined,
  field: string,
  problems: FieldProblems,
): Promise<void> {
  if (globalId == null) return;
  const reference = await referenceTo(em, entity, globalId, field, problems);
  if (reference) (record as Record<string, unknown>)[key] = reference;
}
