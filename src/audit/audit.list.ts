import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { ListSpec } from '../common/db/list-query';
import { whereAnyOf } from '../common/db/sql-filters';
import { BadUserInputError } from '../common/errors/errors';
import { fromGlobalId } from '../common/graphql/global-id';
import { listArgsType } from '../common/graphql/ordering';
import { AuditEntry } from './audit-entry.entity';

@InputType()
export class AuditEntryFilter {
  @Field(() => [String], { nullable: true, description: 'Who acted (exact logins or key names).' })
  actor?: string[];

  @Field(() => ID, { nullable: true, description: 'The changes of one record, by its global id.' })
  recordId?: string;

  @Field(() => [String], { nullable: true, description: 'Record types, e.g. ["Cadre"].' })
  entityName?: string[];

  @Field(() => [String], { nullable: true, description: 'create, update, delete, sign-in-failed.' })
  action?: string[];

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'From this moment on.' })
  from?: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Before this moment.' })
  to?: Date;

  @Field(() => Int, { nullable: true, description: 'The changes of one record, by its databaseId (with entityName).' })
  entityId?: number;
}

export enum AuditEntryOrderField {
  AT = 'AT',
}

export const AuditEntryListArgs = listArgsType('AuditEntry', AuditEntryFilter, AuditEntryOrderField, 'Default: newest first.');

export const auditEntryList: ListSpec<AuditEntry, AuditEntryFilter, AuditEntryOrderField> = {
  entity: AuditEntry,
  orderFields: { [AuditEntryOrderField.AT]: ['t.at'] },
  defaultOrder: [{ field: AuditEntryOrderField.AT, direction: 'DESC' }],
  applyFilter: (qb, filter) => {
    whereAnyOf(qb, 't.actor', filter.actor);
    whereAnyOf(qb, 't.entity_name', filter.entityName);
    whereAnyOf(qb, 't.action', filter.action);
    if (filter.entityId != null) qb.where('t.entity_id', filter.entityId);
    if (filter.recordId) {
      const decoded = fromGlobalId(filter.recordId);
      if (!decoded) throw new BadUserInputError([{ field: 'filter.recordId', message: `Mã không hợp lệ: "${filter.recordId}"` }]);
      qb.where('t.entity_name', decoded.typeName).where('t.entity_id', decoded.databaseId);
    }
    if (filter.from) qb.where('t.at', '>=', filter.from);
    if (filter.to) qb.where('t.at', '<', filter.to);
  },
};
