import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { PositionLevel } from '../common/code-lists';

/** A post (chức vụ) such as Bí thư, Phó Bí thư, Chủ tịch UBND, Trưởng phòng. */
@ObjectType({ implements: Node, description: 'Chức vụ.' })
@Entity({ tableName: 'position' })
@Unique({ properties: ['name', 'level'] })
export class Position extends BaseEntity {
  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 200 })
  nameSearch!: string;

  @Index()
  @Property({ type: 'string', length: 600 })
  nameSort!: string;

  @Field(() => PositionLevel)
  @Enum({ items: () => PositionLevel })
  level!: PositionLevel;

  @Field({ description: 'A leadership or management post (CBLĐ, QL).' })
  @Property({ type: 'boolean' })
  isLeadership!: boolean;

  @Field(() => Int, { description: 'Seniority within its level: 1 is the most senior (Bí thư before Phó Bí thư).' })
  @Property({ type: 'integer' })
  seniority!: number;
}
