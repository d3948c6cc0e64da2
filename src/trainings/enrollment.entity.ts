import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { EnrollmentResult, EnrollmentStatus } from '../common/code-lists';
import { Cadre } from '../cadres/cadre.entity';
import { Training } from './training.entity';

/** A cadre's place in a course. */
@ObjectType({ implements: Node, description: 'Học viên của khóa đào tạo, bồi dưỡng.' })
// A cadre's enrollments newest first (nested `cadres → enrollments`), read backwards off the index.
@Index({ name: 'enrollment_cadre_page_index', properties: ['cadre', 'createdAt', 'id'] })
@Entity({ tableName: 'enrollment' })
@Unique({ properties: ['cadre', 'training'] })
export class Enrollment extends BaseEntity<'status'> {
  @ManyToOne(() => Cadre, { index: true, ref: true, deleteRule: 'restrict' })
  cadre!: Ref<Cadre>;

  @ManyToOne(() => Training, { index: true, ref: true, deleteRule: 'restrict' })
  training!: Ref<Training>;

  @Field(() => EnrollmentStatus)
  @Enum({ items: () => EnrollmentStatus, default: EnrollmentStatus.REGISTERED })
  status: EnrollmentStatus = EnrollmentStatus.REGISTERED;

  @Field(() => EnrollmentResult, { nullable: true })
  @Enum({ items: () => EnrollmentResult, nullable: true })
  result?: EnrollmentResult | null;

  @Field(() => String, { nullable: true, description: 'Số văn bằng, chứng chỉ.' })
  @Property({ type: 'string', length: 100, nullable: true })
  certificate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  completedAt?: string | null;
}
