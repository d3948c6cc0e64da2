import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import { maySeeSyncs, requireSyncRight } from '../access/guards';
import { Reads } from '../common/graphql/selection';
import { Node } from '../common/graphql/node.interface';
import { confirmSyncedDelete, restoreSyncedRecord, syncFlagsOf } from './flags.service';
import { SyncedRecordInput, SyncFlagInfo } from './flags.types';
import type { SyncTableDefinition } from './table-definition';
import { SYNC_TABLES } from './tables';

/** `restoreSyncedRecord` and `confirmSyncedDelete`: a person decides about a record whose row went missing from a sheet. */
@Resolver()
export class SyncFlagsResolver {
  @Mutation(() => Node, {
    description:
      'Keeps a record whose row went missing from a synced sheet: clears the flag (that spreadsheet’s, or every one you may see); the next sync of that sheet appends the row back. Needs the sync right and the right to change the record.',
  })
  async restoreSyncedRecord(@Arg('input', () => SyncedRecordInput) input: SyncedRecordInput, @Ctx() ctx: GraphQLContext): Promise<Node> {
    requireSyncRight(ctx);
    const restored = await restoreSyncedRecord(ctx.em, input.id, input.spreadsheetId);
    const definition = SYNC_TABLES.find((d) => d.entity.name === restored.entityName)!;
    return (await ctx.loaders.byId(definition.entity, restored.id)) as Node;
  }

  @Mutation(() => Node, {
    description:
      'Deletes a record whose row was deleted from a synced sheet, as the type’s delete mutation would (refused, nothing changed, while anything still refers to it), and clears its flags. Returns the deleted record.',
  })
  async confirmSyncedDelete(@Arg('input', () => SyncedRecordInput) input: SyncedRecordInput, @Ctx() ctx: GraphQLContext): Promise<Node> {
    requireSyncRight(ctx);
    return (await confirmSyncedDelete(ctx.em, input.id, input.spreadsheetId)) as Node;
  }
}

/**
 * `syncFlags` on a synced type: which bindings flagged the record and when, for a whole page in
 * one statement. Empty for a viewer who may not see syncs (no error: the record is theirs to read).
 */
function syncFlagsField(definition: SyncTableDefinition) {
  @Resolver(() => definition.entity)
  class SyncFlagsField {
    @Reads()
    @FieldResolver(() => [SyncFlagInfo], {
      description:
        'The synced sheets whose row of this record went missing (flagged, kept); empty when none, or when you may not see syncs.',
    })
    syncFlags(@Root() record: { id: number }, @Ctx() ctx: GraphQLContext): SyncFlagInfo[] | Promise<SyncFlagInfo[]> {
      if (!maySeeSyncs(ctx)) return [];
      return ctx.loaders.batched(`syncFlags|${definition.table}`, record.id, (ids) => syncFlagsOf(ctx.em, definition.table, ids));
    }
  }
  Object.defineProperty(SyncFlagsField, 'name', { value: `${definition.entity.name}SyncFlagsResolver` });
  return SyncFlagsField;
}

export const SYNC_FLAG_FIELD_RESOLVERS = SYNC_TABLES.map(syncFlagsField);
