/**
 * A small office whose every figure was counted by hand (see golden-figures in the tests).
 * Rows go straight into the tables, past the services: the planning rules and training effects
 * being built elsewhere must not change a record this dataset states (completing "Cao cấp LLCT"
 * through the API would raise the learner's LLCT).
 *
 *   Tỉnh Thử Nghiệm (province, code 98)
 *     U1 Tỉnh ủy Thử Nghiệm ............ party block, at the province
 *     Xã An Phú (commune 98001)
 *       U2 Đảng ủy xã An Phú ........... commune block
 *       U3 UBND xã An Phú .............. government block
 *         U4 Trạm Y tế xã An Phú ....... HC-SN block, under U3
 *     Phường Bình Minh (ward 98002)
 *       U5 UBND phường Bình Minh ....... commune block
 *   Tỉnh Khác (province, code 97)
 *     U6 Tỉnh ủy Khác .................. outside every scope below
 *
 * Ages are on 30/06/2025 (the as-of day of the tests).
 */
import type { EntityClass } from '@mikro-orm/core';
import type { Em } from '../../src/app/orm';
import { Cadre } from '../../src/cadres/cadre.entity';
import {
  AcademicTitle,
  CadreCategory,
  CadreStatus,
  CivilServantRank,
  EnrollmentStatus,
  Ethnicity,
  LocalityKind,
  LocalityLevel,
  PlanningRemovalReason,
  PoliticalTheoryLevel,
  PositionLevel,
  ProfessionalLevel,
  RotationDirection,
  RotationKind,
  Sex,
  StateManagementLevel,
  TrainingKind,
  TrainingLocation,
  TrainingMode,
  UnitBlock,
  UnitKind,
} from '../../src/common/code-lists';
import { toGlobalId } from '../../src/common/graphql/global-id';
import { nameSortKey, searchKey, vietnameseSortKey } from '../../src/common/vietnamese';
import { Locality } from '../../src/localities/locality.entity';
import { PlanningEntry } from '../../src/planning/planning-entry.entity';
import { PlanningTerm } from '../../src/planning/planning-term.entity';
import { Assignment } from '../../src/positions/assignment.entity';
import { Position } from '../../src/positions/position.entity';
import { Rotation } from '../../src/rotations/rotation.entity';
import { Enrollment } from '../../src/trainings/enrollment.entity';
import { Training } from '../../src/trainings/training.entity';
import { Unit } from '../../src/units/unit.entity';

const stamps = () => ({ createdAt: new Date(), updatedAt: new Date() });
const named = (name: string) => ({ name, nameSearch: searchKey(name), nameSort: vietnameseSortKey(name), ...stamps() });

async function insert<T extends object>(em: Em, entity: EntityClass<T>, row: Record<string, unknown>): Promise<number> {
  return Number(await em.insert(entity, row as never));
}

interface CadreRow {
  name: string;
  sex: Sex;
  /** "1994-06-30" or a bare year "1995". */
  born: string;
  ethnicity: Ethnicity;
  category: CadreCategory;
  unit: number;
  rank?: CivilServantRank;
  professionalLevel?: ProfessionalLevel;
  academicTitle?: AcademicTitle;
  politicalTheory?: PoliticalTheoryLevel;
  stateManagement?: StateManagementLevel;
  partyJoinedAt?: string;
  status?: CadreStatus;
  startDate?: string;
}

export interface GoldenIds {
  province: string;
  communeA: string;
  wardB: string;
  otherProvince: string;
  units: Record<'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6', string>;
  posts: Record<'secretary' | 'committeeChair' | 'committeeDeputy' | 'boardHead' | 'specialist' | 'councilChair', string>;
  term: string;
  oldTerm: string;
  /** Database ids, for direct SQL. */
  db: { province: number; provincePath: string };
}

