import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import { Cadre } from '../cadres/cadre.entity';
import { Enrollment } from './enrollment.entity';

/** The qualifications of a cadre's record that a course can raise. */
export enum QualificationField {
  PROFESSIONAL_LEVEL = 'professional_level',
  POLITICAL_THEORY = 'political_theory',
  STATE_MANAGEMENT = 'state_management',
}

registerEnumType(QualificationField, {
  name: 'QualificationField',
  description: 'A qualification of the cadre record.',
  valuesConfig: {
    PROFESSIONAL_LEVEL: { description: 'Trình độ chuyên môn' },
    POLITICAL_THEORY: { description: 'Lý luận chính trị' },
    STATE_MANAGEMENT: { description: 'Quản lý nhà nước' },
  },
});

/**
 * One change of a qualification on a cadre's record, with its cause: the history the record
 * itself does not keep. Written when a completed course raises a qualification.
 */
@ObjectType({ implements: Node, description: 'Thay đổi trình độ (chuyên môn, LLCT, QLNN) và căn cứ.' })
@Entity({ tableName: 'qualification_change' })
@Index({ properties: ['cadre', 'changedAt'] })
export class QualificationChange extends BaseEntity {
  @ManyToOne(() => Cadre, { index: true, ref: true, deleteRule: 'restrict' })
  cadre!: Ref<Cadre>;

  @Field(() => QualificationField)
  @Enum({ items: () => QualificationField })
  field!: QualificationField;

  /** Stored code of the level before (null: none recorded). */
  @Property({ type: 'string', length: 50, nullable: true })
  fromValue?: string | null;

  /** Stored code of the level after. */
  @Property({ type: 'string', length: 50 })
  toValue!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the change (the course completion date).' })
  @Property({ type: 'date' })
  changedAt!: string;

  /** The completed course that caused the change. */
  @ManyToOne(() => Enrollment, { index: true, ref: true, nullable: true, deleteRule: 'restrict' })
  enrollment?: Ref<Enrollment> | null;
}
