import type { NonEmptyArray } from 'type-graphql';
import { CadreResolver } from '../cadres/cadre.resolver';
import { CodeListResolver } from '../common/code-lists/code-list.resolver';
import { NodeResolver } from '../common/graphql/node.resolver';
import { CadreEvaluationsResolver, EvaluationResolver } from '../evaluations/evaluation.resolver';
import { LocalityResolver } from '../localities/locality.resolver';
import { CadrePlanningEntriesResolver, PlanningEntryResolver } from '../planning/planning-entry.resolver';
import { PlanningTermResolver } from '../planning/planning-term.resolver';
import { AssignmentResolver, CadreAssignmentsResolver } from '../positions/assignment.resolver';
import { PositionResolver } from '../positions/position.resolver';
import { CadreRotationsResolver, RotationResolver } from '../rotations/rotation.resolver';
import { EnrollmentResolver } from '../trainings/enrollment.resolver';
import { TrainingResolver } from '../trainings/training.resolver';
import { UnitResolver } from '../units/unit.resolver';
import { CadreDisciplinesResolver, DisciplineResolver } from '../disciplines/discipline.resolver';
import { PlanningReviewResolver } from '../planning/planning-review.resolver';
import { CadreRetirementResolver } from '../planning/retirement.resolver';
import { TargetResolver } from '../targets/target.resolver';
import { CadreQualificationChangesResolver, QualificationChangeResolver } from '../trainings/qualification-change.resolver';
import { ReportResolver } from '../reports/report.resolver';
import { StatisticsResolver } from '../reports/statistics.resolver';
import { SheetSyncResolver } from '../sheet-sync/sheet-sync.resolver';
import { SyncScheduleResolver } from '../sheet-sync/schedule/schedule.resolver';
import { SYNC_FLAG_FIELD_RESOLVERS, SyncFlagsResolver } from '../sheet-sync/flags.resolver';
import { SyncProgressResolver } from '../sheet-sync/progress/sync-progress.resolver';
import { AuditEntryResolver } from '../audit/audit.resolver';

/** Every resolver class of the API. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AuditEntryResolver,
  CodeListResolver,
  LocalityResolver,
  UnitResolver,
  CadreResolver,
  TrainingResolver,
  EnrollmentResolver,
  PositionResolver,
  AssignmentResolver,
  CadreAssignmentsResolver,
  PlanningTermResolver,
  PlanningEntryResolver,
  CadrePlanningEntriesResolver,
  RotationResolver,
  CadreRotationsResolver,
  EvaluationResolver,
  CadreEvaluationsResolver,
  CadreRetirementResolver,
  PlanningReviewResolver,
  DisciplineResolver,
  CadreDisciplinesResolver,
  TargetResolver,
  QualificationChangeResolver,
  CadreQualificationChangesResolver,
  StatisticsResolver,
  ReportResolver,
  SheetSyncResolver,
  SyncProgressResolver,
  SyncFlagsResolver,
  ...SYNC_FLAG_FIELD_RESOLVERS,
  SyncScheduleResolver,
];
