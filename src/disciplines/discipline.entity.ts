import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { DisciplineForm } from '../common/code-lists';
import { Cadre } from '../cadres/cadre.entity';

/** A disciplinary decision against a cadre (kỷ luật): one of the histories of form 2C. */
@ObjectType({ implements: Node, description: 'Kỷ luật.' })
@Entity({ tableName: 'discipline' })
@Index({ properties: ['cadre', 'decidedAt'] })
export class Discipline extends BaseEntity {
  @ManyToOne(() => Cadre, { index: true, ref: true, deleteRule: 'restrict' })
  cadre!: Ref<Cadre>;

  @Field(() => LocalDateResolver, { description: 'Date of the decision.' })
  @Property({ type: 'date' })
  decidedAt!: string;

  @Field(() => DisciplineForm)
  @Enum({ items: () => DisciplineForm })
  form!: DisciplineForm;

  @Field(() => String, { nullable: true, description: 'Số quyết định kỷ luật.' })
  @Property({ type: 'string', length: 100, nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ quan, tổ chức quyết định.' })
  @Property({ type: 'string', length: 300, nullable: true })
  authority?: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do, hành vi vi phạm.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
