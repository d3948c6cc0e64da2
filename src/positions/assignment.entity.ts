import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { Cadre } from '../cadres/cadre.entity';
import { Unit } from '../units/unit.entity';
import { Position } from './position.entity';

/** A cadre holds a post in a unit from one date to another; several may run at once (kiêm nhiệm). */
@ObjectType({ implements: Node, description: 'Chức vụ đảm nhiệm (bổ nhiệm, kiêm nhiệm).' })
@Entity({ tableName: 'assignment' })
@Index({ properties: ['cadre', 'startDate'] })
export class Assignment extends BaseEntity<'isConcurrent'> {
  @ManyToOne(() => Cadre, { index: true, ref: true, deleteRule: 'restrict' })
  cadre!: Ref<Cadre>;

  @ManyToOne(() => Unit, { index: true, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @ManyToOne(() => Position, { index: true, ref: true, deleteRule: 'restrict' })
  position!: Ref<Position>;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while the post is held.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field({ description: 'Held concurrently with a main post (kiêm nhiệm).' })
  @Property({ type: 'boolean', default: false })
  isConcurrent: boolean = false;

  @Field(() => String, { nullable: true, description: 'Số quyết định.' })
  @Property({ type: 'string', length: 100, nullable: true })
  decisionNumber?: string | null;
}
