import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, MaxLength, Min } from '../common/validation';
import { TargetComparator, TargetMetric, TargetPopulation } from './target.enums';

const VALUE_RANGE = 'Chỉ tiêu là tỷ lệ phần trăm, từ 0 đến 100';
const AGE_RANGE = 'Ngưỡng tuổi phải là số nguyên từ 18 đến 70';

@InputType('TargetFields', { description: 'Shared fields (not used directly).' })
abstract class TargetFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Ghi chú tối đa $constraint1 ký tự' })
  note?: string | null;
}

@InputType()
export class CreateTargetInput extends TargetFields {
  @Field(() => ID, { description: 'A Locality or a Unit: the target covers it and everything under it.' })
  scopeId!: string;

  @Field(() => ID)
  termId!: string;

  @Field(() => TargetMetric)
  metric!: TargetMetric;

  @Field(() => Int, { nullable: true, description: 'Required for YOUTH_SHARE (35: "dưới 35 tuổi"); not allowed otherwise.' })
  @IsOptional()
  @IsInt({ message: AGE_RANGE })
  @Min(18, { message: AGE_RANGE })
  @Max(70, { message: AGE_RANGE })
  ageThreshold?: number | null;

  @Field(() => TargetPopulation, { defaultValue: TargetPopulation.WORKING })
  population!: TargetPopulation;

  @Field(() => TargetComparator, { defaultValue: TargetComparator.AT_LEAST })
  comparator!: TargetComparator;

  @Field(() => Float, { description: 'Percent, 0–100 (25 for 25%).' })
  @Min(0, { message: VALUE_RANGE })
  @Max(100, { message: VALUE_RANGE })
  value!: number;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field. Scope and term never change.' })
export class UpdateTargetInput extends TargetFields {
  @Field(() => TargetMetric, { nullable: true })
  metric?: TargetMetric | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: AGE_RANGE })
  @Min(18, { message: AGE_RANGE })
  @Max(70, { message: AGE_RANGE })
  ageThreshold?: number | null;

  @Field(() => TargetPopulation, { nullable: true })
  population?: TargetPopulation | null;

  @Field(() => TargetComparator, { nullable: true })
  comparator?: TargetComparator | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: VALUE_RANGE })
  @Max(100, { message: VALUE_RANGE })
  value?: number | null;
}
