import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { SyncProgressPhase } from '../../../sync/runner/progress';
import { toGlobalId } from '../../common/graphql/global-id';
import { SyncReportType } from '../sheet-sync.types';
import { SyncBinding } from '../sync-binding.entity';
import type { SyncProgressMessage } from './progress-hub';

/** The runner's phases as a GraphQL enum (values are the runner's strings, as in sync-enums.ts). */
export const SyncProgressPhaseEnum = {
  READ: 'read',
  RESERVE_IDS: 'reserve-ids',
  WRITE_SHEET_VALUES: 'write-sheet-values',
  COMMIT_DATABASE: 'commit-database',
  WRITE_SHEET_LAYOUT: 'write-sheet-layout',
  SAVE_STATE: 'save-state',
  DONE: 'done',
  FAILED: 'failed',
} as const satisfies Record<string, SyncProgressPhase>;

export const SyncProgressAt = { START: 'start', END: 'end' } as const;

registerEnumType(SyncProgressPhaseEnum, {
  name: 'SyncPhase',
  description: 'A step of a sync run, in the order a run takes them (a step with nothing to do is skipped), then DONE or FAILED.',
});
registerEnumType(SyncProgressAt, { name: 'SyncPhaseAt', description: 'A step’s start or its end (DONE and FAILED are ends).' });

@ObjectType('SyncFailure')
export class SyncFailureType {
  @Field({ description: 'As a GraphQL error would say it (Vietnamese).' }) message!: string;
  @Field({ description: 'The error code, as in `extensions.code` (SHEETS_API_ERROR, BAD_USER_INPUT, …).' }) code!: string;
}

@ObjectType('SyncProgress', {
  description: 'One event of a sync run: a step’s start or end with its rows, then the report or the failure.',
})
export class SyncProgressType {
  @Field(() => ID, { description: 'The SyncBinding’s global id.' }) bindingId!: string;
  @Field() spreadsheetId!: string;
  @Field(() => ID, { description: 'The same for every event of one run.' }) runId!: string;
  @Field({ description: 'Who started the run.' }) actor!: string;
  @Field() dryRun!: boolean;
  @Field(() => SyncProgressPhaseEnum) phase!: SyncProgressPhase;
  @Field(() => SyncProgressAt) at!: 'start' | 'end';
  @Field(() => Int, {
    description:
      'READ: sheet rows read (at its end); RESERVE_IDS: ids; WRITE_SHEET_VALUES: rows of cells; COMMIT_DATABASE: changes (at its end, those accepted); WRITE_SHEET_LAYOUT: notes, appended and removed rows; SAVE_STATE: 1; DONE: rows read.',
  })
  rowsDone!: number;
  @Field(() => Int) rowsTotal!: number;
  @Field(() => Int, { description: '1, or more when the run started over after an uncertain layout write.' }) attempt!: number;
  @Field(() => DateTimeISOResolver) time!: Date;
  @Field(() => SyncReportType, { nullable: true, description: 'On DONE: what runSync returns.' }) report!: SyncReportType | null;
  @Field(() => SyncFailureType, { nullable: true, description: 'On FAILED.' }) error!: SyncFailureType | null;
}

@ArgsType()
export class SyncProgressArgs {
  @Field(() => ID, { nullable: true, description: 'The SyncBinding’s id (`syncBindings { id }`).' })
  bindingId?: string | null;

  @Field(() => String, { nullable: true, description: 'Or the spreadsheet’s id.' })
  spreadsheetId?: string | null;
}

export function toProgressType(message: SyncProgressMessage): SyncProgressType {
  return {
    bindingId: toGlobalId(SyncBinding.name, message.bindingId),
    spreadsheetId: message.spreadsheetId,
    runId: message.runId,
    actor: message.actor,
    dryRun: message.dryRun,
    phase: message.phase,
    at: message.at,
    rowsDone: message.rowsDone,
    rowsTotal: message.rowsTotal,
    attempt: message.attempt,
    time: new Date(message.time),
    report: message.report ?? null,
    error: message.error ?? null,
  };
}
