import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { SyncBinding } from './sync-binding.entity';
import { SyncRunOutcome } from './sync-enums';

/** One sync of a binding, kept as history: who ran it, what it did, what it could not do. */
@ObjectType({ implements: Node, description: 'Một lần đồng bộ.' })
@Entity({ tableName: 'sync_run' })
@Index({ properties: ['binding', 'startedAt'] })
export class SyncRun extends BaseEntity<'error' | 'summary'> {
  static readonly audited = false;

  @ManyToOne(() => SyncBinding, { ref: true, deleteRule: 'cascade' })
  binding!: Ref<SyncBinding>;

  @Field(() => DateTimeISOResolver)
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field(() => DateTimeISOResolver)
  @Property({ type: 'datetime' })
  finishedAt!: Date;

  @Field()
  @Property({ type: 'boolean' })
  dryRun!: boolean;

  @Field()
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Field(() => SyncRunOutcome)
  @Property({ type: 'string', length: 20 })
  outcome!: SyncRunOutcome;

  @Field(() => Int)
  @Property({ type: 'integer' })
  conflicts!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  cellErrors!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  issues!: number;

  @Field(() => Int, { description: 'Google API calls, retries included.' })
  @Property({ type: 'integer' })
  apiCalls!: number;

  @Field(() => String, { nullable: true, description: 'Why the run failed.' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Counts of what the run did on each side, as in the report.' })
  @Property({ type: 'json', nullable: true })
  summary?: Record<string, unknown> | null;
}
