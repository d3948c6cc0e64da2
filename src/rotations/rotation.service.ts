import type { Em } from '../app/orm';
import { Cadre } from '../cadres/cadre.entity';
import {
  assignGiven,
  assignReference,
  cleanOptionalText,
  deleteUnlessReferenced,
  findByGlobalId,
  flushOrReject,
  referenceTo,
  rejectNulls,
} from '../common/db/crud';
import { FieldProblems } from '../common/errors/errors';
import { Unit } from '../units/unit.entity';
import { Rotation } from './rotation.entity';
import type { CreateRotationInput, UpdateRotationInput } from './rotation.inputs';

const PLAIN_FIELDS = ['kind', 'direction', 'startDate', 'endDate', 'decisionNumber', 'note'] as const;
const REQUIRED_FIELDS = ['fromUnitId', 'toUnitId', 'kind', 'direction', 'startDate'] as const;

type RotationInput = CreateRotationInput | UpdateRotationInput;

async function applyRotationInput(em: Em, rotation: Rotation, input: RotationInput, problems: FieldProblems): Promise<void> {
  rejectNulls(input, REQUIRED_FIELDS, problems);
  await assignReference(em, rotation, 'fromUnit', Unit, input.fromUnitId, 'input.fromUnitId', problems);
  await assignReference(em, rotation, 'toUnit', Unit, input.toUnitId, 'input.toUnitId', problems);
  assignGiven(
    rotation,
    { ...input, decisionNumber: cleanOptionalText(input.decisionNumber), note: cleanOptionalText(input.note) },
    PLAIN_FIELDS,
  );
}

/** Checks on the record itself; Quy định 65's "rotated cadres are already in planning" comes with the planning rules. */
function checkRotation(rotation: Rotation, problems: FieldProblems): void {
  if (rotation.fromUnit && rotation.toUnit && rotation.fromUnit.id === rotation.toUnit.id) {
    problems.add('input.toUnitId', 'Đơn vị đến phải khác đơn vị đi');
  }
  if (rotation.startDate && rotation.endDate && rotation.endDate < rotation.startDate)
    problems.add('input.endDate', 'Ngày kết thúc trước ngày bắt đầu');
}

export async function createRotation(em: Em, input: CreateRotationInput): Promise<Rotation> {
  const problems = new FieldProblems();
  const rotation = new Rotation();
  const cadre = await referenceTo(em, Cadre, input.cadreId, 'input.cadreId', problems);
  if (cadre) rotation.cadre = cadre;
  await applyRotationInput(em, rotation, input, problems);
  checkRotation(rotation, problems);
  await flushOrReject(em, problems, rotation);
  return rotation;
}

export async function updateRotation(em: Em, globalId: string, input: UpdateRotationInput): Promise<Rotation> {
  const rotation = await findByGlobalId(em, Rotation, globalId);
  const problems = new FieldProblems();
  await applyRotationInput(em, rotation, input, problems);
  checkRotation(rotation, problems);
  await flushOrReject(em, problems);
  return rotation;
}

export function deleteRotation(em: Em, globalId: string): Promise<Rotation> {
  return deleteUnlessReferenced(em, Rotation, globalId);
}
