import type { Em } from '../app/orm';
import { assignReference, deleteUnlessReferenced, findByGlobalId, referenceTo, rejectNulls } from '../common/db/crud';
import { insertTreeNode, isWithin, saveTreeNode } from '../common/db/tree-path';
import { FieldProblems } from '../common/errors/errors';
import { normalizeText, searchKey, vietnameseSortKey } from '../common/vietnamese';
import { Locality } from '../localities/locality.entity';
import type { CreateUnitInput, UpdateUnitInput } from './unit.inputs';
import { Unit } from './unit.entity';

type UnitInput = CreateUnitInput | UpdateUnitInput;

/** Applies the input; returns the new parent (null: none, undefined: unchanged or invalid). */
async function applyUnitInput(em: Em, unit: Unit, input: UnitInput, problems: FieldProblems): Promise<Unit | null | undefined> {
  rejectNulls(input, ['name', 'block', 'kind', 'localityId'] as const, problems);
  if (input.code !== undefined) unit.code = input.code === null ? null : normalizeText(input.code) || null;
  if (input.name != null) {
    unit.name = normalizeText(input.name);
    unit.nameSearch = searchKey(unit.name);
    unit.nameSort = vietnameseSortKey(unit.name);
  }
  if (input.block != null) unit.block = input.block;
  if (input.kind != null) unit.kind = input.kind;
  await assignReference(em, unit, 'locality', Locality, input.localityId, 'input.localityId', problems);
  if (unit.code) {
    const clash = await em.findOne(Unit, { code: unit.code, id: { $ne: unit.id ?? 0 } });
    if (clash) problems.add('input.code', `Mã ${unit.code} đã dùng cho ${clash.name}`);
  }
  if (input.parentId === undefined) return undefined;
  if (input.parentId === null) return null;
  const parent = await referenceTo(em, Unit, input.parentId, 'input.parentId', problems);
  if (!parent) return undefined;
  const loaded = await parent.load();
  if (loaded && unit.id && isWithin(loaded, unit)) problems.add('input.parentId', 'Không thể đặt một đơn vị dưới chính nó');
  return loaded;
}

/** `options.id` creates the record under an id reserved earlier (the sheet sync writes ids to the sheet first). */
export async function createUnit(em: Em, input: CreateUnitInput, options: { id?: number } = {}): Promise<Unit> {
  const problems = new FieldProblems();
  const unit = new Unit();
  const parent = (await applyUnitInput(em, unit, input, problems)) ?? null;
  problems.throwIfAny();
  if (options.id !== undefined) unit.id = options.id;
  return insertTreeNode(em, Unit, 'unit', unit, parent);
}

export async function updateUnit(em: Em, globalId: string, input: UpdateUnitInput): Promise<Unit> {
  const unit = await findByGlobalId(em, Unit, globalId);
  const problems = new FieldProblems();
  const newParent = await applyUnitInput(em, unit, input, problems);
  if (!problems.isEmpty) {
    em.clear();
    problems.throwIfAny();
  }
  return saveTreeNode(em, Unit, 'unit', unit, newParent);
}

export function deleteUnit(em: Em, globalId: string): Promise<Unit> {
  return deleteUnlessReferenced(em, Unit, globalId);
}
