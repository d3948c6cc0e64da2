import { Cadre } from '../../cadres/cadre.entity';
import { planningRemovalReasonCodeList } from '../../common/code-lists';
import { CreatePlanningEntryInput, UpdatePlanningEntryInput } from '../../planning/planning-entry.inputs';
import { PlanningEntry } from '../../planning/planning-entry.entity';
import { createPlanningEntry, updatePlanningEntry } from '../../planning/planning-entry.service';
import { PlanningTerm } from '../../planning/planning-term.entity';
import { Position } from '../../positions/position.entity';
import { Unit } from '../../units/unit.entity';
import { codeListColumn, dateColumn, referenceColumn, textColumn } from '../codecs';
import { cadreColumn, defineSyncTable, refId } from './define-table';
import { REFERENCE_TARGETS } from './reference-targets';

/** Quy hoạch: a cadre planned for a post of a unit for a term; a removal keeps its date and reason. */
export const planningEntryTable = defineSyncTable({
  table: 'planning_entry',
  sheetTitle: 'Quy hoạch',
  entity: PlanningEntry,
  columns: (lookups) => [
    referenceColumn('term', 'Nhiệm kỳ', lookups.planningTerms, {
      required: true,
      aliases: ['Nhiệm kỳ quy hoạch'],
      hint: 'Nhiệm kỳ quy hoạch, ví dụ 2025–2030.',
    }),
    cadreColumn(lookups),
    referenceColumn('position', 'Chức danh', lookups.positions, {
      required: true,
      aliases: ['Chức danh quy hoạch', 'Chức vụ quy hoạch', 'Quy hoạch chức danh'],
      hint: 'Chức danh được quy hoạch, kèm cấp khi tên trùng (ví dụ «Bí thư – Cấp xã»).',
    }),
    referenceColumn('unit', 'Đơn vị', lookups.units, {
      target: REFERENCE_TARGETS.unit,
      required: true,
      aliases: ['Cơ quan, đơn vị', 'Đơn vị quy hoạch'],
      hint: 'Đơn vị của chức danh: mã đơn vị, tên đơn vị hoặc mã hoso.',
    }),
    dateColumn('addedAt', 'Ngày đưa vào', { required: true, aliases: ['Ngày đưa vào quy hoạch', 'Ngày phê duyệt'] }),
    textColumn('decisionNumber', 'Số quyết định', { aliases: ['Số QĐ', 'Quyết định phê duyệt'], maxLength: 100 }),
    dateColumn('removedAt', 'Ngày đưa ra', { aliases: ['Ngày đưa ra khỏi quy hoạch'] }),
    codeListColumn('removalReason', 'Lý do đưa ra', planningRemovalReasonCodeList, {
      aliases: ['Lý do đưa ra khỏi quy hoạch', 'Lý do'],
      hint: 'Bắt buộc khi có ngày đưa ra khỏi quy hoạch.',
    }),
    textColumn('removalNote', 'Ghi chú', { aliases: ['Ghi chú đưa ra', 'Ghi chú lý do'], maxLength: 5000 }),
  ],
  references: { term: PlanningTerm, cadre: Cadre, position: Position, unit: Unit },
  // The planning-entry service keeps term and cadre fixed: a different person or term is a new entry.
  fixed: ['term', 'cadre'],
  toValues: (entry) => ({
    term: refId(entry.term),
    cadre: refId(entry.cadre),
    position: refId(entry.position),
    unit: refId(entry.unit),
    addedAt: entry.addedAt,
    decisionNumber: entry.decisionNumber ?? null,
    removedAt: entry.removedAt ?? null,
    removalReason: entry.removalReason ?? null,
    removalNote: entry.removalNote ?? null,
  }),
  createInput: CreatePlanningEntryInput,
  updateInput: UpdatePlanningEntryInput,
  create: createPlanningEntry,
  update: updatePlanningEntry,
});
