/**
 * The whole demo dataset as plain values, before any database is involved: deterministic for a
 * seed, testable without I/O, and the single place that decides how the parts scale.
 */
import { DEFAULT_COURSE_COUNT, generateEnrollments, generateTrainings, type EnrollmentSeed, type TrainingSeed } from './courses';
import {
  COMMUNE_POOL,
  DEFAULT_COMMUNE_COUNT,
  POSTS,
  POST_KEYS,
  buildGeography,
  type Geography,
  type PositionSeed,
  type PostKey,
} from './geography';
import {
  PLANNING_TERMS,
  generateAssignments,
  generateEvaluations,
  generatePlanning,
  generateRotations,
  type AssignmentSeed,
  type EvaluationSeed,
  type PlanningEntrySeed,
  type PlanningTermSeed,
  type RotationSeed,
} from './histories';
import { generateCadres, type CadreSeed } from './people';
import { Random } from './random';

export const DEFAULT_CADRES = 2000;
export const DEFAULT_SEED = 2025;

/**
 * What a non-empty database already holds that the new rows must respect (seeding with
 * `--force`, or the benchmark topping up a smaller demo): CCCD numbers are unique, a unit
 * has one head, and a post takes at most three planned people per term.
 */
export interface ExistingRecords {
  idNumbers: ReadonlySet<string>;
  /** `postSlotKey`s of posts someone holds now (main posts, not concurrent ones). */
  heldPosts: ReadonlySet<string>;
  /** Active planning entries by `${termStartYear}|${postSlotKey}`. */
  activePlanning: ReadonlyMap<string, number>;
}

export const NO_EXISTING_RECORDS: ExistingRecords = { idNumbers: new Set(), heldPosts: new Set(), activePlanning: new Map() };

/** Identifies a post in a unit across runs and databases: unit code, post name and level. */
export function postSlotKey(unitCode: string, position: Pick<PositionSeed, 'name'> & { level: string }): string {
  return `${unitCode}|${position.name}|${position.level}`;
}

export interface DemoData {
  geography: Geography;
  positions: { key: PostKey; position: PositionSeed }[];
  cadres: CadreSeed[];
  trainings: TrainingSeed[];
  enrollments: EnrollmentSeed[];
  planningTerms: readonly PlanningTermSeed[];
  planningEntries: PlanningEntrySeed[];
  assignments: AssignmentSeed[];
  rotations: RotationSeed[];
  evaluations: EvaluationSeed[];
}

/**
 * Everything scales with the number of cadres: a dozen communes and 40 courses for the default
 * 2,000, more communes (up to the province's list) and proportionally more classes beyond, so
 * unit sizes, class sizes and per-person histories stay believable at 100,000.
 */
export function buildDemoData(
  cadreCount: number = DEFAULT_CADRES,
  seed: number = DEFAULT_SEED,
  existing: ExistingRecords = NO_EXISTING_RECORDS,
): DemoData {
  if (!Number.isInteger(cadreCount) || cadreCount < 1) throw new Error(`seed: cadres must be a positive whole number, got ${cadreCount}`);
  if (!Number.isInteger(seed)) throw new Error(`seed: seed must be a whole number, got ${seed}`);
  const scale = cadreCount / DEFAULT_CADRES;
  const root = new Random(seed);

  const communeCount = Math.min(COMMUNE_POOL.length, Math.max(DEFAULT_COMMUNE_COUNT, Math.round(DEFAULT_COMMUNE_COUNT * scale)));
  const geography = buildGeography(communeCount);
  const headed = geography.units.map((u) => existing.heldPosts.has(postSlotKey(u.code, POSTS[u.headPost])));
  const cadres = generateCadres(root.fork('cadres'), geography, cadreCount, headed, existing.idNumbers);
  const catalogue = generateTrainings(root.fork('trainings'), Math.max(DEFAULT_COURSE_COUNT, Math.round(DEFAULT_COURSE_COUNT * scale)));
  const enrollments = generateEnrollments(root.fork('enrollments'), geography, cadres, catalogue);
  const assignments = generateAssignments(root.fork('assignments'), geography, cadres);
  const evaluations = generateEvaluations(root.fork('evaluations'), cadres);
  const planningEntries = generatePlanning(
    root.fork('planning'),
    geography,
    cadres,
    evaluations,
    (term, unit, post) => existing.activePlanning.get(`${term.startYear}|${postSlotKey(unit.code, POSTS[post])}`) ?? 0,
  );
  const rotations = generateRotations(root.fork('rotations'), geography, cadres, planningEntries);

  return {
    geography,
    positions: POST_KEYS.map((key) => ({ key, position: POSTS[key] })),
    cadres,
    trainings: catalogue.trainings,
    enrollments,
    planningTerms: PLANNING_TERMS,
    planningEntries,
    assignments,
    rotations,
    evaluations,
  };
}
