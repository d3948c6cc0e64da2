import type { CadreFilter } from '../cadres/cadre.inputs';
import type { PositionLevel } from '../common/code-lists';
import type { DimensionId } from './dimensions';
import type { ScopeInput } from './population';
import type { ScopeInfoValue } from './statistics.service';

/** A report form as plain data: what the resolvers return and the exports and summary read. */

/** The standard breakdowns personnel offices file (Ban Tổ chức forms). */
export enum ReportForm {
  ALL_STAFF = 'ALL_STAFF',
  LEADERS = 'LEADERS',
  PLANNED = 'PLANNED',
  TRAINING = 'TRAINING',
  ROTATION = 'ROTATION',
}

export const FORM_CODES: Record<ReportForm, string> = {
  [ReportForm.ALL_STAFF]: '8B',
  [ReportForm.LEADERS]: '9A-9C',
  [ReportForm.PLANNED]: '12B',
  [ReportForm.TRAINING]: '10',
  [ReportForm.ROTATION]: '11',
};

/** What a report's rows are. */
export enum ReportRowGrouping {
  NONE = 'NONE',
  UNIT_BLOCK = 'UNIT_BLOCK',
  LOCALITY = 'LOCALITY',
  POST = 'POST',
  TRAINING_KIND = 'TRAINING_KIND',
  GRANTED_LEVEL = 'GRANTED_LEVEL',
  TRAINING_LOCATION = 'TRAINING_LOCATION',
  ROTATION_DIRECTION = 'ROTATION_DIRECTION',
}

export enum ReportColumnKind {
  TOTAL = 'TOTAL',
  COUNT = 'COUNT',
  AVERAGE_AGE = 'AVERAGE_AGE',
}

export interface ReportRequest {
  form: ReportForm;
  scope: ScopeInput;
  filter?: CadreFilter | null;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  termId?: string | null;
  positionLevels?: readonly PositionLevel[] | null;
  rowsBy?: ReportRowGrouping | null;
  ageThresholds?: readonly number[] | null;
}

export interface ReportColumnValue {
  key: string;
  group: string | null;
  heading: string;
  kind: ReportColumnKind;
}

export interface ReportCellValue {
  column: string;
  count: number | null;
  share: number | null;
  percentText: string | null;
  shareText: string | null;
  value: number | null;
  text: string;
}

export interface ReportRowValue {
  key: string;
  label: string;
  count: number;
  cells: ReportCellValue[];
}

export interface ReportTableValue {
  form: ReportForm;
  code: string;
  title: string;
  subtitle: string;
  scope: ScopeInfoValue;
  asOf: string;
  from: string | null;
  to: string | null;
  /** What a person is counted as: "người" (staff forms) or "lượt" (events). */
  unit: string;
  rowsBy: ReportRowGrouping;
  rowHeading: string;
  columns: ReportColumnValue[];
  rows: ReportRowValue[];
  totalRow: ReportRowValue;
  staffTotal: number | null;
  summary: string;
}

export const TOTAL_COLUMN = 'TOTAL';
export const AVERAGE_AGE_COLUMN = 'AVERAGE_AGE';

export function columnKey(dim: DimensionId, value: string): string {
  return `${dim}:${value}`;
}
