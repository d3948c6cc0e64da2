import type { Em } from '../app/orm';
import { positionLevelCodeList } from '../common/code-lists';
import { assignGiven, deleteUnlessReferenced, findByGlobalId, flushOrReject, rejectNulls } from '../common/db/crud';
import { FieldProblems } from '../common/errors/errors';
import { normalizeText, searchKey, vietnameseSortKey } from '../common/vietnamese';
import { Position } from './position.entity';
import type { CreatePositionInput, UpdatePositionInput } from './position.inputs';

const PLAIN_FIELDS = ['level', 'isLeadership', 'seniority'] as const;
const REQUIRED_FIELDS = ['name', ...PLAIN_FIELDS] as const;

type PositionInput = CreatePositionInput | UpdatePositionInput;

function applyPositionInput(position: Position, input: PositionInput, problems: FieldProblems): void {
  rejectNulls(input, REQUIRED_FIELDS, problems);
  if (input.name != null) {
    position.name = normalizeText(input.name);
    position.nameSearch = searchKey(position.name);
    position.nameSort = vietnameseSortKey(position.name);
  }
  assignGiven(position, input, PLAIN_FIELDS);
}

async function checkPosition(em: Em, position: Position, problems: FieldProblems): Promise<void> {
  if (!position.name || !position.level) return;
  const clash = await em.findOne(Position, { name: position.name, level: position.level, id: { $ne: position.id ?? 0 } });
  if (clash) problems.add('input.name', `Chức vụ "${position.name}" (${positionLevelCodeList.label(position.level)}) đã có`);
}

export async function createPosition(em: Em, input: CreatePositionInput): Promise<Position> {
  const position = new Position();
  const problems = new FieldProblems();
  applyPositionInput(position, input, problems);
  await checkPosition(em, position, problems);
  await flushOrReject(em, problems, position);
  return position;
}

export async function updatePosition(em: Em, globalId: string, input: UpdatePositionInput): Promise<Position> {
  const position = await findByGlobalId(em, Position, globalId);
  const problems = new FieldProblems();
  applyPositionInput(position, input, problems);
  await checkPosition(em, position, problems);
  await flushOrReject(em, problems);
  return position;
}

export function deletePosition(em: Em, globalId: string): Promise<Position> {
  return deleteUnlessReferenced(em, Position, globalId);
}
