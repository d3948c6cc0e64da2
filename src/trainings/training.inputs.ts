import { Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { IsInt, IsOptional, Length, Max, MaxLength, Min } from '../common/validation';
import {
  PoliticalTheoryLevel,
  ProfessionalLevel,
  StateManagementLevel,
  TrainingKind,
  TrainingLocation,
  TrainingMode,
} from '../common/code-lists';

@InputType('TrainingFields', { description: 'Shared fields (not used directly).' })
abstract class TrainingFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  programme?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  organiser?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  country?: string | null;

  @Field(() => ProfessionalLevel, { nullable: true })
  grantsProfessionalLevel?: ProfessionalLevel | null;

  @Field(() => PoliticalTheoryLevel, { nullable: true })
  grantsPoliticalTheory?: PoliticalTheoryLevel | null;

  @Field(() => StateManagementLevel, { nullable: true })
  grantsStateManagement?: StateManagementLevel | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  fosteringGroup?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  endDate?: string | null;
}

@InputType()
export class CreateTrainingInput extends TrainingFields {
  @Field()
  @Length(2, 300)
  name!: string;

  @Field(() => TrainingKind)
  kind!: TrainingKind;

  @Field(() => TrainingMode)
  mode!: TrainingMode;

  @Field(() => TrainingLocation, { defaultValue: TrainingLocation.DOMESTIC })
  location!: TrainingLocation;
}

@InputType({ description: 'Only the fields given are changed; null clears an optional field.' })
export class UpdateTrainingInput extends TrainingFields {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 300)
  name?: string;

  @Field(() => TrainingKind, { nullable: true })
  kind?: TrainingKind;

  @Field(() => TrainingMode, { nullable: true })
  mode?: TrainingMode;

  @Field(() => TrainingLocation, { nullable: true })
  location?: TrainingLocation;
}
