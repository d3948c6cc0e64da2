/**
 * The records that follow a cadre through time: posts held (bổ nhiệm, kiêm nhiệm), yearly
 * ratings, planning for higher posts (quy hoạch) and rotations (luân chuyển). Each is
 * derived from the cadre list so the pieces agree: whoever leads a unit has a current
 * assignment there, a failed rating takes a person out of planning, rotated cadres come
 * from the planning pool (Quy định 65-QĐ/TW).
 */
import {
  AnnualRating,
  CadreStatus,
  PlanningRemovalReason,
  PositionLevel,
  ProfessionalLevel,
  RotationDirection,
  RotationKind,
  Sex,
  UnitBlock,
  UnitKind,
} from '../common/code-lists';
import {
  AS_OF,
  AS_OF_YEAR,
  LAST_DAY_BEFORE_REFORM,
  REFORM_DAY,
  addDays,
  addMonths,
  addYears,
  isoDate,
  maxIso,
  minIso,
  randomDay,
  randomWorkday,
  yearOf,
} from './calendar';
import { POSTS, type Geography, type PostKey, type UnitSeed } from './geography';
import type { CadreSeed, Quality } from './people';
import { Random, Weighted } from './random';

export interface AssignmentSeed {
  cadre: number;
  unit: number;
  post: PostKey;
  startDate: string;
  endDate: string | null;
  isConcurrent: boolean;
  decisionNumber: string | null;
}

export interface EvaluationSeed {
  cadre: number;
  year: number;
  rating: AnnualRating;
  note: string | null;
}

export interface PlanningTermSeed {
  name: string;
  startYear: number;
  endYear: number;
}

export interface PlanningEntrySeed {
  term: number;
  cadre: number;
  unit: number;
  post: PostKey;
  addedAt: string;
  decisionNumber: string | null;
  removedAt: string | null;
  removalReason: PlanningRemovalReason | null;
  removalNote: string | null;
}

export interface RotationSeed {
  cadre: number;
  fromUnit: number;
  toUnit: number;
  kind: RotationKind;
  direction: RotationDirection;
  startDate: string;
  endDate: string | null;
  decisionNumber: string | null;
  note: string | null;
}

/** Most people planned for one post and unit in one term (Quy định 50-QĐ/TW). */
export const MAX_PLANNED_PER_POST = 3;
/** Most posts one person is planned for in one term. */
export const MAX_POSTS_PER_PERSON = 3;

/** Party bodies decide with "QĐ/TU"-style numbers, state bodies with "QĐ-UBND". */
function decisionNumber(rng: Random, unit: UnitSeed): string {
  const n = rng.int(1, 2999);
  if (unit.block === UnitBlock.PARTY || unit.kind === UnitKind.PARTY_COMMITTEE) return `${n}-QĐ/TU`;
  if (unit.kind === UnitKind.FATHERLAND_FRONT || unit.kind === UnitKind.MASS_ORGANISATION) return `${n}-QĐ/MTTQ-BTT`;
  return `${n}/QĐ-UBND`;
}

// ---------------------------------------------------------------------------------------------
// Assignments

/**
 * One current assignment per leader. After the July 2025 reform every commune post was filled
 * anew, so commune assignments start then; the commune (and province) party secretary also
 * chairs the people's council, and the people's committee chair is a deputy party secretary —
 * the concurrent posts (kiêm nhiệm) of the new model. Some provincial heads were deputies
 * in the same unit before.
 */
