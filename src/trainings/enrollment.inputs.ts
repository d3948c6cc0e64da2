import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsOptional, MaxLength } from '../common/validation';
import { EnrollmentResult, EnrollmentStatus } from '../common/code-lists';

@InputType('EnrollmentFields', { description: 'Shared fields (not used directly).' })
abstract class EnrollmentFields {
  @Field(() => EnrollmentStatus, { nullable: true })
  status?: EnrollmentStatus;

  @Field(() => EnrollmentResult, { nullable: true })
  result?: EnrollmentResult | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  certificate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  completedAt?: string | null;
}

@InputType()
export class CreateEnrollmentInput extends EnrollmentFields {
  @Field(() => ID)
  cadreId!: string;

  @Field(() => ID)
  trainingId!: string;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field.' })
export class UpdateEnrollmentInput extends EnrollmentFields {}
