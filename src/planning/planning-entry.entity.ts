import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { PlanningRemovalReason } from '../common/code-lists';
import { Cadre } from '../cadres/cadre.entity';
import { Position } from '../positions/position.entity';
import { Unit } from '../units/unit.entity';
import { PlanningTerm } from './planning-term.entity';
import { Reads } from '../common/graphql/selection';

/** A cadre planned for a post in a unit for a term. A removal keeps its date and reason. */
@ObjectType({ implements: Node, description: 'Cán bộ trong quy hoạch.' })
@Entity({ tableName: 'planning_entry' })
@Index({ properties: ['term', 'unit', 'position'] })
export class PlanningEntry extends BaseEntity<'isActive'> {
  @ManyToOne(() => PlanningTerm, { index: true, ref: true, deleteRule: 'restrict' })
  term!: Ref<PlanningTerm>;

  @ManyToOne(() => Cadre, { index: true, ref: true, deleteRule: 'restrict' })
  cadre!: Ref<Cadre>;

  @ManyToOne(() => Position, { index: true, ref: true, deleteRule: 'restrict' })
  position!: Ref<Position>;

  @ManyToOne(() => Unit, { index: true, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @Field(() => LocalDateResolver, { description: 'Date the cadre was added to the planning.' })
  @Property({ type: 'date' })
  addedAt!: string;

  @Field(() => String, { nullable: true, description: 'Số quyết định phê duyệt quy hoạch.' })
  @Property({ type: 'string', length: 100, nullable: true })
  decisionNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  removedAt?: string | null;

  @Field(() => PlanningRemovalReason, { nullable: true })
  @Enum({ items: () => PlanningRemovalReason, nullable: true })
  removalReason?: PlanningRemovalReason | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  removalNote?: string | null;

  @Reads('removedAt')
  @Field({ description: 'Still in the planning (not removed).' })
  get isActive(): boolean {
    return this.removedAt == null;
  }
}
