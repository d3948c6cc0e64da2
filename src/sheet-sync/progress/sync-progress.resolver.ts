import { Args, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { GraphQLContext } from '../../app/context';
import { requireSyncRight } from '../../access/guards';
import { BadUserInputError, NotFoundError } from '../../common/errors/errors';
import { databaseIdOf } from '../../common/graphql/ids';
import { findBinding } from '../sheet-sync.service';
import { SyncBinding } from '../sync-binding.entity';
import { type SyncProgressMessage, syncProgressHub } from './progress-hub';
import { SyncProgressArgs, SyncProgressType, toProgressType } from './sync-progress.types';

/** The binding named by exactly one of its id and its spreadsheet's id. */
async function bindingOf(ctx: GraphQLContext, args: SyncProgressArgs): Promise<SyncBinding> {
  const { bindingId, spreadsheetId } = args;
  if ((bindingId == null) === (spreadsheetId == null)) {
    throw new BadUserInputError([{ field: 'bindingId', message: 'Cho đúng một trong bindingId hoặc spreadsheetId' }]);
  }
  if (spreadsheetId != null) return findBinding(ctx.em, spreadsheetId);
  const binding = await ctx.em.findOne(SyncBinding, { id: databaseIdOf(bindingId!, SyncBinding.name, 'bindingId') });
  if (!binding) throw new NotFoundError('Bảng tính', bindingId!);
  return binding;
}

/** The events of the binding's runs from now on, once the viewer is known to hold the sync right over it. */
export async function watchSyncProgress(ctx: GraphQLContext, args: SyncProgressArgs): Promise<AsyncIterable<SyncProgressMessage>> {
  requireSyncRight(ctx);
  const binding = await bindingOf(ctx, args);
  return syncProgressHub.watch(binding.id);
}

@Resolver()
export class SyncProgressResolver {
  @Subscription(() => SyncProgressType, {
    description:
      'The runs of one binding as they happen (over WebSocket, graphql-ws): each step’s start and end with its rows, then DONE with the report or FAILED. Stays open across runs until the client unsubscribes; needs the sync right.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, SyncProgressArgs, GraphQLContext>) => watchSyncProgress(context, args),
  })
  syncProgress(@Root() message: SyncProgressMessage, @Args() _args: SyncProgressArgs): SyncProgressType {
    return toProgressType(message);
  }
}
