import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** Học hàm */
export type AcademicTitle =
  /** Phó Giáo sư */
  | 'ASSOCIATE_PROFESSOR'
  /** Giáo sư */
  | 'PROFESSOR';

/** Xếp loại đánh giá */
export type AnnualRating =
  /** Hoàn thành nhiệm vụ */
  | 'COMPLETED'
  /** Hoàn thành xuất sắc nhiệm vụ */
  | 'EXCELLENT'
  /** Hoàn thành tốt nhiệm vụ */
  | 'GOOD'
  /** Không hoàn thành nhiệm vụ */
  | 'NOT_COMPLETED';

/** Chức vụ đảm nhiệm (bổ nhiệm, kiêm nhiệm). */
export type Assignment = Node & {
  __typename?: 'Assignment';
  cadre: Cadre;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Số quyết định. */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  /** Null while the post is held. */
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Held concurrently with a main post (kiêm nhiệm). */
  isConcurrent: Scalars['Boolean']['output'];
  position: Position;
  startDate: Scalars['LocalDate']['output'];
  /** Null when the unit lies outside the scopes you may read. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Assignment records (Relay connection). */
export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  edges: Array<AssignmentEdge>;
  nodes: Array<Assignment>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  cursor: Scalars['String']['output'];
  node: Assignment;
};

export type AssignmentFilter = {
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  /** Held now (no end date: true) or ended (false). */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  /** With unitId: also the units under it. */
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
  /** Concurrent posts (kiêm nhiệm: true) or main posts (false). */
  isConcurrent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leadership and management posts (true) or the others (false). */
  leadership?: InputMaybe<Scalars['Boolean']['input']>;
  /** Posts of these levels. */
  level?: InputMaybe<Array<PositionLevel>>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** Posts in this unit (see includeSubunits). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type AssignmentOrder = {
  direction?: OrderDirection;
  field: AssignmentOrderField;
};

export type AssignmentOrderField =
  | 'CREATED_AT'
  | 'END_DATE'
  | 'SENIORITY'
  | 'START_DATE';

/** One change to one record, or a refused sign-in: readable by admins over the root scope. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** create, update, delete, sign-in-failed. */
  action: Scalars['String']['output'];
  /** The verified identity: a login, an API key name, an OIDC subject; "seed" or "system" for hoso itself. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** The fields written, as stored (personal data: they may hold any field). */
  changes?: Maybe<Scalars['JSONObject']['output']>;
  databaseId: Scalars['Int']['output'];
  /** The record’s databaseId. */
  entityId: Scalars['Int']['output'];
  /** The record type, e.g. Cadre (SignIn for refused sign-ins). */
  entityName: Scalars['String']['output'];
  /** api, sync, seed, cli, test. */
  source: Scalars['String']['output'];
};

/** A page of AuditEntry records (Relay connection). */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditEntryFilter = {
  /** create, update, delete, sign-in-failed. */
  action?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who acted (exact logins or key names). */
  actor?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The changes of one record, by its databaseId (with entityName). */
  entityId?: InputMaybe<Scalars['Int']['input']>;
  /** Record types, e.g. ["Cadre"]. */
  entityName?: InputMaybe<Array<Scalars['String']['input']>>;
  /** From this moment on. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The changes of one record, by its global id. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Before this moment. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type AuditEntryOrder = {
  direction?: OrderDirection;
  field: AuditEntryOrderField;
};

export type AuditEntryOrderField =
  | 'AT';

/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type Cadre = Node & {
  __typename?: 'Cadre';
  academicTitle?: Maybe<AcademicTitle>;
  /** Posts held, now and before (bổ nhiệm, kiêm nhiệm). */
  assignments: AssignmentConnection;
  /** Full birth date; null when only the year is known (personal data). */
  birthDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Birth date as offices write it: "12/03/1985", or "1985" when only the year is known (personal data). */
  birthDateText?: Maybe<Scalars['String']['output']>;
  /** Birth year, always known (old files often hold only the year). */
  birthYear: Scalars['Int']['output'];
  category: CadreCategory;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Disciplinary decisions (kỷ luật). */
  disciplines: DisciplineConnection;
  /** Courses attended (đào tạo, bồi dưỡng). */
  enrollments: EnrollmentConnection;
  /** Dân tộc (sensitive personal data; null without the right). */
  ethnicity?: Maybe<Ethnicity>;
  /** Annual ratings (đánh giá, xếp loại). */
  evaluations: EvaluationConnection;
  /** Ngoại ngữ, e.g. "Tiếng Anh B1". */
  foreignLanguage?: Maybe<Scalars['String']['output']>;
  /** Họ và tên, as the person writes it (NFC). */
  fullName: Scalars['String']['output'];
  /** Trình độ giáo dục phổ thông, e.g. "12/12". */
  generalEducation?: Maybe<Scalars['String']['output']>;
  /** Hạng chức danh nghề nghiệp (viên chức). */
  grade?: Maybe<PublicEmployeeGrade>;
  /** Quê quán (personal data). */
  homeTown?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Số CCCD (12 digits), unique when present (personal data). */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Đảng viên: has a party-joining date. */
  isPartyMember: Scalars['Boolean']['output'];
  /** Tin học, e.g. "Ứng dụng CNTT cơ bản". */
  itSkill?: Maybe<Scalars['String']['output']>;
  /** Vị trí việc làm (2025 civil-servant law). */
  jobPosition?: Maybe<Scalars['String']['output']>;
  /** Chuyên ngành. */
  major?: Maybe<Scalars['String']['output']>;
  /** Whole months from `asOf` (default today) to the retirement date; negative once past. */
  monthsToRetirement: Scalars['Int']['output'];
  /** Ghi chú (personal data). */
  note?: Maybe<Scalars['String']['output']>;
  /** Tên gọi khác. */
  otherName?: Maybe<Scalars['String']['output']>;
  /** Ngày vào Đảng. */
  partyJoinedAt?: Maybe<Scalars['LocalDate']['output']>;
  /** Ngày chính thức. */
  partyOfficialAt?: Maybe<Scalars['LocalDate']['output']>;
  /** Bậc lương. */
  payStep?: Maybe<Scalars['Int']['output']>;
  /** Nơi sinh (personal data). */
  placeOfBirth?: Maybe<Scalars['String']['output']>;
  /** Posts the cadre is or was planned for (quy hoạch). */
  planningEntries: PlanningEntryConnection;
  /** Lý luận chính trị. */
  politicalTheory?: Maybe<PoliticalTheoryLevel>;
  professionalLevel?: Maybe<ProfessionalLevel>;
  /** Qualification changes (chuyên môn, LLCT, QLNN), with their cause. */
  qualificationChanges: QualificationChangeConnection;
  /** Ngạch công chức. */
  rank?: Maybe<CivilServantRank>;
  /** Tôn giáo (sensitive personal data; null without the right). */
  religion?: Maybe<Religion>;
  /** The retirement age that applies and how it was reached. */
  retirement: Retirement;
  /** Retirement date under Nghị định 135/2020/NĐ-CP: the last day of the month the retirement age is reached. With only a birth year, January of that year is assumed (the earliest, so the strictest date). */
  retirementDate: Scalars['LocalDate']['output'];
  /** Rotations, transfers and secondments (luân chuyển, điều động). */
  rotations: RotationConnection;
  sex: Sex;
  /** Số sổ BHXH, unique when present (personal data). */
  socialInsuranceNumber?: Maybe<Scalars['String']['output']>;
  /** Ngày vào cơ quan / bắt đầu công tác. */
  startDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Quản lý nhà nước. */
  stateManagement?: Maybe<StateManagementLevel>;
  status: CadreStatus;
  /** The synced sheets whose row of this record went missing (flagged, kept); empty when none, or when you may not see syncs. */
  syncFlags: Array<SyncFlagInfo>;
  /** Current unit. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadreAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AssignmentOrder>>;
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadreDisciplinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisciplineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DisciplineOrder>>;
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadreEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnrollmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EnrollmentOrder>>;
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadreEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EvaluationOrder>>;
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadreMonthsToRetirementArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadrePlanningEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanningEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PlanningEntryOrder>>;
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadreQualificationChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QualificationChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<QualificationChangeOrder>>;
};


/** Hồ sơ cán bộ, công chức, viên chức (mẫu 2C). */
export type CadreRotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RotationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RotationOrder>>;
};

/** Đối tượng */
export type CadreCategory =
  /** Cán bộ */
  | 'CADRE'
  /** Công chức */
  | 'CIVIL_SERVANT'
  /** Hợp đồng */
  | 'CONTRACT'
  /** Viên chức */
  | 'PUBLIC_EMPLOYEE';

