import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsOptional, MaxLength } from '../common/validation';

@InputType('AssignmentFields', { description: 'Shared fields (not used directly).' })
abstract class AssignmentFields {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while the post is held.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Số quyết định.' })
  @IsOptional()
  @MaxLength(100, { message: 'Số quyết định tối đa $constraint1 ký tự' })
  decisionNumber?: string | null;
}

@InputType()
export class CreateAssignmentInput extends AssignmentFields {
  @Field(() => ID)
  cadreId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  positionId!: string;

  @Field(() => LocalDateResolver)
  startDate!: string;

  @Field({ defaultValue: false, description: 'Held concurrently with a main post (kiêm nhiệm).' })
  isConcurrent!: boolean;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field. The cadre never changes.' })
export class UpdateAssignmentInput extends AssignmentFields {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  positionId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  isConcurrent?: boolean | null;
}
