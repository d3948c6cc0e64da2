import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { AnnualRating } from '../common/code-lists';
import { Cadre } from '../cadres/cadre.entity';

/** A cadre's annual rating (đánh giá, xếp loại), one per year. */
@ObjectType({ implements: Node, description: 'Đánh giá, xếp loại hằng năm.' })
@Entity({ tableName: 'evaluation' })
@Unique({ properties: ['cadre', 'year'] })
export class Evaluation extends BaseEntity {
  @ManyToOne(() => Cadre, { index: true, ref: true, deleteRule: 'restrict' })
  cadre!: Ref<Cadre>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AnnualRating)
  @Enum({ items: () => AnnualRating })
  rating!: AnnualRating;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