/** A page of Cadre records (Relay connection). */
export type CadreConnection = {
  __typename?: 'CadreConnection';
  edges: Array<CadreEdge>;
  nodes: Array<Cadre>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CadreEdge = {
  __typename?: 'CadreEdge';
  cursor: Scalars['String']['output'];
  node: Cadre;
};

/** Filters a personnel office uses; all given conditions must hold. */
export type CadreFilter = {
  /** Age at `asOf` at most this. */
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  /** Age at `asOf` at least this. */
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  /** Day ages are computed on (default: today). */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Born on or after. */
  bornFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Born on or before. */
  bornTo?: InputMaybe<Scalars['LocalDate']['input']>;
  category?: InputMaybe<Array<CadreCategory>>;
  ethnicity?: InputMaybe<Array<Ethnicity>>;
  /** With unitId: also the units under it. */
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
  /** Đảng viên (true) or not (false). */
  isPartyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Works in a unit of this locality or any locality under it. */
  localityId?: InputMaybe<Scalars['ID']['input']>;
  /** true: ethnic minorities only (not Kinh); false: Kinh only. */
  minority?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains (diacritic- and case-insensitive: "nguyen van an"). */
  name?: InputMaybe<Scalars['String']['input']>;
  politicalTheory?: InputMaybe<Array<PoliticalTheoryLevel>>;
  professionalLevel?: InputMaybe<Array<ProfessionalLevel>>;
  rank?: InputMaybe<Array<CivilServantRank>>;
  sex?: InputMaybe<Array<Sex>>;
  stateManagement?: InputMaybe<Array<StateManagementLevel>>;
  status?: InputMaybe<Array<CadreStatus>>;
  /** true: only records whose row went missing from a synced sheet (flagged, kept, restorable); false: only records no sheet flagged. Counts only the sheets you may see. */
  syncFlagged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Works in this unit (see includeSubunits). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CadreOrder = {
  direction?: OrderDirection;
  field: CadreOrderField;
};

export type CadreOrderField =
  | 'BIRTH_DATE'
  | 'CREATED_AT'
  | 'NAME';

/** Cadres of a scope counted by groups, in the database. */
export type CadreStatistics = {
  __typename?: 'CadreStatistics';
  /** The day ages, posts and party membership were taken on. */
  asOf: Scalars['LocalDate']['output'];
  averageAge?: Maybe<Scalars['Float']['output']>;
  averageAgeText?: Maybe<Scalars['String']['output']>;
  dimensions: Array<StatisticsDimension>;
  /** Groups in the keys’ display order (code-list order, youngest band first; NONE last). Without includeEmpty, only groups with someone in them. */
  groups: Array<StatisticsGroup>;
  scope: StatisticsScopeInfo;
  /** Cadres in the population (each counted once). */
  total: Scalars['Int']['output'];
};

/** Tình trạng */
export type CadreStatus =
  /** Đã từ trần */
  | 'DECEASED'
  /** Đã thôi việc */
  | 'RESIGNED'
  /** Đã nghỉ hưu */
  | 'RETIRED'
  /** Đã chuyển công tác */
  | 'TRANSFERRED'
  /** Đang công tác */
  | 'WORKING';

/** Ngạch công chức */
export type CivilServantRank =
  /** Cán sự */
  | 'OFFICER'
  /** Chuyên viên chính */
  | 'PRINCIPAL_SPECIALIST'
  /** Chuyên viên cao cấp */
  | 'SENIOR_SPECIALIST'
  /** Chuyên viên */
  | 'SPECIALIST'
  /** Nhân viên */
  | 'STAFF';

/** One value of a code list. */
export type CodeListEntryInfo = {
  __typename?: 'CodeListEntryInfo';
  /** Code stored in the database and used in reports, e.g. "08". */
  code: Scalars['String']['output'];
  /** Vietnamese label, e.g. "HMông". */
  label: Scalars['String']['output'];
  /** GraphQL enum value (the enum key), e.g. HMONG. */
  value: Scalars['String']['output'];
  /** Other spellings and abbreviations accepted on input. */
  variants: Array<Scalars['String']['output']>;
};

/** A code list (danh mục): its GraphQL enum and Vietnamese labels. */
export type CodeListInfo = {
  __typename?: 'CodeListInfo';
  entries: Array<CodeListEntryInfo>;
  /** GraphQL enum name, e.g. Ethnicity. */
  name: Scalars['String']['output'];
  /** Vietnamese title, e.g. "Dân tộc". */
  title: Scalars['String']['output'];
};

export type ConflictSide =
  | 'DATABASE'
  | 'SHEET';

export type CreateAssignmentInput = {
  cadreId: Scalars['ID']['input'];
  /** Số quyết định. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  /** Null while the post is held. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Held concurrently with a main post (kiêm nhiệm). */
  isConcurrent?: Scalars['Boolean']['input'];
  positionId: Scalars['ID']['input'];
  startDate: Scalars['LocalDate']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreateCadreInput = {
  academicTitle?: InputMaybe<AcademicTitle>;
  /** Ngày sinh: "1985-03-12", "12/03/1985", or a bare year "1985". */
  birthDate: Scalars['String']['input'];
  category: CadreCategory;
  ethnicity: Ethnicity;
  foreignLanguage?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  /** e.g. "12/12". */
  generalEducation?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<PublicEmployeeGrade>;
  homeTown?: InputMaybe<Scalars['String']['input']>;
  /** Số CCCD: 12 digits. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  itSkill?: InputMaybe<Scalars['String']['input']>;
  jobPosition?: InputMaybe<Scalars['String']['input']>;
  major?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  otherName?: InputMaybe<Scalars['String']['input']>;
  partyJoinedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  partyOfficialAt?: InputMaybe<Scalars['LocalDate']['input']>;
  payStep?: InputMaybe<Scalars['Int']['input']>;
  placeOfBirth?: InputMaybe<Scalars['String']['input']>;
  politicalTheory?: InputMaybe<PoliticalTheoryLevel>;
  professionalLevel?: InputMaybe<ProfessionalLevel>;
  rank?: InputMaybe<CivilServantRank>;
  religion?: InputMaybe<Religion>;
  sex: Sex;
  socialInsuranceNumber?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  stateManagement?: InputMaybe<StateManagementLevel>;
  status?: InputMaybe<CadreStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateDisciplineInput = {
  /** Cơ quan, tổ chức quyết định. */
  authority?: InputMaybe<Scalars['String']['input']>;
  cadreId: Scalars['ID']['input'];
  /** Date of the decision; not in the future. */
  decidedAt: Scalars['LocalDate']['input'];
  /** Số quyết định kỷ luật. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  form: DisciplineForm;
  /** Lý do, hành vi vi phạm. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CreateEnrollmentInput = {
  cadreId: Scalars['ID']['input'];
  certificate?: InputMaybe<Scalars['String']['input']>;
  completedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  result?: InputMaybe<EnrollmentResult>;
  status?: InputMaybe<EnrollmentStatus>;
  trainingId: Scalars['ID']['input'];
};

export type CreateEvaluationInput = {
  cadreId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  rating: AnnualRating;
  /** The year rated; not a future year. */
  year: Scalars['Int']['input'];
};

export type CreateLocalityInput = {
  /** Official code: 2 digits (province), 3 (district) or 5 (commune). */
  code: Scalars['String']['input'];
  kind: LocalityKind;
  level: LocalityLevel;
  /** The locality this one was merged into. */
  mergedIntoId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreatePlanningEntryInput = {
  /** Date the cadre was added to the planning. */
  addedAt: Scalars['LocalDate']['input'];
  cadreId: Scalars['ID']['input'];
  /** Số quyết định phê duyệt quy hoạch. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  /** The post planned for. */
  positionId: Scalars['ID']['input'];
  removalNote?: InputMaybe<Scalars['String']['input']>;
  removalReason?: InputMaybe<PlanningRemovalReason>;
  /** Removal from the planning: give it with removalReason. */
  removedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  termId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreatePlanningTermInput = {
  /** Last year; a term is five years, so startYear + 5 (the default). */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Default: "startYear–endYear". */
  name?: InputMaybe<Scalars['String']['input']>;
  /** First year, e.g. 2025 for 2025–2030. */
  startYear: Scalars['Int']['input'];
};

export type CreatePositionInput = {
  /** A leadership or management post (CBLĐ, QL). */
  isLeadership: Scalars['Boolean']['input'];
  level: PositionLevel;
  /** e.g. "Phó Chủ tịch UBND". */
  name: Scalars['String']['input'];
  /** Seniority within its level: 1 is the most senior. */
  seniority: Scalars['Int']['input'];
};

export type CreateRotationInput = {
  cadreId: Scalars['ID']['input'];
  /** Số quyết định. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  direction: RotationDirection;
  /** Null while the rotation runs. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  fromUnitId: Scalars['ID']['input'];
  kind: RotationKind;
  note?: InputMaybe<Scalars['String']['input']>;
  startDate: Scalars['LocalDate']['input'];
  toUnitId: Scalars['ID']['input'];
};

export type CreateTargetInput = {
  /** Required for YOUTH_SHARE (35: "dưới 35 tuổi"); not allowed otherwise. */
  ageThreshold?: InputMaybe<Scalars['Int']['input']>;
  comparator?: TargetComparator;
  metric: TargetMetric;
  note?: InputMaybe<Scalars['String']['input']>;
  population?: TargetPopulation;
  /** A Locality or a Unit: the target covers it and everything under it. */
  scopeId: Scalars['ID']['input'];
  termId: Scalars['ID']['input'];
  /** Percent, 0–100 (25 for 25%). */
  value: Scalars['Float']['input'];
};

export type CreateTrainingInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  fosteringGroup?: InputMaybe<Scalars['Int']['input']>;
  grantsPoliticalTheory?: InputMaybe<PoliticalTheoryLevel>;
  grantsProfessionalLevel?: InputMaybe<ProfessionalLevel>;
  grantsStateManagement?: InputMaybe<StateManagementLevel>;
  kind: TrainingKind;
  location?: TrainingLocation;
  mode: TrainingMode;
  name: Scalars['String']['input'];
  organiser?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreateUnitInput = {
  block: UnitBlock;
  code?: InputMaybe<Scalars['String']['input']>;
  kind: UnitKind;
  localityId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kỷ luật. */
export type Discipline = Node & {
  __typename?: 'Discipline';
  /** Cơ quan, tổ chức quyết định. */
  authority?: Maybe<Scalars['String']['output']>;
  cadre: Cadre;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Date of the decision. */
  decidedAt: Scalars['LocalDate']['output'];
  /** Số quyết định kỷ luật. */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  form: DisciplineForm;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Lý do, hành vi vi phạm. */
  reason?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Discipline records (Relay connection). */
export type DisciplineConnection = {
  __typename?: 'DisciplineConnection';
  edges: Array<DisciplineEdge>;
  nodes: Array<Discipline>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type DisciplineEdge = {
  __typename?: 'DisciplineEdge';
  cursor: Scalars['String']['output'];
  node: Discipline;
};

export type DisciplineFilter = {
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  /** Decided on or after. */
  decidedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Decided on or before. */
  decidedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  form?: InputMaybe<Array<DisciplineForm>>;
};

/** Hình thức kỷ luật */
export type DisciplineForm =
  /** Giáng chức */
  | 'DEMOTION'
  /** Cách chức */
  | 'DISMISSAL'
  /** Khai trừ */
  | 'EXPULSION'
  /** Buộc thôi việc */
  | 'FORCED_RESIGNATION'
  /** Bãi nhiệm */
  | 'RECALL'
  /** Khiển trách */
  | 'REPRIMAND'
  /** Hạ bậc lương */
  | 'SALARY_DOWNGRADE'
  /** Cảnh cáo */
  | 'WARNING';

export type DisciplineOrder = {
  direction?: OrderDirection;
  field: DisciplineOrderField;
};

export type DisciplineOrderField =
  | 'CREATED_AT'
  | 'DECIDED_AT';

/** Học viên của khóa đào tạo, bồi dưỡng. */
export type Enrollment = Node & {
  __typename?: 'Enrollment';
  cadre: Cadre;
  /** Số văn bằng, chứng chỉ. */
  certificate?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['LocalDate']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  result?: Maybe<EnrollmentResult>;
  status: EnrollmentStatus;
  /** The synced sheets whose row of this record went missing (flagged, kept); empty when none, or when you may not see syncs. */
  syncFlags: Array<SyncFlagInfo>;
  training: Training;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Enrollment records (Relay connection). */
export type EnrollmentConnection = {
  __typename?: 'EnrollmentConnection';
  edges: Array<EnrollmentEdge>;
  nodes: Array<Enrollment>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EnrollmentEdge = {
  __typename?: 'EnrollmentEdge';
  cursor: Scalars['String']['output'];
  node: Enrollment;
};

export type EnrollmentFilter = {
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  result?: InputMaybe<Array<EnrollmentResult>>;
  status?: InputMaybe<Array<EnrollmentStatus>>;
  /** true: only records whose row went missing from a synced sheet (flagged, kept, restorable); false: only records no sheet flagged. Counts only the sheets you may see. */
  syncFlagged?: InputMaybe<Scalars['Boolean']['input']>;
  trainingId?: InputMaybe<Scalars['ID']['input']>;
};

export type EnrollmentOrder = {
  direction?: OrderDirection;
  field: EnrollmentOrderField;
};

export type EnrollmentOrderField =
  | 'COMPLETED_AT'
  | 'CREATED_AT'
  | 'TRAINING_START';

/** Kết quả học tập */
export type EnrollmentResult =
  /** Trung bình */
  | 'AVERAGE'
  /** Xuất sắc */
  | 'EXCELLENT'
  /** Không đạt */
  | 'FAIL'
  /** Khá */
  | 'GOOD'
  /** Giỏi */
  | 'VERY_GOOD';

/** Tình trạng học tập */
export type EnrollmentStatus =
  /** Đã hoàn thành */
  | 'COMPLETED'
  /** Không đạt */
  | 'FAILED'
  /** Đã đăng ký */
  | 'REGISTERED'
  /** Đang học */
  | 'STUDYING'
  /** Thôi học */
  | 'WITHDRAWN';

/** Dân tộc */
export type Ethnicity =
  /** Ba-na */
  | 'BA_NA'
  /** Bố Y */
  | 'BO_Y'
  /** Brâu */
  | 'BRAU'
  /** Bru-Vân Kiều */
  | 'BRU_VAN_KIEU'
  /** Chăm */
  | 'CHAM'
  /** Chơ-ro */
  | 'CHO_RO'
  /** Chứt */
  | 'CHUT'
  /** Chu-ru */
  | 'CHU_RU'
  /** Co */
  | 'CO'
  /** Cống */
  | 'CONG'
  /** Cơ-ho */
  | 'CO_HO'
  /** Cơ Lao */
  | 'CO_LAO'
  /** Cơ-tu */
  | 'CO_TU'
  /** Dao */
  | 'DAO'
  /** Ê-đê */
  | 'E_DE'
  /** Người nước ngoài */
  | 'FOREIGNER'
  /** Giáy */
  | 'GIAY'
  /** Gia-rai */
  | 'GIA_RAI'
  /** Gié-Triêng */
  | 'GIE_TRIENG'
  /** Hà Nhì */
  | 'HA_NHI'
  /** HMông */
  | 'HMONG'
  /** Hoa */
  | 'HOA'
  /** Hrê */
  | 'HRE'
  /** Kháng */
  | 'KHANG'
  /** Khơ-me */
  | 'KHMER'
  /** Khơ-mú */
  | 'KHO_MU'
  /** Kinh */
  | 'KINH'
  /** Lào */
  | 'LAO'
  /** La Chí */
  | 'LA_CHI'
  /** La Ha */
  | 'LA_HA'
  /** La Hủ */
  | 'LA_HU'
  /** Lô Lô */
  | 'LO_LO'
  /** Lự */
  | 'LU'
  /** Mạ */
  | 'MA'
  /** Mảng */
  | 'MANG'
  /** Mnông */
  | 'MNONG'
  /** Mường */
  | 'MUONG'
  /** Ngái */
  | 'NGAI'
  /** Nùng */
  | 'NUNG'
  /** Ơ Đu */
  | 'O_DU'
  /** Pà Thẻn */
  | 'PA_THEN'
  /** Phù Lá */
  | 'PHU_LA'
  /** Pu Péo */
  | 'PU_PEO'
  /** Ra-glai */
  | 'RA_GLAI'
  /** Rơ-măm */
  | 'RO_MAM'
  /** Sán Chay */
  | 'SAN_CHAY'
  /** Sán Dìu */
  | 'SAN_DIU'
  /** Si La */
  | 'SI_LA'
  /** Tày */
  | 'TAY'
  /** Tà-ôi */
  | 'TA_OI'
  /** Thái */
  | 'THAI'
  /** Thổ */
  | 'THO'
  /** Xinh-mun */
  | 'XINH_MUN'
  /** Xơ-đăng */
  | 'XO_DANG'
  /** Xtiêng */
  | 'XTIENG';

/** Đánh giá, xếp loại hằng năm. */
export type Evaluation = Node & {
  __typename?: 'Evaluation';
  cadre: Cadre;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  rating: AnnualRating;
  updatedAt: Scalars['DateTimeISO']['output'];
  year: Scalars['Int']['output'];
};

/** A page of Evaluation records (Relay connection). */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  edges: Array<EvaluationEdge>;
  nodes: Array<Evaluation>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  cursor: Scalars['String']['output'];
  node: Evaluation;
};

export type EvaluationFilter = {
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  rating?: InputMaybe<Array<AnnualRating>>;
  year?: InputMaybe<Scalars['Int']['input']>;
  /** Years from this one on. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Years up to this one. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type EvaluationOrder = {
  direction?: OrderDirection;
  field: EvaluationOrderField;
};

export type EvaluationOrderField =
  | 'CREATED_AT'
  | 'RATING'
  | 'YEAR';

export type ExportFormat =
  /** UTF-8 with a byte-order mark; counts as integers, shares as "9,3%". */
  | 'CSV'
  /** Excel workbook: Vietnamese headings (bold), counts as numbers, shares as percentages. */
  | 'XLSX';

/** A file, base64-encoded. */
export type ExportedFile = {
  __typename?: 'ExportedFile';
  base64: Scalars['String']['output'];
  byteLength: Scalars['Int']['output'];
  filename: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
};

/** Đơn vị hành chính (tỉnh, huyện, xã...). */
export type Locality = Node & {
  __typename?: 'Locality';
  /** Cadres working in units of this locality. */
  cadres: CadreConnection;
  children: LocalityConnection;
  /** Official code (2 digits province, 3 district, 5 commune). */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  kind: LocalityKind;
  level: LocalityLevel;
  /** The locality this one was merged into (2025 reform). */
  mergedInto?: Maybe<Locality>;
  name: Scalars['String']['output'];
  parent?: Maybe<Locality>;
  /** The synced sheets whose row of this record went missing (flagged, kept); empty when none, or when you may not see syncs. */
  syncFlags: Array<SyncFlagInfo>;
  units: UnitConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Date the unit came into being (e.g. 2025-07-01). */
  validFrom?: Maybe<Scalars['LocalDate']['output']>;
  /** Date the unit ceased (merged, dissolved). */
  validTo?: Maybe<Scalars['LocalDate']['output']>;
};


/** Đơn vị hành chính (tỉnh, huyện, xã...). */
export type LocalityCadresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CadreFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubtree?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CadreOrder>>;
};


/** Đơn vị hành chính (tỉnh, huyện, xã...). */
export type LocalityChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LocalityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LocalityOrder>>;
};


/** Đơn vị hành chính (tỉnh, huyện, xã...). */
export type LocalityUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubtree?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UnitOrder>>;
};

/** A page of Locality records (Relay connection). */
export type LocalityConnection = {
  __typename?: 'LocalityConnection';
  edges: Array<LocalityEdge>;
  nodes: Array<Locality>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type LocalityEdge = {
  __typename?: 'LocalityEdge';
  cursor: Scalars['String']['output'];
  node: Locality;
};

export type LocalityFilter = {
  /** true: only units in force (not ended, not merged); false: only former ones. */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Array<LocalityKind>>;
  level?: InputMaybe<Array<LocalityLevel>>;
  /** Direct children of this locality. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Name contains (diacritic-insensitive) or code starts with. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** true: only records whose row went missing from a synced sheet (flagged, kept, restorable); false: only records no sheet flagged. Counts only the sheets you may see. */
  syncFlagged?: InputMaybe<Scalars['Boolean']['input']>;
  /** This locality and everything under it. */
  withinId?: InputMaybe<Scalars['ID']['input']>;
};

/** Loại đơn vị hành chính */
export type LocalityKind =
  /** Thành phố trực thuộc trung ương */
  | 'CENTRAL_CITY'
  /** Xã */
  | 'COMMUNE'
  /** Tỉnh */
  | 'PROVINCE'
  /** Thành phố thuộc tỉnh */
  | 'PROVINCIAL_CITY'
  /** Huyện */
  | 'RURAL_DISTRICT'
  /** Đặc khu */
  | 'SPECIAL_ZONE'
  /** Thị xã */
  | 'TOWN'
  /** Thị trấn */
  | 'TOWNSHIP'
  /** Quận */
  | 'URBAN_DISTRICT'
  /** Phường */
  | 'WARD';

/** Cấp hành chính */
export type LocalityLevel =
  /** Cấp xã */
  | 'COMMUNE'
  /** Cấp huyện */
  | 'DISTRICT'
  /** Cấp tỉnh */
  | 'PROVINCE';

export type LocalityOrder = {
  direction?: OrderDirection;
  field: LocalityOrderField;
};

export type LocalityOrderField =
  | 'CODE'
  | 'NAME';

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes a record whose row was deleted from a synced sheet, as the type’s delete mutation would (refused, nothing changed, while anything still refers to it), and clears its flags. Returns the deleted record. */
  confirmSyncedDelete: Node;
  createAssignment: Assignment;
  createCadre: Cadre;
  createDiscipline: Discipline;
  createEnrollment: Enrollment;
  createEvaluation: Evaluation;
  createLocality: Locality;
  createPlanningEntry: PlanningEntry;
  createPlanningTerm: PlanningTerm;
  createPosition: Position;
  createRotation: Rotation;
  createTarget: Target;
  createTraining: Training;
  createUnit: Unit;
  deleteAssignment: Assignment;
  /** Refused while anything (assignments, enrollments...) still refers to the cadre. */
  deleteCadre: Cadre;
  deleteDiscipline: Discipline;
  deleteEnrollment: Enrollment;
  deleteEvaluation: Evaluation;
  /** Refused while units or other localities refer to it. */
  deleteLocality: Locality;
  /** Erases an entry made in error; a cadre leaving the planning is a removal (updatePlanningEntry). */
  deletePlanningEntry: PlanningEntry;
  /** Refused while planning entries refer to it. */
  deletePlanningTerm: PlanningTerm;
  /** Refused while assignments or planning entries refer to it. */
  deletePosition: Position;
  deleteRotation: Rotation;
  deleteTarget: Target;
  /** Refused while enrollments refer to it. */
  deleteTraining: Training;
  /** Refused while cadres, sub-units or histories refer to it. */
  deleteUnit: Unit;
  /** Settles a conflict with the sheet’s value, hoso’s value or a new one; the next run writes it to the sheet. Returns the conflicts still open. */
  resolveSyncConflict: Array<SyncConflict>;
  /** Keeps a record whose row went missing from a synced sheet: clears the flag (that spreadsheet’s, or every one you may see); the next sync of that sheet appends the row back. Needs the sync right and the right to change the record. */
  restoreSyncedRecord: Node;
  /** Syncs a registered spreadsheet both ways now (with dryRun: plans and reports, writes nothing). One run per spreadsheet at a time. */
  runSync: SyncReport;
  /** Puts a registered spreadsheet on a schedule: a five-field cron expression read in HOSO_SCHEDULE_TZ (default Asia/Ho_Chi_Minh), e.g. "*\/15 * * * *" for every 15 minutes; null takes it off. Scheduled runs are audited as `schedule:<who set it>`. */
  setSyncSchedule: SyncBinding;
  /** Changes only the fields given; null clears an optional field. */
  updateAssignment: Assignment;
  /** Changes only the fields given; null clears an optional field. */
  updateCadre: Cadre;
  /** Changes only the fields given; null clears an optional field. */
  updateDiscipline: Discipline;
  updateEnrollment: Enrollment;
  /** Changes only the fields given; null clears the note. */
  updateEvaluation: Evaluation;
  updateLocality: Locality;
  /** Changes only the fields given; a removal is recorded by giving removedAt and removalReason. */
  updatePlanningEntry: PlanningEntry;
  /** Changes only the fields given. */
  updatePlanningTerm: PlanningTerm;
  /** Changes only the fields given. */
  updatePosition: Position;
  /** Changes only the fields given; null clears an optional field. */
  updateRotation: Rotation;
  /** Changes only the fields given. */
  updateTarget: Target;
  updateTraining: Training;
  updateUnit: Unit;
};


export type MutationConfirmSyncedDeleteArgs = {
  input: SyncedRecordInput;
};


export type MutationCreateAssignmentArgs = {
  input: CreateAssignmentInput;
};


export type MutationCreateCadreArgs = {
  input: CreateCadreInput;
};


export type MutationCreateDisciplineArgs = {
  input: CreateDisciplineInput;
};


export type MutationCreateEnrollmentArgs = {
  input: CreateEnrollmentInput;
};


export type MutationCreateEvaluationArgs = {
  input: CreateEvaluationInput;
};


export type MutationCreateLocalityArgs = {
  input: CreateLocalityInput;
};


export type MutationCreatePlanningEntryArgs = {
  input: CreatePlanningEntryInput;
};


export type MutationCreatePlanningTermArgs = {
  input: CreatePlanningTermInput;
};


export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


export type MutationCreateRotationArgs = {
  input: CreateRotationInput;
};


export type MutationCreateTargetArgs = {
  input: CreateTargetInput;
};


export type MutationCreateTrainingArgs = {
  input: CreateTrainingInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationDeleteAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCadreArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDisciplineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEnrollmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEvaluationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLocalityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePlanningEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePlanningTermArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePositionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRotationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTargetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTrainingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResolveSyncConflictArgs = {
  input: ResolveSyncConflictInput;
};


export type MutationRestoreSyncedRecordArgs = {
  input: SyncedRecordInput;
};


export type MutationRunSyncArgs = {
  dryRun?: Scalars['Boolean']['input'];
  spreadsheetId: Scalars['String']['input'];
};


export type MutationSetSyncScheduleArgs = {
  schedule?: InputMaybe<Scalars['String']['input']>;
  spreadsheetId: Scalars['String']['input'];
};


export type MutationUpdateAssignmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAssignmentInput;
};


export type MutationUpdateCadreArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCadreInput;
};


export type MutationUpdateDisciplineArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDisciplineInput;
};


export type MutationUpdateEnrollmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEnrollmentInput;
};


export type MutationUpdateEvaluationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEvaluationInput;
};


export type MutationUpdateLocalityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLocalityInput;
};


export type MutationUpdatePlanningEntryArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePlanningEntryInput;
};


export type MutationUpdatePlanningTermArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePlanningTermInput;
};


