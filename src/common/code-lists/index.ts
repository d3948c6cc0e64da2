import type { CodeList } from './code-list';
import { disciplineFormCodeList } from './discipline';
import { ethnicityCodeList } from './ethnicity';
import { localityKindCodeList, localityLevelCodeList, positionLevelCodeList, unitBlockCodeList, unitKindCodeList } from './organisation';
import { cadreCategoryCodeList, cadreStatusCodeList, religionCodeList, sexCodeList } from './people';
import { annualRatingCodeList, planningRemovalReasonCodeList, rotationDirectionCodeList, rotationKindCodeList } from './planning';
import {
  academicTitleCodeList,
  civilServantRankCodeList,
  politicalTheoryLevelCodeList,
  professionalLevelCodeList,
  publicEmployeeGradeCodeList,
  stateManagementLevelCodeList,
} from './qualifications';
import {
  enrollmentResultCodeList,
  enrollmentStatusCodeList,
  trainingKindCodeList,
  trainingLocationCodeList,
  trainingModeCodeList,
} from './training';

export * from './code-list';
export * from './discipline';
export * from './ethnicity';
export * from './organisation';
export * from './people';
export * from './planning';
export * from './qualifications';
export * from './training';

/** Every code list, in the order the code-list query returns them. */
export const allCodeLists: readonly CodeList<string>[] = [
  sexCodeList,
  ethnicityCodeList,
  religionCodeList,
  professionalLevelCodeList,
  academicTitleCodeList,
  politicalTheoryLevelCodeList,
  stateManagementLevelCodeList,
  civilServantRankCodeList,
  publicEmployeeGradeCodeList,
  annualRatingCodeList,
  cadreCategoryCodeList,
  cadreStatusCodeList,
  localityLevelCodeList,
  localityKindCodeList,
  unitBlockCodeList,
  unitKindCodeList,
  positionLevelCodeList,
  trainingKindCodeList,
  trainingModeCodeList,
  trainingLocationCodeList,
  enrollmentStatusCodeList,
  enrollmentResultCodeList,
  rotationKindCodeList,
  rotationDirectionCodeList,
  planningRemovalReasonCodeList,
  disciplineFormCodeList,
];
