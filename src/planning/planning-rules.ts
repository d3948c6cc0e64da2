import {
  annualRatingCodeList,
  AnnualRating,
  DisciplineForm,
  disciplineFormCodeList,
  disciplineFormRank,
  PlanningRemovalReason,
  PositionLevel,
  positionLevelCodeList,
} from '../common/code-lists';
import type { FieldProblem } from '../common/errors/errors';
import { yearOf } from '../common/dates';
import { ageText, type BirthFacts, RETIREMENT_DECREE, retirementOf, vietnameseDate, wholeMonthsBetween } from './retirement';

/**
 * The rules of Quy định 50-QĐ/TW on planning (quy hoạch), as pure functions over plain facts:
 * the service gathers the facts with a few queries and these decide. Nothing here reads a
 * database, so the tests feed them literal data.
 */
export const RULE = 'Quy định 50';
export const MAX_PEOPLE_PER_POST = 3;
export const MAX_POSTS_PER_LEVEL = 3;
/** One full term: the planned must be able to serve it before retirement. */
export const FULL_TERM_MONTHS = 60;
/** Khiển trách or above takes a cadre out of planning (every form of DisciplineForm is). */
export const DISQUALIFYING_DISCIPLINE = DisciplineForm.REPRIMAND;

/** Levels rank in the order the code list declares them, highest first (the order position lists sort by). */
export function positionLevelRank(level: PositionLevel): number {
  return Object.values(PositionLevel).indexOf(level);
}

export interface PostRank {
  level: PositionLevel;
  /** 1 is the most senior within the level. */
  seniority: number;
}

/** A post is higher than another when its level is higher, or at the same level when it is more senior. */
export function isHigherPost(post: PostRank, than: PostRank): boolean {
  const a = positionLevelRank(post.level);
  const b = positionLevelRank(than.level);
  return a < b || (a === b && post.seniority < than.seniority);
}

export interface PostFacts extends PostRank {
  positionId: number;
  positionName: string;
  unitId: number;
  unitName: string;
}

export interface TermFacts {
  name: string;
  startYear: number;
}

/** A planning entry as it would be after the change. */
export interface PlanningCandidate {
  cadre: BirthFacts & { id: number; fullName: string };
  post: PostFacts;
  term: TermFacts;
  addedAt: string;
}

/** What the rules need to know about everyone else. */
export interface PlanningContext {
  /** Other active entries of the term for the same post in the same unit, with the planned cadre. */
  samePost: { cadreId: number; fullName: string }[];
  /** The cadre's other active entries in the term. */
  cadreEntries: PostFacts[];
  /** Leadership posts the cadre holds on the day the entry is added. */
  heldPosts: (PostRank & { positionName: string })[];
}

const postText = (post: { positionName: string; level: PositionLevel }) =>
  `${post.positionName} (${positionLevelCodeList.label(post.level).toLowerCase()})`;

/**
 * The day from which the full term is counted: the term's start (1 January of its first year)
 * or the day the cadre is added, whichever is later. Planning made before the term (the usual
 * case) is judged from the term's start; someone added during the term must still have a full
 * term ahead of them from the day they are added.
 */
export function fullTermReference(term: TermFacts, date: string): string {
  const termStart = `${String(term.startYear).padStart(4, '0')}-01-01`;
  return date > termStart ? date : termStart;
}

/** Months of service left before retirement from `reference`, and the retirement facts. */
export function serviceLeft(cadre: BirthFacts, reference: string): { months: number; retirementDate: string; ageMonths: number } {
  const retirement = retirementOf(cadre);
  return { months: wholeMonthsBetween(reference, retirement.date), retirementDate: retirement.date, ageMonths: retirement.ageMonths };
}

function ageMessage(cadre: PlanningCandidate['cadre'], reference: string): string | undefined {
  const left = serviceLeft(cadre, reference);
  if (left.months >= FULL_TERM_MONTHS) return undefined;
  const when = left.months < 0 ? 'đã quá tuổi nghỉ hưu' : `chỉ còn ${left.months} tháng`;
  return (
    `${RULE}: phải còn đủ thời gian công tác ít nhất trọn một nhiệm kỳ (${FULL_TERM_MONTHS} tháng) trước tuổi nghỉ hưu; ` +
    `${cadre.fullName} nghỉ hưu ngày ${vietnameseDate(left.retirementDate)} (${ageText(left.ageMonths)} theo ${RETIREMENT_DECREE}` +
    `${cadre.birthDate ? '' : ', chỉ biết năm sinh nên tính từ tháng 1'}), ${when} tính từ ${vietnameseDate(reference)}`
  );
}

