import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { ConflictPolicy, RecordDeletedPolicy, SheetRowDeletedPolicy, SyncState } from '../../sync/engine/types';
import type { GrantScope } from '../access/access.types';
import { BaseEntity } from '../common/db/base.entity';
import { toGlobalId } from '../common/graphql/global-id';
import { Node } from '../common/graphql/node.interface';
import { Locality } from '../localities/locality.entity';
import { Unit } from '../units/unit.entity';
import { SyncConflictPolicy, SyncRecordDeletedPolicy, SyncSheetRowDeletedPolicy } from './sync-enums';

/** A tab of the spreadsheet bound to one entity type. */
export interface BoundTab {
  readonly table: string;
  readonly sheetTitle: string;
}

@ObjectType('SyncBindingScope', { description: 'The subtree a spreadsheet holds: a locality or a unit and everything under it.' })
export class SyncBindingScope {
  @Field({ description: '`locality` or `unit`.' }) kind!: 'locality' | 'unit';
  @Field(() => ID, { description: 'The global id of the locality or unit.' }) id!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when not loaded with the binding.' }) name!: string | null;
}

/**
 * A spreadsheet registered by `hoso sheets init`: which tabs hold which records, the policies,
 * and the engine's state between runs (the base snapshot, notes, open conflicts) as JSON.
 */
@ObjectType({ implements: Node, description: 'Một bảng tính Google Sheets được đồng bộ với hoso.' })
@Entity({ tableName: 'sync_binding' })
export class SyncBinding extends BaseEntity<
  | 'title'
  | 'state'
  | 'lastRunAt'
  | 'conflictPolicy'
  | 'sheetRowDeleted'
  | 'recordDeleted'
  | 'locality'
  | 'unit'
  | 'schedule'
  | 'scheduledBy'
  | 'scope'
> {
  /** Bookkeeping of the sync itself, not a record anyone edits: kept out of the audit log. */
  static readonly audited = false;

  @Field({ description: 'The Google spreadsheet id (from its URL).' })
  @Property({ type: 'string', length: 200, unique: true })
  spreadsheetId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  title?: string | null;

  @Property({ type: 'json' })
  tabs!: BoundTab[];

  // The binding's scope, as a grant's: the whole database when both are null, else the subtree
  // of the one that is set. Its runs read and write only the records of that subtree.
  @ManyToOne(() => Locality, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  locality?: Ref<Locality> | null;

  @ManyToOne(() => Unit, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  unit?: Ref<Unit> | null;

  // A cron expression (every 15 minutes: "*/15 * * * *"): when set, the binding is synced on that schedule.
  @Property({ type: 'string', length: 100, nullable: true })
  schedule?: string | null;

  /** Who set the schedule (the audit actor of scheduled runs names them). */
  @Property({ type: 'string', length: 200, nullable: true })
  scheduledBy?: string | null;

  @Field(() => SyncBindingScope, {
    nullable: true,
    description: 'The subtree whose records the spreadsheet holds (`hoso sheets init --scope`); null: the whole database.',
  })
  get scope(): SyncBindingScope | null {
    const ref = this.unit ?? this.locality;
    if (!ref) return null;
    const kind = this.unit ? 'unit' : 'locality';
    const loaded = ref.isInitialized() ? (ref.unwrap() as { code?: string | null; name?: string }) : null;
    return { kind, id: toGlobalId(kind === 'unit' ? 'Unit' : 'Locality', ref.id), code: loaded?.code ?? null, name: loaded?.name ?? null };
  }

  @Field(() => SyncConflictPolicy, { description: 'A field changed on both sides: kept for a person (default), or one side wins.' })
  @Property({ type: 'string', length: 20 })
  conflictPolicy: ConflictPolicy = 'manual';

  @Field(() => SyncSheetRowDeletedPolicy, { description: 'A row deleted from the sheet: flag its record (default) or delete it.' })
  @Property({ type: 'string', length: 20 })
  sheetRowDeleted: SheetRowDeletedPolicy = 'flag';

  @Field(() => SyncRecordDeletedPolicy, { description: 'A record deleted in hoso: mark its row (default) or remove it.' })
  @Property({ type: 'string', length: 20 })
  recordDeleted: RecordDeletedPolicy = 'mark';

  /** Null before the first run. Loaded on purpose only (it can be large). */
  @Property({ type: 'json', nullable: true, lazy: true })
  state?: SyncState | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastRunAt?: Date | null;
}

/** A binding's scope as a grant's (what the access layer cuts with). */
export function bindingScope(binding: Pick<SyncBinding, 'locality' | 'unit'>): GrantScope {
  if (binding.unit) return { kind: 'unit', id: binding.unit.id };
  if (binding.locality) return { kind: 'locality', id: binding.locality.id };
  return { kind: 'root' };
}
