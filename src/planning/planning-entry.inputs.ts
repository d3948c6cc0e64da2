import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsOptional, MaxLength } from '../common/validation';
import { PlanningRemovalReason } from '../common/code-lists';

@InputType('PlanningEntryFields', { description: 'Shared fields (not used directly).' })
abstract class PlanningEntryFields {
  @Field(() => String, { nullable: true, description: 'Số quyết định phê duyệt quy hoạch.' })
  @IsOptional()
  @MaxLength(100, { message: 'Số quyết định tối đa $constraint1 ký tự' })
  decisionNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Removal from the planning: give it with removalReason.' })
  removedAt?: string | null;

  @Field(() => PlanningRemovalReason, { nullable: true })
  removalReason?: PlanningRemovalReason | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Ghi chú tối đa $constraint1 ký tự' })
  removalNote?: string | null;
}

@InputType()
export class CreatePlanningEntryInput extends PlanningEntryFields {
  @Field(() => ID)
  termId!: string;

  @Field(() => ID)
  cadreId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { description: 'The post planned for.' })
  positionId!: string;

  @Field(() => LocalDateResolver, { description: 'Date the cadre was added to the planning.' })
  addedAt!: string;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field. Term and cadre never change.' })
export class UpdatePlanningEntryInput extends PlanningEntryFields {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  positionId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  addedAt?: string | null;
}
