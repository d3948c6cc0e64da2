import { Arg, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import { Cadre } from '../cadres/cadre.entity';
import { todayIso } from '../common/dates';
import { ageText, retirementOf, wholeMonthsBetween } from './retirement';
import { Reads } from '../common/graphql/selection';

@ObjectType('Retirement', { description: 'Retirement under Nghị định 135/2020/NĐ-CP (normal working conditions).' })
export class RetirementInfo {
  @Field(() => LocalDateResolver, { description: 'Last day of the month in which the retirement age is reached.' })
  date!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the month after: the pension starts.' })
  pensionFrom!: string;

  @Field(() => Int, { description: 'The retirement age that applies, in months (726 = 60 years 6 months).' })
  ageInMonths!: number;

  @Field({ description: 'The age as offices write it: "60 tuổi 6 tháng".' })
  ageText!: string;

  @Field({ description: 'Only the birth year is known: counted from January of that year (the earliest date).' })
  estimated!: boolean;
}

/** What retirement is computed from. */
const BIRTH_FACTS = ['sex', 'birthDate', 'birthYear'];

/** `Cadre.retirementDate` and friends: computed from sex and birth date, never stored. */
@Resolver(() => Cadre)
export class CadreRetirementResolver {
  @Reads(...BIRTH_FACTS)
  @FieldResolver(() => LocalDateResolver, {
    description:
      'Retirement date under Nghị định 135/2020/NĐ-CP: the last day of the month the retirement age is reached. ' +
      'With only a birth year, January of that year is assumed (the earliest, so the strictest date).',
  })
  retirementDate(@Root() cadre: Cadre): string {
    return retirementOf(cadre).date;
  }

  @Reads(...BIRTH_FACTS)
  @FieldResolver(() => RetirementInfo, { description: 'The retirement age that applies and how it was reached.' })
  retirement(@Root() cadre: Cadre): RetirementInfo {
    const retirement = retirementOf(cadre);
    return { ...retirement, ageInMonths: retirement.ageMonths, ageText: ageText(retirement.ageMonths) };
  }

  @Reads(...BIRTH_FACTS)
  @FieldResolver(() => Int, { description: 'Whole months from `asOf` (default today) to the retirement date; negative once past.' })
  monthsToRetirement(@Root() cadre: Cadre, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf?: string | null): number {
    return wholeMonthsBetween(asOf ?? todayIso(), retirementOf(cadre).date);
  }
}
