import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { ConflictPolicy, RecordDeletedPolicy, SheetRowDeletedPolicy, SyncState } from '../../sync/engine/types';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { SyncConflictPolicy, SyncRecordDeletedPolicy, SyncSheetRowDeletedPolicy } from './sync-enums';

/** A tab of the spreadsheet bound to one entity type. */
export interface BoundTab {
  readonly table: string;
  readonly sheetTitle: string;
}

/**
 * A spreadsheet registered by `hoso sheets init`: which tabs hold which records, the policies,
 * and the engine's state between runs (the base snapshot, notes, open conflicts) as JSON.
 */
@ObjectType({ implements: Node, description: 'Một bảng tính Google Sheets được đồng bộ với hoso.' })
@Entity({ tableName: 'sync_binding' })
export class SyncBinding extends BaseEntity<'title' | 'state' | 'lastRunAt' | 'conflictPolicy' | 'sheetRowDeleted' | 'recordDeleted'> {
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
