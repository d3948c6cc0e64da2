import { AnnualRating, DisciplineForm, PlanningRemovalReason, PositionLevel, Sex } from '../../src/common/code-lists';
import {
  fullTermReference,
  highestPost,
  isHigherPost,
  type PlanningCandidate,
  type PlanningContext,
  planningRuleProblems,
  type PostFacts,
  type ReviewFacts,
  reviewFindings,
} from '../../src/planning/planning-rules';

// Pure: the Quy định 50 rules decide from literal facts; no database.

const term = { name: '2025–2030', startYear: 2025 };
const post = (positionId: number, positionName: string, level: PositionLevel, seniority: number, unitId = 1): PostFacts => ({
  positionId,
  positionName,
  level,
  seniority,
  unitId,
  unitName: unitId === 1 ? 'UBND huyện Bảo Thắng' : `Đơn vị ${unitId}`,
});
const chairman = post(1, 'Chủ tịch UBND huyện', PositionLevel.DISTRICT, 2);
const viceChairman = post(2, 'Phó Chủ tịch UBND huyện', PositionLevel.DISTRICT, 3);
const secretary = post(3, 'Bí thư Huyện ủy', PositionLevel.DISTRICT, 1, 2);
const deputySecretary = post(4, 'Phó Bí thư Huyện ủy', PositionLevel.DISTRICT, 2, 2);
const headOfDivision = post(5, 'Trưởng phòng Nội vụ', PositionLevel.DIVISION, 1);
const provincialViceChairman = post(6, 'Phó Chủ tịch UBND tỉnh', PositionLevel.PROVINCE, 3, 9);

const young = { id: 10, fullName: 'Nguyễn Văn An', sex: Sex.MALE, birthDate: '1985-04-12', birthYear: 1985 };
const candidate = (over: Partial<PlanningCandidate> = {}): PlanningCandidate => ({
  cadre: young,
  post: chairman,
  term,
  addedAt: '2024-10-01',
  ...over,
});
const noOne: PlanningContext = { samePost: [], cadreEntries: [], heldPosts: [] };

