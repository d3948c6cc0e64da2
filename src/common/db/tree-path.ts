import type { EntityClass, Ref } from '@mikro-orm/core';
import type { Em } from '../../app/orm';
import { BadUserInputError, NotFoundError, WriteConflictError } from '../errors/errors';
import { isPostgres } from './bound-drivers';

/** Records kept in a tree with a materialised path ("/1/7/42/", self included). */
export interface TreeNode {
  id: number;
  path: string;
}

export function pathUnder(parent: TreeNode | null | undefined, id: number): string {
  return `${parent ? parent.path : '/'}${id}/`;
}

export function isWithin(node: TreeNode, ancestor: TreeNode): boolean {
  return node.path.startsWith(ancestor.path);
}

/**
 * Moves a subtree: the path prefix of the node and of every descendant changes from `oldPath` to
 * `newPath` in one UPDATE. The node's row too: its flush writes only what differs from the node as
 * the request read it, and that copy's path may be older than the row's (an ancestor moved since).
 */
async function movePathSubtree(em: Em, table: 'locality' | 'unit', oldPath: string, newPath: string): Promise<void> {
  if (oldPath === newPath) return;
  const knex = em.getKnex();
  const qb = knex(table)
    .update({ path: knex.raw('? || substr(path, ?)', [newPath, oldPath.length + 1]) })
    .where('path', 'like', `${oldPath}%`);
  await em.getConnection().execute(qb, [], 'run', em.getTransactionContext(), em.getLoggerContext());
}

type TreeEntity<T> = T & TreeNode & { parent?: Ref<T> | null };

/** hoso's key space for advisory locks (the first of PostgreSQL's two 32-bit keys); the second is the table's oid. */
const TREE_LOCK_SPACE = 0x686f736f; // 'hoso'

/**
 * Takes the table's tree lock for the rest of the transaction: tree writes, moves and inserts, run
 * one at a time per table, and each reads the paths it builds on only after the writes before it
 * have committed. Row locks were not enough: a move's subtree is the set of rows under its path
 * when it reads them, and a row that another move put there just after, then a child added under
 * that row, escaped its rewrite. Tree writes are rare (a unit created or moved), so queueing them
 * costs little, and one lock taken first cannot deadlock with another tree write. A SQLite
 * transaction holds the database's write lock from its BEGIN (bound-drivers.ts), which already
 * serialises every write.
 */
async function lockTree(em: Em, table: 'locality' | 'unit'): Promise<void> {
  if (!isPostgres(em)) return;
  const lock = em.getKnex().raw('select pg_advisory_xact_lock(?, ?::regclass::oid::int)', [TREE_LOCK_SPACE, table]);
  await em.getConnection().execute(lock, [], 'all', em.getTransactionContext(), em.getLoggerContext());
}

/**
 * The current paths and parents of `ids`, read under the tree lock, so that no other tree write
 * changes them until this one ends. On PostgreSQL the rows are also locked `for key share`, in id
 * order: a delete of one of them waits for this write, or this read finds it gone. Renames and
 * other updates that keep the key do not wait.
 */
async function currentPaths(em: Em, table: 'locality' | 'unit', ids: number[]) {
  const qb = em.getKnex()(table).select('id', 'path', 'parent_id').whereIn('id', ids).orderBy('id');
  if (isPostgres(em)) qb.forKeyShare();
  const rows = await em
    .getConnection()
    .execute<{ id: number; path: string; parent_id: number | null }[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
  return new Map(rows.map((row) => [Number(row.id), { path: row.path, parentId: row.parent_id === null ? null : Number(row.parent_id) }]));
}

/** The parent `id` as `paths` read it; a parent deleted meanwhile is the caller's error, named as its own. */
function existingParent(paths: Awaited<ReturnType<typeof currentPaths>>, id: number): TreeNode {
  const path = paths.get(id)?.path;
  if (path === undefined) throwParentProblem('Đơn vị cấp trên không còn tồn tại');
  return { id, path };
}

function throwParentProblem(message: string): never {
  throw new BadUserInputError([{ field: 'input.parentId', message }]);
}

/** Inserts a node: its path needs its own id, so it is written in two steps in one transaction. */
export function insertTreeNode<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  table: 'locality' | 'unit',
  node: TreeEntity<T>,
  parent: TreeNode | null,
): Promise<T> {
  return em.transactional(async (tem) => {
    await lockTree(tem, table);
    const current = parent ? existingParent(await currentPaths(tem, table, [parent.id]), parent.id) : null;
    node.parent = current ? (tem.getReference(entity, current.id as never, { wrapped: true }) as Ref<T>) : null;
    node.path = '/';
    await tem.persist(node).flush();
    node.path = pathUnder(current, node.id);
    await tem.flush();
    return node;
  });
}

/**
 * Saves a changed node; when it moved (`newParent` not undefined) its path and every
 * descendant's path follow, in the same transaction, from the paths as they are in it: a node
 * cannot go under itself, whatever moved since the service looked. A node that another request
 * put under another parent (or deleted) since this one read it is refused, nothing written: the
 * flush writes what differs from the node as read, so a move back to the parent it was read with
 * would otherwise have left its row under the other request's parent.
 * On a refusal the request's EntityManager forgets the changes the service made to the node, so
 * that a later mutation of the same request does not flush them.
 */
export function saveTreeNode<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  table: 'locality' | 'unit',
  node: TreeEntity<T>,
  newParent: TreeNode | null | undefined,
): Promise<T> {
  const saving = em.transactional(async (tem) => {
    if (newParent !== undefined) {
      await lockTree(tem, table);
      const paths = await currentPaths(tem, table, newParent ? [node.id, newParent.id] : [node.id]);
      const current = paths.get(node.id);
      if (current === undefined) throw new NotFoundError(entity.name, String(node.id));
      const readParentId = (node.parent as { id?: number } | null | undefined)?.id ?? null;
      if (current.parentId !== readParentId) throw new WriteConflictError();
      const oldPath = current.path;
      const parent = newParent ? existingParent(paths, newParent.id) : null;
      if (parent && isWithin(parent, { id: node.id, path: oldPath })) throwParentProblem('Không thể đặt một đơn vị dưới chính nó');
      const newPath = pathUnder(parent, node.id);
      if (newPath !== oldPath) {
        node.parent = parent ? (tem.getReference(entity, parent.id as never, { wrapped: true }) as Ref<T>) : null;
        node.path = newPath;
        await movePathSubtree(tem, table, oldPath, newPath);
      }
    }
    await tem.flush();
    return node;
  });
  return saving.catch((error: unknown) => {
    em.clear();
    throw error;
  });
}
