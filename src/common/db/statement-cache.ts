import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../app/orm';
import { accessOf } from '../../access/visibility';
import { todayIso } from '../dates';
import { keyJson, NodeMemo } from '../node-memo';

/**
 * Root-page statements kept per query shape, so that a query a client sends again does not plan
 * its nested levels and build their SQL with knex again: for the nested 5/5/5/5 overview that was
 * a sixth of the server's CPU per request.
 *
 * What a root page's statement is built from, all of it in the key:
 * - the document: the root field's node (node-memo.ts);
 * - the request's variables and the field's arguments, as JSON;
 * - the viewer's access (principal, grants with their scopes' paths, `within`): the scope cut,
 *   the sync-flag cut and the personal-data refusals are written into the SQL or decided while
 *   building it;
 * - today's date, on which age filters are computed;
 * - the database (the knex instance).
 * `ListSpec.applyFilter` and the scope cut must depend on nothing else. A build that throws keeps
 * nothing, so every refusal is made again on the next request.
 */
const MAX_SHAPES_PER_FIELD = 16;

const byDatabase = new WeakMap<Knex, NodeMemo<unknown>>();

/** The statement for `field` and `inputs` in this database and for this viewer today: kept, or built now. */
export function cachedStatement<S>(em: Em, field: object, inputs: unknown, build: () => S): S {
  const knex = em.getKnex();
  let statements = byDatabase.get(knex);
  if (!statements) byDatabase.set(knex, (statements = new NodeMemo(MAX_SHAPES_PER_FIELD)));
  return statements.get(field, keyJson([todayIso(), accessOf(em) ?? null, inputs]), build) as S;
}
