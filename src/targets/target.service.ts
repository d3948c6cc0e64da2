import { anchorOf } from '../access/anchors';
import { scopeCondition, type SqlCondition } from '../access/scope-cut';
import { accessOf } from '../access/visibility';
import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../app/orm';
import { applyCadreFilter } from '../cadres/cadre.list';
import { CadreStatus } from '../common/code-lists';
import {
  assignGiven,
  cleanOptionalText,
  deleteUnlessReferenced,
  findByGlobalId,
  flushOrReject,
  referenceTo,
  rejectNulls,
} from '../common/db/crud';
import { whereUnitInLocality, whereUnitWithin } from '../common/db/sql-filters';
import { FieldProblems } from '../common/errors/errors';
import { fromGlobalId } from '../common/graphql/global-id';
import { Locality } from '../localities/locality.entity';
import { PlanningTerm } from '../planning/planning-term.entity';
import { Unit } from '../units/unit.entity';
import { Target } from './target.entity';
import { TargetMetric, TargetPopulation } from './target.enums';
import type { CreateTargetInput, UpdateTargetInput } from './target.inputs';
import { type TargetScope, targetScopeOf } from './target.list';
import { isTargetMet, metricFilter, sharePercent } from './target.rules';

const PLAIN_FIELDS = ['metric', 'ageThreshold', 'population', 'comparator', 'value'] as const;
const REQUIRED_FIELDS = ['metric', 'population', 'comparator', 'value'] as const;

function applyTargetInput(target: Target, input: CreateTargetInput | UpdateTargetInput, problems: FieldProblems): void {
  rejectNulls(input, REQUIRED_FIELDS, problems);
  assignGiven(target, { ...input, note: cleanOptionalText(input.note) }, [...PLAIN_FIELDS, 'note']);
}

async function checkTarget(em: Em, target: Target, problems: FieldProblems): Promise<void> {
  if (target.metric === TargetMetric.YOUTH_SHARE && target.ageThreshold == null) {
    problems.add('input.ageThreshold', 'Chỉ tiêu cán bộ trẻ cần ngưỡng tuổi (ví dụ 35: "dưới 35 tuổi")');
  }
  if (target.metric && target.metric !== TargetMetric.YOUTH_SHARE && target.ageThreshold != null) {
    problems.add('input.ageThreshold', 'Ngưỡng tuổi chỉ dùng cho chỉ tiêu cán bộ trẻ (YOUTH_SHARE)');
  }
  if (!problems.isEmpty || !target.term) return;
  const twin = await em.findOne(Target, {
    locality: target.locality?.id ?? null,
    unit: target.unit?.id ?? null,
    term: target.term.id,
    metric: target.metric,
    ageThreshold: target.ageThreshold ?? null,
    population: target.population,
    comparator: target.comparator,
    id: { $ne: target.id ?? 0 },
  });
  if (twin) problems.add('input.metric', `Phạm vi này đã có chỉ tiêu như vậy cho nhiệm kỳ (${twin.value}%)`);
}

export async function createTarget(em: Em, input: CreateTargetInput): Promise<Target> {
  const problems = new FieldProblems();
  const target = new Target();
  const decoded = fromGlobalId(input.scopeId);
  if (decoded?.typeName === 'Locality') target.locality = await referenceTo(em, Locality, input.scopeId, 'input.scopeId', problems);
  else if (decoded?.typeName === 'Unit') target.unit = await referenceTo(em, Unit, input.scopeId, 'input.scopeId', problems);
  else problems.add('input.scopeId', `Phạm vi phải là mã một địa phương (Locality) hoặc đơn vị (Unit): "${input.scopeId}"`);
  const term = await referenceTo(em, PlanningTerm, input.termId, 'input.termId', problems);
  if (term) target.term = term;
  applyTargetInput(target, input, problems);
  await checkTarget(em, target, problems);
  await flushOrReject(em, problems, target);
  return target;
}

export async function updateTarget(em: Em, globalId: string, input: UpdateTargetInput): Promise<Target> {
  const target = await findByGlobalId(em, Target, globalId);
  const problems = new FieldProblems();
  applyTargetInput(target, input, problems);
  await checkTarget(em, target, problems);
  await flushOrReject(em, problems);
  return target;
}

export function deleteTarget(em: Em, globalId: string): Promise<Target> {
  return deleteUnlessReferenced(em, Target, globalId);
}

// ---------------------------------------------------------------------------------------------
// Compliance

export interface ComplianceValue {
  target: Target;
  numerator: number;
  denominator: number;
  share: number | null;
  met: boolean | null;
}

function whereInScope(qb: Knex.QueryBuilder, column: string, scope: TargetScope): void {
  if (scope.kind === 'Locality') whereUnitInLocality(qb, column, scope.id);
  else whereUnitWithin(qb, column, scope.id);
}

