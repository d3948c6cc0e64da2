import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, Min } from '../common/validation';
import { PositionLevel } from '../common/code-lists';

const NAME_LENGTH = 'Tên chức vụ phải có từ $constraint1 đến $constraint2 ký tự';
const SENIORITY_RANGE = 'Thứ bậc phải là số nguyên từ 1 đến 999';

@InputType()
export class CreatePositionInput {
  @Field({ description: 'e.g. "Phó Chủ tịch UBND".' })
  @Length(2, 200, { message: NAME_LENGTH })
  name!: string;

  @Field(() => PositionLevel)
  level!: PositionLevel;

  @Field({ description: 'A leadership or management post (CBLĐ, QL).' })
  isLeadership!: boolean;

  @Field(() => Int, { description: 'Seniority within its level: 1 is the most senior.' })
  @IsInt({ message: SENIORITY_RANGE })
  @Min(1, { message: SENIORITY_RANGE })
  @Max(999, { message: SENIORITY_RANGE })
  seniority!: number;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdatePositionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200, { message: NAME_LENGTH })
  name?: string | null;

  @Field(() => PositionLevel, { nullable: true })
  level?: PositionLevel | null;

  @Field(() => Boolean, { nullable: true })
  isLeadership?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: SENIORITY_RANGE })
  @Min(1, { message: SENIORITY_RANGE })
  @Max(999, { message: SENIORITY_RANGE })
  seniority?: number | null;
}
