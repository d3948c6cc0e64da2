import {
  type CodeList,
  PoliticalTheoryLevel,
  politicalTheoryLevelCodeList,
  ProfessionalLevel,
  professionalLevelCodeList,
  StateManagementLevel,
  stateManagementLevelCodeList,
} from '../common/code-lists';
import { QualificationField } from './qualification-change.entity';

/** A cadre's qualifications, as the record holds them. */
export interface Qualifications {
  professionalLevel?: ProfessionalLevel | null;
  politicalTheory?: PoliticalTheoryLevel | null;
  stateManagement?: StateManagementLevel | null;
}

/** What a course grants on completion. */
export interface Grants {
  grantsProfessionalLevel?: ProfessionalLevel | null;
  grantsPoliticalTheory?: PoliticalTheoryLevel | null;
  grantsStateManagement?: StateManagementLevel | null;
}

interface QualificationSpec {
  field: QualificationField;
  cadreKey: keyof Qualifications;
  grantKey: keyof Grants;
  /** Declared lowest to highest: the order that decides "higher". */
  list: CodeList<string>;
}

export const QUALIFICATIONS: readonly QualificationSpec[] = [
  {
    field: QualificationField.PROFESSIONAL_LEVEL,
    cadreKey: 'professionalLevel',
    grantKey: 'grantsProfessionalLevel',
    list: professionalLevelCodeList,
  },
  {
    field: QualificationField.POLITICAL_THEORY,
    cadreKey: 'politicalTheory',
    grantKey: 'grantsPoliticalTheory',
    list: politicalTheoryLevelCodeList,
  },
  {
    field: QualificationField.STATE_MANAGEMENT,
    cadreKey: 'stateManagement',
    grantKey: 'grantsStateManagement',
    list: stateManagementLevelCodeList,
  },
];

export function qualificationSpec(field: QualificationField): QualificationSpec {
  return QUALIFICATIONS.find((q) => q.field === field)!;
}

export interface QualificationRaise {
  field: QualificationField;
  cadreKey: keyof Qualifications;
  from: string | null;
  to: string;
}

const rank = (list: CodeList<string>, value: string) => list.entries.findIndex((e) => e.value === value);

/**
 * What completing a course raises: each level it grants that is above the cadre's current one
 * (or where none is recorded). Never lowers: finishing Cao cấp LLCT leaves a Cử nhân as it is.
 */
export function qualificationRaises(current: Qualifications, grants: Grants): QualificationRaise[] {
  const raises: QualificationRaise[] = [];
  for (const spec of QUALIFICATIONS) {
    const granted = grants[spec.grantKey];
    if (granted == null) continue;
    const held = current[spec.cadreKey] ?? null;
    if (held != null && rank(spec.list, held) >= rank(spec.list, granted)) continue;
    raises.push({ field: spec.field, cadreKey: spec.cadreKey, from: held, to: granted });
  }
  return raises;
}
