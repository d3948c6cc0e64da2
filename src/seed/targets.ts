import type { Em } from '../app/orm';
import { auditSeededRecords } from '../audit/seed-audit';
import { LocalityLevel } from '../common/code-lists';
import { Locality } from '../localities/locality.entity';
import { PlanningTerm } from '../planning/planning-term.entity';
import { Target } from '../targets/target.entity';
import { TargetComparator, TargetMetric, TargetPopulation } from '../targets/target.enums';

/**
 * The province's targets for the 2025–2030 term, as Quy định 50 and the seed articles set them
 * (women ≥ 25% and under-40s ≥ 15% of the planned; a university degree for every key post;
 * the seeds' local "trẻ dưới 35 trên 5%, nữ trên 15%"), so that compliance can be asked of
 * the demo data. Added once: a database that already has targets is left alone.
 */
const PROVINCE_TARGETS = [
  { metric: TargetMetric.WOMEN_SHARE, population: TargetPopulation.PLANNED, comparator: TargetComparator.AT_LEAST, value: 25 },
  {
    metric: TargetMetric.YOUTH_SHARE,
    ageThreshold: 40,
    population: TargetPopulation.PLANNED,
    comparator: TargetComparator.AT_LEAST,
    value: 15,
  },
  { metric: TargetMetric.MINORITY_SHARE, population: TargetPopulation.PLANNED, comparator: TargetComparator.AT_LEAST, value: 20 },
  { metric: TargetMetric.UNIVERSITY_SHARE, population: TargetPopulation.LEADERSHIP, comparator: TargetComparator.EQUAL, value: 100 },
  {
    metric: TargetMetric.YOUTH_SHARE,
    ageThreshold: 35,
    population: TargetPopulation.WORKING,
    comparator: TargetComparator.AT_LEAST,
    value: 5,
  },
  { metric: TargetMetric.WOMEN_SHARE, population: TargetPopulation.WORKING, comparator: TargetComparator.AT_LEAST, value: 15 },
] as const;

export async function seedTargets(em: Em): Promise<number> {
  if ((await em.count(Target, {})) > 0) return 0;
  const province = await em.findOne(
    Locality,
    { level: LocalityLevel.PROVINCE, validTo: null, mergedInto: null },
    { orderBy: { id: 'asc' } },
  );
  const term = await em.findOne(PlanningTerm, { startYear: 2025 });
  if (!province || !term) return 0;
  const now = new Date();
  // One INSERT each: SQLite's multi-row insert reports only the last id, and the audit needs all six.
  const ids: number[] = [];
  for (const target of PROVINCE_TARGETS) {
    ids.push(Number(await em.insert(Target, { ...target, locality: province.id, term: term.id, createdAt: now, updatedAt: now })));
  }
  await auditSeededRecords(em, Target.name, ids, now);
  return PROVINCE_TARGETS.length;
}
