import type { EntityClass, Ref } from '@mikro-orm/core';
import type { Em } from '../../app/orm';
import { BadUserInputError } from '../errors/errors';
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
 * Moves a subtree: every descendant's path prefix changes from `oldPath` to `newPath` in one
 * UPDATE (the node itself is updated by its own flush).
 */
export async function movePathSubtree(em: Em, table: 'locality' | 'unit', oldPath: string, newPath: string): Promise<void> {
  if (oldPath === newPath) return;
  const knex = em.getKnex();
  const qb = knex(table)
    .update({ path: knex.raw('? || substr(path, ?)', [newPath, oldPath.length + 1]) })
    .where('path', 'like', `${oldPath}%`)
    .whereNot('path', oldPath);
  await em.getConnection().execute(qb, [], 'run', em.getTransactionContext(), em.getLoggerContext());
}

type TreeEntity<T> = T & TreeNode & { parent?: Ref<T> | null };

/**
 * The current paths of `ids`, read inside the writing transaction and locked until it ends, so
 * that no other transaction moves them meanwhile. A service reads a node's new parent before the
 * transaction begins; a path built from that copy went stale when another request moved the parent
 * in between, and the scope cut, which reads paths, then put the node outside its parent's subtree.
 * On PostgreSQL the rows are locked (`for update` for a node that moves and its subtree, which a
 * moving ancestor's update must wait for; `for share` for a parent that only gains a child), in id
 * order so that two moves lock alike; a SQLite transaction holds the database's write lock from its
 * BEGIN (bound-drivers.ts), so reading the paths inside it is enough.
 */
async function lockedPaths(em: Em, table: 'locality' | 'unit', where: { ids: number[] } | { under: string }, mode: 'update' | 'share') {
  const knex = em.getKnex();
  const qb = knex(table).select('id', 'path').orderBy('id');
  if ('ids' in where) qb.whereIn('id', where.ids);
  else qb.where('path', 'like', `${where.under}%`);
  if (isPostgres(em)) {
    if (mode === 'update') qb.forUpdate();
    else qb.forShare();
  }
  const rows = await em
    .getConnection()
    .execute<{ id: number; path: string }[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
  return new Map(rows.map((row) => [Number(row.id), row.path]));
}

/** `parent` as it is now, locked for share; a parent deleted meanwhile is the caller's error, named as its own. */
async function currentParent(em: Em, table: 'locality' | 'unit', parent: TreeNode): Promise<TreeNode> {
  const path = (await lockedPaths(em, table, { ids: [parent.id] }, 'share')).get(parent.id);
  if (path === undefined) throwParentProblem('Đơn vị cấp trên không còn tồn tại');
  return { id: parent.id, path };
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
    const current = parent ? await currentParent(tem, table, parent) : null;
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
 * cannot go under itself, whatever moved since the service looked.
 */
export function saveTreeNode<T extends object>(
  em: Em,
  entity: EntityClass<T>,
  table: 'locality' | 'unit',
  node: TreeEntity<T>,
  newParent: TreeNode | null | undefined,
): Promise<T> {
  return em.transactional(async (tem) => {
    if (newParent !== undefined) {
      const paths = await lockedPaths(tem, table, { ids: newParent ? [node.id, newParent.id] : [node.id] }, 'update');
      const oldPath = paths.get(node.id) ?? node.path;
      // Whoever adds under the subtree waits for this transaction, and this one for them.
      await lockedPaths(tem, table, { under: oldPath }, 'update');
      const parentPath = newParent ? paths.get(newParent.id) : undefined;
      if (newParent && parentPath === undefined) throwParentProblem('Đơn vị cấp trên không còn tồn tại');
      if (newParent && isWithin({ id: newParent.id, path: parentPath! }, { id: node.id, path: oldPath }))
        throwParentProblem('Không thể đặt một đơn vị dưới chính nó');
      node.parent = newParent ? (tem.getReference(entity, newParent.id as never, { wrapped: true }) as Ref<T>) : null;
      node.path = pathUnder(newParent ? { id: newParent.id, path: parentPath! } : null, node.id);
      await movePathSubtree(tem, table, oldPath, node.path);
    }
    await tem.flush();
    return node;
  });
}
