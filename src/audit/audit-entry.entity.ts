import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Who changed which record, when, how (api, sync, seed, cli), and what changed. Written by the audit subscriber. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityName', 'entityId'] })
export class AuditEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Property({ type: 'string', length: 20 })
  source!: string;

  @Property({ type: 'string', length: 50 })
  entityName!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  /** `sign-in-failed`: a refused credential (entityName `SignIn`, entityId 0; src/access/sign-in-audit.ts). */
  @Property({ type: 'string', length: 20 })
  action!: 'create' | 'update' | 'delete' | 'sign-in-failed';

  @Property({ type: 'json', nullable: true })
  changes?: Record<string, unknown> | null;
}
