import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from '../common/graphql/scalars';
import type { GraphQLContext } from '../app/context';
import { CadreFilter } from '../cadres/cadre.inputs';
import { StatisticsDimension } from './dimensions';
import { cadreStatistics, type CadreStatisticsValue } from './statistics.service';
import { CadreStatistics, StatisticsScope } from './statistics.types';

@Resolver()
export class StatisticsResolver {
  @Query(() => CadreStatistics, {
    description:
      'Thống kê cán bộ: the cadres of a scope, filtered, counted by any combination of dimensions with shares of the total and average ages. ' +
      'The population is the cadres whose status is WORKING (or the filter’s statuses) and who had started by `asOf` (no start date counts as started). ' +
      '"As of" ages people, and takes posts and party membership, on that day; status and unit have no history, so a past `asOf` ages today’s records back rather than rebuilding the office on that day.',
  })
  cadreStatistics(
    @Arg('scope', () => StatisticsScope) scope: StatisticsScope,
    @Arg('groupBy', () => [StatisticsDimension], { description: 'Up to 4 dimensions; [] gives only the total and average age.' })
    groupBy: StatisticsDimension[],
    @Arg('filter', () => CadreFilter, { nullable: true, description: 'The cadre filters; they narrow the scope, never widen it.' })
    filter: CadreFilter | null,
    @Arg('ageThresholds', () => [Int], { nullable: true, description: 'Cut points for AGE_THRESHOLD, e.g. [35] or [30, 40].' })
    ageThresholds: number[] | null,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Default: filter.asOf, else today.' })
    asOf: string | null,
    @Arg('includeEmpty', {
      defaultValue: false,
      description: 'Also groups with nobody (every combination of closed lists; localities and posts that occur).',
    })
    includeEmpty: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CadreStatisticsValue> {
    return cadreStatistics(ctx.em, { scope, groupBy, filter, ageThresholds, asOf, includeEmpty });
  }
}