export type MutationUpdatePositionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


export type MutationUpdateRotationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRotationInput;
};


export type MutationUpdateTargetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTargetInput;
};


export type MutationUpdateTrainingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTrainingInput;
};


export type MutationUpdateUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUnitInput;
};

/** An object with a global id, fetchable with `node(id:)`. */
export type Node = {
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** True when paging backwards and rows remain before, or when `after` was given. */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Cán bộ trong quy hoạch. */
export type PlanningEntry = Node & {
  __typename?: 'PlanningEntry';
  /** Date the cadre was added to the planning. */
  addedAt: Scalars['LocalDate']['output'];
  cadre: Cadre;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Số quyết định phê duyệt quy hoạch. */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Still in the planning (not removed). */
  isActive: Scalars['Boolean']['output'];
  /** The post planned for. */
  position: Position;
  removalNote?: Maybe<Scalars['String']['output']>;
  removalReason?: Maybe<PlanningRemovalReason>;
  removedAt?: Maybe<Scalars['LocalDate']['output']>;
  /** The synced sheets whose row of this record went missing (flagged, kept); empty when none, or when you may not see syncs. */
  syncFlags: Array<SyncFlagInfo>;
  term: PlanningTerm;
  /** Null when the unit lies outside the scopes you may read. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of PlanningEntry records (Relay connection). */
export type PlanningEntryConnection = {
  __typename?: 'PlanningEntryConnection';
  edges: Array<PlanningEntryEdge>;
  nodes: Array<PlanningEntry>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PlanningEntryEdge = {
  __typename?: 'PlanningEntryEdge';
  cursor: Scalars['String']['output'];
  node: PlanningEntry;
};

export type PlanningEntryFilter = {
  /** Still in the planning (true) or removed from it (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  /** With unitId: also the units under it. */
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  /** Removed for one of these reasons. */
  removalReason?: InputMaybe<Array<PlanningRemovalReason>>;
  /** true: only records whose row went missing from a synced sheet (flagged, kept, restorable); false: only records no sheet flagged. Counts only the sheets you may see. */
  syncFlagged?: InputMaybe<Scalars['Boolean']['input']>;
  termId?: InputMaybe<Scalars['ID']['input']>;
  /** Planned for a post in this unit (see includeSubunits). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type PlanningEntryOrder = {
  direction?: OrderDirection;
  field: PlanningEntryOrderField;
};

export type PlanningEntryOrderField =
  | 'ADDED_AT'
  | 'CADRE_NAME'
  | 'CREATED_AT'
  | 'POSITION'
  | 'REMOVED_AT';

/** Lý do đưa ra khỏi quy hoạch */
export type PlanningRemovalReason =
  /** Quá tuổi */
  | 'AGE'
  /** Bị kỷ luật */
  | 'DISCIPLINE'
  /** Sức khỏe */
  | 'HEALTH'
  /** Lý do khác */
  | 'OTHER'
  /** Không hoàn thành nhiệm vụ */
  | 'RATING'
  /** Chuyển công tác */
  | 'TRANSFER';

/** One reason to remove a cadre from the planning. */
export type PlanningReviewFinding = {
  __typename?: 'PlanningReviewFinding';
  /** Why, in Vietnamese, with the dates and figures. */
  message: Scalars['String']['output'];
  /** The removal reason to record (updatePlanningEntry removalReason). */
  reason: PlanningRemovalReason;
};

/** An active planning entry that the annual review says should be removed. */
export type PlanningReviewItem = {
  __typename?: 'PlanningReviewItem';
  entry: PlanningEntry;
  findings: Array<PlanningReviewFinding>;
};

/** Nhiệm kỳ quy hoạch. */
export type PlanningTerm = Node & {
  __typename?: 'PlanningTerm';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  endYear: Scalars['Int']['output'];
  /** Cadres planned in this term. */
  entries: PlanningEntryConnection;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** e.g. "2025–2030". */
  name: Scalars['String']['output'];
  startYear: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** Nhiệm kỳ quy hoạch. */
export type PlanningTermEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanningEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PlanningEntryOrder>>;
};

/** A page of PlanningTerm records (Relay connection). */
export type PlanningTermConnection = {
  __typename?: 'PlanningTermConnection';
  edges: Array<PlanningTermEdge>;
  nodes: Array<PlanningTerm>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PlanningTermEdge = {
  __typename?: 'PlanningTermEdge';
  cursor: Scalars['String']['output'];
  node: PlanningTerm;
};

export type PlanningTermFilter = {
  /** Terms that include this year (2025 matches 2020–2025 and 2025–2030). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type PlanningTermOrder = {
  direction?: OrderDirection;
  field: PlanningTermOrderField;
};

export type PlanningTermOrderField =
  | 'START_YEAR';

/** Lý luận chính trị */
export type PoliticalTheoryLevel =
  /** Cao cấp */
  | 'ADVANCED'
  /** Cử nhân */
  | 'BACHELOR'
  /** Sơ cấp */
  | 'ELEMENTARY'
  /** Trung cấp */
  | 'INTERMEDIATE';

/** Chức vụ. */
export type Position = Node & {
  __typename?: 'Position';
  /** Who holds or held this post. */
  assignments: AssignmentConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** A leadership or management post (CBLĐ, QL). */
  isLeadership: Scalars['Boolean']['output'];
  level: PositionLevel;
  name: Scalars['String']['output'];
  /** Seniority within its level: 1 is the most senior (Bí thư before Phó Bí thư). */
  seniority: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** Chức vụ. */
export type PositionAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AssignmentOrder>>;
};

/** A page of Position records (Relay connection). */
export type PositionConnection = {
  __typename?: 'PositionConnection';
  edges: Array<PositionEdge>;
  nodes: Array<Position>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PositionEdge = {
  __typename?: 'PositionEdge';
  cursor: Scalars['String']['output'];
  node: Position;
};

export type PositionFilter = {
  /** Leadership and management posts only (true) or the others (false). */
  isLeadership?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<Array<PositionLevel>>;
  /** Name contains (diacritic-insensitive). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Cấp chức vụ */
export type PositionLevel =
  /** Cấp xã */
  | 'COMMUNE'
  /** Cấp huyện */
  | 'DISTRICT'
  /** Cấp phòng */
  | 'DIVISION'
  /** Cấp tỉnh */
  | 'PROVINCE'
  /** Cấp sở/ban/ngành tỉnh */
  | 'PROVINCIAL_DEPARTMENT';

export type PositionOrder = {
  direction?: OrderDirection;
  field: PositionOrderField;
};

export type PositionOrderField =
  | 'LEVEL'
  | 'NAME'
  | 'SENIORITY';

/** Trình độ chuyên môn */
export type ProfessionalLevel =
  /** Dưới trung cấp */
  | 'BELOW_INTERMEDIATE'
  /** Cao đẳng */
  | 'COLLEGE'
  /** Tiến sĩ */
  | 'DOCTOR'
  /** Trung cấp */
  | 'INTERMEDIATE'
  /** Thạc sĩ */
  | 'MASTER'
  /** Đại học */
  | 'UNIVERSITY';

/** Hạng viên chức */
export type PublicEmployeeGrade =
  /** Hạng I */
  | 'GRADE_I'
  /** Hạng II */
  | 'GRADE_II'
  /** Hạng III */
  | 'GRADE_III'
  /** Hạng IV */
  | 'GRADE_IV'
  /** Hạng V */
  | 'GRADE_V';

/** Thay đổi trình độ (chuyên môn, LLCT, QLNN) và căn cứ. */
export type QualificationChange = Node & {
  __typename?: 'QualificationChange';
  cadre: Cadre;
  /** Date of the change (the course completion date). */
  changedAt: Scalars['LocalDate']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** The completed course that caused the change. If its completion was undone since, the change stays: nothing is lowered silently. */
  enrollment?: Maybe<Enrollment>;
  field: QualificationField;
  /** Level before, in Vietnamese. */
  fromLabel?: Maybe<Scalars['String']['output']>;
  /** Level before, as the enum value of the field’s code list (null: none recorded). */
  fromValue?: Maybe<Scalars['String']['output']>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** Level after, in Vietnamese (e.g. "Cao cấp"). */
  toLabel: Scalars['String']['output'];
  /** Level after, as the enum value of the field’s code list (e.g. ADVANCED). */
  toValue: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of QualificationChange records (Relay connection). */
export type QualificationChangeConnection = {
  __typename?: 'QualificationChangeConnection';
  edges: Array<QualificationChangeEdge>;
  nodes: Array<QualificationChange>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type QualificationChangeEdge = {
  __typename?: 'QualificationChangeEdge';
  cursor: Scalars['String']['output'];
  node: QualificationChange;
};

export type QualificationChangeFilter = {
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  /** Caused by this enrollment. */
  enrollmentId?: InputMaybe<Scalars['ID']['input']>;
  field?: InputMaybe<Array<QualificationField>>;
};

export type QualificationChangeOrder = {
  direction?: OrderDirection;
  field: QualificationChangeOrderField;
};

export type QualificationChangeOrderField =
  | 'CHANGED_AT'
  | 'CREATED_AT';

/** A qualification of the cadre record. */
export type QualificationField =
  /** Lý luận chính trị */
  | 'POLITICAL_THEORY'
  /** Trình độ chuyên môn */
  | 'PROFESSIONAL_LEVEL'
  /** Quản lý nhà nước */
  | 'STATE_MANAGEMENT';

export type Query = {
  __typename?: 'Query';
  /** Chức vụ đảm nhiệm (bổ nhiệm, kiêm nhiệm). */
  assignments: AssignmentConnection;
  /** The audit log (admins over the root scope; empty for everyone else). */
  auditEntries: AuditEntryConnection;
  cadre: Cadre;
  /** Thống kê cán bộ: the cadres of a scope, filtered, counted by any combination of dimensions with shares of the total and average ages. The population is the cadres whose status is WORKING (or the filter’s statuses) and who had started by `asOf` (no start date counts as started). "As of" ages people, and takes posts and party membership, on that day; status and unit have no history, so a past `asOf` ages today’s records back rather than rebuilding the office on that day. */
  cadreStatistics: CadreStatistics;
  /** Cán bộ: filter, order, page. */
  cadres: CadreConnection;
  /** Code lists with their Vietnamese labels, for drop-downs and for reading sheets. */
  codeLists: Array<CodeListInfo>;
  /** Kỷ luật. */
  disciplines: DisciplineConnection;
  /** Học viên các khóa đào tạo, bồi dưỡng. */
  enrollments: EnrollmentConnection;
  /** Đánh giá, xếp loại hằng năm. */
  evaluations: EvaluationConnection;
  /** The same table as an XLSX or CSV file (base64). */
  exportReport: ExportedFile;
  /** Đơn vị hành chính. */
  localities: LocalityConnection;
  locality: Locality;
  /** Any object by its global id; null when it does not exist. */
  node?: Maybe<Node>;
  /** Cán bộ trong quy hoạch. */
  planningEntries: PlanningEntryConnection;
  /** Rà soát quy hoạch hằng năm: entries active on `asOf` that should be removed, and why — age (no longer a full term before retirement), a "không hoàn thành nhiệm vụ" rating, or a discipline of khiển trách or above, since the entry was added or within `lookbackYears` before the year of `asOf`. Ordered by post seniority, then name. */
  planningReview: Array<PlanningReviewItem>;
  planningTerm: PlanningTerm;
  /** Nhiệm kỳ quy hoạch. */
  planningTerms: PlanningTermConnection;
  position: Position;
  /** Chức vụ. */
  positions: PositionConnection;
  /** Thay đổi trình độ của cán bộ, với căn cứ. */
  qualificationChanges: QualificationChangeConnection;
  /** A report form (8B, 9A–9C, 12B, 10, 11) as a table with a total row and a summary sentence. */
  report: ReportTable;
  /** Luân chuyển, điều động, biệt phái. */
  rotations: RotationConnection;
  /** Spreadsheets registered with `hoso sheets init`. */
  syncBindings: Array<SyncBinding>;
  /** Open conflicts: fields changed on both sides, waiting for a person. */
  syncConflicts: Array<SyncConflict>;
  /** Sync history, newest first (failed runs and dry runs included). */
  syncRuns: Array<SyncRun>;
  /** Actual against target for each target the scope (a Locality or a Unit, with everything under it) set for the term, counted on `asOf` (default today), in the database. */
  targetCompliance: Array<TargetCompliance>;
  /** Chỉ tiêu cơ cấu cán bộ. */
  targets: TargetConnection;
  training: Training;
  /** Khóa đào tạo, bồi dưỡng. */
  trainings: TrainingConnection;
  unit: Unit;
  /** Cơ quan, đơn vị. */
  units: UnitConnection;
};


export type QueryAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AssignmentOrder>>;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AuditEntryOrder>>;
};


export type QueryCadreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCadreStatisticsArgs = {
  ageThresholds?: InputMaybe<Array<Scalars['Int']['input']>>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  filter?: InputMaybe<CadreFilter>;
  groupBy: Array<StatisticsDimension>;
  includeEmpty?: Scalars['Boolean']['input'];
  scope: StatisticsScope;
};


export type QueryCadresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CadreFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CadreOrder>>;
};


export type QueryCodeListsArgs = {
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryDisciplinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisciplineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DisciplineOrder>>;
};


export type QueryEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnrollmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EnrollmentOrder>>;
};


export type QueryEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EvaluationOrder>>;
};


export type QueryExportReportArgs = {
  format: ExportFormat;
  request: ReportRequest;
};


export type QueryLocalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LocalityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<LocalityOrder>>;
};


export type QueryLocalityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanningEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanningEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PlanningEntryOrder>>;
};


export type QueryPlanningReviewArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  lookbackYears?: Scalars['Int']['input'];
  termId: Scalars['ID']['input'];
};


export type QueryPlanningTermArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanningTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanningTermFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PlanningTermOrder>>;
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PositionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PositionOrder>>;
};


export type QueryQualificationChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QualificationChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<QualificationChangeOrder>>;
};


export type QueryReportArgs = {
  request: ReportRequest;
};


export type QueryRotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RotationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<RotationOrder>>;
};


