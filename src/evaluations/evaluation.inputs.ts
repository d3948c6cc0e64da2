import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, MaxLength, Min } from '../common/validation';
import { AnnualRating } from '../common/code-lists';

const YEAR_FORMAT = 'Năm đánh giá phải là số nguyên từ 1945';

@InputType()
export class CreateEvaluationInput {
  @Field(() => ID)
  cadreId!: string;

  @Field(() => Int, { description: 'The year rated; not a future year.' })
  @IsInt({ message: YEAR_FORMAT })
  @Min(1945, { message: YEAR_FORMAT })
  year!: number;

  @Field(() => AnnualRating)
  rating!: AnnualRating;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Ghi chú tối đa $constraint1 ký tự' })
  note?: string | null;
}

@InputType({ description: 'Only the fields given are changed; null clears the note. The cadre never changes.' })
export class UpdateEvaluationInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: YEAR_FORMAT })
  @Min(1945, { message: YEAR_FORMAT })
  year?: number | null;

  @Field(() => AnnualRating, { nullable: true })
  rating?: AnnualRating | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Ghi chú tối đa $constraint1 ký tự' })
  note?: string | null;
}
