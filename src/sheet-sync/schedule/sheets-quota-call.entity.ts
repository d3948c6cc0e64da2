import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One Google Sheets call counted against the project's quota (PostgreSQL; see
 * PostgresRequestBudget). Rows older than the quota window are deleted as calls are admitted, so
 * the table holds at most one window's calls.
 */
@Entity({ tableName: 'sheets_quota_call' })
@Index({ properties: ['kind', 'at'] })
export class SheetsQuotaCall {
  static readonly audited = false;

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** `read` or `write`: Google counts them in separate buckets. */
  @Property({ type: 'string', length: 5 })
  kind!: 'read' | 'write';

  /** Epoch milliseconds, from the database's clock (the same for every instance). */
  @Property({ type: 'double' })
  at!: number;
}
