import type { SyncPlan, TablePlan } from './plan-types';
import { provisionalRow } from './references';
import type { CellValue, ColumnSpec, FieldValue, TableSpec } from './types';

function show(value: FieldValue | CellValue | undefined): string {
  return value === null || value === undefined || value === '' ? '(trống)' : `«${String(value)}»`;
}

function columnOf(specs: readonly TableSpec[], table: string, field: string): ColumnSpec | undefined {
  return specs.find((s) => s.table === table)?.columns.find((c) => c.field === field);
}

function headerOf(specs: readonly TableSpec[], table: string, field: string): string {
  return columnOf(specs, table, field)?.header ?? field;
}

/** A field as staff would read it in the sheet (the codec's label), when the spec is known. */
function showField(specs: readonly TableSpec[], table: string, field: string, value: FieldValue): string {
  const column = columnOf(specs, table, field);
  // A reference to a row created in this run: its record has no id yet.
  const row = column?.reference ? provisionalRow(value) : null;
  if (row !== null) {
    const title = specs.find((s) => s.table === column?.reference?.table)?.sheetTitle ?? column?.reference?.table;
    return `dòng ${row} trang «${title}» (hồ sơ mới)`;
  }
  return show(column && value !== null ? column.format(value) : value);
}

function tableSummary(t: TablePlan): string[] {
  const creates = t.newRows.length;
  const fields = t.updates.reduce((n, u) => n + u.changes.length, 0);
  const idWriteBacks = t.newRows.filter((r) => r.reservedId === null).length;
  return [
    `  → hoso: ${creates} hồ sơ mới, ${t.updates.length} hồ sơ sửa (${fields} trường), ` +
      `${t.flags.length} đánh dấu mất dòng, ${t.unflags.length} bỏ đánh dấu, ${t.deletes.length} xoá`,
    `  → bảng tính: ${t.cellWrites.length} ô, ${idWriteBacks} mã ghi lại, ${t.appendRows.length} dòng thêm, ${t.removeRows.length} dòng xoá`,
  ];
}

/**
 * The dry run: what a run would do, one line per change, in the plan's (deterministic) order.
 * `specs` only lends the Vietnamese headers to the lines; without it fields show by name.
 */
export function formatPlan(plan: SyncPlan, specs: readonly TableSpec[] = []): string {
  const lines: string[] = ['Kế hoạch đồng bộ (chưa ghi gì)'];
  for (const t of plan.tables) {
    lines.push(`Trang «${t.sheetTitle}» (${t.table})${t.layout.synced ? '' : ' — không đồng bộ'}`);
    if (!t.layout.synced) continue;
    lines.push(...tableSummary(t));
    for (const row of t.newRows) {
      const values = Object.entries(row.values)
        .filter(([, v]) => v !== null)
        .map(([field, v]) => `${headerOf(specs, t.table, field)} ${showField(specs, t.table, field, v)}`)
        .join(', ');
      const id = row.reservedId === null ? 'mã mới' : `mã đã giữ ${row.reservedId}`;
      lines.push(`  + dòng ${row.rowNumber} thành hồ sơ (${id}): ${values}`);
    }
    for (const update of t.updates) {
      for (const change of update.changes) {
        lines.push(
          `  ~ hồ sơ ${update.id} (dòng ${update.rowNumber}) ${headerOf(specs, t.table, change.field)}: ` +
            `${showField(specs, t.table, change.field, change.expected)} → ${showField(specs, t.table, change.field, change.value)}`,
        );
      }
    }
    for (const write of t.cellWrites) lines.push(`  > ${write.a1}: ${show(write.previous)} → ${show(write.value)}`);
    for (const row of t.appendRows) lines.push(`  ⊕ thêm dòng cho hồ sơ ${row.id}`);
    for (const row of t.removeRows) lines.push(`  ⊖ xoá dòng ${row.rowNumber} (hồ sơ ${row.id} đã bị xoá trong hoso)`);
    for (const flag of t.flags) lines.push(`  ⚑ đánh dấu hồ sơ ${flag.id}: dòng không còn trên trang`);
    for (const unflag of t.unflags) lines.push(`  ⚐ bỏ đánh dấu hồ sơ ${unflag.id}: dòng ${unflag.rowNumber} đã trở lại`);
    for (const deletion of t.deletes) lines.push(`  ✕ xoá hồ sơ ${deletion.id}: dòng không còn trên trang`);
  }
  for (const c of plan.conflicts) {
    const outcome =
      c.resolution === 'kept-both' ? 'giữ cả hai, chờ người chọn' : c.resolution === 'sheet-won' ? 'lấy bảng tính' : 'lấy hoso';
    const value = (v: FieldValue): string => showField(specs, c.table, c.field, v);
    lines.push(
      `! xung đột ${c.a1} (${c.header}): bảng tính ${value(c.sheetValue)}, hoso ${value(c.databaseValue)}, trước đó ${value(c.baseValue)} → ${outcome}`,
    );
  }
  for (const e of plan.cellErrors) lines.push(`✗ lỗi ô ${e.a1} (${e.header}): ${e.message}`);
  for (const issue of plan.issues) lines.push(`· ${issue.a1 ? `${issue.a1}: ` : ''}${issue.message}`);
  const { database, sheet } = plan.counts;
  lines.push(
    `Tổng: hoso ${database.creates} mới, ${database.updatedFields} trường sửa, ${database.flags} đánh dấu, ${database.deletes} xoá; ` +
      `bảng tính ${sheet.cellWrites} ô, ${sheet.idWriteBacks} mã, ${sheet.appendedRows} dòng thêm, ${sheet.removedRows} dòng xoá; ` +
      `${plan.counts.conflicts} xung đột, ${plan.counts.cellErrors} lỗi ô, ${plan.counts.issues} ghi chú khác.`,
  );
  return lines.join('\n');
}
