import { PersonalData } from '../access/personal-data';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { BaseEntity } from '../common/db/base.entity';
import { Node } from '../common/graphql/node.interface';
import {
  AcademicTitle,
  CadreCategory,
  CadreStatus,
  CivilServantRank,
  Ethnicity,
  PoliticalTheoryLevel,
  ProfessionalLevel,
  PublicEmployeeGrade,
  Religion,
  Sex,
  StateManagementLevel,
} from '../common/code-lists';
import { Unit } from '../units/unit.entity';
import { Reads } from '../common/graphql/selection';

/** A cadre's record: the core of personnel form 2C-BNV/2008. */
@ObjectType({ implements: Node, description: 'Hồ sơ cán bộ, công chức, viên chức (mẫu 2C).' })
// A unit's page of cadres in the default order (nested `units → cadres`) reads the index, not every
// cadre of the unit scattered over the table and then sorted (issue 9).
@Index({ name: 'cadre_unit_page_index', properties: ['unit', 'nameSort', 'id'] })
@Entity({ tableName: 'cadre' })
export class Cadre extends BaseEntity<'religion' | 'status' | 'isPartyMember' | 'birthDateText'> {
  @Field({ description: 'Họ và tên, as the person writes it (NFC).' })
  @Property({ type: 'string', length: 200 })
  fullName!: string;

  @Index()
  @Property({ type: 'string', length: 200 })
  nameSearch!: string;

  /** Given name, then middle, then family name, in Vietnamese order. */
  @Index()
  @Property({ type: 'string', length: 600 })
  nameSort!: string;

  @Field(() => String, { nullable: true, description: 'Tên gọi khác.' })
  @Property({ type: 'string', length: 200, nullable: true })
  otherName?: string | null;

  @PersonalData()
  @Field(() => LocalDateResolver, { nullable: true, description: 'Full birth date; null when only the year is known (personal data).' })
  @Index()
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => Int, { description: 'Birth year, always known (old files often hold only the year).' })
  @Index()
  @Property({ type: 'integer' })
  birthYear!: number;

  @Field(() => Sex)
  @Enum({ items: () => Sex })
  sex!: Sex;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Nơi sinh (personal data).' })
  @Property({ type: 'string', length: 300, nullable: true })
  placeOfBirth?: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Quê quán (personal data).' })
  @Property({ type: 'string', length: 300, nullable: true })
  homeTown?: string | null;

  @PersonalData()
  @Field(() => Ethnicity, { nullable: true, description: 'Dân tộc (sensitive personal data; null without the right).' })
  @Enum({ items: () => Ethnicity })
  ethnicity!: Ethnicity;

  @PersonalData()
  @Field(() => Religion, { nullable: true, description: 'Tôn giáo (sensitive personal data; null without the right).' })
  @Enum({ items: () => Religion, default: Religion.NONE })
  religion: Religion = Religion.NONE;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Số CCCD (12 digits), unique when present (personal data).' })
  @Property({ type: 'string', length: 12, nullable: true, unique: true })
  idNumber?: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Số sổ BHXH, unique when present (personal data).' })
  @Property({ type: 'string', length: 20, nullable: true, unique: true })
  socialInsuranceNumber?: string | null;

  @Field(() => CadreCategory)
  @Enum({ items: () => CadreCategory })
  category!: CadreCategory;

  @Field(() => CivilServantRank, { nullable: true, description: 'Ngạch công chức.' })
  @Enum({ items: () => CivilServantRank, nullable: true })
  rank?: CivilServantRank | null;

  @Field(() => PublicEmployeeGrade, { nullable: true, description: 'Hạng chức danh nghề nghiệp (viên chức).' })
  @Enum({ items: () => PublicEmployeeGrade, nullable: true })
  grade?: PublicEmployeeGrade | null;

  @Field(() => Int, { nullable: true, description: 'Bậc lương.' })
  @Property({ type: 'integer', nullable: true })
  payStep?: number | null;

  @Field(() => String, { nullable: true, description: 'Vị trí việc làm (2025 civil-servant law).' })
  @Property({ type: 'string', length: 300, nullable: true })
  jobPosition?: string | null;

  @ManyToOne(() => Unit, { index: true, ref: true, nullable: true, deleteRule: 'restrict' })
  unit?: Ref<Unit> | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày vào cơ quan / bắt đầu công tác.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Trình độ giáo dục phổ thông, e.g. "12/12".' })
  @Property({ type: 'string', length: 10, nullable: true })
  generalEducation?: string | null;

  @Field(() => ProfessionalLevel, { nullable: true })
  @Enum({ items: () => ProfessionalLevel, nullable: true })
  professionalLevel?: ProfessionalLevel | null;

  @Field(() => String, { nullable: true, description: 'Chuyên ngành.' })
  @Property({ type: 'string', length: 300, nullable: true })
  major?: string | null;

  @Field(() => AcademicTitle, { nullable: true })
  @Enum({ items: () => AcademicTitle, nullable: true })
  academicTitle?: AcademicTitle | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true, description: 'Lý luận chính trị.' })
  @Enum({ items: () => PoliticalTheoryLevel, nullable: true })
  politicalTheory?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true, description: 'Quản lý nhà nước.' })
  @Enum({ items: () => StateManagementLevel, nullable: true })
  stateManagement?: StateManagementLevel | null;

  @Field(() => String, { nullable: true, description: 'Ngoại ngữ, e.g. "Tiếng Anh B1".' })
  @Property({ type: 'string', length: 200, nullable: true })
  foreignLanguage?: string | null;

  @Field(() => String, { nullable: true, description: 'Tin học, e.g. "Ứng dụng CNTT cơ bản".' })
  @Property({ type: 'string', length: 200, nullable: true })
  itSkill?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày vào Đảng.' })
  @Property({ type: 'date', nullable: true })
  partyJoinedAt?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày chính thức.' })
  @Property({ type: 'date', nullable: true })
  partyOfficialAt?: string | null;

  @Field(() => CadreStatus)
  @Index()
  @Enum({ items: () => CadreStatus, default: CadreStatus.WORKING })
  status: CadreStatus = CadreStatus.WORKING;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Ghi chú (personal data).' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Reads('partyJoinedAt')
  @Field({ description: 'Đảng viên: has a party-joining date.' })
  get isPartyMember(): boolean {
    return this.partyJoinedAt != null;
  }

  @PersonalData()
  @Reads('birthDate', 'birthYear')
  @Field(() => String, {
    nullable: true,
    description: 'Birth date as offices write it: "12/03/1985", or "1985" when only the year is known (personal data).',
  })
  get birthDateText(): string {
    if (!this.birthDate) return String(this.birthYear);
    const [year, month, day] = this.birthDate.split('-');
    return `${day}/${month}/${year}`;
  }
}
