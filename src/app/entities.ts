import { AccessGrant } from '../access/access-grant.entity';
import { ApiKey } from '../access/api-key.entity';
import { User } from '../access/user.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Cadre } from '../cadres/cadre.entity';
import { Discipline } from '../disciplines/discipline.entity';
import { BaseEntity } from '../common/db/base.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { Locality } from '../localities/locality.entity';
import { PlanningEntry } from '../planning/planning-entry.entity';
import { PlanningTerm } from '../planning/planning-term.entity';
import { Assignment } from '../positions/assignment.entity';
import { Position } from '../positions/position.entity';
import { Rotation } from '../rotations/rotation.entity';
import { Target } from '../targets/target.entity';
import { Enrollment } from '../trainings/enrollment.entity';
import { QualificationChange } from '../trainings/qualification-change.entity';
import { Training } from '../trainings/training.entity';
import { Unit } from '../units/unit.entity';
import { SyncBinding } from '../sheet-sync/sync-binding.entity';
import { SyncFlag } from '../sheet-sync/sync-flag.entity';
import { SyncLease } from '../sheet-sync/sync-lease.entity';
import { SyncRun } from '../sheet-sync/sync-run.entity';
import { SheetsQuotaCall } from '../sheet-sync/schedule/sheets-quota-call.entity';

/** Every entity the ORM knows, in one list (discovery by folder scanning is avoided on purpose). */
export const allEntities = [
  BaseEntity,
  Locality,
  Unit,
  Position,
  Assignment,
  Cadre,
  Training,
  Enrollment,
  PlanningTerm,
  PlanningEntry,
  Rotation,
  Evaluation,
  AuditEntry,
  Discipline,
  QualificationChange,
  Target,
  SyncBinding,
  SyncRun,
  SyncFlag,
  SyncLease,
  SheetsQuotaCall,
  User,
  ApiKey,
  AccessGrant,
];
