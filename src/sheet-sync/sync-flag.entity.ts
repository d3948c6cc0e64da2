import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/db/base.entity';
import { SyncBinding } from './sync-binding.entity';

/**
 * A record whose row went missing from a bound sheet (delete policy `flag`): kept, reported and
 * restorable — putting the row back, or clearing the flag, brings it back to the sheet.
 */
@Entity({ tableName: 'sync_flag' })
@Unique({ properties: ['binding', 'tableName', 'recordId'] })
export class SyncFlag extends BaseEntity {
  static readonly audited = false;

  @ManyToOne(() => SyncBinding, { ref: true, deleteRule: 'cascade' })
  binding!: Ref<SyncBinding>;

  @Property({ type: 'string', length: 50 })
  tableName!: string;

  @Property({ type: 'integer' })
  recordId!: number;
}