/** Every Quy định 50 breach of a planning entry that is (or becomes) active; empty when it may stand. */
export function planningRuleProblems(candidate: PlanningCandidate, context: PlanningContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { cadre, post } = candidate;

  const others = new Map<number, string>();
  for (const entry of context.samePost) if (entry.cadreId !== cadre.id) others.set(entry.cadreId, entry.fullName);
  if (others.size >= MAX_PEOPLE_PER_POST) {
    problems.push({
      field: 'input.positionId',
      message:
        `${RULE}: mỗi chức danh trong một đơn vị chỉ quy hoạch tối đa ${MAX_PEOPLE_PER_POST} người ` +
        `(${postText(post)} tại ${post.unitName}, nhiệm kỳ ${candidate.term.name} đã có ${others.size}: ${[...others.values()].join(', ')})`,
    });
  }

  const sameLevel = new Map<string, PostFacts>();
  for (const entry of context.cadreEntries) {
    const key = `${entry.unitId}|${entry.positionId}`;
    if (entry.level === post.level && key !== `${post.unitId}|${post.positionId}`) sameLevel.set(key, entry);
  }
  if (sameLevel.size >= MAX_POSTS_PER_LEVEL) {
    const list = [...sameLevel.values()].map((e) => `${e.positionName} – ${e.unitName}`).join('; ');
    problems.push({
      field: 'input.positionId',
      message:
        `${RULE}: mỗi người chỉ quy hoạch tối đa ${MAX_POSTS_PER_LEVEL} chức danh cùng cấp trong một nhiệm kỳ ` +
        `(${cadre.fullName} đã được quy hoạch ${sameLevel.size} chức danh ${positionLevelCodeList.label(post.level).toLowerCase()}: ${list})`,
    });
  }

  const held = highestPost(context.heldPosts);
  if (held && !isHigherPost(post, held)) {
    problems.push({
      field: 'input.positionId',
      message:
        `${RULE}: chỉ quy hoạch vào chức danh cao hơn chức danh đang giữ ` + `(đang giữ: ${postText(held)}; quy hoạch: ${postText(post)})`,
    });
  }

  const age = ageMessage(cadre, fullTermReference(candidate.term, candidate.addedAt));
  if (age) problems.push({ field: 'input.cadreId', message: age });
  return problems;
}

/** The most senior of several posts held at once (kiêm nhiệm), or undefined for none. */
export function highestPost<T extends PostRank>(posts: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const post of posts) if (!best || isHigherPost(post, best)) best = post;
  return best;
}

// ---------------------------------------------------------------------------------------------
// The annual review ("động và mở")

export interface ReviewFacts {
  cadre: BirthFacts & { fullName: string };
  term: TermFacts;
  addedAt: string;
  /** Annual ratings of the cadre (any years; the review picks the ones that count). */
  ratings: { year: number; rating: AnnualRating }[];
  disciplines: { decidedAt: string; form: DisciplineForm; decisionNumber?: string | null }[];
}

export interface ReviewOptions {
  asOf: string;
  /** Years before the review's year whose ratings and disciplines count, besides those since the entry was added. */
  lookbackYears: number;
}

export interface ReviewFinding {
  reason: PlanningRemovalReason;
  message: string;
}

/**
 * Why an active entry should be removed at a review on `asOf`, if at all:
 * - age: from `asOf` (or the term's start, if later) the cadre can no longer serve a full term;
 * - rating: "không hoàn thành nhiệm vụ" for a year since the entry was added, or within the
 *   lookback (the review's year and the `lookbackYears` before it), up to the review's year;
 * - discipline: khiển trách or above decided since the entry was added or within the lookback,
 *   up to `asOf`.
 * A failing that predates the entry by more than the lookback is assumed weighed when it was made.
 */
export function reviewFindings(facts: ReviewFacts, options: ReviewOptions): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const reference = fullTermReference(facts.term, options.asOf);
  const left = serviceLeft(facts.cadre, reference);
  if (left.months < FULL_TERM_MONTHS) {
    findings.push({
      reason: PlanningRemovalReason.AGE,
      message:
        `Không còn đủ tuổi công tác trọn một nhiệm kỳ (${FULL_TERM_MONTHS} tháng): nghỉ hưu ngày ${vietnameseDate(left.retirementDate)} ` +
        `(${ageText(left.ageMonths)}), ${left.months < 0 ? 'đã quá tuổi' : `còn ${left.months} tháng`} tính từ ${vietnameseDate(reference)}`,
    });
  }

  const reviewYear = yearOf(options.asOf);
  const fromYear = Math.min(yearOf(facts.addedAt), reviewYear - options.lookbackYears);
  const failed = facts.ratings
    .filter((r) => r.rating === AnnualRating.NOT_COMPLETED && r.year >= fromYear && r.year <= reviewYear)
    .map((r) => r.year)
    .sort((a, b) => a - b);
  if (failed.length > 0) {
    findings.push({
      reason: PlanningRemovalReason.RATING,
      message: `Xếp loại "${annualRatingCodeList.label(AnnualRating.NOT_COMPLETED)}" năm ${failed.join(', ')}`,
    });
  }

  const lookbackStart = `${String(reviewYear - options.lookbackYears).padStart(4, '0')}-01-01`;
  const fromDate = facts.addedAt < lookbackStart ? facts.addedAt : lookbackStart;
  const disciplined = facts.disciplines
    .filter(
      (d) =>
        disciplineFormRank(d.form) >= disciplineFormRank(DISQUALIFYING_DISCIPLINE) &&
        d.decidedAt >= fromDate &&
        d.decidedAt <= options.asOf,
    )
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  if (disciplined.length > 0) {
    const list = disciplined
      .map(
        (d) =>
          `${disciplineFormCodeList.label(d.form)} ngày ${vietnameseDate(d.decidedAt)}${d.decisionNumber ? ` (${d.decisionNumber})` : ''}`,
      )
      .join('; ');
    findings.push({ reason: PlanningRemovalReason.DISCIPLINE, message: `Bị kỷ luật từ khiển trách trở lên: ${list}` });
  }
  return findings;
}
