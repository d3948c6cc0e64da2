import type { Em } from '../app/orm';
import { LocalityLevel, localityKindLevel } from '../common/code-lists';
import { deleteUnlessReferenced, findByGlobalId, referenceTo, rejectNulls } from '../common/db/crud';
import { insertTreeNode, isWithin, saveTreeNode } from '../common/db/tree-path';
import { FieldProblems } from '../common/errors/errors';
import { normalizeText, searchKey, vietnameseSortKey } from '../common/vietnamese';
import type { CreateLocalityInput, UpdateLocalityInput } from './locality.inputs';
import { Locality } from './locality.entity';

const CODE_LENGTH: Record<LocalityLevel, number> = {
  [LocalityLevel.PROVINCE]: 2,
  [LocalityLevel.DISTRICT]: 3,
  [LocalityLevel.COMMUNE]: 5,
};

/** Which levels may sit directly above each level: a commune under a district (before 2025) or a province (after). */
const PARENT_LEVELS: Record<LocalityLevel, readonly LocalityLevel[]> = {
  [LocalityLevel.PROVINCE]: [],
  [LocalityLevel.DISTRICT]: [LocalityLevel.PROVINCE],
  [LocalityLevel.COMMUNE]: [LocalityLevel.DISTRICT, LocalityLevel.PROVINCE],
};

type LocalityInput = CreateLocalityInput | UpdateLocalityInput;

async function applyLocalityInput(
  em: Em,
  locality: Locality,
  input: LocalityInput,
  problems: FieldProblems,
): Promise<Locality | null | undefined> {
  rejectNulls(input, ['code', 'name', 'level', 'kind'] as const, problems);
  if (input.code != null) locality.code = input.code;
  if (input.name != null) {
    locality.name = normalizeText(input.name);
    locality.nameSearch = searchKey(locality.name);
    locality.nameSort = vietnameseSortKey(locality.name);
  }
  if (input.level != null) locality.level = input.level;
  if (input.kind != null) locality.kind = input.kind;
  if (input.validFrom !== undefined) locality.validFrom = input.validFrom;
  if (input.validTo !== undefined) locality.validTo = input.validTo;
  if (input.mergedIntoId !== undefined) {
    locality.mergedInto =
      input.mergedIntoId === null ? null : ((await referenceTo(em, Locality, input.mergedIntoId, 'input.mergedIntoId', problems)) ?? null);
  }
  if (input.parentId === undefined) return undefined;
  if (input.parentId === null) return null;
  const ref = await referenceTo(em, Locality, input.parentId, 'input.parentId', problems);
  return ref ? ref.load() : undefined;
}

async function checkLocality(em: Em, locality: Locality, parent: Locality | null, problems: FieldProblems): Promise<void> {
  if (locality.code.length !== CODE_LENGTH[locality.level]) {
    problems.add(
      'input.code',
      `Mã ${locality.level === LocalityLevel.PROVINCE ? 'tỉnh' : locality.level === LocalityLevel.DISTRICT ? 'huyện' : 'xã'} phải gồm ${CODE_LENGTH[locality.level]} chữ số`,
    );
  }
  if (!localityKindLevel(locality.kind).includes(locality.level)) problems.add('input.kind', 'Loại đơn vị không hợp với cấp hành chính');
  if (parent && !PARENT_LEVELS[locality.level].includes(parent.level)) problems.add('input.parentId', 'Đơn vị cấp trên không đúng cấp');
  if (!parent && locality.level !== LocalityLevel.PROVINCE) problems.add('input.parentId', 'Đơn vị cấp huyện, xã phải có đơn vị cấp trên');
  if (parent && locality.id && isWithin(parent, locality)) problems.add('input.parentId', 'Không thể đặt một đơn vị dưới chính nó');
  if (locality.mergedInto && locality.mergedInto.id === locality.id) problems.add('input.mergedIntoId', 'Không thể sáp nhập vào chính nó');
  if (locality.validFrom && locality.validTo && locality.validTo < locality.validFrom)
    problems.add('input.validTo', 'Ngày kết thúc trước ngày thành lập');
  if (locality.validTo == null && locality.mergedInto == null) {
    const clash = await em.findOne(Locality, { code: locality.code, validTo: null, mergedInto: null, id: { $ne: locality.id ?? 0 } });
    if (clash) problems.add('input.code', `Mã ${locality.code} đang được dùng cho ${clash.name}`);
  }
}

/** `options.id` creates the record under an id reserved earlier (the sheet sync writes ids to the sheet first). */
export async function createLocality(em: Em, input: CreateLocalityInput, options: { id?: number } = {}): Promise<Locality> {
  const problems = new FieldProblems();
  const locality = new Locality();
  const parent = (await applyLocalityInput(em, locality, input, problems)) ?? null;
  if (problems.isEmpty) await checkLocality(em, locality, parent, problems);
  problems.throwIfAny();
  if (options.id !== undefined) locality.id = options.id;
  return insertTreeNode(em, Locality, 'locality', locality, parent);
}

export async function updateLocality(em: Em, globalId: string, input: UpdateLocalityInput): Promise<Locality> {
  const locality = await findByGlobalId(em, Locality, globalId);
  const problems = new FieldProblems();
  const newParent = await applyLocalityInput(em, locality, input, problems);
  const parent = newParent === undefined ? ((await locality.parent?.load()) ?? null) : newParent;
  if (problems.isEmpty) await checkLocality(em, locality, parent, problems);
  if (!problems.isEmpty) {
    em.clear();
    problems.throwIfAny();
  }
  return saveTreeNode(em, Locality, 'locality', locality, newParent);
}

export function deleteLocality(em: Em, globalId: string): Promise<Locality> {
  return deleteUnlessReferenced(em, Locality, globalId);
}
