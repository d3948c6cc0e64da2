import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { Locality } from '../localities/locality.entity';
import { PlanningTerm } from '../planning/planning-term.entity';
import { Unit } from '../units/unit.entity';
import { TargetComparator, TargetMetric, TargetPopulation } from './target.enums';

/**
 * A target a locality or a unit sets itself for a term ("nữ ≥ 25%", "dưới 40 tuổi ≥ 15%",
 * "đại học = 100% cán bộ chủ chốt"). The scope is exactly one of `locality` and `unit`, and
 * always includes its subtree.
 */
@ObjectType({ implements: Node, description: 'Chỉ tiêu cơ cấu cán bộ của một địa phương hoặc đơn vị cho một nhiệm kỳ.' })
@Entity({ tableName: 'target' })
@Index({ properties: ['term', 'locality'] })
@Index({ properties: ['term', 'unit'] })
export class Target extends BaseEntity {
  @ManyToOne(() => Locality, { index: true, ref: true, nullable: true, deleteRule: 'restrict' })
  locality?: Ref<Locality> | null;

  @ManyToOne(() => Unit, { index: true, ref: true, nullable: true, deleteRule: 'restrict' })
  unit?: Ref<Unit> | null;

  @ManyToOne(() => PlanningTerm, { index: true, ref: true, deleteRule: 'restrict' })
  term!: Ref<PlanningTerm>;

  @Field(() => TargetMetric)
  @Enum({ items: () => TargetMetric })
  metric!: TargetMetric;

  @Field(() => Int, { nullable: true, description: 'YOUTH_SHARE: counts those under this age (35: "dưới 35 tuổi").' })
  @Property({ type: 'integer', nullable: true })
  ageThreshold?: number | null;

  @Field(() => TargetPopulation)
  @Enum({ items: () => TargetPopulation })
  population!: TargetPopulation;

  @Field(() => TargetComparator)
  @Enum({ items: () => TargetComparator })
  comparator!: TargetComparator;

  @Field(() => Float, { description: 'The target share, in percent (25 for 25%).' })
  @Property({ type: 'double', runtimeType: 'number' })
  value!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
