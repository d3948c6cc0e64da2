import { idsInScope } from '../access/visibility';
import type { Em } from '../app/orm';
import { AnnualRating } from '../common/code-lists';
import { findByGlobalId } from '../common/db/crud';
import { yearOf } from '../common/dates';
import { Discipline } from '../disciplines/discipline.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { PlanningEntry } from './planning-entry.entity';
import { type ReviewFacts, type ReviewFinding, reviewFindings } from './planning-rules';
import { PlanningTerm } from './planning-term.entity';

export interface PlanningReviewItemValue {
  entry: PlanningEntry;
  findings: ReviewFinding[];
}

/**
 * The annual review of a term's planning: the entries active on `asOf` (added by then and not
 * removed by then) that should now be removed, each with every reason. Three reads — the
 * entries with their cadres, the failed ratings and the disciplines of those cadres — and the
 * judgement is `reviewFindings`'s.
 */
export async function planningReview(
  em: Em,
  termGlobalId: string,
  asOf: string,
  lookbackYears: number,
): Promise<PlanningReviewItemValue[]> {
  const term = await findByGlobalId(em, PlanningTerm, termGlobalId, 'termId');
  let entries = await em.find(
    PlanningEntry,
    { term: term.id, addedAt: { $lte: asOf }, $or: [{ removedAt: null }, { removedAt: { $gt: asOf } }] },
    { populate: ['cadre'], orderBy: [{ position: { seniority: 'asc' } }, { cadre: { nameSort: 'asc' } }, { id: 'asc' }] },
  );
  // Only the entries of cadres the viewer may see are reviewed.
  const visible = await idsInScope(
    em,
    'PlanningEntry',
    entries.map((e) => e.id),
  );
  entries = entries.filter((e) => visible.has(e.id));
  const cadreIds = [...new Set(entries.map((e) => e.cadre.id))];
  if (cadreIds.length === 0) return [];
  const ratings = await em.find(Evaluation, { cadre: { $in: cadreIds }, rating: AnnualRating.NOT_COMPLETED, year: { $lte: yearOf(asOf) } });
  const disciplines = await em.find(Discipline, { cadre: { $in: cadreIds }, decidedAt: { $lte: asOf } });
  const ratingsOf = groupBy(ratings, (r) => r.cadre.id);
  const disciplinesOf = groupBy(disciplines, (d) => d.cadre.id);

  const items: PlanningReviewItemValue[] = [];
  for (const entry of entries) {
    const cadre = entry.cadre.getEntity();
    const facts: ReviewFacts = {
      cadre,
      term: { name: term.name, startYear: term.startYear },
      addedAt: entry.addedAt,
      ratings: ratingsOf.get(cadre.id) ?? [],
      disciplines: disciplinesOf.get(cadre.id) ?? [],
    };
    const findings = reviewFindings(facts, { asOf, lookbackYears });
    if (findings.length > 0) items.push({ entry, findings });
  }
  return items;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(row);
  }
  return groups;
}
