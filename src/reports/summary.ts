import { PoliticalTheoryLevel, politicalTheoryLevelCodeList, professionalLevelCodeList } from '../common/code-lists';
import { enumKey, EventDimension, StatisticsDimension } from './dimensions';
import { formatCount, formatPercent, formatShare } from '../common/number-format';
import { AVERAGE_AGE_COLUMN, columnKey, ReportForm, type ReportRowValue, type ReportTableValue } from './report-table';

/**
 * The sentence offices write under a table, from the table's total row:
 * "Số lượng CBLĐ, QL là 244 người / 2.886; nữ 30 (12,3%), ...; trình độ tiến sĩ 1, thạc sĩ 41,
 * đại học 198; lý luận chính trị cao cấp, cử nhân 78/244 = 32%, trung cấp 160."
 */

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

class TotalRow {
  private readonly byColumn: Map<string, { count: number | null; text: string }>;

  constructor(readonly row: ReportRowValue) {
    this.byColumn = new Map(row.cells.map((c) => [c.column, c]));
  }

  count(key: string): number {
    return this.byColumn.get(key)?.count ?? 0;
  }

  text(key: string): string {
    return this.byColumn.get(key)?.text ?? '';
  }

  /** "nữ 30 (15,3%)" */
  withShare(label: string, key: string): string {
    const count = this.count(key);
    return `${label} ${formatCount(count)} (${formatPercent(count, this.row.count)})`;
  }

  /** "tiến sĩ 1, thạc sĩ 41" for the columns with someone in them. */
  nonZero(columns: readonly { label: string; key: string }[]): string[] {
    return columns.filter((c) => this.count(c.key) > 0).map((c) => `${c.label} ${formatCount(this.count(c.key))}`);
  }
}

function staffSummary(table: ReportTableValue, total: TotalRow): string {
  const n = formatCount(table.totalRow.count);
  const of = table.staffTotal != null ? ` / ${formatCount(table.staffTotal)}` : '';
  const subject =
    table.form === ReportForm.LEADERS
      ? `Số lượng CBLĐ, QL là ${n} người${of}`
      : table.form === ReportForm.PLANNED
        ? `Số cán bộ trong quy hoạch là ${n} người${of}`
        : `Tổng số cán bộ, công chức, viên chức là ${n} người`;
  if (table.totalRow.count === 0) return `${subject}.`;
  const S = StatisticsDimension;
  const parts: string[] = [
    [
      total.withShare('nữ', columnKey(S.SEX, 'FEMALE')),
      total.withShare('dân tộc thiểu số', columnKey(S.MINORITY, 'MINORITY')),
      total.withShare('đảng viên', columnKey(S.PARTY_MEMBERSHIP, 'MEMBER')),
    ].join(', '),
  ];
  const ages = [`tuổi bình quân ${total.text(AVERAGE_AGE_COLUMN)}`];
  // "dưới 35 tuổi 6 (3,1%)": every custom band but the oldest, which is the rest.
  for (const column of table.columns.filter((c) => c.key.startsWith(`${S.AGE_THRESHOLD}:`)).slice(0, -1)) {
    ages.push(total.withShare(`${lowerFirst(column.heading)} tuổi`, column.key));
  }
  parts.push(ages.join(', '));
  const degrees = total.nonZero(
    professionalLevelCodeList.entries
      .map((e) => e.value)
      .reverse()
      .map((level) => ({
        label: lowerFirst(professionalLevelCodeList.label(level)),
        key: columnKey(S.PROFESSIONAL_LEVEL, enumKey(professionalLevelCodeList, level)),
      })),
  );
  if (degrees.length > 0) parts.push(`trình độ ${degrees.join(', ')}`);
  const theoryKey = (level: PoliticalTheoryLevel) => columnKey(S.POLITICAL_THEORY, enumKey(politicalTheoryLevelCodeList, level));
  // Reports merge the two highest levels: "cao cấp, cử nhân".
  const high = total.count(theoryKey(PoliticalTheoryLevel.ADVANCED)) + total.count(theoryKey(PoliticalTheoryLevel.BACHELOR));
  const theory = [
    ...(high > 0 ? [`cao cấp, cử nhân ${formatShare(high, table.totalRow.count)}`] : []),
    ...total.nonZero(
      [PoliticalTheoryLevel.INTERMEDIATE, PoliticalTheoryLevel.ELEMENTARY].map((level) => ({
        label: lowerFirst(politicalTheoryLevelCodeList.label(level)),
        key: theoryKey(level),
      })),
    ),
  ];
  if (theory.length > 0) parts.push(`lý luận chính trị ${theory.join(', ')}`);
  return `${subject}; ${parts.join('; ')}.`;
}

function periodText(table: ReportTableValue): string {
  return table.from ? `Từ ${dmy(table.from)} đến ${dmy(table.to!)}` : `Đến ${dmy(table.to!)}`;
}

function groupParts(table: ReportTableValue, total: TotalRow, groups: readonly string[], prefixed: boolean): string[] {
  const parts: string[] = [];
  for (const group of groups) {
    const items = total.nonZero(table.columns.filter((c) => c.group === group).map((c) => ({ label: lowerFirst(c.heading), key: c.key })));
    if (items.length > 0) parts.push(prefixed ? `${lowerFirst(group)}: ${items.join(', ')}` : items.join(', '));
  }
  return parts;
}

function trainingSummary(table: ReportTableValue, total: TotalRow): string {
  const head = `${periodText(table)} có ${formatCount(table.totalRow.count)} lượt cán bộ được cử đi đào tạo, bồi dưỡng`;
  const parts = groupParts(table, total, ['Lý luận chính trị', 'Chuyên môn', 'Quản lý nhà nước'], true);
  parts.push(...groupParts(table, total, ['Nơi đào tạo'], false));
  const programmes = table.columns
    .filter((c) => c.key.startsWith(`${EventDimension.PROGRAMME}:`) && total.count(c.key) > 0)
    .map((c) => `${c.heading}: ${formatCount(total.count(c.key))}`);
  if (programmes.length > 0) parts.push(programmes.join(', '));
  return parts.length > 0 ? `${head}; ${parts.join('; ')}.` : `${head}.`;
}

function rotationSummary(table: ReportTableValue, total: TotalRow): string {
  const head = `${periodText(table)} có ${formatCount(table.totalRow.count)} lượt cán bộ được luân chuyển, điều động, biệt phái`;
  const parts = groupParts(table, total, ['Hình thức', 'Hướng luân chuyển'], false);
  const women = total.count(columnKey(StatisticsDimension.SEX, 'FEMALE'));
  if (women > 0) parts.push(`nữ ${formatCount(women)}`);
  return parts.length > 0 ? `${head}: ${parts.join('; ')}.` : `${head}.`;
}

export function summarise(table: ReportTableValue): string {
  const total = new TotalRow(table.totalRow);
  if (table.form === ReportForm.TRAINING) return trainingSummary(table, total);
  if (table.form === ReportForm.ROTATION) return rotationSummary(table, total);
  return staffSummary(table, total);
}
