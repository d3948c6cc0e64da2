import { RequestLoaders } from '../common/db/request-loaders';
import type { Em } from './orm';
import type { Viewer } from './request-meta';
import type { SyncEnvironment } from '../sheet-sync/sheet-sync.service';

/** What every resolver gets: its own EntityManager fork, its loaders, and who is asking. */
export interface GraphQLContext {
  em: Em;
  loaders: RequestLoaders;
  viewer: Viewer;
  /** SQL statements run for this request so far (reported with HOSO_DEBUG_SQL). */
  sql: { count: number; statements?: string[] };
  /** The database and the Google client, for the sync mutations. */
  sync: SyncEnvironment;
  /** Paths of personal-data fields hidden from this viewer (one FORBIDDEN_FIELD error lists them). */
  forbiddenFields: (string | number)[][];
}

export function createContext(
  em: Em,
  viewer: Viewer,
  sql: GraphQLContext['sql'],
  sync: SyncEnvironment,
  nestedRead: 'one-statement' | 'per-level' = 'one-statement',
): GraphQLContext {
  return { em, loaders: new RequestLoaders(em, nestedRead === 'one-statement'), viewer, sql, sync, forbiddenFields: [] };
}
