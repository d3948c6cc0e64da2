import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsOptional, MaxLength } from '../common/validation';
import { DisciplineForm } from '../common/code-lists';

@InputType('DisciplineFields', { description: 'Shared fields (not used directly).' })
abstract class DisciplineFields {
  @Field(() => String, { nullable: true, description: 'Số quyết định kỷ luật.' })
  @IsOptional()
  @MaxLength(100, { message: 'Số quyết định tối đa $constraint1 ký tự' })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Cơ quan, tổ chức quyết định.' })
  @IsOptional()
  @MaxLength(300, { message: 'Tối đa $constraint1 ký tự' })
  authority?: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do, hành vi vi phạm.' })
  @IsOptional()
  @MaxLength(5000, { message: 'Tối đa $constraint1 ký tự' })
  reason?: string | null;
}

@InputType()
export class CreateDisciplineInput extends DisciplineFields {
  @Field(() => ID)
  cadreId!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the decision; not in the future.' })
  decidedAt!: string;

  @Field(() => DisciplineForm)
  form!: DisciplineForm;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field. The cadre never changes.' })
export class UpdateDisciplineInput extends DisciplineFields {
  @Field(() => LocalDateResolver, { nullable: true })
  decidedAt?: string | null;

  @Field(() => DisciplineForm, { nullable: true })
  form?: DisciplineForm | null;
}