export type QuerySyncConflictsArgs = {
  spreadsheetId?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySyncRunsArgs = {
  first?: Scalars['Int']['input'];
  spreadsheetId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTargetComplianceArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  scopeId: Scalars['ID']['input'];
  termId: Scalars['ID']['input'];
};


export type QueryTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TargetOrder>>;
};


export type QueryTrainingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<TrainingOrder>>;
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UnitOrder>>;
};

/** Tôn giáo */
export type Religion =
  /** Phật giáo */
  | 'BUDDHISM'
  /** Cao Đài */
  | 'CAO_DAI'
  /** Công giáo */
  | 'CATHOLICISM'
  /** Hòa Hảo */
  | 'HOA_HAO'
  /** Hồi giáo */
  | 'ISLAM'
  /** Không */
  | 'NONE'
  /** Khác */
  | 'OTHER'
  /** Tin lành */
  | 'PROTESTANTISM';

/** A cell: a count with its share, or (AVERAGE_AGE) a value. */
export type ReportCell = {
  __typename?: 'ReportCell';
  /** The column key. */
  column: Scalars['String']['output'];
  count?: Maybe<Scalars['Int']['output']>;
  /** "9,3%". */
  percentText?: Maybe<Scalars['String']['output']>;
  /** COUNT: count / row total; TOTAL: row total / report total. */
  share?: Maybe<Scalars['Float']['output']>;
  /** "16/172 = 9,3%". */
  shareText?: Maybe<Scalars['String']['output']>;
  /** As printed: "2.886", "45,3". */
  text: Scalars['String']['output'];
  /** The count, or the average age (null when nobody). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A column of a report. */
export type ReportColumn = {
  __typename?: 'ReportColumn';
  /** The heading over a group of columns, e.g. "Độ tuổi". */
  group?: Maybe<Scalars['String']['output']>;
  /** Vietnamese heading, e.g. "Từ 31 đến 35". */
  heading: Scalars['String']['output'];
  /** Stable key: "TOTAL", "AVERAGE_AGE", or dimension:value such as "SEX:FEMALE", "AGE_BAND:31_35", "GRANTED_LEVEL:PROFESSIONAL_MASTER". */
  key: Scalars['String']['output'];
  kind: ReportColumnKind;
};

export type ReportColumnKind =
  /** Average whole-year age on asOf (value and text; no count or share). */
  | 'AVERAGE_AGE'
  /** People (or events) of the row meeting the column’s criterion (share of the row’s total). */
  | 'COUNT'
  /** The row’s total (its share is of the whole report). */
  | 'TOTAL';

/** The standard breakdowns of the Ban Tổ chức report forms. */
export type ReportForm =
  /** Mẫu 8B: all working cadres — category, women, minorities, party members, age bands and average age, rank, levels. */
  | 'ALL_STAFF'
  /** Mẫu 9A–9C: the same columns for cadres holding a leadership post on asOf (positionLevels picks the level), rows by post. */
  | 'LEADERS'
  /** Mẫu 12B: the same columns for cadres with an active planning entry in termId on asOf, rows by the post planned for. */
  | 'PLANNED'
  /** Mẫu 11: rotations, transfers and secondments (lượt) starting in the period, by direction and kind. */
  | 'ROTATION'
  /** Mẫu 10: enrollments (lượt) in courses starting in the period, by kind, level granted, mode, in country / abroad / joint, programme, status. */
  | 'TRAINING';

/** Which report, over whom, when. */
export type ReportRequest = {
  /** Staff forms: extra age columns cut at these ages, e.g. [35] for "Dưới 35". */
  ageThresholds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Staff forms: the day counted (default: filter.asOf, else today). Event forms: ignored when `to` is given. */
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Cadre filters; for forms 10 and 11 they apply to the learners and rotated cadres. Staff forms count status WORKING unless filter.status names others; forms 10 and 11 count every status unless it does. */
  filter?: InputMaybe<CadreFilter>;
  form: ReportForm;
  /** Forms 10 and 11: first day of the period (default: no lower bound). */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Forms 9A–9C and 12B: only posts of these levels. */
  positionLevels?: InputMaybe<Array<PositionLevel>>;
  /** Default: UNIT_BLOCK (8B, 10, 11), POST (9A–9C, 12B). */
  rowsBy?: InputMaybe<ReportRowGrouping>;
  scope: StatisticsScope;
  /** Form 12B (required): the planning term (PlanningTerm id). */
  termId?: InputMaybe<Scalars['ID']['input']>;
  /** Forms 10 and 11: last day of the period (default: asOf, else today). */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A row of a report. */
export type ReportRow = {
  __typename?: 'ReportRow';
  /** One cell per column, in column order. */
  cells: Array<ReportCell>;
  /** People (staff forms) or events (forms 10, 11) in the row. */
  count: Scalars['Int']['output'];
  /** The row key: enum value, global id, or "TOTAL" for the total row. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** What a report’s rows are; each form accepts the groupings that make sense for it. */
export type ReportRowGrouping =
  /** Form 10 only: the qualification the course grants (Cao cấp LLCT, Thạc sĩ, QLNN chuyên viên chính...). */
  | 'GRANTED_LEVEL'
  /** Localities directly under the scope, as in StatisticsDimension.LOCALITY. */
  | 'LOCALITY'
  /** Only the total row. */
  | 'NONE'
  /** Posts: held (8B, 9A–9C; default for 9A–9C) or planned for (12B; default). A person in two posts is in both rows. */
  | 'POST'
  /** Form 11 only: direction of the rotation. */
  | 'ROTATION_DIRECTION'
  /** Form 10 only: kind of course. */
  | 'TRAINING_KIND'
  /** Form 10 only: in country, abroad, joint. */
  | 'TRAINING_LOCATION'
  /** Khối (every block, zeros included). Default for 8B, 10 and 11. */
  | 'UNIT_BLOCK';

/** A report form as a table. */
export type ReportTable = {
  __typename?: 'ReportTable';
  /** Staff forms: the day counted; event forms: the end of the period. */
  asOf: Scalars['LocalDate']['output'];
  /** The form’s number: "8B", "9A-9C", "12B", "10", "11". */
  code: Scalars['String']['output'];
  columns: Array<ReportColumn>;
  form: ReportForm;
  from?: Maybe<Scalars['LocalDate']['output']>;
  /** Heading of the label column ("Khối", "Chức vụ lãnh đạo"...); empty without rows. */
  rowHeading: Scalars['String']['output'];
  /** Closed lists (blocks, kinds) show every key; localities and posts those that occur. */
  rows: Array<ReportRow>;
  rowsBy: ReportRowGrouping;
  scope: StatisticsScopeInfo;
  /** Forms 9A–9C and 12B: all working cadres of the scope (the "/ 2.886" of "CBLĐ, QL là 244 người / 2.886"). */
  staffTotal?: Maybe<Scalars['Int']['output']>;
  /** The scope and the day or period. */
  subtitle: Scalars['String']['output'];
  /** The sentence offices write under the table, from its total row. */
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  to?: Maybe<Scalars['LocalDate']['output']>;
  /** "Tổng cộng": the whole population, each person once. */
  totalRow: ReportRow;
  /** "người" (staff forms) or "lượt" (events). */
  unit: Scalars['String']['output'];
};

export type ResolveSyncConflictInput = {
  field: Scalars['String']['input'];
  /** Keep the sheet’s value or hoso’s. */
  keep?: InputMaybe<ConflictSide>;
  recordId: Scalars['String']['input'];
  spreadsheetId: Scalars['String']['input'];
  table: Scalars['String']['input'];
  /** Or a new value, typed as in the sheet ("ThS", "12/3/1985"). */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Retirement under Nghị định 135/2020/NĐ-CP (normal working conditions). */
export type Retirement = {
  __typename?: 'Retirement';
  /** The retirement age that applies, in months (726 = 60 years 6 months). */
  ageInMonths: Scalars['Int']['output'];
  /** The age as offices write it: "60 tuổi 6 tháng". */
  ageText: Scalars['String']['output'];
  /** Last day of the month in which the retirement age is reached. */
  date: Scalars['LocalDate']['output'];
  /** Only the birth year is known: counted from January of that year (the earliest date). */
  estimated: Scalars['Boolean']['output'];
  /** First day of the month after: the pension starts. */
  pensionFrom: Scalars['LocalDate']['output'];
};

/** Luân chuyển, điều động cán bộ. */
export type Rotation = Node & {
  __typename?: 'Rotation';
  cadre: Cadre;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  decisionNumber?: Maybe<Scalars['String']['output']>;
  direction: RotationDirection;
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Null when the unit lies outside the scopes you may read. */
  fromUnit?: Maybe<Unit>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  kind: RotationKind;
  note?: Maybe<Scalars['String']['output']>;
  startDate: Scalars['LocalDate']['output'];
  /** Null when the unit lies outside the scopes you may read. */
  toUnit?: Maybe<Unit>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Rotation records (Relay connection). */
export type RotationConnection = {
  __typename?: 'RotationConnection';
  edges: Array<RotationEdge>;
  nodes: Array<Rotation>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Hướng luân chuyển */
export type RotationDirection =
  /** Giữa các xã */
  | 'BETWEEN_COMMUNES'
  /** Giữa các huyện */
  | 'DISTRICT_TO_DISTRICT'
  /** Từ huyện lên tỉnh */
  | 'DISTRICT_TO_PROVINCE'
  /** Từ xã */
  | 'FROM_COMMUNE'
  /** Từ tỉnh về huyện/cơ sở */
  | 'PROVINCE_TO_DISTRICT'
  /** Giữa các ngành */
  | 'SECTOR_TO_SECTOR'
  /** Về xã */
  | 'TO_COMMUNE';

export type RotationEdge = {
  __typename?: 'RotationEdge';
  cursor: Scalars['String']['output'];
  node: Rotation;
};

export type RotationFilter = {
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<Array<RotationDirection>>;
  /** Rotated out of this unit. */
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Array<RotationKind>>;
  /** Starting on or after. */
  startFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Starting on or before. */
  startTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Rotated into this unit. */
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Hình thức luân chuyển */
export type RotationKind =
  /** Luân chuyển */
  | 'ROTATION'
  /** Biệt phái */
  | 'SECONDMENT'
  /** Điều động */
  | 'TRANSFER';

export type RotationOrder = {
  direction?: OrderDirection;
  field: RotationOrderField;
};

export type RotationOrderField =
  | 'CREATED_AT'
  | 'END_DATE'
  | 'START_DATE';

/** Giới tính */
export type Sex =
  /** Nữ */
  | 'FEMALE'
  /** Nam */
  | 'MALE';

/** Quản lý nhà nước */
export type StateManagementLevel =
  /** Cán sự */
  | 'OFFICER'
  /** Chuyên viên chính */
  | 'PRINCIPAL_SPECIALIST'
  /** Chuyên viên cao cấp */
  | 'SENIOR_SPECIALIST'
  /** Chuyên viên */
  | 'SPECIALIST';

/** What cadre statistics can be grouped by. */
export type StatisticsDimension =
  /** Học hàm (NONE: none). */
  | 'ACADEMIC_TITLE'
  /** Độ tuổi theo các mẫu báo cáo: ≤30, 31–35, 36–40, 41–45, 46–50, 51–55, 56–60, >60 (values LE_30, 31_35, …, GT_60). */
  | 'AGE_BAND'
  /** Nhóm tuổi cắt tại `ageThresholds`: [35] gives "Dưới 35" (LT_35) and "Từ 35 trở lên" (GE_35); [30, 40] adds "Từ 30 đến dưới 40". */
  | 'AGE_THRESHOLD'
  /** Cán bộ / công chức / viên chức / hợp đồng. */
  | 'CATEGORY'
  /** Dân tộc, each group. */
  | 'ETHNICITY'
  /** Leadership post (Position with isLeadership) held on the as-of day, by an assignment started by then and not ended before it. A person with two posts counts once in each post’s group (so these groups may add up to more than the total); NONE: no leadership post. Keys are Position ids. */
  | 'LEADERSHIP_POST'
  /** For a locality scope, the locality directly under it that holds the unit the cadre works in (the scope itself for its own units, labelled "Cơ quan, đơn vị cấp …"); for a unit scope, the unit’s locality. Keys are Locality ids. */
  | 'LOCALITY'
  /** Kinh or dân tộc thiểu số (values KINH, MINORITY). */
  | 'MINORITY'
  /** Đảng viên on the as-of day (joined by then): MEMBER, NON_MEMBER. */
  | 'PARTY_MEMBERSHIP'
  /** Lý luận chính trị (NONE: none). */
  | 'POLITICAL_THEORY'
  /** Trình độ chuyên môn (NONE: not recorded). */
  | 'PROFESSIONAL_LEVEL'
  /** Ngạch công chức (NONE: not a civil-servant rank). */
  | 'RANK'
  /** Giới tính. */
  | 'SEX'
  /** Quản lý nhà nước (NONE: none). */
  | 'STATE_MANAGEMENT'
  /** Khối of the unit the cadre works in. */
  | 'UNIT_BLOCK';

/** Cadres sharing one combination of keys. */
export type StatisticsGroup = {
  __typename?: 'StatisticsGroup';
  /** Average of whole-year ages on the as-of day, to two decimals. */
  averageAge?: Maybe<Scalars['Float']['output']>;
  /** Average age with one decimal and a decimal comma: "45,3". */
  averageAgeText?: Maybe<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  /** One key per groupBy dimension, in the order asked. */
  keys: Array<StatisticsKey>;
  /** The share as offices print it: "9,3%". */
  percentText: Scalars['String']['output'];
  /** count / total (0 when the total is 0). */
  share: Scalars['Float']['output'];
  /** "16/172 = 9,3%". */
  shareText: Scalars['String']['output'];
  /** The whole population (same as CadreStatistics.total). */
  total: Scalars['Int']['output'];
};

/** One key of a group: the dimension and its value. */
export type StatisticsKey = {
  __typename?: 'StatisticsKey';
  /** The stored code ("F", "08", a locality code), when there is one. */
  code?: Maybe<Scalars['String']['output']>;
  dimension: StatisticsDimension;
  /** Vietnamese label, e.g. "Nữ", "Từ 31 đến 35", "Thạc sĩ". */
  label: Scalars['String']['output'];
  /** The enum value ("FEMALE", "MASTER"), age-band key ("31_35", "LT_35"), global id (LOCALITY, LEADERSHIP_POST), or "NONE" when the cadre has no value. */
  value: Scalars['String']['output'];
};

/** Whom statistics and reports count: the cadres working in a locality or a unit. */
export type StatisticsScope = {
  /** Global id of a Locality or a Unit. */
  id: Scalars['ID']['input'];
  /** Locality: also the localities under it (true) or only units located in it. Unit: also the units under it. */
  includeSubtree?: Scalars['Boolean']['input'];
};

/** The scope a figure was counted over. */
export type StatisticsScopeInfo = {
  __typename?: 'StatisticsScopeInfo';
  id: Scalars['ID']['output'];
  includeSubtree: Scalars['Boolean']['output'];
  /** "Locality" or "Unit". */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The runs of one binding as they happen (over WebSocket, graphql-ws): each step’s start and end with its rows, then DONE with the report or FAILED. Stays open across runs until the client unsubscribes; needs the sync right. */
  syncProgress: SyncProgress;
};


export type SubscriptionSyncProgressArgs = {
  bindingId?: InputMaybe<Scalars['ID']['input']>;
  spreadsheetId?: InputMaybe<Scalars['String']['input']>;
};

/** Google Sheets API calls of one run, retries included. */
export type SyncApiCalls = {
  __typename?: 'SyncApiCalls';
  backoffMs: Scalars['Float']['output'];
  calls: Scalars['Int']['output'];
  reads: Scalars['Int']['output'];
  retries: Scalars['Int']['output'];
  throttledMs: Scalars['Float']['output'];
  writes: Scalars['Int']['output'];
};

/** Một bảng tính Google Sheets được đồng bộ với hoso. */
export type SyncBinding = Node & {
  __typename?: 'SyncBinding';
  /** A field changed on both sides: kept for a person (default), or one side wins. */
  conflictPolicy: SyncConflictPolicy;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  lastRunAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A record deleted in hoso: mark its row (default) or remove it. */
  recordDeleted: SyncRecordDeletedPolicy;
  /** The subtree whose records the spreadsheet holds (`hoso sheets init --scope`); null: the whole database. */
  scope?: Maybe<SyncBindingScope>;
  /** A row deleted from the sheet: flag its record (default) or delete it. */
  sheetRowDeleted: SyncSheetRowDeletedPolicy;
  /** The Google spreadsheet id (from its URL). */
  spreadsheetId: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The subtree a spreadsheet holds: a locality or a unit and everything under it. */
export type SyncBindingScope = {
  __typename?: 'SyncBindingScope';
  code?: Maybe<Scalars['String']['output']>;
  /** The global id of the locality or unit. */
  id: Scalars['ID']['output'];
  /** `locality` or `unit`. */
  kind: Scalars['String']['output'];
  /** Null when not loaded with the binding. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A cell that does not read: never applied, never overwritten, noted on the cell. */
export type SyncCellError = {
  __typename?: 'SyncCellError';
  a1: Scalars['String']['output'];
  field: Scalars['String']['output'];
  header: Scalars['String']['output'];
  /** Why, in Vietnamese (the note on the cell). */
  message: Scalars['String']['output'];
  /** What the cell holds. */
  raw?: Maybe<Scalars['String']['output']>;
  recordId?: Maybe<Scalars['String']['output']>;
  rowNumber: Scalars['Int']['output'];
  table: Scalars['String']['output'];
};

/** An open conflict, waiting for a person (see resolveSyncConflict). */
export type SyncConflict = {
  __typename?: 'SyncConflict';
  /** Where it was seen last. */
  a1: Scalars['String']['output'];
  /** What both sides held at the last good run. */
  baseValue?: Maybe<Scalars['String']['output']>;
  databaseValue?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  header: Scalars['String']['output'];
  recordId: Scalars['String']['output'];
  /** As the sheet shows it. */
  sheetValue?: Maybe<Scalars['String']['output']>;
  spreadsheetId: Scalars['String']['output'];
  table: Scalars['String']['output'];
};

export type SyncConflictPolicy =
  | 'DATABASE_WINS'
  | 'MANUAL'
  | 'SHEET_WINS';

/** A field changed on both sides to different values. */
export type SyncConflictReport = {
  __typename?: 'SyncConflictReport';
  /** The cell, e.g. 'Cán bộ'!C5. */
  a1: Scalars['String']['output'];
  baseValue?: Maybe<Scalars['String']['output']>;
  databaseValue?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  header: Scalars['String']['output'];
  recordId: Scalars['String']['output'];
  /** kept-both (waits for a person), sheet-won or database-won. */
  resolution: Scalars['String']['output'];
  sheetValue?: Maybe<Scalars['String']['output']>;
  table: Scalars['String']['output'];
};

export type SyncCounts = {
  __typename?: 'SyncCounts';
  cellErrors: Scalars['Int']['output'];
  conflicts: Scalars['Int']['output'];
  database: SyncDatabaseCounts;
  issues: Scalars['Int']['output'];
  sheet: SyncSheetCounts;
};

export type SyncDatabaseCounts = {
  __typename?: 'SyncDatabaseCounts';
  creates: Scalars['Int']['output'];
  deletes: Scalars['Int']['output'];
  /** Records whose row went missing from the sheet (kept, restorable). */
  flags: Scalars['Int']['output'];
  /** Flagged records whose row came back. */
  unflags: Scalars['Int']['output'];
  updatedFields: Scalars['Int']['output'];
  updatedRecords: Scalars['Int']['output'];
};

export type SyncFailure = {
  __typename?: 'SyncFailure';
  /** The error code, as in `extensions.code` (SHEETS_API_ERROR, BAD_USER_INPUT, …). */
  code: Scalars['String']['output'];
  /** As a GraphQL error would say it (Vietnamese). */
  message: Scalars['String']['output'];
};

/** A synced sheet whose row of this record went missing: the record is kept until someone decides. */
export type SyncFlagInfo = {
  __typename?: 'SyncFlagInfo';
  /** When a sync found the row gone. */
  flaggedAt: Scalars['DateTimeISO']['output'];
  /** The tab the row was on, e.g. "Cán bộ". */
  sheetTitle?: Maybe<Scalars['String']['output']>;
  /** The spreadsheet that flagged the record. */
  spreadsheetId: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

/** Something about rows or tabs: duplicate ids, unknown ids, missing rows, missing headers... */
export type SyncIssue = {
  __typename?: 'SyncIssue';
  a1?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  recordId?: Maybe<Scalars['String']['output']>;
  rowNumber?: Maybe<Scalars['Int']['output']>;
  table: Scalars['String']['output'];
};

/** A step of a sync run, in the order a run takes them (a step with nothing to do is skipped), then DONE or FAILED. */
export type SyncPhase =
  | 'COMMIT_DATABASE'
  | 'DONE'
  | 'FAILED'
  | 'READ'
  | 'RESERVE_IDS'
  | 'SAVE_STATE'
  | 'WRITE_SHEET_LAYOUT'
  | 'WRITE_SHEET_VALUES';

/** A step’s start or its end (DONE and FAILED are ends). */
export type SyncPhaseAt =
  | 'END'
  | 'START';

/** One event of a sync run: a step’s start or end with its rows, then the report or the failure. */
export type SyncProgress = {
  __typename?: 'SyncProgress';
  /** Who started the run. */
  actor: Scalars['String']['output'];
  at: SyncPhaseAt;
  /** 1, or more when the run started over after an uncertain layout write. */
  attempt: Scalars['Int']['output'];
  /** The SyncBinding’s global id. */
  bindingId: Scalars['ID']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** On FAILED. */
  error?: Maybe<SyncFailure>;
  phase: SyncPhase;
  /** On DONE: what runSync returns. */
  report?: Maybe<SyncReport>;
  /** READ: sheet rows read (at its end); RESERVE_IDS: ids; WRITE_SHEET_VALUES: rows of cells; COMMIT_DATABASE: changes (at its end, those accepted); WRITE_SHEET_LAYOUT: notes, appended and removed rows; SAVE_STATE: 1; DONE: rows read. */
  rowsDone: Scalars['Int']['output'];
  rowsTotal: Scalars['Int']['output'];
  /** The same for every event of one run. */
  runId: Scalars['ID']['output'];
  spreadsheetId: Scalars['String']['output'];
  time: Scalars['DateTimeISO']['output'];
};

export type SyncRecordDeletedPolicy =
  | 'MARK'
  | 'REMOVE';

/** A change from the sheet that hoso refused (a rule, a unique number): noted on the cell. */
export type SyncRejection = {
  __typename?: 'SyncRejection';
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  recordId: Scalars['String']['output'];
  table: Scalars['String']['output'];
};

export type SyncReport = {
  __typename?: 'SyncReport';
  apiCalls: SyncApiCalls;
  cellErrors: Array<SyncCellError>;
  conflicts: Array<SyncConflictReport>;
  counts: SyncCounts;
  dryRun: Scalars['Boolean']['output'];
  durationMs: Scalars['Int']['output'];
  issues: Array<SyncIssue>;
  /** On dry runs: the plan as text, one line per change. */
  planText?: Maybe<Scalars['String']['output']>;
  rejections: Array<SyncRejection>;
  spreadsheetId: Scalars['String']['output'];
  startedAt: Scalars['DateTimeISO']['output'];
  wrote: SyncWrote;
};

/** Một lần đồng bộ. */
export type SyncRun = Node & {
  __typename?: 'SyncRun';
  actor: Scalars['String']['output'];
  /** Google API calls, retries included. */
  apiCalls: Scalars['Int']['output'];
  cellErrors: Scalars['Int']['output'];
  conflicts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** Why the run failed. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt: Scalars['DateTimeISO']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  issues: Scalars['Int']['output'];
  outcome: SyncRunOutcome;
  startedAt: Scalars['DateTimeISO']['output'];
  /** Counts of what the run did on each side, as in the report. */
  summary?: Maybe<Scalars['JSONObject']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type SyncRunOutcome =
  | 'FAILED'
  | 'SUCCEEDED';

export type SyncSheetCounts = {
  __typename?: 'SyncSheetCounts';
  appendedRows: Scalars['Int']['output'];
  cellWrites: Scalars['Int']['output'];
  /** Ids written back into rows typed without one. */
  idWriteBacks: Scalars['Int']['output'];
  removedRows: Scalars['Int']['output'];
};

export type SyncSheetRowDeletedPolicy =
  | 'DELETE'
  | 'FLAG';

/** Whether the run wrote anything at all, per side. */
export type SyncWrote = {
  __typename?: 'SyncWrote';
  database: Scalars['Boolean']['output'];
  sheetLayout: Scalars['Boolean']['output'];
  sheetValues: Scalars['Boolean']['output'];
  state: Scalars['Boolean']['output'];
};

/** A record flagged by a synced sheet, and optionally which sheet. */
export type SyncedRecordInput = {
  /** The record’s global id (a Cadre, Unit, Locality, Training, Enrollment or PlanningEntry). */
  id: Scalars['ID']['input'];
  /** Only this spreadsheet’s flag (default: every flag you may see). */
  spreadsheetId?: InputMaybe<Scalars['String']['input']>;
};

/** Chỉ tiêu cơ cấu cán bộ của một địa phương hoặc đơn vị cho một nhiệm kỳ. */
export type Target = Node & {
  __typename?: 'Target';
  /** YOUTH_SHARE: counts those under this age (35: "dưới 35 tuổi"). */
  ageThreshold?: Maybe<Scalars['Int']['output']>;
  comparator: TargetComparator;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  /** The scope, when it is a locality (with its subtree). */
  locality?: Maybe<Locality>;
  metric: TargetMetric;
  note?: Maybe<Scalars['String']['output']>;
  population: TargetPopulation;
  term: PlanningTerm;
  /** The scope, when it is a unit (with its subunits). */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The target share, in percent (25 for 25%). */
  value: Scalars['Float']['output'];
};

export type TargetComparator =
  /** ≥ (ít nhất, trên) */
  | 'AT_LEAST'
  /** ≤ (nhiều nhất, không quá) */
  | 'AT_MOST'
  /** = (đúng bằng, e.g. 100%) */
  | 'EQUAL';

/** Actual against target: "numerator/denominator = share%". */
export type TargetCompliance = {
  __typename?: 'TargetCompliance';
  /** Cadres of the population. */
  denominator: Scalars['Int']['output'];
  /** Whether the target is met; null when the population is empty. */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** Cadres of the population that have the property. */
  numerator: Scalars['Int']['output'];
  /** numerator / denominator in percent, unrounded; null when the population is empty. */
  share?: Maybe<Scalars['Float']['output']>;
  target: Target;
  /** As reports write it: "16/172 = 9,3% (chỉ tiêu ≥ 15%): chưa đạt". */
  text: Scalars['String']['output'];
};

/** A page of Target records (Relay connection). */
export type TargetConnection = {
  __typename?: 'TargetConnection';
  edges: Array<TargetEdge>;
  nodes: Array<Target>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TargetEdge = {
  __typename?: 'TargetEdge';
  cursor: Scalars['String']['output'];
  node: Target;
};

export type TargetFilter = {
  metric?: InputMaybe<Array<TargetMetric>>;
  population?: InputMaybe<Array<TargetPopulation>>;
  /** Targets set by this Locality or Unit (exactly; not its subtree). */
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  termId?: InputMaybe<Scalars['ID']['input']>;
};

/** Chỉ tiêu: tỷ lệ trong nhóm được tính. */
export type TargetMetric =
  /** Tỷ lệ lý luận chính trị cao cấp, cử nhân */
  | 'LLCT_ADVANCED_SHARE'
  /** Tỷ lệ người dân tộc thiểu số */
  | 'MINORITY_SHARE'
  /** Tỷ lệ đảng viên */
  | 'PARTY_MEMBER_SHARE'
  /** Tỷ lệ trình độ sau đại học (thạc sĩ, tiến sĩ) */
  | 'POSTGRADUATE_SHARE'
  /** Tỷ lệ trình độ chuyên môn đại học trở lên */
  | 'UNIVERSITY_SHARE'
  /** Tỷ lệ nữ */
  | 'WOMEN_SHARE'
  /** Tỷ lệ cán bộ trẻ (dưới ageThreshold tuổi) */
  | 'YOUTH_SHARE';

export type TargetOrder = {
  direction?: OrderDirection;
  field: TargetOrderField;
};

export type TargetOrderField =
  | 'CREATED_AT'
  | 'METRIC';

/** Nhóm được tính. */
export type TargetPopulation =
  /** Cán bộ giữ chức vụ lãnh đạo, quản lý trong phạm vi */
  | 'LEADERSHIP'
  /** Cán bộ trong quy hoạch của nhiệm kỳ (chức danh thuộc phạm vi) */
  | 'PLANNED'
  /** Cán bộ đang công tác trong phạm vi */
  | 'WORKING';

/** Khóa đào tạo, bồi dưỡng. */
export type Training = Node & {
  __typename?: 'Training';
  code?: Maybe<Scalars['String']['output']>;
  /** Country, for courses abroad or joint. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  enrollments: EnrollmentConnection;
  /** Defence-security fostering group (1–4). */
  fosteringGroup?: Maybe<Scalars['Int']['output']>;
  /** LLCT level the course grants. */
  grantsPoliticalTheory?: Maybe<PoliticalTheoryLevel>;
  /** Degree the course grants. */
  grantsProfessionalLevel?: Maybe<ProfessionalLevel>;
  /** QLNN level the course grants. */
  grantsStateManagement?: Maybe<StateManagementLevel>;
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  kind: TrainingKind;
  location: TrainingLocation;
  mode: TrainingMode;
  name: Scalars['String']['output'];
  /** Cơ sở đào tạo. */
  organiser?: Maybe<Scalars['String']['output']>;
  /** Programme, e.g. "Đề án 165". */
  programme?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The synced sheets whose row of this record went missing (flagged, kept); empty when none, or when you may not see syncs. */
  syncFlags: Array<SyncFlagInfo>;
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** Khóa đào tạo, bồi dưỡng. */
export type TrainingEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnrollmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EnrollmentOrder>>;
};

/** A page of Training records (Relay connection). */
export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  edges: Array<TrainingEdge>;
  nodes: Array<Training>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  cursor: Scalars['String']['output'];
  node: Training;
};

export type TrainingFilter = {
  kind?: InputMaybe<Array<TrainingKind>>;
  location?: InputMaybe<Array<TrainingLocation>>;
  mode?: InputMaybe<Array<TrainingMode>>;
  /** Name contains (diacritic-insensitive). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Programme contains, e.g. "165". */
  programme?: InputMaybe<Scalars['String']['input']>;
  /** Courses starting on or after. */
  startFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Courses starting on or before. */
  startTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** true: only records whose row went missing from a synced sheet (flagged, kept, restorable); false: only records no sheet flagged. Counts only the sheets you may see. */
  syncFlagged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Loại đào tạo, bồi dưỡng */
export type TrainingKind =
  /** Quốc phòng – an ninh */
  | 'DEFENCE_SECURITY'
  /** Đào tạo chuyên môn */
  | 'DEGREE'
  /** Ngoại ngữ */
  | 'FOREIGN_LANGUAGE'
  /** Bồi dưỡng */
  | 'FOSTERING'
  /** Tin học */
  | 'INFORMATION_TECHNOLOGY'
  /** Lý luận chính trị */
  | 'POLITICAL_THEORY'
  /** Quản lý nhà nước */
  | 'STATE_MANAGEMENT';

/** Nơi đào tạo */
export type TrainingLocation =
  /** Nước ngoài */
  | 'ABROAD'
  /** Trong nước */
  | 'DOMESTIC'
  /** Liên kết */
  | 'JOINT';

/** Hình thức đào tạo */
export type TrainingMode =
  /** Tập trung */
  | 'FULL_TIME'
  /** Tại chức */
  | 'IN_SERVICE';

export type TrainingOrder = {
  direction?: OrderDirection;
  field: TrainingOrderField;
};

export type TrainingOrderField =
  | 'NAME'
  | 'START_DATE';

/** Cơ quan, đơn vị. */
export type Unit = Node & {
  __typename?: 'Unit';
  block: UnitBlock;
  /** Cadres whose current unit is this one. */
  cadres: CadreConnection;
  /** Sub-units (e.g. the departments of a people’s committee). */
  children: UnitConnection;
  /** The office’s own code for the unit, unique when given. */
  code?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key in the database (shown in sheets and exports). */
  databaseId: Scalars['Int']['output'];
  /** Global, opaque id. */
  id: Scalars['ID']['output'];
  kind: UnitKind;
  locality: Locality;
  name: Scalars['String']['output'];
  parent?: Maybe<Unit>;
  /** The synced sheets whose row of this record went missing (flagged, kept); empty when none, or when you may not see syncs. */
  syncFlags: Array<SyncFlagInfo>;
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** Cơ quan, đơn vị. */
export type UnitCadresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CadreFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubunits?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CadreOrder>>;
};


/** Cơ quan, đơn vị. */
export type UnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<UnitOrder>>;
};

/** Khối */
export type UnitBlock =
  /** Khối hành chính – sự nghiệp */
  | 'ADMINISTRATIVE_PUBLIC_SERVICE'
  /** Khối xã, phường */
  | 'COMMUNE'
  /** Khối MTTQ – đoàn thể */
  | 'FRONT_AND_MASS'
  /** Khối chính quyền */
  | 'GOVERNMENT'
  /** Khối Đảng */
  | 'PARTY';

/** A page of Unit records (Relay connection). */
export type UnitConnection = {
  __typename?: 'UnitConnection';
  edges: Array<UnitEdge>;
  nodes: Array<Unit>;
  pageInfo: PageInfo;
  /** Rows matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: Unit;
};

export type UnitFilter = {
  block?: InputMaybe<Array<UnitBlock>>;
  kind?: InputMaybe<Array<UnitKind>>;
  /** Units of this locality or any locality under it. */
  localityId?: InputMaybe<Scalars['ID']['input']>;
  /** Name contains (diacritic-insensitive). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Direct sub-units of this unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only records whose row went missing from a synced sheet (flagged, kept, restorable); false: only records no sheet flagged. Counts only the sheets you may see. */
  syncFlagged?: InputMaybe<Scalars['Boolean']['input']>;
  /** This unit and every unit under it. */
  withinId?: InputMaybe<Scalars['ID']['input']>;
};

/** Loại cơ quan, đơn vị */
export type UnitKind =
  /** Phòng/ban chuyên môn */
  | 'DEPARTMENT'
  /** MTTQ */
  | 'FATHERLAND_FRONT'
  /** Đoàn thể */
  | 'MASS_ORGANISATION'
  /** Khác */
  | 'OTHER'
  /** Cấp ủy Đảng */
  | 'PARTY_COMMITTEE'
  /** UBND */
  | 'PEOPLES_COMMITTEE'
  /** HĐND */
  | 'PEOPLES_COUNCIL'
  /** Đơn vị sự nghiệp */
  | 'PUBLIC_SERVICE';

export type UnitOrder = {
  direction?: OrderDirection;
  field: UnitOrderField;
};

export type UnitOrderField =
  | 'CODE'
  | 'NAME';

/** Only the fields given are changed; null clears an optional field. The cadre never changes. */
export type UpdateAssignmentInput = {
  /** Số quyết định. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  /** Null while the post is held. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  isConcurrent?: InputMaybe<Scalars['Boolean']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateCadreInput = {
  academicTitle?: InputMaybe<AcademicTitle>;
  /** Ngày sinh: "1985-03-12", "12/03/1985", or a bare year "1985". */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<CadreCategory>;
  ethnicity?: InputMaybe<Ethnicity>;
  foreignLanguage?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "12/12". */
  generalEducation?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<PublicEmployeeGrade>;
  homeTown?: InputMaybe<Scalars['String']['input']>;
  /** Số CCCD: 12 digits. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  itSkill?: InputMaybe<Scalars['String']['input']>;
  jobPosition?: InputMaybe<Scalars['String']['input']>;
  major?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  otherName?: InputMaybe<Scalars['String']['input']>;
  partyJoinedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  partyOfficialAt?: InputMaybe<Scalars['LocalDate']['input']>;
  payStep?: InputMaybe<Scalars['Int']['input']>;
  placeOfBirth?: InputMaybe<Scalars['String']['input']>;
  politicalTheory?: InputMaybe<PoliticalTheoryLevel>;
  professionalLevel?: InputMaybe<ProfessionalLevel>;
  rank?: InputMaybe<CivilServantRank>;
  religion?: InputMaybe<Religion>;
  sex?: InputMaybe<Sex>;
  socialInsuranceNumber?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  stateManagement?: InputMaybe<StateManagementLevel>;
  status?: InputMaybe<CadreStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given are changed; null clears an optional field. The cadre never changes. */
export type UpdateDisciplineInput = {
  /** Cơ quan, tổ chức quyết định. */
  authority?: InputMaybe<Scalars['String']['input']>;
  decidedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Số quyết định kỷ luật. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  form?: InputMaybe<DisciplineForm>;
  /** Lý do, hành vi vi phạm. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateEnrollmentInput = {
  certificate?: InputMaybe<Scalars['String']['input']>;
  completedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  result?: InputMaybe<EnrollmentResult>;
  status?: InputMaybe<EnrollmentStatus>;
};

/** Only the fields given are changed; null clears the note. The cadre never changes. */
export type UpdateEvaluationInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  rating?: InputMaybe<AnnualRating>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateLocalityInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<LocalityKind>;
  level?: InputMaybe<LocalityLevel>;
  mergedIntoId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Only the fields given are changed; null clears an optional field. Term and cadre never change. */
export type UpdatePlanningEntryInput = {
  addedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Số quyết định phê duyệt quy hoạch. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  removalNote?: InputMaybe<Scalars['String']['input']>;
  removalReason?: InputMaybe<PlanningRemovalReason>;
  /** Removal from the planning: give it with removalReason. */
  removedAt?: InputMaybe<Scalars['LocalDate']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given are changed; a null name is derived from the years again. */
export type UpdatePlanningTermInput = {
  /** Follows startYear (startYear + 5) when not given. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
};

/** Only the fields given are changed. */
export type UpdatePositionInput = {
  isLeadership?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<PositionLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  seniority?: InputMaybe<Scalars['Int']['input']>;
};

/** Only the fields given are changed; null clears an optional field. The cadre never changes. */
export type UpdateRotationInput = {
  /** Số quyết định. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RotationDirection>;
  /** Null while the rotation runs. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  fromUnitId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<RotationKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given are changed; null clears an optional field. Scope and term never change. */
export type UpdateTargetInput = {
  ageThreshold?: InputMaybe<Scalars['Int']['input']>;
  comparator?: InputMaybe<TargetComparator>;
  metric?: InputMaybe<TargetMetric>;
  note?: InputMaybe<Scalars['String']['input']>;
  population?: InputMaybe<TargetPopulation>;
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateTrainingInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  fosteringGroup?: InputMaybe<Scalars['Int']['input']>;
  grantsPoliticalTheory?: InputMaybe<PoliticalTheoryLevel>;
  grantsProfessionalLevel?: InputMaybe<ProfessionalLevel>;
  grantsStateManagement?: InputMaybe<StateManagementLevel>;
  kind?: InputMaybe<TrainingKind>;
  location?: InputMaybe<TrainingLocation>;
  mode?: InputMaybe<TrainingMode>;
  name?: InputMaybe<Scalars['String']['input']>;
  organiser?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateUnitInput = {
  block?: InputMaybe<UnitBlock>;
  code?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<UnitKind>;
  localityId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CadreDetailsFragment = { __typename?: 'Cadre', id: string, databaseId: number, fullName: string, birthDate?: string | null, birthYear: number, birthDateText?: string | null, sex: Sex, ethnicity?: Ethnicity | null, category: CadreCategory, idNumber?: string | null, isPartyMember: boolean, professionalLevel?: ProfessionalLevel | null, politicalTheory?: PoliticalTheoryLevel | null, status: CadreStatus, unit?: { __typename?: 'Unit', id: string, name: string } | null };

export type CreateCadreMutationVariables = Exact<{
  input: CreateCadreInput;
}>;


export type CreateCadreMutation = { __typename?: 'Mutation', createCadre: { __typename?: 'Cadre', id: string, databaseId: number, fullName: string, birthDate?: string | null, birthYear: number, birthDateText?: string | null, sex: Sex, ethnicity?: Ethnicity | null, category: CadreCategory, idNumber?: string | null, isPartyMember: boolean, professionalLevel?: ProfessionalLevel | null, politicalTheory?: PoliticalTheoryLevel | null, status: CadreStatus, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type UpdateCadreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCadreInput;
}>;


export type UpdateCadreMutation = { __typename?: 'Mutation', updateCadre: { __typename?: 'Cadre', id: string, databaseId: number, fullName: string, birthDate?: string | null, birthYear: number, birthDateText?: string | null, sex: Sex, ethnicity?: Ethnicity | null, category: CadreCategory, idNumber?: string | null, isPartyMember: boolean, professionalLevel?: ProfessionalLevel | null, politicalTheory?: PoliticalTheoryLevel | null, status: CadreStatus, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type DeleteCadreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCadreMutation = { __typename?: 'Mutation', deleteCadre: { __typename?: 'Cadre', id: string } };

export type CadresQueryVariables = Exact<{
  filter?: InputMaybe<CadreFilter>;
  orderBy?: InputMaybe<Array<CadreOrder> | CadreOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CadresQuery = { __typename?: 'Query', cadres: { __typename?: 'CadreConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CadreEdge', cursor: string, node: { __typename?: 'Cadre', id: string, databaseId: number, fullName: string, birthDate?: string | null, birthYear: number, birthDateText?: string | null, sex: Sex, ethnicity?: Ethnicity | null, category: CadreCategory, idNumber?: string | null, isPartyMember: boolean, professionalLevel?: ProfessionalLevel | null, politicalTheory?: PoliticalTheoryLevel | null, status: CadreStatus, unit?: { __typename?: 'Unit', id: string, name: string } | null } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?: { __typename: 'Assignment', id: string } | { __typename: 'Cadre', fullName: string, id: string } | { __typename: 'Discipline', id: string } | { __typename: 'Enrollment', id: string } | { __typename: 'Evaluation', id: string } | { __typename: 'Locality', id: string } | { __typename: 'PlanningEntry', id: string } | { __typename: 'PlanningTerm', id: string } | { __typename: 'Position', id: string } | { __typename: 'QualificationChange', id: string } | { __typename: 'Rotation', id: string } | { __typename: 'SyncBinding', id: string } | { __typename: 'SyncRun', id: string } | { __typename: 'Target', id: string } | { __typename: 'Training', id: string } | { __typename: 'Unit', name: string, id: string } | null };

export type CreateLocalityMutationVariables = Exact<{
  input: CreateLocalityInput;
}>;


export type CreateLocalityMutation = { __typename?: 'Mutation', createLocality: { __typename?: 'Locality', id: string, databaseId: number, code: string, name: string, level: LocalityLevel, kind: LocalityKind, parent?: { __typename?: 'Locality', id: string, name: string } | null } };

export type UpdateLocalityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateLocalityInput;
}>;


export type UpdateLocalityMutation = { __typename?: 'Mutation', updateLocality: { __typename?: 'Locality', id: string, name: string, parent?: { __typename?: 'Locality', id: string } | null } };

export type DeleteLocalityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteLocalityMutation = { __typename?: 'Mutation', deleteLocality: { __typename?: 'Locality', id: string } };

export type LocalityTreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  includeSubtree: Scalars['Boolean']['input'];
}>;


export type LocalityTreeQuery = { __typename?: 'Query', locality: { __typename?: 'Locality', name: string, children: { __typename?: 'LocalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Locality', name: string, code: string }> }, cadres: { __typename?: 'CadreConnection', totalCount: number, nodes: Array<{ __typename?: 'Cadre', fullName: string }> }, units: { __typename?: 'UnitConnection', totalCount: number, nodes: Array<{ __typename?: 'Unit', name: string }> } } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { __typename?: 'Mutation', createUnit: { __typename?: 'Unit', id: string, name: string, block: UnitBlock, locality: { __typename?: 'Locality', id: string, name: string }, parent?: { __typename?: 'Unit', id: string } | null } };

export type DeleteUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUnitMutation = { __typename?: 'Mutation', deleteUnit: { __typename?: 'Unit', id: string } };

export type NestedOverviewQueryVariables = Exact<{
  localities: Scalars['Int']['input'];
  units: Scalars['Int']['input'];
  cadres: Scalars['Int']['input'];
  enrollments: Scalars['Int']['input'];
}>;


export type NestedOverviewQuery = { __typename?: 'Query', localities: { __typename?: 'LocalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Locality', name: string, units: { __typename?: 'UnitConnection', totalCount: number, nodes: Array<{ __typename?: 'Unit', name: string, cadres: { __typename?: 'CadreConnection', totalCount: number, nodes: Array<{ __typename?: 'Cadre', fullName: string, enrollments: { __typename?: 'EnrollmentConnection', nodes: Array<{ __typename?: 'Enrollment', status: EnrollmentStatus, training: { __typename?: 'Training', name: string } }> } }> } }> } }> } };

export type CreatePositionForPlanningMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionForPlanningMutation = { __typename?: 'Mutation', createPosition: { __typename?: 'Position', id: string, name: string, level: PositionLevel, seniority: number } };

export type CreateAssignmentForPlanningMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;


export type CreateAssignmentForPlanningMutation = { __typename?: 'Mutation', createAssignment: { __typename?: 'Assignment', id: string } };

export type CreateEvaluationForPlanningMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type CreateEvaluationForPlanningMutation = { __typename?: 'Mutation', createEvaluation: { __typename?: 'Evaluation', id: string, year: number, rating: AnnualRating } };

export type CreatePlanningTermMutationVariables = Exact<{
  input: CreatePlanningTermInput;
}>;


export type CreatePlanningTermMutation = { __typename?: 'Mutation', createPlanningTerm: { __typename?: 'PlanningTerm', id: string, name: string, startYear: number, endYear: number } };

export type PlanningEntryDetailsFragment = { __typename?: 'PlanningEntry', id: string, addedAt: string, removedAt?: string | null, removalReason?: PlanningRemovalReason | null, isActive: boolean, cadre: { __typename?: 'Cadre', id: string, fullName: string }, unit?: { __typename?: 'Unit', id: string, name: string } | null, position: { __typename?: 'Position', id: string, name: string } };

export type CreatePlanningEntryMutationVariables = Exact<{
  input: CreatePlanningEntryInput;
}>;


export type CreatePlanningEntryMutation = { __typename?: 'Mutation', createPlanningEntry: { __typename?: 'PlanningEntry', id: string, addedAt: string, removedAt?: string | null, removalReason?: PlanningRemovalReason | null, isActive: boolean, cadre: { __typename?: 'Cadre', id: string, fullName: string }, unit?: { __typename?: 'Unit', id: string, name: string } | null, position: { __typename?: 'Position', id: string, name: string } } };

export type UpdatePlanningEntryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePlanningEntryInput;
}>;


export type UpdatePlanningEntryMutation = { __typename?: 'Mutation', updatePlanningEntry: { __typename?: 'PlanningEntry', id: string, addedAt: string, removedAt?: string | null, removalReason?: PlanningRemovalReason | null, isActive: boolean, cadre: { __typename?: 'Cadre', id: string, fullName: string }, unit?: { __typename?: 'Unit', id: string, name: string } | null, position: { __typename?: 'Position', id: string, name: string } } };

export type PlanningReviewQueryVariables = Exact<{
  termId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  lookbackYears?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PlanningReviewQuery = { __typename?: 'Query', planningReview: Array<{ __typename?: 'PlanningReviewItem', entry: { __typename?: 'PlanningEntry', id: string, addedAt: string, removedAt?: string | null, removalReason?: PlanningRemovalReason | null, isActive: boolean, cadre: { __typename?: 'Cadre', id: string, fullName: string }, unit?: { __typename?: 'Unit', id: string, name: string } | null, position: { __typename?: 'Position', id: string, name: string } }, findings: Array<{ __typename?: 'PlanningReviewFinding', reason: PlanningRemovalReason, message: string }> }> };

export type CadreRetirementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type CadreRetirementQuery = { __typename?: 'Query', cadre: { __typename?: 'Cadre', fullName: string, birthDateText?: string | null, retirementDate: string, monthsToRetirement: number, retirement: { __typename?: 'Retirement', date: string, pensionFrom: string, ageInMonths: number, ageText: string, estimated: boolean } } };

export type DisciplineDetailsFragment = { __typename?: 'Discipline', id: string, decidedAt: string, form: DisciplineForm, decisionNumber?: string | null, authority?: string | null, reason?: string | null, cadre: { __typename?: 'Cadre', id: string } };

export type CreateDisciplineMutationVariables = Exact<{
  input: CreateDisciplineInput;
}>;


export type CreateDisciplineMutation = { __typename?: 'Mutation', createDiscipline: { __typename?: 'Discipline', id: string, decidedAt: string, form: DisciplineForm, decisionNumber?: string | null, authority?: string | null, reason?: string | null, cadre: { __typename?: 'Cadre', id: string } } };

export type UpdateDisciplineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDisciplineInput;
}>;


export type UpdateDisciplineMutation = { __typename?: 'Mutation', updateDiscipline: { __typename?: 'Discipline', id: string, decidedAt: string, form: DisciplineForm, decisionNumber?: string | null, authority?: string | null, reason?: string | null, cadre: { __typename?: 'Cadre', id: string } } };

export type DeleteDisciplineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDisciplineMutation = { __typename?: 'Mutation', deleteDiscipline: { __typename?: 'Discipline', id: string } };

export type CadreDisciplinesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<DisciplineFilter>;
}>;


export type CadreDisciplinesQuery = { __typename?: 'Query', cadre: { __typename?: 'Cadre', disciplines: { __typename?: 'DisciplineConnection', totalCount: number, nodes: Array<{ __typename?: 'Discipline', id: string, decidedAt: string, form: DisciplineForm, decisionNumber?: string | null, authority?: string | null, reason?: string | null, cadre: { __typename?: 'Cadre', id: string } }> } } };

export type TargetDetailsFragment = { __typename?: 'Target', id: string, metric: TargetMetric, ageThreshold?: number | null, population: TargetPopulation, comparator: TargetComparator, value: number, note?: string | null, locality?: { __typename?: 'Locality', id: string } | null, unit?: { __typename?: 'Unit', id: string } | null, term: { __typename?: 'PlanningTerm', id: string } };

export type CreateTargetMutationVariables = Exact<{
  input: CreateTargetInput;
}>;


export type CreateTargetMutation = { __typename?: 'Mutation', createTarget: { __typename?: 'Target', id: string, metric: TargetMetric, ageThreshold?: number | null, population: TargetPopulation, comparator: TargetComparator, value: number, note?: string | null, locality?: { __typename?: 'Locality', id: string } | null, unit?: { __typename?: 'Unit', id: string } | null, term: { __typename?: 'PlanningTerm', id: string } } };

export type UpdateTargetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTargetInput;
}>;


export type UpdateTargetMutation = { __typename?: 'Mutation', updateTarget: { __typename?: 'Target', id: string, metric: TargetMetric, ageThreshold?: number | null, population: TargetPopulation, comparator: TargetComparator, value: number, note?: string | null, locality?: { __typename?: 'Locality', id: string } | null, unit?: { __typename?: 'Unit', id: string } | null, term: { __typename?: 'PlanningTerm', id: string } } };

export type DeleteTargetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTargetMutation = { __typename?: 'Mutation', deleteTarget: { __typename?: 'Target', id: string } };

export type TargetsQueryVariables = Exact<{
  filter?: InputMaybe<TargetFilter>;
}>;


export type TargetsQuery = { __typename?: 'Query', targets: { __typename?: 'TargetConnection', totalCount: number, nodes: Array<{ __typename?: 'Target', id: string, metric: TargetMetric, ageThreshold?: number | null, population: TargetPopulation, comparator: TargetComparator, value: number, note?: string | null, locality?: { __typename?: 'Locality', id: string } | null, unit?: { __typename?: 'Unit', id: string } | null, term: { __typename?: 'PlanningTerm', id: string } }> } };

export type TargetComplianceQueryVariables = Exact<{
  scopeId: Scalars['ID']['input'];
  termId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type TargetComplianceQuery = { __typename?: 'Query', targetCompliance: Array<{ __typename?: 'TargetCompliance', numerator: number, denominator: number, share?: number | null, met?: boolean | null, text: string, target: { __typename?: 'Target', id: string, metric: TargetMetric, ageThreshold?: number | null, population: TargetPopulation, comparator: TargetComparator, value: number } }> };

export type CreateCourseMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type CreateCourseMutation = { __typename?: 'Mutation', createTraining: { __typename?: 'Training', id: string, name: string, grantsProfessionalLevel?: ProfessionalLevel | null, grantsPoliticalTheory?: PoliticalTheoryLevel | null, grantsStateManagement?: StateManagementLevel | null } };

export type UpdateEnrollmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateEnrollmentInput;
}>;


export type UpdateEnrollmentMutation = { __typename?: 'Mutation', updateEnrollment: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, completedAt?: string | null } };

export type DeleteEnrollmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteEnrollmentMutation = { __typename?: 'Mutation', deleteEnrollment: { __typename?: 'Enrollment', id: string } };

export type QualificationChangeDetailsFragment = { __typename?: 'QualificationChange', id: string, field: QualificationField, fromValue?: string | null, toValue: string, fromLabel?: string | null, toLabel: string, changedAt: string, enrollment?: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, training: { __typename?: 'Training', name: string } } | null };

export type CadreQualificationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CadreQualificationsQuery = { __typename?: 'Query', cadre: { __typename?: 'Cadre', fullName: string, professionalLevel?: ProfessionalLevel | null, politicalTheory?: PoliticalTheoryLevel | null, stateManagement?: StateManagementLevel | null, qualificationChanges: { __typename?: 'QualificationChangeConnection', totalCount: number, nodes: Array<{ __typename?: 'QualificationChange', id: string, field: QualificationField, fromValue?: string | null, toValue: string, fromLabel?: string | null, toLabel: string, changedAt: string, enrollment?: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, training: { __typename?: 'Training', name: string } } | null }> } } };

export type CadresQualificationChangesQueryVariables = Exact<{
  filter?: InputMaybe<CadreFilter>;
}>;


export type CadresQualificationChangesQuery = { __typename?: 'Query', cadres: { __typename?: 'CadreConnection', nodes: Array<{ __typename?: 'Cadre', fullName: string, politicalTheory?: PoliticalTheoryLevel | null, qualificationChanges: { __typename?: 'QualificationChangeConnection', totalCount: number, nodes: Array<{ __typename?: 'QualificationChange', field: QualificationField, toValue: string }> } }> } };

export type StatisticsGroupFieldsFragment = { __typename?: 'StatisticsGroup', count: number, total: number, share: number, percentText: string, shareText: string, averageAge?: number | null, averageAgeText?: string | null, keys: Array<{ __typename?: 'StatisticsKey', dimension: StatisticsDimension, value: string, code?: string | null, label: string }> };

export type CadreStatisticsQueryVariables = Exact<{
  scope: StatisticsScope;
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<CadreFilter>;
  ageThresholds?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  includeEmpty?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CadreStatisticsQuery = { __typename?: 'Query', cadreStatistics: { __typename?: 'CadreStatistics', asOf: string, dimensions: Array<StatisticsDimension>, total: number, averageAge?: number | null, averageAgeText?: string | null, scope: { __typename?: 'StatisticsScopeInfo', id: string, kind: string, name: string, includeSubtree: boolean }, groups: Array<{ __typename?: 'StatisticsGroup', count: number, total: number, share: number, percentText: string, shareText: string, averageAge?: number | null, averageAgeText?: string | null, keys: Array<{ __typename?: 'StatisticsKey', dimension: StatisticsDimension, value: string, code?: string | null, label: string }> }> } };

export type ReportRowFieldsFragment = { __typename?: 'ReportRow', key: string, label: string, count: number, cells: Array<{ __typename?: 'ReportCell', column: string, count?: number | null, share?: number | null, percentText?: string | null, shareText?: string | null, value?: number | null, text: string }> };

export type ReportQueryVariables = Exact<{
  request: ReportRequest;
}>;


export type ReportQuery = { __typename?: 'Query', report: { __typename?: 'ReportTable', form: ReportForm, code: string, title: string, subtitle: string, asOf: string, from?: string | null, to?: string | null, unit: string, rowsBy: ReportRowGrouping, rowHeading: string, staffTotal?: number | null, summary: string, scope: { __typename?: 'StatisticsScopeInfo', id: string, kind: string, name: string, includeSubtree: boolean }, columns: Array<{ __typename?: 'ReportColumn', key: string, group?: string | null, heading: string, kind: ReportColumnKind }>, rows: Array<{ __typename?: 'ReportRow', key: string, label: string, count: number, cells: Array<{ __typename?: 'ReportCell', column: string, count?: number | null, share?: number | null, percentText?: string | null, shareText?: string | null, value?: number | null, text: string }> }>, totalRow: { __typename?: 'ReportRow', key: string, label: string, count: number, cells: Array<{ __typename?: 'ReportCell', column: string, count?: number | null, share?: number | null, percentText?: string | null, shareText?: string | null, value?: number | null, text: string }> } } };

export type ExportReportQueryVariables = Exact<{
  request: ReportRequest;
  format: ExportFormat;
}>;


export type ExportReportQuery = { __typename?: 'Query', exportReport: { __typename?: 'ExportedFile', filename: string, mimeType: string, byteLength: number, base64: string } };

export type FlaggedCadresQueryVariables = Exact<{
  flagged?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type FlaggedCadresQuery = { __typename?: 'Query', cadres: { __typename?: 'CadreConnection', totalCount: number, nodes: Array<{ __typename?: 'Cadre', id: string, databaseId: number, fullName: string, syncFlags: Array<{ __typename?: 'SyncFlagInfo', spreadsheetId: string, title?: string | null, sheetTitle?: string | null, flaggedAt: string }> }> } };

export type FlaggedRecordCountsQueryVariables = Exact<{
  flagged?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type FlaggedRecordCountsQuery = { __typename?: 'Query', localities: { __typename?: 'LocalityConnection', totalCount: number }, units: { __typename?: 'UnitConnection', totalCount: number }, cadres: { __typename?: 'CadreConnection', totalCount: number }, trainings: { __typename?: 'TrainingConnection', totalCount: number }, enrollments: { __typename?: 'EnrollmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Enrollment', id: string, syncFlags: Array<{ __typename?: 'SyncFlagInfo', spreadsheetId: string }> }> }, planningEntries: { __typename?: 'PlanningEntryConnection', totalCount: number } };

export type RestoreSyncedRecordMutationVariables = Exact<{
  input: SyncedRecordInput;
}>;


export type RestoreSyncedRecordMutation = { __typename?: 'Mutation', restoreSyncedRecord: { __typename?: 'Assignment', id: string } | { __typename?: 'Cadre', fullName: string, id: string, syncFlags: Array<{ __typename?: 'SyncFlagInfo', spreadsheetId: string }> } | { __typename?: 'Discipline', id: string } | { __typename?: 'Enrollment', id: string } | { __typename?: 'Evaluation', id: string } | { __typename?: 'Locality', id: string } | { __typename?: 'PlanningEntry', id: string } | { __typename?: 'PlanningTerm', id: string } | { __typename?: 'Position', id: string } | { __typename?: 'QualificationChange', id: string } | { __typename?: 'Rotation', id: string } | { __typename?: 'SyncBinding', id: string } | { __typename?: 'SyncRun', id: string } | { __typename?: 'Target', id: string } | { __typename?: 'Training', id: string } | { __typename?: 'Unit', id: string } };

export type ConfirmSyncedDeleteMutationVariables = Exact<{
  input: SyncedRecordInput;
}>;


export type ConfirmSyncedDeleteMutation = { __typename?: 'Mutation', confirmSyncedDelete: { __typename?: 'Assignment', id: string, databaseId: number } | { __typename?: 'Cadre', id: string, databaseId: number } | { __typename?: 'Discipline', id: string, databaseId: number } | { __typename?: 'Enrollment', id: string, databaseId: number } | { __typename?: 'Evaluation', id: string, databaseId: number } | { __typename?: 'Locality', id: string, databaseId: number } | { __typename?: 'PlanningEntry', id: string, databaseId: number } | { __typename?: 'PlanningTerm', id: string, databaseId: number } | { __typename?: 'Position', id: string, databaseId: number } | { __typename?: 'QualificationChange', id: string, databaseId: number } | { __typename?: 'Rotation', id: string, databaseId: number } | { __typename?: 'SyncBinding', id: string, databaseId: number } | { __typename?: 'SyncRun', id: string, databaseId: number } | { __typename?: 'Target', id: string, databaseId: number } | { __typename?: 'Training', id: string, databaseId: number } | { __typename?: 'Unit', id: string, databaseId: number } };

export type SyncProgressSubscriptionVariables = Exact<{
  bindingId?: InputMaybe<Scalars['ID']['input']>;
  spreadsheetId?: InputMaybe<Scalars['String']['input']>;
}>;


export type SyncProgressSubscription = { __typename?: 'Subscription', syncProgress: { __typename?: 'SyncProgress', bindingId: string, spreadsheetId: string, runId: string, actor: string, dryRun: boolean, phase: SyncPhase, at: SyncPhaseAt, rowsDone: number, rowsTotal: number, attempt: number, time: string, report?: { __typename?: 'SyncReport', spreadsheetId: string, dryRun: boolean, counts: { __typename?: 'SyncCounts', conflicts: number, cellErrors: number, database: { __typename?: 'SyncDatabaseCounts', creates: number, updatedRecords: number }, sheet: { __typename?: 'SyncSheetCounts', cellWrites: number, idWriteBacks: number, appendedRows: number } }, apiCalls: { __typename?: 'SyncApiCalls', reads: number, writes: number } } | null, error?: { __typename?: 'SyncFailure', message: string, code: string } | null } };

export type RunSyncMutationVariables = Exact<{
  spreadsheetId: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RunSyncMutation = { __typename?: 'Mutation', runSync: { __typename?: 'SyncReport', spreadsheetId: string, dryRun: boolean, durationMs: number, planText?: string | null, counts: { __typename?: 'SyncCounts', conflicts: number, cellErrors: number, issues: number, database: { __typename?: 'SyncDatabaseCounts', creates: number, updatedRecords: number, updatedFields: number, flags: number, unflags: number, deletes: number }, sheet: { __typename?: 'SyncSheetCounts', cellWrites: number, idWriteBacks: number, appendedRows: number, removedRows: number } }, conflicts: Array<{ __typename?: 'SyncConflictReport', table: string, recordId: string, field: string, header: string, a1: string, sheetValue?: string | null, databaseValue?: string | null, resolution: string }>, cellErrors: Array<{ __typename?: 'SyncCellError', table: string, recordId?: string | null, rowNumber: number, header: string, a1: string, raw?: string | null, message: string }>, issues: Array<{ __typename?: 'SyncIssue', kind: string, table: string, message: string, a1?: string | null, recordId?: string | null, rowNumber?: number | null }>, rejections: Array<{ __typename?: 'SyncRejection', table: string, recordId: string, field?: string | null, message: string }>, apiCalls: { __typename?: 'SyncApiCalls', calls: number, reads: number, writes: number, retries: number }, wrote: { __typename?: 'SyncWrote', database: boolean, sheetValues: boolean, sheetLayout: boolean, state: boolean } } };

export type SyncConflictsQueryVariables = Exact<{
  spreadsheetId?: InputMaybe<Scalars['String']['input']>;
}>;


export type SyncConflictsQuery = { __typename?: 'Query', syncConflicts: Array<{ __typename?: 'SyncConflict', spreadsheetId: string, table: string, recordId: string, field: string, header: string, a1: string, sheetValue?: string | null, databaseValue?: string | null, baseValue?: string | null }> };

export type ResolveSyncConflictMutationVariables = Exact<{
  input: ResolveSyncConflictInput;
}>;


export type ResolveSyncConflictMutation = { __typename?: 'Mutation', resolveSyncConflict: Array<{ __typename?: 'SyncConflict', table: string, recordId: string, field: string }> };

export type SyncRunsQueryVariables = Exact<{
  spreadsheetId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SyncRunsQuery = { __typename?: 'Query', syncRuns: Array<{ __typename?: 'SyncRun', id: string, startedAt: string, dryRun: boolean, actor: string, outcome: SyncRunOutcome, conflicts: number, cellErrors: number, issues: number, apiCalls: number, error?: string | null, summary?: any | null }> };

export type SyncBindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncBindingsQuery = { __typename?: 'Query', syncBindings: Array<{ __typename?: 'SyncBinding', id: string, spreadsheetId: string, title?: string | null, conflictPolicy: SyncConflictPolicy, sheetRowDeleted: SyncSheetRowDeletedPolicy, recordDeleted: SyncRecordDeletedPolicy, lastRunAt?: string | null, scope?: { __typename?: 'SyncBindingScope', kind: string, id: string, code?: string | null, name?: string | null } | null }> };

export type SyncedCadresQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type SyncedCadresQuery = { __typename?: 'Query', cadres: { __typename?: 'CadreConnection', nodes: Array<{ __typename?: 'Cadre', id: string, databaseId: number, fullName: string, otherName?: string | null, birthDate?: string | null, birthDateText?: string | null, ethnicity?: Ethnicity | null, professionalLevel?: ProfessionalLevel | null, homeTown?: string | null, note?: string | null }> } };

export type CreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type CreateTrainingMutation = { __typename?: 'Mutation', createTraining: { __typename?: 'Training', id: string, name: string, kind: TrainingKind, mode: TrainingMode, location: TrainingLocation } };

export type CreateEnrollmentMutationVariables = Exact<{
  input: CreateEnrollmentInput;
}>;


export type CreateEnrollmentMutation = { __typename?: 'Mutation', createEnrollment: { __typename?: 'Enrollment', id: string, status: EnrollmentStatus, cadre: { __typename?: 'Cadre', id: string }, training: { __typename?: 'Training', id: string, name: string } } };

export type TrainingWithEnrollmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingWithEnrollmentsQuery = { __typename?: 'Query', training: { __typename?: 'Training', name: string, enrollments: { __typename?: 'EnrollmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Enrollment', status: EnrollmentStatus, cadre: { __typename?: 'Cadre', fullName: string } }> } } };

export type CodeListsQueryVariables = Exact<{
  names?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type CodeListsQuery = { __typename?: 'Query', codeLists: Array<{ __typename?: 'CodeListInfo', name: string, title: string, entries: Array<{ __typename?: 'CodeListEntryInfo', value: string, code: string, label: string }> }> };

export const CadreDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadreDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cadre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateText"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CadreDetailsFragment, unknown>;
export const PlanningEntryDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlanningEntryDetailsFragment, unknown>;
export const DisciplineDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisciplineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Discipline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DisciplineDetailsFragment, unknown>;
export const TargetDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"ageThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TargetDetailsFragment, unknown>;
export const QualificationChangeDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationChangeDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QualificationChangeDetailsFragment, unknown>;
export const StatisticsGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"percentText"}},{"kind":"Field","name":{"kind":"Name","value":"shareText"}},{"kind":"Field","name":{"kind":"Name","value":"averageAge"}},{"kind":"Field","name":{"kind":"Name","value":"averageAgeText"}}]}}]} as unknown as DocumentNode<StatisticsGroupFieldsFragment, unknown>;
export const ReportRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"percentText"}},{"kind":"Field","name":{"kind":"Name","value":"shareText"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ReportRowFieldsFragment, unknown>;
export const CreateCadreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CadreDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadreDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cadre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateText"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCadreMutation, CreateCadreMutationVariables>;
export const UpdateCadreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCadreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CadreDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadreDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cadre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateText"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateCadreMutation, UpdateCadreMutationVariables>;
export const DeleteCadreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCadre"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCadreMutation, DeleteCadreMutationVariables>;
export const CadresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cadres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CadreDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CadreDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cadre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateText"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isPartyMember"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CadresQuery, CadresQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cadre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const CreateLocalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLocality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLocalityMutation, CreateLocalityMutationVariables>;
export const UpdateLocalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLocality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLocalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLocalityMutation, UpdateLocalityMutationVariables>;
export const DeleteLocalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLocality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteLocalityMutation, DeleteLocalityMutationVariables>;
export const LocalityTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalityTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtree"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubtree"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtree"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubtree"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtree"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalityTreeQuery, LocalityTreeQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const DeleteUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteUnitMutation, DeleteUnitMutationVariables>;
export const NestedOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localities"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"units"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cadres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrollments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"units"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cadres"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrollments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedOverviewQuery, NestedOverviewQueryVariables>;
export const CreatePositionForPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePositionForPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"seniority"}}]}}]}}]} as unknown as DocumentNode<CreatePositionForPlanningMutation, CreatePositionForPlanningMutationVariables>;
export const CreateAssignmentForPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssignmentForPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAssignmentForPlanningMutation, CreateAssignmentForPlanningMutationVariables>;
export const CreateEvaluationForPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvaluationForPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<CreateEvaluationForPlanningMutation, CreateEvaluationForPlanningMutationVariables>;
export const CreatePlanningTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanningTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanningTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanningTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}}]}}]} as unknown as DocumentNode<CreatePlanningTermMutation, CreatePlanningTermMutationVariables>;
export const CreatePlanningEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanningEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanningEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlanningEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEntryDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePlanningEntryMutation, CreatePlanningEntryMutationVariables>;
export const UpdatePlanningEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanningEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanningEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanningEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEntryDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanningEntryMutation, UpdatePlanningEntryMutationVariables>;
export const PlanningReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookbackYears"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planningReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookbackYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookbackYears"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningEntryDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningEntryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlanningReviewQuery, PlanningReviewQueryVariables>;
export const CadreRetirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreRetirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateText"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthsToRetirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"retirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"pensionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"ageInMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ageText"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}}]}}]}}]} as unknown as DocumentNode<CadreRetirementQuery, CadreRetirementQueryVariables>;
export const CreateDisciplineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDiscipline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDisciplineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDiscipline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisciplineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Discipline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDisciplineMutation, CreateDisciplineMutationVariables>;
export const UpdateDisciplineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDiscipline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDisciplineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDiscipline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisciplineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Discipline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDisciplineMutation, UpdateDisciplineMutationVariables>;
export const DeleteDisciplineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDiscipline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDiscipline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteDisciplineMutation, DeleteDisciplineMutationVariables>;
export const CadreDisciplinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreDisciplines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disciplines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisciplineDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Discipline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CadreDisciplinesQuery, CadreDisciplinesQueryVariables>;
export const CreateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"ageThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTargetMutation, CreateTargetMutationVariables>;
export const UpdateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"ageThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTargetMutation, UpdateTargetMutationVariables>;
export const DeleteTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTargetMutation, DeleteTargetMutationVariables>;
export const TargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Targets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"ageThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"locality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TargetsQuery, TargetsQueryVariables>;
export const TargetComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"termId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"ageThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<TargetComplianceQuery, TargetComplianceQueryVariables>;
export const CreateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantsProfessionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"grantsPoliticalTheory"}},{"kind":"Field","name":{"kind":"Name","value":"grantsStateManagement"}}]}}]}}]} as unknown as DocumentNode<CreateCourseMutation, CreateCourseMutationVariables>;
export const UpdateEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateEnrollmentMutation, UpdateEnrollmentMutationVariables>;
export const DeleteEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEnrollmentMutation, DeleteEnrollmentMutationVariables>;
export const CadreQualificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreQualifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheory"}},{"kind":"Field","name":{"kind":"Name","value":"stateManagement"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QualificationChangeDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QualificationChangeDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualificationChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"fromLabel"}},{"kind":"Field","name":{"kind":"Name","value":"toLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CadreQualificationsQuery, CadreQualificationsQueryVariables>;
export const CadresQualificationChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadresQualificationChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"politicalTheory"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CadresQualificationChangesQuery, CadresQualificationChangesQueryVariables>;
export const CadreStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CadreStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CadreFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ageThresholds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEmpty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadreStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"ageThresholds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ageThresholds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeEmpty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEmpty"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubtree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"averageAge"}},{"kind":"Field","name":{"kind":"Name","value":"averageAgeText"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"percentText"}},{"kind":"Field","name":{"kind":"Name","value":"shareText"}},{"kind":"Field","name":{"kind":"Name","value":"averageAge"}},{"kind":"Field","name":{"kind":"Name","value":"averageAgeText"}}]}}]} as unknown as DocumentNode<CadreStatisticsQuery, CadreStatisticsQueryVariables>;
export const ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"request"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRequest"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"request"},"value":{"kind":"Variable","name":{"kind":"Name","value":"request"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubtree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"rowsBy"}},{"kind":"Field","name":{"kind":"Name","value":"rowHeading"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalRow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffTotal"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"percentText"}},{"kind":"Field","name":{"kind":"Name","value":"shareText"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ExportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"request"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRequest"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"request"},"value":{"kind":"Variable","name":{"kind":"Name","value":"request"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"byteLength"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ExportReportQuery, ExportReportQueryVariables>;
export const FlaggedCadresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlaggedCadres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"syncFlagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"syncFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sheetTitle"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FlaggedCadresQuery, FlaggedCadresQueryVariables>;
export const FlaggedRecordCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlaggedRecordCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"syncFlagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"syncFlagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"syncFlagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"syncFlagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"syncFlagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"syncFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planningEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"syncFlagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FlaggedRecordCountsQuery, FlaggedRecordCountsQueryVariables>;
export const RestoreSyncedRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreSyncedRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncedRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSyncedRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cadre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"syncFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RestoreSyncedRecordMutation, RestoreSyncedRecordMutationVariables>;
export const ConfirmSyncedDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSyncedDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncedRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSyncedDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}}]}}]}}]} as unknown as DocumentNode<ConfirmSyncedDeleteMutation, ConfirmSyncedDeleteMutationVariables>;
export const SyncProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SyncProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bindingId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bindingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bindingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"spreadsheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindingId"}},{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creates"}},{"kind":"Field","name":{"kind":"Name","value":"updatedRecords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cellWrites"}},{"kind":"Field","name":{"kind":"Name","value":"idWriteBacks"}},{"kind":"Field","name":{"kind":"Name","value":"appendedRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"cellErrors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"writes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SyncProgressSubscription, SyncProgressSubscriptionVariables>;
export const RunSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spreadsheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creates"}},{"kind":"Field","name":{"kind":"Name","value":"updatedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"updatedFields"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"unflags"}},{"kind":"Field","name":{"kind":"Name","value":"deletes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cellWrites"}},{"kind":"Field","name":{"kind":"Name","value":"idWriteBacks"}},{"kind":"Field","name":{"kind":"Name","value":"appendedRows"}},{"kind":"Field","name":{"kind":"Name","value":"removedRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"cellErrors"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"a1"}},{"kind":"Field","name":{"kind":"Name","value":"sheetValue"}},{"kind":"Field","name":{"kind":"Name","value":"databaseValue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cellErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"a1"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"a1"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"reads"}},{"kind":"Field","name":{"kind":"Name","value":"writes"}},{"kind":"Field","name":{"kind":"Name","value":"retries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wrote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"sheetValues"}},{"kind":"Field","name":{"kind":"Name","value":"sheetLayout"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planText"}}]}}]}}]} as unknown as DocumentNode<RunSyncMutation, RunSyncMutationVariables>;
export const SyncConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncConflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spreadsheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"a1"}},{"kind":"Field","name":{"kind":"Name","value":"sheetValue"}},{"kind":"Field","name":{"kind":"Name","value":"databaseValue"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}}]}}]}}]} as unknown as DocumentNode<SyncConflictsQuery, SyncConflictsQueryVariables>;
export const ResolveSyncConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveSyncConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveSyncConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveSyncConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ResolveSyncConflictMutation, ResolveSyncConflictMutationVariables>;
export const SyncRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spreadsheetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spreadsheetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"cellErrors"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"apiCalls"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<SyncRunsQuery, SyncRunsQueryVariables>;
export const SyncBindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncBindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncBindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spreadsheetId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"conflictPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"sheetRowDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"recordDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SyncBindingsQuery, SyncBindingsQueryVariables>;
export const SyncedCadresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncedCadres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"databaseId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateText"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"professionalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"homeTown"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<SyncedCadresQuery, SyncedCadresQueryVariables>;
export const CreateTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingMutation, CreateTrainingMutationVariables>;
export const CreateEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEnrollmentMutation, CreateEnrollmentMutationVariables>;
export const TrainingWithEnrollmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingWithEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cadre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingWithEnrollmentsQuery, TrainingWithEnrollmentsQueryVariables>;
export const CodeListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<CodeListsQuery, CodeListsQueryVariables>;