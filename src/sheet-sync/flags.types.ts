import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { IsOptional, MaxLength } from '../common/validation';

/**
 * The filter field every synced type's list shares (cadres, units, localities, courses,
 * enrollments, planning entries): their filter inputs extend this class, and list-query applies
 * it for any list whose spec names its `syncTable`. TypeGraphQL needs it registered to pass its
 * fields on; no field has this type, so the schema does not show it.
 */
@InputType()
export abstract class SyncedRecordFilter {
  @Field({
    nullable: true,
    description:
      'true: only records whose row went missing from a synced sheet (flagged, kept, restorable); false: only records no sheet flagged. Counts only the sheets you may see.',
  })
  syncFlagged?: boolean;
}

@ObjectType('SyncFlagInfo', {
  description: 'A synced sheet whose row of this record went missing: the record is kept until someone decides.',
})
export class SyncFlagInfo {
  @Field({ description: 'The spreadsheet that flagged the record.' })
  spreadsheetId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'The tab the row was on, e.g. "Cán bộ".' })
  sheetTitle!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When a sync found the row gone.' })
  flaggedAt!: Date;
}

@InputType('SyncedRecordInput', { description: 'A record flagged by a synced sheet, and optionally which sheet.' })
export class SyncedRecordInput {
  @Field(() => ID, { description: 'The record’s global id (a Cadre, Unit, Locality, Training, Enrollment or PlanningEntry).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Only this spreadsheet’s flag (default: every flag you may see).' })
  @IsOptional()
  @MaxLength(200)
  spreadsheetId?: string | null;
}
