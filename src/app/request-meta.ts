/**
 * What travels with every EntityManager fork: who is acting (for the audit log and, later,
 * access scopes) and a hook that counts SQL statements for `HOSO_DEBUG_SQL`. It rides on
 * MikroORM's logger context because that is what the ORM hands to every query it runs,
 * including those inside forks and transactions.
 */
export type ChangeSource = 'api' | 'sync' | 'seed' | 'cli' | 'test';

export interface Viewer {
  /** Who acts: a user name, an e-mail, or "system". */
  actor: string;
  source: ChangeSource;
}

export interface RequestMeta extends Viewer {
  onSql?: () => void;
}

export const REQUEST_META_KEY = 'hoso';

export interface HosoLoggerContext {
  [REQUEST_META_KEY]: RequestMeta;
}
