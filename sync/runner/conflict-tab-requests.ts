import type { ConflictTabPlan } from '../engine/conflict-tab';
import { CONFLICT_CHOICES } from '../engine/conflict-tab';
import type { CellValue } from '../engine/types';
import type { SheetsRequest } from '../sheets/sheets-client';

export const SINCE_PATTERN = 'dd/mm/yyyy hh:mm';

const FIELDS = 'userEnteredValue,note,dataValidation,userEnteredFormat.numberFormat';

const CHOICE_RULE = {
  condition: { type: 'ONE_OF_LIST', values: Object.values(CONFLICT_CHOICES).map((c) => ({ userEnteredValue: c })) },
  showCustomUi: true,
  strict: false,
};

function value(cell: CellValue | null): Record<string, unknown> {
  if (cell === null) return {};
  if (typeof cell === 'number') return { userEnteredValue: { numberValue: cell } };
  if (typeof cell === 'boolean') return { userEnteredValue: { boolValue: cell } };
  return { userEnteredValue: { stringValue: cell } };
}

/**
 * The conflicts tab rewritten to its plan, in hoso's columns only: the rows read are overwritten
 * in place (those past the last line cleared), lines beyond them appended (appendCells grows the
 * grid). Every line gets the dropdown on 'Giữ' and the date-time format on 'Từ lúc'.
 */
export function conflictTabRequests(plan: ConflictTabPlan, sheetId: number): SheetsRequest[] {
  if (!plan.write) return [];
  const choiceColumn = plan.columns.choice;
  const sinceColumn = plan.columns.since;
  const cellData = (line: ConflictTabPlan['lines'][number] | undefined, column: number): Record<string, unknown> => ({
    ...value(line?.cells.get(column) ?? null),
    ...(line?.note && column === choiceColumn ? { note: line.note } : {}),
    ...(line && column === choiceColumn ? { dataValidation: CHOICE_RULE } : {}),
    ...(line && column === sinceColumn ? { userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: SINCE_PATTERN } } } : {}),
  });
  // Runs of adjacent hoso columns, one updateCells each: staff columns between them are not touched.
  const hoso = [...new Set(Object.values(plan.columns))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const column of hoso) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === column - 1) last.push(column);
    else runs.push([column]);
  }
  const requests: SheetsRequest[] = [];
  if (plan.rowsRead > 0) {
    for (const run of runs) {
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: 1, columnIndex: run[0]! },
          rows: Array.from({ length: plan.rowsRead }, (_, i) => ({ values: run.map((column) => cellData(plan.lines[i], column)) })),
          fields: FIELDS,
        },
      });
    }
  }
  const appended = plan.lines.slice(plan.rowsRead);
  if (appended.length > 0) {
    const width = hoso[hoso.length - 1]! + 1;
    requests.push({
      appendCells: {
        sheetId,
        rows: appended.map((line) => ({
          values: Array.from({ length: width }, (_, column) => (hoso.includes(column) ? cellData(line, column) : {})),
        })),
        fields: FIELDS,
      },
    });
  }
  return requests;
}
