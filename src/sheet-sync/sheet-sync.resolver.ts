import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { maySeeSyncs, requireSyncRight } from '../access/guards';
import { BadUserInputError } from '../common/errors/errors';
import { listBindings, listConflicts, listRuns, resolveSyncConflict, syncSheets } from './sheet-sync.service';
import { ResolveSyncConflictInput, SyncConflict, SyncReportType, toReportType } from './sheet-sync.types';
import { SyncBinding } from './sync-binding.entity';
import { SyncRun } from './sync-run.entity';

@Resolver()
export class SheetSyncResolver {
  @Query(() => [SyncBinding], { description: 'Spreadsheets registered with `hoso sheets init`.' })
  async syncBindings(@Ctx() ctx: GraphQLContext): Promise<SyncBinding[]> {
    if (!maySeeSyncs(ctx)) return [];
    return listBindings(ctx.em);
  }

  @Query(() => [SyncRun], { description: 'Sync history, newest first (failed runs and dry runs included).' })
  async syncRuns(
    @Arg('spreadsheetId', () => String, { nullable: true }) spreadsheetId: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 500.' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SyncRun[]> {
    if (first < 1 || first > 500) throw new BadUserInputError([{ field: 'first', message: 'Phải từ 1 đến 500' }]);
    if (!maySeeSyncs(ctx)) return [];
    return listRuns(ctx.em, spreadsheetId, first);
  }

  @Query(() => [SyncConflict], { description: 'Open conflicts: fields changed on both sides, waiting for a person.' })
  syncConflicts(
    @Arg('spreadsheetId', () => String, { nullable: true }) spreadsheetId: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SyncConflict[]> {
    if (!maySeeSyncs(ctx, true)) return Promise.resolve([]);
    return listConflicts(ctx.em, spreadsheetId ?? undefined);
  }

  @Mutation(() => SyncReportType, {
    description:
      'Syncs a registered spreadsheet both ways now (with dryRun: plans and reports, writes nothing). One run per spreadsheet at a time.',
  })
  async runSync(
    @Arg('spreadsheetId') spreadsheetId: string,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SyncReportType> {
    requireSyncRight(ctx);
    return toReportType(await syncSheets(ctx.sync, spreadsheetId, { ...ctx.viewer, source: 'sync' }, { dryRun }));
  }

  @Mutation(() => [SyncConflict], {
    description:
      'Settles a conflict with the sheet’s value, hoso’s value or a new one; the next run writes it to the sheet. Returns the conflicts still open.',
  })
  async resolveSyncConflict(
    @Arg('input', () => ResolveSyncConflictInput) input: ResolveSyncConflictInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SyncConflict[]> {
    requireSyncRight(ctx);
    const hasKeep = input.keep != null;
    const hasValue = input.value != null;
    if (hasKeep === hasValue) throw new BadUserInputError([{ field: 'input.keep', message: 'Chọn đúng một trong keep hoặc value' }]);
    await resolveSyncConflict(
      ctx.sync,
      input.spreadsheetId,
      { table: input.table, recordId: input.recordId, field: input.field },
      hasKeep ? { side: input.keep! } : { text: input.value! },
      { ...ctx.viewer, source: 'sync' },
    );
    return listConflicts(ctx.em, input.spreadsheetId);
  }
}
