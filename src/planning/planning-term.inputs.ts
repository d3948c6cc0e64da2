import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, Min } from '../common/validation';

const YEAR_RANGE = 'Năm phải là số nguyên từ 1945 đến 2200';
const NAME_LENGTH = 'Tên nhiệm kỳ phải có từ $constraint1 đến $constraint2 ký tự';

@InputType()
export class CreatePlanningTermInput {
  @Field(() => Int, { description: 'First year, e.g. 2025 for 2025–2030.' })
  @IsInt({ message: YEAR_RANGE })
  @Min(1945, { message: YEAR_RANGE })
  @Max(2200, { message: YEAR_RANGE })
  startYear!: number;

  @Field(() => Int, { nullable: true, description: 'Last year; a term is five years, so startYear + 5 (the default).' })
  @IsOptional()
  @IsInt({ message: YEAR_RANGE })
  endYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Default: "startYear–endYear".' })
  @IsOptional()
  @Length(2, 50, { message: NAME_LENGTH })
  name?: string | null;
}

@InputType({ description: 'Only the fields given are changed; a null name is derived from the years again.' })
export class UpdatePlanningTermInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: YEAR_RANGE })
  @Min(1945, { message: YEAR_RANGE })
  @Max(2200, { message: YEAR_RANGE })
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Follows startYear (startYear + 5) when not given.' })
  @IsOptional()
  @IsInt({ message: YEAR_RANGE })
  endYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 50, { message: NAME_LENGTH })
  name?: string | null;
}