export function generateAssignments(rng: Random, geography: Geography, cadres: readonly CadreSeed[]): AssignmentSeed[] {
  const out: AssignmentSeed[] = [];
  const partyUnitOf = new Map<number, number>();
  const councilUnitOf = new Map<number, number>();
  geography.units.forEach((u, i) => {
    if (u.kind === UnitKind.PARTY_COMMITTEE) partyUnitOf.set(u.locality, i);
    if (u.headByPartySecretary) councilUnitOf.set(u.locality, i);
  });

  cadres.forEach((cadre, index) => {
    if (!cadre.post) return;
    const unit = geography.units[cadre.unit];
    // Provincial posts date from the 2020 congress onwards; nobody leads before four years in service.
    const earliest = maxIso('2020-10-15', addYears(cadre.startDate, 4));
    const sinceReform = unit.scope === 'commune' || earliest >= LAST_DAY_BEFORE_REFORM || rng.chance(0.4);
    const start = sinceReform
      ? rng.chance(unit.scope === 'commune' ? 0.75 : 0.85)
        ? REFORM_DAY
        : randomWorkday(rng, '2025-07-15', '2025-11-28')
      : randomWorkday(rng, earliest, LAST_DAY_BEFORE_REFORM);
    const decision = decisionNumber(rng, unit);
    out.push({
      cadre: index,
      unit: cadre.unit,
      post: cadre.post,
      startDate: start,
      endDate: null,
      isConcurrent: false,
      decisionNumber: decision,
    });

    const council = cadre.role === 'head' && unit.kind === UnitKind.PARTY_COMMITTEE ? councilUnitOf.get(unit.locality) : undefined;
    if (council !== undefined) {
      const post = geography.units[council].headPost;
      out.push({ cadre: index, unit: council, post, startDate: start, endDate: null, isConcurrent: true, decisionNumber: null });
    }
    const party = cadre.role === 'head' && unit.kind === UnitKind.PEOPLES_COMMITTEE ? partyUnitOf.get(unit.locality) : undefined;
    if (party !== undefined) {
      const partyUnit = geography.units[party];
      const decision = decisionNumber(rng, partyUnit);
      out.push({
        cadre: index,
        unit: party,
        post: partyUnit.deputyPost,
        startDate: start,
        endDate: null,
        isConcurrent: true,
        decisionNumber: decision,
      });
    }
    // A provincial head often rose from deputy in the same unit: that post ended the day before.
    if (cadre.role === 'head' && unit.scope === 'province' && rng.chance(0.35)) {
      const from = maxIso(addYears(cadre.startDate, 6), addYears(start, -rng.int(3, 7)));
      if (from < start) {
        out.push({
          cadre: index,
          unit: cadre.unit,
          post: unit.deputyPost,
          startDate: from,
          endDate: addDays(start, -1),
          isConcurrent: false,
          decisionNumber: decisionNumber(rng, unit),
        });
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Evaluations

const RATINGS: Record<Quality, Weighted<AnnualRating>> = {
  star: new Weighted([
    [AnnualRating.EXCELLENT, 50],
    [AnnualRating.GOOD, 49],
    [AnnualRating.COMPLETED, 1],
  ]),
  normal: new Weighted([
    [AnnualRating.EXCELLENT, 7],
    [AnnualRating.GOOD, 86],
    [AnnualRating.COMPLETED, 6.5],
    [AnnualRating.NOT_COMPLETED, 0.5],
  ]),
  weak: new Weighted([
    [AnnualRating.GOOD, 45],
    [AnnualRating.COMPLETED, 40],
    [AnnualRating.NOT_COMPLETED, 15],
  ]),
};

export const FIRST_RATED_YEAR = 2022;

/** A rating for each year 2022–2025 the person worked at least half of (leavers stop at 2024). */
export function generateEvaluations(rng: Random, cadres: readonly CadreSeed[]): EvaluationSeed[] {
  const out: EvaluationSeed[] = [];
  cadres.forEach((cadre, index) => {
    const started = cadre.startDate;
    const first = Math.max(FIRST_RATED_YEAR, yearOf(started) + (started.slice(5) > '06-30' ? 1 : 0));
    const last = cadre.status === CadreStatus.WORKING ? AS_OF_YEAR : AS_OF_YEAR - 1;
    for (let year = first; year <= last; year += 1) {
      const rating = RATINGS[cadre.quality].pick(rng);
      out.push({
        cadre: index,
        year,
        rating,
        note:
          rating === AnnualRating.NOT_COMPLETED
            ? rng.pick(['Không hoàn thành chỉ tiêu, nhiệm vụ được giao', 'Vi phạm kỷ luật lao động'])
            : null,
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Planning

export const PLANNING_TERMS: readonly PlanningTermSeed[] = [
  { name: '2020–2025', startYear: 2020, endYear: 2025 },
  { name: '2025–2030', startYear: 2025, endYear: 2030 },
];

interface TermRule {
  /** Share of all cadres newly planned in this term. */
  share: number;
  addedFrom: string;
  addedTo: string;
  /** Chance an entry was later taken out for some other reason (health, discipline...). */
  otherRemoval: number;
}

const TERM_RULES: readonly TermRule[] = [
  { share: 0.04, addedFrom: '2019-09-01', addedTo: '2023-12-29', otherRemoval: 0.06 },
  { share: 0.045, addedFrom: '2023-03-01', addedTo: '2025-09-30', otherRemoval: 0.015 },
];

/**
 * Whether someone can serve a full term starting in `startYear`: the check used in practice is
 * retirement age minus age at least 60 months. Retirement is about 61–62 for men and 56–60 for
 * women over these terms (Nghị định 135/2020), so the cut-offs are 56 and 51.
 */
function canServeTerm(cadre: CadreSeed, startYear: number): boolean {
  const age = startYear - cadre.birthYear;
  return age <= (cadre.sex === Sex.FEMALE ? 51 : 56) && age >= 27;
}

const POSTS_PER_PERSON = new Weighted([
  [1, 72],
  [2, 20],
  [3, 8],
]);

/**
 * Planning entries for both terms. Candidates are drawn by merit (leaders and strong ratings
 * first); each is planned for 1–3 posts above the one held, never more than three people per
 * post and unit in a term. Entries are removed — keeping date and reason — when the person
 * fails a yearly rating, leaves, or for the other reasons offices give.
 */
export function generatePlanning(
  rng: Random,
  geography: Geography,
  cadres: readonly CadreSeed[],
  evaluations: readonly EvaluationSeed[],
  alreadyPlanned: (term: PlanningTermSeed, unit: UnitSeed, post: PostKey) => number = () => 0,
): PlanningEntrySeed[] {
  const failedYears = new Map<number, number[]>();
  for (const e of evaluations) {
    if (e.rating === AnnualRating.NOT_COMPLETED) failedYears.set(e.cadre, [...(failedYears.get(e.cadre) ?? []), e.year]);
  }
  const keyUnitsOf = keyUnitsByLocality(geography);
  const out: PlanningEntrySeed[] = [];

  PLANNING_TERMS.forEach((term, termIndex) => {
    const rule = TERM_RULES[termIndex];
    const active = new Map<string, number>();
    const target = Math.round(cadres.length * rule.share);
    const eligible = cadres
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => {
        const universityOrAbove =
          c.professionalLevel === ProfessionalLevel.UNIVERSITY ||
          c.professionalLevel === ProfessionalLevel.MASTER ||
          c.professionalLevel === ProfessionalLevel.DOCTOR;
        // Province-level leaders are planned by the centre, not by this office.
        const provinceLeader = c.post !== null && POSTS[c.post].level === PositionLevel.PROVINCE;
        return (
          !provinceLeader &&
          universityOrAbove &&
          c.partyJoinedAt !== null &&
          c.partyJoinedAt < rule.addedTo &&
          c.startDate < rule.addedFrom &&
          canServeTerm(c, term.startYear)
        );
      });
    // Weighted sampling without replacement (exponential keys): deterministic and O(n log n).
    const ranked = eligible
      .map(({ c, i }) => {
        const weight = (c.role === 'deputy' ? 5 : c.role === 'head' ? 3 : 1) * (c.quality === 'star' ? 3 : c.quality === 'weak' ? 0.3 : 1);
        return { c, i, key: -Math.log(1 - rng.next()) / weight };
      })
      .sort((a, b) => a.key - b.key || a.i - b.i);

    let planned = 0;
    for (const { c, i } of ranked) {
      if (planned >= target) break;
      const slots = slotsFor(rng, geography, keyUnitsOf, c);
      const wanted = POSTS_PER_PERSON.pick(rng);
      const chosen: { unit: number; post: PostKey }[] = [];
      for (const slot of slots) {
        if (chosen.length >= Math.min(wanted, MAX_POSTS_PER_PERSON)) break;
        const key = `${slot.unit}|${slot.post}`;
        if (!active.has(key)) active.set(key, alreadyPlanned(term, geography.units[slot.unit], slot.post));
        if ((active.get(key) ?? 0) >= MAX_PLANNED_PER_POST || chosen.some((s) => `${s.unit}|${s.post}` === key)) continue;
        chosen.push(slot);
      }
      if (chosen.length === 0) continue;
      planned += 1;
      const addedAt = randomWorkday(rng, rule.addedFrom, rule.addedTo);
      const decision = `${rng.int(100, 2999)}-QĐ/TU`;
      const removal = removalFor(rng, c, addedAt, term.endYear, rule, failedYears.get(i) ?? []);
      for (const slot of chosen) {
        if (!removal) {
          const key = `${slot.unit}|${slot.post}`;
          active.set(key, (active.get(key) ?? 0) + 1);
        }
        out.push({
          term: termIndex,
          cadre: i,
          unit: slot.unit,
          post: slot.post,
          addedAt,
          decisionNumber: decision,
          removedAt: removal?.at ?? null,
          removalReason: removal?.reason ?? null,
          removalNote: removal?.note ?? null,
        });
      }
    }
  });
  return out;
}

/** The leading units of each locality (party committee, people's council and committee, front). */
function keyUnitsByLocality(geography: Geography): Map<number, number[]> {
  const keyKinds = new Set<UnitKind>([
    UnitKind.PARTY_COMMITTEE,
    UnitKind.PEOPLES_COUNCIL,
    UnitKind.PEOPLES_COMMITTEE,
    UnitKind.FATHERLAND_FRONT,
  ]);
  const map = new Map<number, number[]>();
  geography.units.forEach((u, i) => {
    if (keyKinds.has(u.kind)) map.set(u.locality, [...(map.get(u.locality) ?? []), i]);
  });
  return map;
}

/** Posts a person can be planned for, most natural first: the next step up, then the locality's key deputy posts. */
function slotsFor(
  rng: Random,
  geography: Geography,
  keyUnitsOf: Map<number, number[]>,
  cadre: CadreSeed,
): { unit: number; post: PostKey }[] {
  const unit = geography.units[cadre.unit];
  const slots: { unit: number; post: PostKey }[] = [];
  if (cadre.role === 'staff') {
    slots.push({ unit: cadre.unit, post: unit.deputyPost });
    if (AS_OF_YEAR - cadre.birthYear >= 35) slots.push({ unit: cadre.unit, post: unit.headPost });
  } else if (cadre.role === 'deputy') {
    slots.push({ unit: cadre.unit, post: unit.headPost });
  }
  if (cadre.role === 'head' && unit.parent !== null) {
    // The head of a phòng or sở is the natural source for the deputy posts above it.
    slots.push({ unit: unit.parent, post: geography.units[unit.parent].deputyPost });
  }
  const keyUnits = rng.shuffle([...(keyUnitsOf.get(unit.locality) ?? [])]).filter((u) => u !== cadre.unit);
  for (const k of keyUnits) {
    const key = geography.units[k];
    slots.push({ unit: k, post: cadre.role === 'head' ? key.headPost : key.deputyPost });
  }
  // Planning is always for a post above the one held.
  const held = cadre.post;
  return held === null ? slots : slots.filter((slot) => isAbove(slot.post, held));
}

const LEVEL_RANK: Record<PositionLevel, number> = {
  [PositionLevel.PROVINCE]: 4,
  [PositionLevel.PROVINCIAL_DEPARTMENT]: 3,
  [PositionLevel.DISTRICT]: 2,
  [PositionLevel.COMMUNE]: 2,
  [PositionLevel.DIVISION]: 1,
};

function isAbove(post: PostKey, held: PostKey): boolean {
  const a = POSTS[post];
  const b = POSTS[held];
  return a.level === b.level ? a.seniority < b.seniority : LEVEL_RANK[a.level] > LEVEL_RANK[b.level];
}

interface Removal {
  at: string;
  reason: PlanningRemovalReason;
  note: string | null;
}

function removalFor(
  rng: Random,
  cadre: CadreSeed,
  addedAt: string,
  termEndYear: number,
  rule: TermRule,
  failedYears: readonly number[],
): Removal | null {
  const failed = failedYears.find((y) => y >= yearOf(addedAt) && y + 1 <= Math.min(termEndYear, AS_OF_YEAR + 1));
  if (failed !== undefined) {
    const at = randomWorkday(rng, isoDate(failed + 1, 1, 10), isoDate(failed + 1, 3, 31));
    if (at <= AS_OF) return { at, reason: PlanningRemovalReason.RATING, note: `Xếp loại không hoàn thành nhiệm vụ năm ${failed}` };
  }
  if (termEndYear > AS_OF_YEAR && cadre.status === CadreStatus.RETIRED) {
    return {
      at: randomWorkday(rng, '2025-07-01', '2025-10-31'),
      reason: PlanningRemovalReason.OTHER,
      note: 'Nghỉ hưu trước tuổi theo Nghị định 178/2024/NĐ-CP',
    };
  }
  if (termEndYear > AS_OF_YEAR && cadre.status === CadreStatus.TRANSFERRED) {
    return {
      at: randomWorkday(rng, '2025-08-01', '2025-12-15'),
      reason: PlanningRemovalReason.TRANSFER,
      note: 'Chuyển công tác ra ngoài tỉnh',
    };
  }
  if (rng.chance(rule.otherRemoval)) {
    const reason = new Weighted([
      [PlanningRemovalReason.HEALTH, 30],
      [PlanningRemovalReason.DISCIPLINE, 30],
      [PlanningRemovalReason.AGE, 15],
      [PlanningRemovalReason.OTHER, 25],
    ]).pick(rng);
    const notes: Record<PlanningRemovalReason, string | null> = {
      [PlanningRemovalReason.HEALTH]: 'Không đủ sức khỏe để công tác',
      [PlanningRemovalReason.DISCIPLINE]: 'Bị kỷ luật khiển trách',
      [PlanningRemovalReason.AGE]: 'Không đủ tuổi tái cử, bổ nhiệm',
      [PlanningRemovalReason.OTHER]: 'Không còn đáp ứng tiêu chuẩn, điều kiện theo rà soát hằng năm',
      [PlanningRemovalReason.RATING]: null,
      [PlanningRemovalReason.TRANSFER]: null,
    };
    const last = minIso(AS_OF, `${Math.min(termEndYear, AS_OF_YEAR)}-12-15`);
    const from = addMonths(addedAt, 6);
    if (from < last) return { at: randomDay(rng, from, last), reason, note: notes[reason] };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Rotations

export const ROTATION_SHARE = 0.02;

const KINDS = new Weighted([
  [RotationKind.ROTATION, 60],
  [RotationKind.TRANSFER, 28],
  [RotationKind.SECONDMENT, 12],
]);

/**
 * About 2% of cadres rotated, chosen from those in planning. Commune units exist only since
 * 1 July 2025, so rotations to or from them start after that — as happened when provinces
 * sent staff to the new communes; rotations between provincial sectors go back to 2021.
 * An ongoing rotation ends at the cadre's current unit; a finished one started there.
 */
export function generateRotations(
  rng: Random,
  geography: Geography,
  cadres: readonly CadreSeed[],
  planning: readonly PlanningEntrySeed[],
): RotationSeed[] {
  const target = Math.round(cadres.length * ROTATION_SHARE);
  const planned = [...new Set(planning.map((p) => p.cadre))].sort((a, b) => a - b);
  const pool = rng.shuffle(planned.filter((i) => isRotatable(cadres[i])));
  if (pool.length < target) {
    const inPool = new Set(pool);
    const leaders = cadres.map((c, i) => ({ c, i })).filter(({ c, i }) => !inPool.has(i) && c.role !== 'staff' && isRotatable(c));
    pool.push(...rng.shuffle(leaders.map(({ i }) => i)));
  }

  const provincial = geography.units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.scope === 'province' && u.kind === UnitKind.DEPARTMENT)
    .map(({ i }) => i);
  const communeKey = geography.units
    .map((u, i) => ({ u, i }))
    .filter(
      ({ u }) =>
        u.scope === 'commune' &&
        (u.kind === UnitKind.PARTY_COMMITTEE ||
          u.kind === UnitKind.PEOPLES_COMMITTEE ||
          u.kind === UnitKind.FATHERLAND_FRONT ||
          u.kind === UnitKind.DEPARTMENT),
    )
    .map(({ i }) => i);

  const out: RotationSeed[] = [];
  for (const index of pool) {
    if (out.length >= target) break;
    const cadre = cadres[index];
    const home = geography.units[cadre.unit];
    const kind = KINDS.pick(rng);
    let other: number | undefined;
    if (home.scope === 'province') {
      const toCommune = rng.chance(0.6);
      other = rng.pick(toCommune ? communeKey : provincial.filter((u) => u !== cadre.unit));
    } else {
      const elsewhere = communeKey.filter((u) => geography.units[u].locality !== home.locality);
      other = rng.chance(0.35) || elsewhere.length === 0 ? rng.pick(provincial) : rng.pick(elsewhere);
    }
    if (other === undefined) continue;
    const otherUnit = geography.units[other];
    const touchesCommune = home.scope === 'commune' || otherUnit.scope === 'commune';
    const startDate = touchesCommune ? randomWorkday(rng, REFORM_DAY, '2025-11-28') : randomWorkday(rng, '2021-03-01', '2025-11-28');
    const months = kind === RotationKind.ROTATION ? 36 : kind === RotationKind.SECONDMENT ? rng.int(12, 24) : 0;
    const plannedEnd = months > 0 ? addMonths(startDate, months) : null;
    const finished = plannedEnd !== null && plannedEnd <= AS_OF;
    // Finished: went from home and came back. Ongoing or a permanent transfer: now works at home.
    const fromUnit = finished ? cadre.unit : other;
    const toUnit = finished ? other : cadre.unit;
    out.push({
      cadre: index,
      fromUnit,
      toUnit,
      kind,
      direction: directionOf(geography.units[fromUnit], geography.units[toUnit]),
      startDate,
      endDate: finished ? plannedEnd : null,
      decisionNumber: decisionNumber(rng, geography.units[toUnit]),
      note:
        kind === RotationKind.ROTATION
          ? 'Luân chuyển theo Quy định 65-QĐ/TW'
          : kind === RotationKind.SECONDMENT && touchesCommune
            ? 'Biệt phái hỗ trợ xã sau sắp xếp đơn vị hành chính'
            : null,
    });
  }
  return out;
}

function isRotatable(cadre: CadreSeed): boolean {
  return cadre.status === CadreStatus.WORKING && AS_OF_YEAR - cadre.birthYear <= 52 && yearOf(cadre.startDate) <= 2022;
}

function directionOf(from: UnitSeed, to: UnitSeed): RotationDirection {
  if (from.scope === 'province' && to.scope === 'commune') return RotationDirection.TO_COMMUNE;
  if (from.scope === 'commune' && to.scope === 'province') return RotationDirection.FROM_COMMUNE;
  if (from.scope === 'commune' && to.scope === 'commune') return RotationDirection.BETWEEN_COMMUNES;
  return RotationDirection.SECTOR_TO_SECTOR;
}