describe('Quy định 50 on a planning entry', () => {
  it('lets a young cadre with no post be planned for any post', () => {
    expect(planningRuleProblems(candidate(), noOne)).toEqual([]);
    expect(planningRuleProblems(candidate({ post: provincialViceChairman }), noOne)).toEqual([]);
  });

  it('refuses a fourth person for one post in one unit, naming the rule and the three planned', () => {
    const samePost = [
      { cadreId: 1, fullName: 'Lò Văn Bình' },
      { cadreId: 2, fullName: 'Trần Thị Cúc' },
      { cadreId: 3, fullName: 'Giàng A Dũng' },
    ];
    expect(planningRuleProblems(candidate(), { ...noOne, samePost: samePost.slice(0, 2) })).toEqual([]);
    const [problem, ...rest] = planningRuleProblems(candidate(), { ...noOne, samePost });
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      field: 'input.positionId',
      message:
        'Quy định 50: mỗi chức danh trong một đơn vị chỉ quy hoạch tối đa 3 người (Chủ tịch UBND huyện (cấp huyện) tại UBND huyện ' +
        'Bảo Thắng, nhiệm kỳ 2025–2030 đã có 3: Lò Văn Bình, Trần Thị Cúc, Giàng A Dũng)',
    });
  });

  it('counts people, not entries, and never the cadre being planned', () => {
    const samePost = [
      { cadreId: 1, fullName: 'Lò Văn Bình' },
      { cadreId: 2, fullName: 'Trần Thị Cúc' },
      { cadreId: young.id, fullName: young.fullName },
      { cadreId: 2, fullName: 'Trần Thị Cúc' },
    ];
    expect(planningRuleProblems(candidate(), { ...noOne, samePost })).toEqual([]);
  });

  it('refuses a fourth post of the same level for one person in a term, but not a post of another level', () => {
    const cadreEntries = [viceChairman, secretary, deputySecretary];
    const problems = planningRuleProblems(candidate(), { ...noOne, cadreEntries });
    expect(problems).toEqual([
      {
        field: 'input.positionId',
        message:
          'Quy định 50: mỗi người chỉ quy hoạch tối đa 3 chức danh cùng cấp trong một nhiệm kỳ (Nguyễn Văn An đã được quy hoạch 3 chức danh ' +
          'cấp huyện: Phó Chủ tịch UBND huyện – UBND huyện Bảo Thắng; Bí thư Huyện ủy – Đơn vị 2; Phó Bí thư Huyện ủy – Đơn vị 2)',
      },
    ]);
    expect(planningRuleProblems(candidate({ post: headOfDivision }), { ...noOne, cadreEntries })).toEqual([]);
    // The same post in another unit is another post.
    expect(planningRuleProblems(candidate(), { ...noOne, cadreEntries: [viceChairman, secretary] })).toEqual([]);
  });

  it('plans only for a post above the one held: more senior at the same level, or a higher level', () => {
    const holding = (p: PostFacts) => ({ ...noOne, heldPosts: [{ positionName: p.positionName, level: p.level, seniority: p.seniority }] });
    expect(planningRuleProblems(candidate({ post: chairman }), holding(viceChairman))).toEqual([]);
    expect(planningRuleProblems(candidate({ post: provincialViceChairman }), holding(chairman))).toEqual([]);
    expect(planningRuleProblems(candidate({ post: viceChairman }), holding(viceChairman))).toEqual([
      {
        field: 'input.positionId',
        message:
          'Quy định 50: chỉ quy hoạch vào chức danh cao hơn chức danh đang giữ (đang giữ: Phó Chủ tịch UBND huyện (cấp huyện); ' +
          'quy hoạch: Phó Chủ tịch UBND huyện (cấp huyện))',
      },
    ]);
    // A lower level is lower whatever its seniority.
    expect(planningRuleProblems(candidate({ post: headOfDivision }), holding(viceChairman))).toHaveLength(1);
  });

  it('judges against the most senior of the posts held at once (kiêm nhiệm)', () => {
    const held = [
      { positionName: 'Trưởng phòng Nội vụ', level: PositionLevel.DIVISION, seniority: 1 },
      { positionName: 'Chủ tịch UBND huyện', level: PositionLevel.DISTRICT, seniority: 2 },
    ];
    expect(highestPost(held)?.positionName).toBe('Chủ tịch UBND huyện');
    expect(planningRuleProblems(candidate({ post: viceChairman }), { ...noOne, heldPosts: held })).toHaveLength(1);
    expect(planningRuleProblems(candidate({ post: secretary }), { ...noOne, heldPosts: held })).toEqual([]);
    expect(isHigherPost(secretary, chairman)).toBe(true);
    expect(isHigherPost(chairman, chairman)).toBe(false);
  });

  describe('one full term before retirement (60 months), from the term’s start or the day added, whichever is later', () => {
    const man = (birthDate: string | null, birthYear = Number(birthDate?.slice(0, 4))) => ({
      id: 20,
      fullName: 'Phạm Văn Ba',
      sex: Sex.MALE,
      birthDate,
      birthYear,
    });

    it('counts from 1 January of the first year when planned before the term, from the day added during it', () => {
      expect(fullTermReference(term, '2024-11-01')).toBe('2025-01-01');
      expect(fullTermReference(term, '2025-08-01')).toBe('2025-08-01');
    });

    it('accepts a man retiring at the end of 1/2030 (exactly 60 months) and refuses one retiring at the end of 12/2029', () => {
      expect(planningRuleProblems(candidate({ cadre: man('1968-01-15') }), noOne)).toEqual([]);
      expect(planningRuleProblems(candidate({ cadre: man('1967-12-20') }), noOne)).toEqual([
        {
          field: 'input.cadreId',
          message:
            'Quy định 50: phải còn đủ thời gian công tác ít nhất trọn một nhiệm kỳ (60 tháng) trước tuổi nghỉ hưu; Phạm Văn Ba nghỉ hưu ' +
            'ngày 31/12/2029 (62 tuổi theo Nghị định 135/2020/NĐ-CP), chỉ còn 59 tháng tính từ 01/01/2025',
        },
      ]);
    });

    it('refuses someone added during the term who would have passed if planned before it', () => {
      const cadre = man('1968-06-10'); // retires 30/06/2030
      expect(planningRuleProblems(candidate({ cadre, addedAt: '2024-11-01' }), noOne)).toEqual([]);
      const [problem] = planningRuleProblems(candidate({ cadre, addedAt: '2025-08-01' }), noOne);
      expect(problem?.message).toContain('chỉ còn 58 tháng tính từ 01/08/2025');
    });

    it('counts a birth year alone from January and says so', () => {
      const [problem] = planningRuleProblems(candidate({ cadre: man(null, 1967) }), noOne);
      expect(problem?.message).toContain(
        'nghỉ hưu ngày 31/01/2029 (62 tuổi theo Nghị định 135/2020/NĐ-CP, chỉ biết năm sinh nên tính từ tháng 1)',
      );
    });

    it('says "đã quá tuổi nghỉ hưu" for someone already past it', () => {
      const [problem] = planningRuleProblems(candidate({ cadre: man('1960-03-01') }), noOne);
      expect(problem?.message).toContain('đã quá tuổi nghỉ hưu tính từ 01/01/2025');
    });
  });

  it('reports every breach at once', () => {
    const problems = planningRuleProblems(
      candidate({ cadre: { ...young, birthDate: '1962-01-01', birthYear: 1962 }, post: viceChairman }),
      {
        samePost: [1, 2, 3].map((cadreId) => ({ cadreId, fullName: `Người ${cadreId}` })),
        cadreEntries: [chairman, secretary, deputySecretary],
        heldPosts: [{ positionName: 'Chủ tịch UBND huyện', level: PositionLevel.DISTRICT, seniority: 2 }],
      },
    );
    expect(problems.map((p) => p.field)).toEqual(['input.positionId', 'input.positionId', 'input.positionId', 'input.cadreId']);
    for (const p of problems) expect(p.message).toMatch(/^Quy định 50: /);
  });
});

