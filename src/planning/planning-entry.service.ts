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
import { Assignment } from '../positions/assignment.entity';
import { Position } from '../positions/position.entity';
import { Unit } from '../units/unit.entity';
import { PlanningEntry } from './planning-entry.entity';
import type { CreatePlanningEntryInput, UpdatePlanningEntryInput } from './planning-entry.inputs';
import { PlanningTerm } from './planning-term.entity';
import { type PlanningContext, planningRuleProblems, type PostFacts } from './planning-rules';

const PLAIN_FIELDS = ['addedAt', 'decisionNumber', 'removedAt', 'removalReason', 'removalNote'] as const;
const REQUIRED_FIELDS = ['unitId', 'positionId', 'addedAt'] as const;

type PlanningEntryInput = CreatePlanningEntryInput | UpdatePlanningEntryInput;

async function applyPlanningEntryInput(em: Em, entry: PlanningEntry, input: PlanningEntryInput, problems: FieldProblems): Promise<void> {
  rejectNulls(input, REQUIRED_FIELDS, problems);
  await assignReference(em, entry, 'unit', Unit, input.unitId, 'input.unitId', problems);
  await assignReference(em, entry, 'position', Position, input.positionId, 'input.positionId', problems);
  assignGiven(
    entry,
    { ...input, decisionNumber: cleanOptionalText(input.decisionNumber), removalNote: cleanOptionalText(input.removalNote) },
    PLAIN_FIELDS,
  );
}

/** Checks that hold for any planning entry, active or removed. */
async function checkPlanningEntry(em: Em, entry: PlanningEntry, problems: FieldProblems): Promise<void> {
  if (entry.removedAt && entry.addedAt && entry.removedAt < entry.addedAt) {
    problems.add('input.removedAt', 'Ngày đưa ra khỏi quy hoạch trước ngày đưa vào quy hoạch');
  }
  // A removal keeps its date and its reason: both or neither.
  if (entry.removedAt && !entry.removalReason) problems.add('input.removalReason', 'Đưa ra khỏi quy hoạch cần ghi lý do');
  if (entry.removalReason && !entry.removedAt) problems.add('input.removedAt', 'Có lý do đưa ra khỏi quy hoạch nhưng thiếu ngày đưa ra');
  if (entry.removedAt == null && entry.term && entry.cadre && entry.unit && entry.position) {
    const twin = await em.findOne(PlanningEntry, {
      term: entry.term.id,
      cadre: entry.cadre.id,
      unit: entry.unit.id,
      position: entry.position.id,
      removedAt: null,
      id: { $ne: entry.id ?? 0 },
    });
    if (twin) problems.add('input.positionId', `Cán bộ đã có trong quy hoạch chức vụ này của nhiệm kỳ (từ ${twin.addedAt})`);
  }
}

function postFacts(entry: PlanningEntry): PostFacts {
  const position = entry.position.getEntity();
  const unit = entry.unit.getEntity();
  return {
    positionId: position.id,
    positionName: position.name,
    level: position.level,
    seniority: position.seniority,
    unitId: unit.id,
    unitName: unit.name,
  };
}

/**
 * Quy định 50, for an entry that is active after the change: the facts are read here (a few
 * small queries), the decision is `planningRuleProblems`'s. Checked on creation, on reactivation and
 * when the post, the unit or the date added changes; other edits (a decision number, a note)
 * and removals leave an entry's standing alone, so fixing a detail of an entry made before a
 * rule tightened is never refused.
 */
async function checkQuyDinh50(em: Em, entry: PlanningEntry, problems: FieldProblems): Promise<void> {
  const term = await em.findOneOrFail(PlanningTerm, entry.term.id);
  const cadre = await em.findOneOrFail(Cadre, entry.cadre.id);
  // Loaded so that the entry's own references read their names.
  await em.findOneOrFail(Position, entry.position.id);
  await em.findOneOrFail(Unit, entry.unit.id);
  const others = { term: term.id, removedAt: null, id: { $ne: entry.id ?? 0 } };
  // In the order they were made, so that messages list them the same way every time.
  const samePost = await em.find(
    PlanningEntry,
    { ...others, unit: entry.unit.id, position: entry.position.id },
    { populate: ['cadre'], orderBy: { id: 'asc' } },
  );
  const cadreEntries = await em.find(
    PlanningEntry,
    { ...others, cadre: cadre.id },
    { populate: ['position', 'unit'], orderBy: { id: 'asc' } },
  );
  // Posts held on the day the entry is added (an end date is the last day held, as the statistics
  // count it): a later promotion does not unmake earlier planning.
  const held = await em.find(
    Assignment,
    {
      cadre: cadre.id,
      startDate: { $lte: entry.addedAt },
      $or: [{ endDate: null }, { endDate: { $gte: entry.addedAt } }],
      position: { isLeadership: true },
    },
    { populate: ['position'] },
  );
  const context: PlanningContext = {
    samePost: samePost.map((e) => ({ cadreId: e.cadre.id, fullName: e.cadre.getEntity().fullName })),
    cadreEntries: cadreEntries.map(postFacts),
    heldPosts: held.map((a) => {
      const position = a.position.getEntity();
      return { positionName: position.name, level: position.level, seniority: position.seniority };
    }),
  };
  const breaches = planningRuleProblems(
    { cadre, post: postFacts(entry), term: { name: term.name, startYear: term.startYear }, addedAt: entry.addedAt },
    context,
  );
  for (const breach of breaches) problems.add(breach.field, breach.message);
}

/** What the rules look at, to tell whether an update touches them. */
function ruleState(entry: PlanningEntry): string {
  return JSON.stringify([entry.isActive, entry.unit?.id, entry.position?.id, entry.addedAt]);
}

/** `options.id` creates the record under an id reserved earlier (the sheet sync writes ids to the sheet first). */
export async function createPlanningEntry(em: Em, input: CreatePlanningEntryInput, options: { id?: number } = {}): Promise<PlanningEntry> {
  const problems = new FieldProblems();
  const entry = new PlanningEntry();
  const term = await referenceTo(em, PlanningTerm, input.termId, 'input.termId', problems);
  if (term) entry.term = term;
  const cadre = await referenceTo(em, Cadre, input.cadreId, 'input.cadreId', problems);
  if (cadre) entry.cadre = cadre;
  await applyPlanningEntryInput(em, entry, input, problems);
  await checkPlanningEntry(em, entry, problems);
  // A removed entry recorded after the fact is history, not planning: the rules are for active ones.
  if (problems.isEmpty && entry.isActive) await checkQuyDinh50(em, entry, problems);
  if (options.id !== undefined) entry.id = options.id;
  await flushOrReject(em, problems, entry);
  return entry;
}

export async function updatePlanningEntry(em: Em, globalId: string, input: UpdatePlanningEntryInput): Promise<PlanningEntry> {
  const entry = await findByGlobalId(em, PlanningEntry, globalId);
  const problems = new FieldProblems();
  const before = ruleState(entry);
  await applyPlanningEntryInput(em, entry, input, problems);
  await checkPlanningEntry(em, entry, problems);
  if (problems.isEmpty && entry.isActive && ruleState(entry) !== before) await checkQuyDinh50(em, entry, problems);
  await flushOrReject(em, problems);
  return entry;
}

export function deletePlanningEntry(em: Em, globalId: string): Promise<PlanningEntry> {
  return deleteUnlessReferenced(em, PlanningEntry, globalId);
}
