import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Who is syncing a binding until when (SQLite; PostgreSQL uses an advisory lock instead). */
@Entity({ tableName: 'sync_lease' })
export class SyncLease {
  static readonly audited = false;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  bindingId!: number;

  /** `host:pid:token` (formatLeaseHolder): a lease whose process of this host is gone is taken over at once. */
  @Property({ type: 'string', length: 200 })
  holder!: string;

  /** Epoch milliseconds: compared in SQL with the same clock that wrote it. */
  @Property({ type: 'double' })
  expiresAt!: number;
}
