import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Query, Resolver, Info } from 'type-graphql';
import type { GraphQLContext } from '../app/context';
import type { ListArgs } from '../common/db/list-query';
import { connectionType } from '../common/graphql/connection.types';
import { rootConnection } from '../common/graphql/connections';
import { AuditEntry } from './audit-entry.entity';
import { type AuditEntryFilter, AuditEntryListArgs, auditEntryList, type AuditEntryOrderField } from './audit.list';

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry');

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log (admins over the root scope; empty for everyone else).' })
  auditEntries(
    @Args(() => AuditEntryListArgs) args: ListArgs<AuditEntryFilter, AuditEntryOrderField>,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return rootConnection(ctx, info, auditEntryList, args);
  }
}