export async function insertGoldenOffice(em: Em): Promise<GoldenIds> {
  const locality = async (
    code: string,
    name: string,
    level: LocalityLevel,
    kind: LocalityKind,
    parent: { id: number; path: string } | null,
  ) => {
    const id = await insert(em, Locality, { code, ...named(name), level, kind, parent: parent?.id ?? null, path: '/' });
    const path = `${parent ? parent.path : '/'}${id}/`;
    await em.nativeUpdate(Locality, { id }, { path });
    return { id, path };
  };
  const province = await locality('98', 'Tỉnh Thử Nghiệm', LocalityLevel.PROVINCE, LocalityKind.PROVINCE, null);
  const communeA = await locality('98001', 'Xã An Phú', LocalityLevel.COMMUNE, LocalityKind.COMMUNE, province);
  const wardB = await locality('98002', 'Phường Bình Minh', LocalityLevel.COMMUNE, LocalityKind.WARD, province);
  const other = await locality('97', 'Tỉnh Khác', LocalityLevel.PROVINCE, LocalityKind.PROVINCE, null);

  const unit = async (name: string, block: UnitBlock, kind: UnitKind, localityId: number, parent: { id: number; path: string } | null) => {
    const id = await insert(em, Unit, { ...named(name), block, kind, locality: localityId, parent: parent?.id ?? null, path: '/' });
    const path = `${parent ? parent.path : '/'}${id}/`;
    await em.nativeUpdate(Unit, { id }, { path });
    return { id, path };
  };
  const U1 = await unit('Tỉnh ủy Thử Nghiệm', UnitBlock.PARTY, UnitKind.PARTY_COMMITTEE, province.id, null);
  const U2 = await unit('Đảng ủy xã An Phú', UnitBlock.COMMUNE, UnitKind.PARTY_COMMITTEE, communeA.id, null);
  const U3 = await unit('UBND xã An Phú', UnitBlock.GOVERNMENT, UnitKind.PEOPLES_COMMITTEE, communeA.id, null);
  const U4 = await unit('Trạm Y tế xã An Phú', UnitBlock.ADMINISTRATIVE_PUBLIC_SERVICE, UnitKind.PUBLIC_SERVICE, communeA.id, U3);
  const U5 = await unit('UBND phường Bình Minh', UnitBlock.COMMUNE, UnitKind.PEOPLES_COMMITTEE, wardB.id, null);
  const U6 = await unit('Tỉnh ủy Khác', UnitBlock.PARTY, UnitKind.PARTY_COMMITTEE, other.id, null);

  const post = (name: string, level: PositionLevel, isLeadership: boolean, seniority: number) =>
    insert(em, Position, { ...named(name), level, isLeadership, seniority });
  const secretary = await post('Bí thư', PositionLevel.COMMUNE, true, 1);
  const councilChair = await post('Chủ tịch HĐND', PositionLevel.COMMUNE, true, 3);
  const committeeChair = await post('Chủ tịch UBND', PositionLevel.COMMUNE, true, 4);
  const committeeDeputy = await post('Phó Chủ tịch UBND', PositionLevel.COMMUNE, true, 7);
  const boardHead = await post('Trưởng ban', PositionLevel.PROVINCIAL_DEPARTMENT, true, 1);
  const specialist = await post('Chuyên viên', PositionLevel.DIVISION, false, 9);

  const cadre = (c: CadreRow) => {
    const bareYear = /^\d{4}$/.test(c.born);
    return insert(em, Cadre, {
      fullName: c.name,
      nameSearch: searchKey(c.name),
      nameSort: nameSortKey(c.name),
      birthDate: bareYear ? null : c.born,
      birthYear: Number(c.born.slice(0, 4)),
      sex: c.sex,
      ethnicity: c.ethnicity,
      category: c.category,
      unit: c.unit,
      rank: c.rank ?? null,
      professionalLevel: c.professionalLevel ?? null,
      academicTitle: c.academicTitle ?? null,
      politicalTheory: c.politicalTheory ?? null,
      stateManagement: c.stateManagement ?? null,
      partyJoinedAt: c.partyJoinedAt ?? null,
      status: c.status ?? CadreStatus.WORKING,
      startDate: c.startDate ?? '2010-01-01',
      ...stamps(),
    });
  };
  const { MALE: M, FEMALE: F } = Sex;
  const K = Ethnicity.KINH;
  const { CADRE, CIVIL_SERVANT: CS, PUBLIC_EMPLOYEE: VC, CONTRACT: HD } = CadreCategory;
  const R = CivilServantRank;
  const P = ProfessionalLevel;
  const T = PoliticalTheoryLevel;
  const Q = StateManagementLevel;
  // prettier-ignore
  const C1 = await cadre({ name: 'Nguyễn Văn An', sex: M, born: '1994-06-30', ethnicity: K, category: CS, unit: U2.id, rank: R.SPECIALIST, professionalLevel: P.UNIVERSITY, politicalTheory: T.INTERMEDIATE, stateManagement: Q.SPECIALIST, partyJoinedAt: '2018-05-19' });
  // prettier-ignore
  const C2 = await cadre({ name: 'Trần Thị Bình', sex: F, born: '1994-07-01', ethnicity: Ethnicity.TAY, category: CS, unit: U3.id, rank: R.SPECIALIST, professionalLevel: P.MASTER, politicalTheory: T.ELEMENTARY });
  // prettier-ignore
  const C3 = await cadre({ name: 'Lò Văn Cường', sex: M, born: '1995', ethnicity: Ethnicity.THAI, category: CADRE, unit: U2.id, professionalLevel: P.UNIVERSITY, politicalTheory: T.ADVANCED, stateManagement: Q.PRINCIPAL_SPECIALIST, partyJoinedAt: '2020-01-01' });
  // prettier-ignore
  await cadre({ name: 'Giàng Thị Dung', sex: F, born: '1994', ethnicity: Ethnicity.HMONG, category: VC, unit: U4.id, professionalLevel: P.COLLEGE });
  // prettier-ignore
  const C5 = await cadre({ name: 'Phạm Văn Em', sex: M, born: '1990-01-15', ethnicity: K, category: CS, unit: U1.id, rank: R.PRINCIPAL_SPECIALIST, professionalLevel: P.MASTER, politicalTheory: T.BACHELOR, stateManagement: Q.PRINCIPAL_SPECIALIST, partyJoinedAt: '2012-03-03' });
  // prettier-ignore
  const C6 = await cadre({ name: 'Hoàng Thị Gấm', sex: F, born: '1989-06-30', ethnicity: K, category: CS, unit: U5.id, rank: R.SPECIALIST, professionalLevel: P.UNIVERSITY, politicalTheory: T.INTERMEDIATE, stateManagement: Q.SPECIALIST, partyJoinedAt: '2015-07-07' });
  // prettier-ignore
  const C7 = await cadre({ name: 'Vũ Văn Hải', sex: M, born: '1985-12-31', ethnicity: Ethnicity.NUNG, category: CADRE, unit: U5.id, professionalLevel: P.UNIVERSITY, politicalTheory: T.ADVANCED, stateManagement: Q.SPECIALIST, partyJoinedAt: '2009-09-09' });
  // prettier-ignore
  const C8 = await cadre({ name: 'Đỗ Thị Khánh', sex: F, born: '1980-07-01', ethnicity: K, category: CS, unit: U1.id, rank: R.PRINCIPAL_SPECIALIST, professionalLevel: P.DOCTOR, academicTitle: AcademicTitle.ASSOCIATE_PROFESSOR, politicalTheory: T.BACHELOR, stateManagement: Q.SENIOR_SPECIALIST, partyJoinedAt: '2005-05-05' });
  // prettier-ignore
  const C9 = await cadre({ name: 'Bùi Văn Long', sex: M, born: '1975-06-30', ethnicity: K, category: CADRE, unit: U2.id, professionalLevel: P.UNIVERSITY, politicalTheory: T.ADVANCED, stateManagement: Q.PRINCIPAL_SPECIALIST, partyJoinedAt: '2000-01-01' });
  // prettier-ignore
  const C10 = await cadre({ name: 'Lý Thị Mai', sex: F, born: '1974-07-01', ethnicity: Ethnicity.DAO, category: CS, unit: U3.id, rank: R.OFFICER, professionalLevel: P.INTERMEDIATE, politicalTheory: T.ELEMENTARY, stateManagement: Q.OFFICER });
  // prettier-ignore
  await cadre({ name: 'Ngô Văn Nam', sex: M, born: '1970', ethnicity: K, category: HD, unit: U3.id, professionalLevel: P.BELOW_INTERMEDIATE });
  // prettier-ignore
  const C12 = await cadre({ name: 'Đặng Thị Oanh', sex: F, born: '1965-06-30', ethnicity: K, category: CADRE, unit: U5.id, professionalLevel: P.UNIVERSITY, politicalTheory: T.ADVANCED, stateManagement: Q.PRINCIPAL_SPECIALIST, partyJoinedAt: '1990-02-03' });
  // prettier-ignore
  const C13 = await cadre({ name: 'Mai Văn Phúc', sex: M, born: '1964-06-30', ethnicity: K, category: CS, unit: U1.id, rank: R.SENIOR_SPECIALIST, professionalLevel: P.MASTER, politicalTheory: T.BACHELOR, stateManagement: Q.SENIOR_SPECIALIST, partyJoinedAt: '1988-08-08' });
  // prettier-ignore
  const C14 = await cadre({ name: 'Triệu Văn Quân', sex: M, born: '1999-03-10', ethnicity: Ethnicity.DAO, category: CS, unit: U4.id, rank: R.STAFF, partyJoinedAt: '2025-06-30' });
  // Outside the default population: retired; started after the as-of day; another province.
  // prettier-ignore
  const C15 = await cadre({ name: 'Lê Thị Rạng', sex: F, born: '1960-01-01', ethnicity: K, category: CS, unit: U2.id, rank: R.SPECIALIST, professionalLevel: P.UNIVERSITY, status: CadreStatus.RETIRED });
  // prettier-ignore
  await cadre({ name: 'Hà Văn Sơn', sex: M, born: '1998-05-05', ethnicity: Ethnicity.TAY, category: CS, unit: U5.id, startDate: '2025-08-01' });
  // prettier-ignore
  const C17 = await cadre({ name: 'Cao Thị Tâm', sex: F, born: '2000', ethnicity: K, category: CS, unit: U5.id, rank: R.SPECIALIST, professionalLevel: P.UNIVERSITY, partyJoinedAt: '2025-07-15' });
  // prettier-ignore
  const C18 = await cadre({ name: 'Kim Văn Út', sex: M, born: '1980-01-01', ethnicity: K, category: CS, unit: U6.id, professionalLevel: P.UNIVERSITY });

  const assignment = (cadreId: number, unitId: number, position: number, startDate: string, endDate: string | null = null) =>
    insert(em, Assignment, { cadre: cadreId, unit: unitId, position, startDate, endDate, isConcurrent: false, ...stamps() });
  await assignment(C9, U2.id, secretary, '2020-10-01');
  await assignment(C9, U2.id, secretary, '2015-10-01', '2020-09-30');
  await assignment(C9, U2.id, councilChair, '2021-06-01');
  await assignment(C12, U5.id, secretary, '2021-01-01');
  await assignment(C12, U2.id, secretary, '2024-01-01');
  await assignment(C1, U3.id, committeeDeputy, '2025-06-30');
  await assignment(C6, U5.id, committeeChair, '2020-01-01', '2025-06-29');
  await assignment(C7, U5.id, committeeChair, '2025-07-01');
  await assignment(C7, U5.id, committeeDeputy, '2021-05-01', '2025-06-30');
  await assignment(C8, U1.id, boardHead, '2019-01-01');
  await assignment(C5, U1.id, specialist, '2015-01-01');
  await assignment(C15, U2.id, secretary, '2015-01-01');

  const term = await insert(em, PlanningTerm, { name: '2025–2030', startYear: 2025, endYear: 2030, ...stamps() });
  const oldTerm = await insert(em, PlanningTerm, { name: '2020–2025', startYear: 2020, endYear: 2025, ...stamps() });
  const planned = (cadreId: number, position: number, unitId: number, termId: number, addedAt: string, removedAt: string | null = null) =>
    insert(em, PlanningEntry, {
      term: termId,
      cadre: cadreId,
      position,
      unit: unitId,
      addedAt,
      removedAt,
      removalReason: removedAt ? PlanningRemovalReason.OTHER : null,
      ...stamps(),
    });
  await planned(C1, secretary, U2.id, term, '2024-05-01');
  await planned(C1, committeeChair, U3.id, term, '2024-05-01');
  await planned(C2, committeeDeputy, U3.id, term, '2024-05-01', '2025-03-01');
  await planned(C6, committeeChair, U5.id, term, '2025-06-30');
  await planned(C17, committeeDeputy, U5.id, term, '2025-07-01');
  await planned(C14, committeeDeputy, U3.id, term, '2024-01-01', '2025-07-01');
  await planned(C3, secretary, U2.id, oldTerm, '2020-05-01');
  await planned(C15, secretary, U2.id, term, '2024-05-01');

  const training = (name: string, fields: Record<string, unknown>) => insert(em, Training, { ...named(name), ...fields });
  const TR1 = await training('Cao cấp LLCT hệ không tập trung 2022', {
    kind: TrainingKind.POLITICAL_THEORY,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    grantsPoliticalTheory: PoliticalTheoryLevel.ADVANCED,
    startDate: '2022-09-01',
  });
  const TR2 = await training('Thạc sĩ Quản lý công tại Úc', {
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.ABROAD,
    programme: 'Đề án 165',
    grantsProfessionalLevel: ProfessionalLevel.MASTER,
    startDate: '2023-09-01',
  });
  const TR3 = await training('Thạc sĩ Kinh tế', {
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.IN_SERVICE,
    location: TrainingLocation.DOMESTIC,
    grantsProfessionalLevel: ProfessionalLevel.MASTER,
    startDate: '2021-03-01',
  });
  const TR4 = await training('Bồi dưỡng QLNN chương trình chuyên viên chính', {
    kind: TrainingKind.STATE_MANAGEMENT,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    grantsStateManagement: StateManagementLevel.PRINCIPAL_SPECIALIST,
    startDate: '2024-04-01',
  });
  const TR5 = await training('Bồi dưỡng kiến thức quốc phòng – an ninh 2020', {
    kind: TrainingKind.DEFENCE_SECURITY,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
    startDate: '2020-06-01',
  });
  const TR6 = await training('Tiến sĩ liên kết 2025', {
    kind: TrainingKind.DEGREE,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.JOINT,
    grantsProfessionalLevel: ProfessionalLevel.DOCTOR,
    startDate: '2025-08-01',
  });
  const TR7 = await training('Bồi dưỡng cập nhật kiến thức (chưa có lịch)', {
    kind: TrainingKind.FOSTERING,
    mode: TrainingMode.FULL_TIME,
    location: TrainingLocation.DOMESTIC,
  });
  const enroll = (cadreId: number, trainingId: number, status: EnrollmentStatus) =>
    insert(em, Enrollment, { cadre: cadreId, training: trainingId, status, ...stamps() });
  await enroll(C3, TR1, EnrollmentStatus.COMPLETED);
  await enroll(C7, TR1, EnrollmentStatus.COMPLETED);
  await enroll(C15, TR1, EnrollmentStatus.COMPLETED);
  await enroll(C5, TR2, EnrollmentStatus.COMPLETED);
  await enroll(C13, TR2, EnrollmentStatus.STUDYING);
  await enroll(C2, TR3, EnrollmentStatus.COMPLETED);
  await enroll(C9, TR4, EnrollmentStatus.COMPLETED);
  await enroll(C12, TR4, EnrollmentStatus.WITHDRAWN);
  await enroll(C1, TR5, EnrollmentStatus.COMPLETED);
  await enroll(C8, TR6, EnrollmentStatus.REGISTERED);
  await enroll(C6, TR7, EnrollmentStatus.COMPLETED);
  await enroll(C18, TR1, EnrollmentStatus.COMPLETED);

  const rotation = (cadreId: number, from: number, to: number, kind: RotationKind, direction: RotationDirection, startDate: string) =>
    insert(em, Rotation, { cadre: cadreId, fromUnit: from, toUnit: to, kind, direction, startDate, ...stamps() });
  await rotation(C1, U1.id, U2.id, RotationKind.ROTATION, RotationDirection.PROVINCE_TO_DISTRICT, '2022-03-01');
  await rotation(C7, U2.id, U5.id, RotationKind.TRANSFER, RotationDirection.BETWEEN_COMMUNES, '2023-05-01');
  await rotation(C6, U3.id, U5.id, RotationKind.ROTATION, RotationDirection.BETWEEN_COMMUNES, '2025-06-30');
  await rotation(C12, U1.id, U5.id, RotationKind.ROTATION, RotationDirection.TO_COMMUNE, '2020-12-31');
  await rotation(C10, U2.id, U3.id, RotationKind.SECONDMENT, RotationDirection.SECTOR_TO_SECTOR, '2024-02-02');
  await rotation(C18, U6.id, U6.id, RotationKind.ROTATION, RotationDirection.SECTOR_TO_SECTOR, '2023-01-01');

  const gid = (type: string, id: number) => toGlobalId(type, id);
  return {
    province: gid('Locality', province.id),
    communeA: gid('Locality', communeA.id),
    wardB: gid('Locality', wardB.id),
    otherProvince: gid('Locality', other.id),
    units: {
      U1: gid('Unit', U1.id),
      U2: gid('Unit', U2.id),
      U3: gid('Unit', U3.id),
      U4: gid('Unit', U4.id),
      U5: gid('Unit', U5.id),
      U6: gid('Unit', U6.id),
    },
    posts: {
      secretary: gid('Position', secretary),
      councilChair: gid('Position', councilChair),
      committeeChair: gid('Position', committeeChair),
      committeeDeputy: gid('Position', committeeDeputy),
      boardHead: gid('Position', boardHead),
      specialist: gid('Position', specialist),
    },
    term: gid('PlanningTerm', term),
    oldTerm: gid('PlanningTerm', oldTerm),
    db: { province: province.id, provincePath: province.path },
  };
}
