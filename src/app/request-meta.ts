/**
 * What travels with every EntityManager fork: who is acting (for the audit log), what they may
 * reach (the scope cut, src/access) and a hook that counts SQL statements for `HOSO_DEBUG_SQL`. It rides on
 * MikroORM's logger context because that is what the ORM hands to every query it runs,
 * including those inside forks and transactions.
 */
import type { RequestAccess } from '../access/scope-cut';

export type ChangeSource = 'api' | 'sync' | 'seed' | 'cli' | 'test';

export interface Viewer {
  /** Who acts: a user name, an e-mail, or "system". */
  actor: string;
  source: ChangeSource;
  /** The verified principal and its grants; absent for the system itself (CLI, seed), which nothing cuts. */
  access?: RequestAccess;
}

export interface RequestMeta extends Viewer {
  onSql?: (statement: string) => void;
}

export const REQUEST_META_KEY = 'hoso';

export interface HosoLoggerContext {
  [REQUEST_META_KEY]: RequestMeta;
}