describe('the annual review', () => {
  const facts = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({
    cadre: young,
    term,
    addedAt: '2024-10-01',
    ratings: [],
    disciplines: [],
    ...over,
  });
  const review = (f: ReviewFacts, asOf = '2026-03-01', lookbackYears = 1) => reviewFindings(f, { asOf, lookbackYears });

  it('finds nothing against a young cadre with good ratings and no discipline', () => {
    expect(review(facts({ ratings: [{ year: 2025, rating: AnnualRating.GOOD }] }))).toEqual([]);
  });

  it('flags age once a full term no longer fits from the review day', () => {
    // Retires 31/03/2030: 62 months from the term's start (planned then), 48 from the review.
    const cadre = { ...young, birthDate: '1968-03-10', birthYear: 1968 };
    expect(review(facts({ cadre }), '2024-12-01')).toEqual([]);
    expect(review(facts({ cadre }))).toEqual([
      {
        reason: PlanningRemovalReason.AGE,
        message:
          'Không còn đủ tuổi công tác trọn một nhiệm kỳ (60 tháng): nghỉ hưu ngày 31/03/2030 (62 tuổi), còn 48 tháng tính từ 01/03/2026',
      },
    ]);
  });

  it('flags "không hoàn thành nhiệm vụ" in the lookback or since the entry was added, not one weighed before it', () => {
    const rated = (year: number) => [{ year, rating: AnnualRating.NOT_COMPLETED }];
    expect(review(facts({ ratings: rated(2025) }))).toEqual([
      { reason: PlanningRemovalReason.RATING, message: 'Xếp loại "Không hoàn thành nhiệm vụ" năm 2025' },
    ]);
    expect(review(facts({ addedAt: '2022-05-01', ratings: rated(2023) }))).toHaveLength(1);
    expect(review(facts({ addedAt: '2024-10-01', ratings: rated(2019) }))).toEqual([]);
    expect(review(facts({ ratings: rated(2023) }), '2026-03-01', 3)).toHaveLength(1);
    // A rating for a year after the review is not yet the review's business.
    expect(review(facts({ ratings: rated(2027) }))).toEqual([]);
  });

  it('flags a discipline of khiển trách or above decided since the entry was added or in the lookback', () => {
    const findings = review(
      facts({
        disciplines: [
          { decidedAt: '2026-02-10', form: DisciplineForm.REPRIMAND, decisionNumber: '12-QĐ/UBKT' },
          { decidedAt: '2018-06-01', form: DisciplineForm.WARNING },
          { decidedAt: '2026-05-01', form: DisciplineForm.DISMISSAL },
        ],
      }),
    );
    expect(findings).toEqual([
      { reason: PlanningRemovalReason.DISCIPLINE, message: 'Bị kỷ luật từ khiển trách trở lên: Khiển trách ngày 10/02/2026 (12-QĐ/UBKT)' },
    ]);
  });

  it('lists every reason that applies', () => {
    const findings = review(
      facts({
        cadre: { ...young, birthDate: '1966-01-01', birthYear: 1966 },
        ratings: [{ year: 2025, rating: AnnualRating.NOT_COMPLETED }],
        disciplines: [{ decidedAt: '2025-07-01', form: DisciplineForm.WARNING }],
      }),
    );
    expect(findings.map((f) => f.reason)).toEqual([
      PlanningRemovalReason.AGE,
      PlanningRemovalReason.RATING,
      PlanningRemovalReason.DISCIPLINE,
    ]);
  });
});
