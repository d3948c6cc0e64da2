import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsAgeDay, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from '../common/validation';
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
import { listArgsType } from '../common/graphql/ordering';
import { SyncedRecordFilter } from '../sheet-sync/flags.types';

@InputType({ description: 'Filters a personnel office uses; all given conditions must hold.' })
export class CadreFilter extends SyncedRecordFilter {
  @Field({ nullable: true, description: 'Name contains (diacritic- and case-insensitive: "nguyen van an").' })
  @IsOptional()
  @MaxLength(200)
  name?: string;

  @Field(() => [Sex], { nullable: true })
  sex?: Sex[];

  @Field(() => [Ethnicity], { nullable: true })
  ethnicity?: Ethnicity[];

  @Field({ nullable: true, description: 'true: ethnic minorities only (not Kinh); false: Kinh only.' })
  minority?: boolean;

  @Field(() => Int, { nullable: true, description: 'Age at `asOf` at least this.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  ageMin?: number;

  @Field(() => Int, { nullable: true, description: 'Age at `asOf` at most this.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  ageMax?: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day ages are computed on (default: today).' })
  @IsOptional()
  @IsAgeDay()
  asOf?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Born on or after.' })
  bornFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Born on or before.' })
  bornTo?: string;

  @Field(() => [ProfessionalLevel], { nullable: true })
  professionalLevel?: ProfessionalLevel[];

  @Field(() => [PoliticalTheoryLevel], { nullable: true })
  politicalTheory?: PoliticalTheoryLevel[];

  @Field(() => [StateManagementLevel], { nullable: true })
  stateManagement?: StateManagementLevel[];

  @Field(() => [CivilServantRank], { nullable: true })
  rank?: CivilServantRank[];

  @Field(() => [CadreCategory], { nullable: true })
  category?: CadreCategory[];

  @Field(() => [CadreStatus], { nullable: true })
  status?: CadreStatus[];

  @Field({ nullable: true, description: 'Đảng viên (true) or not (false).' })
  isPartyMember?: boolean;

  @Field(() => ID, { nullable: true, description: 'Works in this unit (see includeSubunits).' })
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'With unitId: also the units under it.' })
  includeSubunits?: boolean;

  @Field(() => ID, { nullable: true, description: 'Works in a unit of this locality or any locality under it.' })
  localityId?: string;
}

export enum CadreOrderField {
  NAME = 'NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  CREATED_AT = 'CREATED_AT',
}
export const CadreListArgs = listArgsType(
  'Cadre',
  CadreFilter,
  CadreOrderField,
  'Default: by name — given name, then middle, then family name, in Vietnamese order.',
);

const DATE_TEXT = /^(\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/;

/** Fields shared by create and update; on update every field is optional. */

@InputType('CadreFields', { description: 'Shared fields (not used directly).' })
abstract class CadreFields {
  @Field({ nullable: true, description: 'Ngày sinh: "1985-03-12", "12/03/1985", or a bare year "1985".' })
  @IsOptional()
  @Matches(DATE_TEXT, { message: 'Ngày sinh phải có dạng dd/mm/yyyy, yyyy-mm-dd hoặc năm yyyy' })
  birthDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  otherName?: string;

  @Field(() => Sex, { nullable: true })
  sex?: Sex;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(300)
  placeOfBirth?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(300)
  homeTown?: string;

  @Field(() => Ethnicity, { nullable: true })
  ethnicity?: Ethnicity;

  @Field(() => Religion, { nullable: true })
  religion?: Religion;

  @Field({ nullable: true, description: 'Số CCCD: 12 digits.' })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'Số CCCD phải gồm đúng 12 chữ số' })
  idNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{10}$/, { message: 'Số sổ BHXH phải gồm đúng 10 chữ số' })
  socialInsuranceNumber?: string;

  @Field(() => CadreCategory, { nullable: true })
  category?: CadreCategory;

  @Field(() => CivilServantRank, { nullable: true })
  rank?: CivilServantRank;

  @Field(() => PublicEmployeeGrade, { nullable: true })
  grade?: PublicEmployeeGrade;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  payStep?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(300)
  jobPosition?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  startDate?: string;

  @Field({ nullable: true, description: 'e.g. "12/12".' })
  @IsOptional()
  @IsIn(['9/12', '10/10', '10/12', '11/12', '12/12'], { message: 'Trình độ phổ thông phải là 9/12, 10/10, 10/12, 11/12 hoặc 12/12' })
  generalEducation?: string;

  @Field(() => ProfessionalLevel, { nullable: true })
  professionalLevel?: ProfessionalLevel;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(300)
  major?: string;

  @Field(() => AcademicTitle, { nullable: true })
  academicTitle?: AcademicTitle;

  @Field(() => PoliticalTheoryLevel, { nullable: true })
  politicalTheory?: PoliticalTheoryLevel;

  @Field(() => StateManagementLevel, { nullable: true })
  stateManagement?: StateManagementLevel;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  foreignLanguage?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  itSkill?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  partyJoinedAt?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  partyOfficialAt?: string;

  @Field(() => CadreStatus, { nullable: true })
  status?: CadreStatus;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  note?: string;
}

@InputType()
export class CreateCadreInput extends CadreFields {
  @Field()
  @Length(2, 200, { message: 'Họ và tên phải có từ 2 đến 200 ký tự' })
  fullName!: string;

  @Field({ description: 'Ngày sinh: "1985-03-12", "12/03/1985", or a bare year "1985".' })
  @Matches(DATE_TEXT, { message: 'Ngày sinh phải có dạng dd/mm/yyyy, yyyy-mm-dd hoặc năm yyyy' })
  declare birthDate: string;

  @Field(() => Sex)
  declare sex: Sex;

  @Field(() => Ethnicity)
  declare ethnicity: Ethnicity;

  @Field(() => CadreCategory)
  declare category: CadreCategory;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field.' })
export class UpdateCadreInput extends CadreFields {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200, { message: 'Họ và tên phải có từ 2 đến 200 ký tự' })
  fullName?: string;
}
