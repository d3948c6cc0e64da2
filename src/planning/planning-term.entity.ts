import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';

/** A five-year term (nhiệm kỳ) that planning is made for, e.g. 2025–2030. */
@ObjectType({ implements: Node, description: 'Nhiệm kỳ quy hoạch.' })
@Entity({ tableName: 'planning_term' })
@Unique({ properties: ['startYear', 'endYear'] })
export class PlanningTerm extends BaseEntity {
  @Field({ description: 'e.g. "2025–2030".' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  startYear!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  endYear!: number;
}
