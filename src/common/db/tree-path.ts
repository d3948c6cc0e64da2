import type { EntityClass, Ref } from '@mikro-orm/core';
import type { Em } from '../../app/orm';

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

/** Inserts a node: its path needs its own id, so it is written in two steps in one transaction. */
export function insertTreeNode<T extends object>(em: Em, entity: EntityClass<T>, node: TreeEntity<T>, parent: TreeNode | null): Promise<T> {
  return em.transactional(async (tem) => {
    node.parent = parent ? (tem.getReference(entity, parent.id as never, { wrapped: true }) as Ref<T>) : null;
    node.path = '/';
    await tem.persist(node).flush();
    node.path = pathUnder(parent, node.id);
    await tem.flush();
    return node;
  });
}

/**
 * Saves a changed node; when it moved (`newParent` not undefined) its path and every
 * descendant's path follow, in the same transaction.
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
      const oldPath = node.path;
      node.parent = newParent ? (tem.getReference(entity, newParent.id as never, { wrapped: true }) as Ref<T>) : null;
      node.path = pathUnder(newParent, node.id);
      await movePathSubtree(tem, table, oldPath, node.path);
    }
    await tem.flush();
    return node;
  });
}
