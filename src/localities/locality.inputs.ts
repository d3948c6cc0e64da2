import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsOptional, Length, Matches } from '../common/validation';
import { LocalityKind, LocalityLevel } from '../common/code-lists';

@InputType()
export class CreateLocalityInput {
  @Field({ description: 'Official code: 2 digits (province), 3 (district) or 5 (commune).' })
  @Matches(/^(\d{2}|\d{3}|\d{5})$/, { message: 'Mã đơn vị hành chính phải gồm 2, 3 hoặc 5 chữ số' })
  code!: string;

  @Field()
  @Length(2, 200)
  name!: string;

  @Field(() => LocalityLevel)
  level!: LocalityLevel;

  @Field(() => LocalityKind)
  kind!: LocalityKind;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'The locality this one was merged into.' })
  mergedIntoId?: string | null;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field.' })
export class UpdateLocalityInput {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^(\d{2}|\d{3}|\d{5})$/, { message: 'Mã đơn vị hành chính phải gồm 2, 3 hoặc 5 chữ số' })
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => LocalityLevel, { nullable: true })
  level?: LocalityLevel;

  @Field(() => LocalityKind, { nullable: true })
  kind?: LocalityKind;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validTo?: string | null;

  @Field(() => ID, { nullable: true })
  mergedIntoId?: string | null;
}
