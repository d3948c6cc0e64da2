import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../app/context';
import { requireSyncRight } from '../../access/guards';
import { SyncBinding } from '../sync-binding.entity';
import { CRON_EXAMPLE } from './cron';
import { setSyncSchedule } from './schedule.service';
import { schedulerConfigFromEnv } from './scheduler-config';

@Resolver()
export class SyncScheduleResolver {
  @Mutation(() => SyncBinding, {
    description:
      `Puts a registered spreadsheet on a schedule: a five-field cron expression read in HOSO_SCHEDULE_TZ ` +
      `(default Asia/Ho_Chi_Minh), e.g. "${CRON_EXAMPLE}" for every 15 minutes; null takes it off. ` +
      'Scheduled runs are audited as `schedule:<who set it>`.',
  })
  async setSyncSchedule(
    @Arg('spreadsheetId') spreadsheetId: string,
    @Arg('schedule', () => String, { nullable: true }) schedule: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SyncBinding> {
    requireSyncRight(ctx);
    return setSyncSchedule(ctx.em, spreadsheetId, schedule, ctx.viewer.actor, schedulerConfigFromEnv().timeZone);
  }
}
