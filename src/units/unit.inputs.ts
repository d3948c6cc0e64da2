import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from '../common/validation';
import { UnitBlock, UnitKind } from '../common/code-lists';

@InputType()
export class CreateUnitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  code?: string | null;

  @Field()
  @Length(2, 300)
  name!: string;

  @Field(() => UnitBlock)
  block!: UnitBlock;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => ID)
  localityId!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field.' })
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  code?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 300)
  name?: string;

  @Field(() => UnitBlock, { nullable: true })
  block?: UnitBlock;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind;

  @Field(() => ID, { nullable: true })
  localityId?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
