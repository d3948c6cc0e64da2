import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { RotationDirection, RotationKind } from '../common/code-lists';
import { Cadre } from '../cadres/cadre.entity';
import { Unit } from '../units/unit.entity';

/** A rotation, transfer or secondment (luân chuyển, điều động, biệt phái) — Quy định 65-QĐ/TW. */
@ObjectType({ implements: Node, description: 'Luân chuyển, điều động cán bộ.' })
@Entity({ tableName: 'rotation' })
export class Rotation extends BaseEntity {
  @ManyToOne(() => Cadre, { index: true, ref: true, deleteRule: 'restrict' })
  cadre!: Ref<Cadre>;

  @ManyToOne(() => Unit, { index: true, ref: true, deleteRule: 'restrict' })
  fromUnit!: Ref<Unit>;

  @ManyToOne(() => Unit, { index: true, ref: true, deleteRule: 'restrict' })
  toUnit!: Ref<Unit>;

  @Field(() => RotationKind)
  @Enum({ items: () => RotationKind })
  kind!: RotationKind;

  @Field(() => RotationDirection)
  @Enum({ items: () => RotationDirection })
  direction!: RotationDirection;

  @Field(() => LocalDateResolver)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
