import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsOptional, MaxLength } from '../common/validation';
import { RotationDirection, RotationKind } from '../common/code-lists';

@InputType('RotationFields', { description: 'Shared fields (not used directly).' })
abstract class RotationFields {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while the rotation runs.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Số quyết định.' })
  @IsOptional()
  @MaxLength(100, { message: 'Số quyết định tối đa $constraint1 ký tự' })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Ghi chú tối đa $constraint1 ký tự' })
  note?: string | null;
}

@InputType()
export class CreateRotationInput extends RotationFields {
  @Field(() => ID)
  cadreId!: string;

  @Field(() => ID)
  fromUnitId!: string;

  @Field(() => ID)
  toUnitId!: string;

  @Field(() => RotationKind)
  kind!: RotationKind;

  @Field(() => RotationDirection)
  direction!: RotationDirection;

  @Field(() => LocalDateResolver)
  startDate!: string;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field. The cadre never changes.' })
export class UpdateRotationInput extends RotationFields {
  @Field(() => ID, { nullable: true })
  fromUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  toUnitId?: string | null;

  @Field(() => RotationKind, { nullable: true })
  kind?: RotationKind | null;

  @Field(() => RotationDirection, { nullable: true })
  direction?: RotationDirection | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startDate?: string | null;
}
