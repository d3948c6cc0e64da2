import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { PersonalData } from '../access/personal-data';

/** Who changed which record, when, how (api, sync, seed, cli), and what changed. Written by the audit subscriber. */
@ObjectType({ description: 'One change to one record, or a refused sign-in: readable by admins over the root scope.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityName', 'entityId'] })
export class AuditEntry {
  @Field(() => Int, { name: 'databaseId' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => DateTimeISOResolver)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field({ description: 'The verified identity: a login, an API key name, an OIDC subject; "seed" or "system" for hoso itself.' })
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Field({ description: 'api, sync, seed, cli, test.' })
  @Property({ type: 'string', length: 20 })
  source!: string;

  @Field({ description: 'The record type, e.g. Cadre (SignIn for refused sign-ins).' })
  @Property({ type: 'string', length: 50 })
  entityName!: string;

  @Field(() => Int, { description: 'The record’s databaseId.' })
  @Property({ type: 'integer' })
  entityId!: number;

  /** `sign-in-failed`: a refused credential (entityName `SignIn`, entityId 0; src/access/sign-in-audit.ts). */
  @Field(() => String, { description: 'create, update, delete, sign-in-failed.' })
  @Property({ type: 'string', length: 20 })
  action!: 'create' | 'update' | 'delete' | 'sign-in-failed';

  @PersonalData()
  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'The fields written, as stored (personal data: they may hold any field).',
  })
  @Property({ type: 'json', nullable: true })
  changes?: Record<string, unknown> | null;
}
