import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../app/orm';
import { type PlainRow, rowFrom, selectProjection } from '../common/db/plain-rows';
import { Locality } from '../localities/locality.entity';
import { Unit } from '../units/unit.entity';
import type { Grant } from './access.types';
import { AccessGrant } from './access-grant.entity';
import { grantOf } from './grants';
import type { ResolvedGrant } from './scope-cut';

/** What signing in reads about a user or an API key: the record, its grants, and their scopes' paths. */
export interface OwnerWithGrants<T> {
  readonly owner: PlainRow<T> | undefined;
  readonly grants: readonly Grant[];
  /** The grants with their scopes' paths, for the scope cut (a scope that no longer exists grants nothing). */
  readonly resolvedGrants: readonly ResolvedGrant[];
}

const GRANT_PREFIX = 'g__';
const LOCALITY_PATH = '__locality_path';
const UNIT_PATH = '__unit_path';

function tableOf(em: Em, entityName: string): string {
  return em.getMetadata().get(entityName).tableName;
}

/**
 * The owner matching `where` (over alias `t`), its grants and their scopes' paths, in ONE statement:
 * this runs for every request that the sign-in cache (sign-in-cache.ts) cannot answer, and each
 * statement is a round trip.
 */
export async function readOwnerWithGrants<T>(
  em: Em,
  ownerEntity: string,
  ownerColumn: 'user_id' | 'api_key_id',
  where: (qb: Knex.QueryBuilder) => void,
): Promise<OwnerWithGrants<T>> {
  const knex = em.getKnex();
  const metadata = em.getMetadata();
  const ownerMeta = metadata.get(ownerEntity);
  const grantMeta = metadata.get(AccessGrant.name);
  const qb = knex.from({ t: ownerMeta.tableName });
  where(qb);
  selectProjection(em, qb, ownerMeta, 'all');
  qb.leftJoin({ g: grantMeta.tableName }, `g.${ownerColumn}`, 't.id')
    .leftJoin({ l: tableOf(em, Locality.name) }, 'l.id', 'g.locality_id')
    .leftJoin({ n: tableOf(em, Unit.name) }, 'n.id', 'g.unit_id')
    .select(`l.path as ${LOCALITY_PATH}`, `n.path as ${UNIT_PATH}`);
  selectProjection(em, qb, grantMeta, 'all', { alias: 'g', prefix: GRANT_PREFIX });
  qb.orderBy('g.id');
  const raws = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(qb, [], 'all', em.getTransactionContext(), em.getLoggerContext());
  const grants: Grant[] = [];
  const resolvedGrants: ResolvedGrant[] = [];
  for (const raw of raws) {
    // A user or key without grants comes back as one row whose grant columns are all null.
    if (raw[`${GRANT_PREFIX}id`] == null) continue;
    const grant = grantOf(rowFrom<AccessGrant>(em, grantMeta, raw, GRANT_PREFIX));
    grants.push(grant);
    const path =
      grant.scope.kind === 'root' ? null : ((grant.scope.kind === 'locality' ? raw[LOCALITY_PATH] : raw[UNIT_PATH]) as string | null);
    if (grant.scope.kind === 'root' || path) resolvedGrants.push({ ...grant, path });
  }
  return { owner: raws[0] ? rowFrom<T>(em, ownerMeta, raws[0]) : undefined, grants, resolvedGrants };
}
