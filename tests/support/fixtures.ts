import type { Em } from '../../src/app/orm';
import { Cadre } from '../../src/cadres/cadre.entity';
import {
  CadreCategory,
  EnrollmentStatus,
  Ethnicity,
  LocalityKind,
  LocalityLevel,
  Sex,
  TrainingKind,
  TrainingLocation,
  TrainingMode,
  UnitBlock,
  UnitKind,
} from '../../src/common/code-lists';
import { nameSortKey, searchKey, vietnameseSortKey } from '../../src/common/vietnamese';
import { Locality } from '../../src/localities/locality.entity';
import { Enrollment } from '../../src/trainings/enrollment.entity';
import { Training } from '../../src/trainings/training.entity';
import { Unit } from '../../src/units/unit.entity';

export interface GridSize {
  localities: number;
  unitsPerLocality: number;
  cadresPerUnit: number;
  enrollmentsPerCadre: number;
}

const stamps = () => ({ createdAt: new Date(), updatedAt: new Date() });
const named = (name: string) => ({ name, nameSearch: searchKey(name), nameSort: vietnameseSortKey(name), ...stamps() });

/**
 * A regular grid of records (every locality has the same number of units, and so on), inserted
 * in bulk so that a test can know every count in advance.
 */
export async function insertGrid(em: Em, size: GridSize): Promise<void> {
  const trainingIds: number[] = [];
  for (let k = 0; k < Math.max(size.enrollmentsPerCadre, 1); k++) {
    const [id] = await em.insertMany(Training, [
      {
        ...named(`Khóa bồi dưỡng ${k + 1}`),
        kind: TrainingKind.FOSTERING,
        mode: TrainingMode.FULL_TIME,
        location: TrainingLocation.DOMESTIC,
      },
    ]);
    trainingIds.push(Number(id));
  }
  const [provinceId] = await em.insertMany(Locality, [
    { code: '15', ...named('Lào Cai'), level: LocalityLevel.PROVINCE, kind: LocalityKind.PROVINCE, path: '/' },
  ]);
  await em.nativeUpdate(Locality, { id: Number(provinceId) }, { path: `/${provinceId}/` });
  for (let l = 0; l < size.localities; l++) {
    const [localityId] = await em.insertMany(Locality, [
      {
        code: String(10000 + l),
        ...named(`Xã Thử Nghiệm ${l + 1}`),
        level: LocalityLevel.COMMUNE,
        kind: LocalityKind.COMMUNE,
        parent: Number(provinceId),
        path: `/${provinceId}/`,
      },
    ]);
    await em.nativeUpdate(Locality, { id: Number(localityId) }, { path: `/${provinceId}/${localityId}/` });
    for (let u = 0; u < size.unitsPerLocality; u++) {
      const [unitId] = await em.insertMany(Unit, [
        { ...named(`Đơn vị ${l + 1}.${u + 1}`), block: UnitBlock.COMMUNE, kind: UnitKind.OTHER, locality: Number(localityId), path: '/' },
      ]);
      await em.nativeUpdate(Unit, { id: Number(unitId) }, { path: `/${unitId}/` });
      const cadres = Array.from({ length: size.cadresPerUnit }, (_, c) => {
        const fullName = `Nguyễn Văn Thử ${l}-${u}-${c}`;
        return {
          fullName,
          nameSearch: searchKey(fullName),
          nameSort: nameSortKey(fullName),
          birthYear: 1970 + (c % 30),
          birthDate: `${1970 + (c % 30)}-01-15`,
          sex: c % 2 ? Sex.FEMALE : Sex.MALE,
          ethnicity: Ethnicity.KINH,
          category: CadreCategory.CIVIL_SERVANT,
          unit: Number(unitId),
          ...stamps(),
        };
      });
      await em.insertMany(Cadre, cadres);
      // insertMany returns only the last id on SQLite: read the new ids back.
      const cadreIds = (await em.find(Cadre, { unit: Number(unitId) }, { fields: ['id'] })).map((c) => c.id);
      const enrollments = cadreIds.flatMap((cadreId) =>
        trainingIds.slice(0, size.enrollmentsPerCadre).map((trainingId) => ({
          cadre: Number(cadreId),
          training: trainingId,
          status: EnrollmentStatus.COMPLETED,
          ...stamps(),
        })),
      );
      if (enrollments.length > 0) await em.insertMany(Enrollment, enrollments);
    }
  }
}
