import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import {
  PoliticalTheoryLevel,
  ProfessionalLevel,
  StateManagementLevel,
  TrainingKind,
  TrainingLocation,
  TrainingMode,
} from '../common/code-lists';

/** A course (khóa đào tạo, bồi dưỡng). What it grants is explicit so completing it can raise a qualification. */
@ObjectType({ implements: Node, description: 'Khóa đào tạo, bồi dưỡng.' })
@Entity({ tableName: 'training' })
export class Training extends BaseEntity {
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true, unique: true })
  code?: string | null;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Index()
  @Property({ type: 'string', length: 300 })
  nameSearch!: string;

  @Index()
  @Property({ type: 'string', length: 900 })
  nameSort!: string;

  @Field(() => TrainingKind)
  @Enum({ items: () => TrainingKind })
  kind!: TrainingKind;

  @Field(() => TrainingMode)
  @Enum({ items: () => TrainingMode })
  mode!: TrainingMode;

  @Field(() => TrainingLocation)
  @Enum({ items: () => TrainingLocation })
  location!: TrainingLocation;

  @Field(() => String, { nullable: true, description: 'Programme, e.g. "Đề án 165".' })
  @Property({ type: 'string', length: 200, nullable: true })
  programme?: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ sở đào tạo.' })
  @Property({ type: 'string', length: 300, nullable: true })
  organiser?: string | null;

  @Field(() => String, { nullable: true, description: 'Country, for courses abroad or joint.' })
  @Property({ type: 'string', length: 100, nullable: true })
  country?: string | null;

  @Field(() => ProfessionalLevel, { nullable: true, description: 'Degree the course grants.' })
  @Enum({ items: () => ProfessionalLevel, nullable: true })
  grantsProfessionalLevel?: ProfessionalLevel | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'LLCT level the course grants.' })
  @Enum({ items: () => PoliticalTheoryLevel, nullable: true })
  grantsPoliticalTheory?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'QLNN level the course grants.' })
  @Enum({ items: () => StateManagementLevel, nullable: true })
  grantsStateManagement?: StateManagementLevel | null;

  @Field(() => Int, { nullable: true, description: 'Defence-security fostering group (1–4).' })
  @Property({ type: 'integer', nullable: true })
  fosteringGroup?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Index()
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;
}