/**
 * The cadres a population counts, as a query over `cadre t`. Every population is of cadres at
 * work (status "đang công tác", started by `asOf` or with no start date), as in the statistics:
 * - WORKING: those working in a unit of the scope;
 * - PLANNED: those planned in the term for a post in a unit of the scope (the post's unit, not
 *   the one they work in now: a commune cadre planned for a district post counts for the
 *   district), the entry active on `asOf` (added by then, not removed by then); one person
 *   planned for several posts counts once;
 * - LEADERSHIP: those holding a leadership post (Position.isLeadership) in a unit of the scope on
 *   `asOf` (started by then, end date not before it), as the statistics count post holders.
 */
function populationQuery(
  knex: Knex,
  population: TargetPopulation,
  scope: TargetScope,
  termId: number,
  asOf: string,
  viewerCut: SqlCondition | null,
): Knex.QueryBuilder {
  const qb = knex.from({ t: 'cadre' }).where('t.status', CadreStatus.WORKING);
  // A viewer never counts cadres beyond their own scopes.
  if (viewerCut) qb.whereRaw(viewerCut.sql, viewerCut.bindings as string[]);
  qb.where((started) => started.whereNull('t.start_date').orWhere('t.start_date', '<=', asOf));
  switch (population) {
    case TargetPopulation.WORKING:
      whereInScope(qb, 't.unit_id', scope);
      break;
    case TargetPopulation.PLANNED:
      qb.whereIn('t.id', (sub: Knex.QueryBuilder) => {
        sub
          .select('pe.cadre_id')
          .from({ pe: 'planning_entry' })
          .where('pe.term_id', termId)
          .where('pe.added_at', '<=', asOf)
          .where((active) => active.whereNull('pe.removed_at').orWhere('pe.removed_at', '>', asOf));
        whereInScope(sub, 'pe.unit_id', scope);
      });
      break;
    case TargetPopulation.LEADERSHIP:
      qb.whereIn('t.id', (sub: Knex.QueryBuilder) => {
        sub
          .select('a.cadre_id')
          .from({ a: 'assignment' })
          .join({ p: 'position' }, 'p.id', 'a.position_id')
          .where('p.is_leadership', true)
          .where('a.start_date', '<=', asOf)
          .where((held) => held.whereNull('a.end_date').orWhere('a.end_date', '>=', asOf));
        whereInScope(sub, 'a.unit_id', scope);
      });
      break;
  }
  return qb;
}

async function count(em: Em, qb: Knex.QueryBuilder): Promise<number> {
  const rows: Record<string, unknown>[] = await em
    .getConnection()
    .execute(qb.count({ n: '*' }), [], 'all', em.getTransactionContext(), em.getLoggerContext());
  return Number(rows[0]?.n ?? 0);
}

/**
 * Actual against target for every target a scope set for a term, counted in the database: one
 * COUNT per population used (the denominator) and one per target (the numerator, the same
 * population narrowed by the metric's cadre filter). No cadre row is read into Node.
 */
export async function targetCompliance(em: Em, scopeGlobalId: string, termGlobalId: string, asOf: string): Promise<ComplianceValue[]> {
  const scope = targetScopeOf(scopeGlobalId, 'scopeId');
  if (scope.kind === 'Locality') await findByGlobalId(em, Locality, scopeGlobalId, 'scopeId');
  else await findByGlobalId(em, Unit, scopeGlobalId, 'scopeId');
  const term = await findByGlobalId(em, PlanningTerm, termGlobalId, 'termId');
  const targets = await em.find(
    Target,
    { term: term.id, ...(scope.kind === 'Locality' ? { locality: scope.id } : { unit: scope.id }) },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const order = Object.values(TargetMetric);
  targets.sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric));

  const knex = em.getKnex();
  const viewerCut = scopeCondition(anchorOf('Cadre'), 't', accessOf(em), 'read');
  const denominators = new Map<TargetPopulation, number>();
  const results: ComplianceValue[] = [];
  for (const target of targets) {
    let denominator = denominators.get(target.population);
    if (denominator === undefined) {
      denominator = await count(em, populationQuery(knex, target.population, scope, term.id, asOf, viewerCut));
      denominators.set(target.population, denominator);
    }
    const narrowed = populationQuery(knex, target.population, scope, term.id, asOf, viewerCut);
    applyCadreFilter(narrowed, metricFilter(target.metric, target.ageThreshold, asOf));
    const numerator = await count(em, narrowed);
    results.push({
      target,
      numerator,
      denominator,
      share: sharePercent(numerator, denominator),
      met: isTargetMet(target.comparator, numerator, denominator, target.value),
    });
  }
  return results;
}
