import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import type { GraphQLContext } from '../app/context';
import { PlanningRemovalReason } from '../common/code-lists';
import { todayIso } from '../common/dates';
import { BadUserInputError } from '../common/errors/errors';
import { PlanningEntry } from './planning-entry.entity';
import { planningReview } from './planning-review.service';

@ObjectType({ description: 'One reason to remove a cadre from the planning.' })
export class PlanningReviewFinding {
  @Field(() => PlanningRemovalReason, { description: 'The removal reason to record (updatePlanningEntry removalReason).' })
  reason!: PlanningRemovalReason;

  @Field({ description: 'Why, in Vietnamese, with the dates and figures.' })
  message!: string;
}

@ObjectType({ description: 'An active planning entry that the annual review says should be removed.' })
export class PlanningReviewItem {
  @Field(() => PlanningEntry)
  entry!: PlanningEntry;

  @Field(() => [PlanningReviewFinding])
  findings!: PlanningReviewFinding[];
}

const MAX_LOOKBACK_YEARS = 10;

@Resolver()
export class PlanningReviewResolver {
  @Query(() => [PlanningReviewItem], {
    description:
      'Rà soát quy hoạch hằng năm: entries active on `asOf` that should be removed, and why — age (no longer a full term ' +
      'before retirement), a "không hoàn thành nhiệm vụ" rating, or a discipline of khiển trách or above, since the entry ' +
      'was added or within `lookbackYears` before the year of `asOf`. Ordered by post seniority, then name.',
  })
  planningReview(
    @Arg('termId', () => ID) termId: string,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Day of the review (default today).' }) asOf: string | null,
    @Arg('lookbackYears', () => Int, { defaultValue: 1, description: 'Years before the review year whose ratings and disciplines count.' })
    lookbackYears: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanningReviewItem[]> {
    if (!Number.isInteger(lookbackYears) || lookbackYears < 0 || lookbackYears > MAX_LOOKBACK_YEARS) {
      throw new BadUserInputError([{ field: 'lookbackYears', message: `Số năm rà soát phải từ 0 đến ${MAX_LOOKBACK_YEARS}` }]);
    }
    return planningReview(ctx.em, termId, asOf ?? todayIso(), lookbackYears);
  }
}
