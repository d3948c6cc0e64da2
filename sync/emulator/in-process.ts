import { ApiError } from './api-error';
import type { SheetsEmulator } from './server';
import { SheetsApiError } from '../sheets/errors';
import type {
  BatchGetOptions,
  SheetsCallStats,
  SheetsGateway,
  SheetsRequest,
  Spreadsheet,
  ValueInputOption,
  ValueRange,
  ValueWrite,
} from '../sheets/sheets-client';
import type { sheets_v4 } from '../sheets/google-sheets-api';
import { type ApiOperation, quotaKindOf } from './faults';
import { countCalls } from '../sheets/call-meter';

/**
 * A `SheetsGateway` that calls the emulator in the same process, skipping HTTP and googleapis:
 * for property tests and benchmarks that run thousands of syncs. Same semantics, same faults
 * and hooks; no retries (a failure surfaces at once as a `SheetsApiError`).
 */
export class InProcessSheets implements SheetsGateway {
  private counters = { calls: 0, reads: 0, writes: 0 };

  constructor(readonly emulator: SheetsEmulator) {}

  stats(): SheetsCallStats {
    return { ...this.counters, retries: 0, backoffMs: 0, throttledMs: 0 };
  }

  async batchGetValues(spreadsheetId: string, ranges: readonly string[], options: BatchGetOptions = {}): Promise<ValueRange[]> {
    const result = (await this.call('values.batchGet', spreadsheetId, {
      query: {
        ranges,
        valueRenderOption: options.valueRenderOption ?? 'UNFORMATTED_VALUE',
        dateTimeRenderOption: options.dateTimeRenderOption ?? 'SERIAL_NUMBER',
        majorDimension: options.majorDimension ?? 'ROWS',
      },
    })) as { valueRanges: { range: string; majorDimension: 'ROWS' | 'COLUMNS'; values?: unknown[][] }[] };
    return result.valueRanges.map((v) => ({ range: v.range, majorDimension: v.majorDimension, values: v.values ?? [] }));
  }

  async batchUpdateValues(spreadsheetId: string, data: readonly ValueWrite[], valueInputOption: ValueInputOption): Promise<number> {
    const result = (await this.call('values.batchUpdate', spreadsheetId, { body: { valueInputOption, data } })) as {
      totalUpdatedCells: number;
    };
    return result.totalUpdatedCells;
  }

  async batchUpdateSpreadsheet(spreadsheetId: string, requests: readonly SheetsRequest[]): Promise<sheets_v4.Schema$Response[]> {
    const result = (await this.call('spreadsheets.batchUpdate', spreadsheetId, { body: { requests } })) as {
      replies: sheets_v4.Schema$Response[];
    };
    return result.replies;
  }

  async getSpreadsheet(
    spreadsheetId: string,
    options: { readonly ranges?: readonly string[]; readonly includeGridData?: boolean } = {},
  ): Promise<Spreadsheet> {
    return (await this.call('spreadsheets.get', spreadsheetId, {
      query: { ...(options.ranges ? { ranges: options.ranges } : {}), ...(options.includeGridData ? { includeGridData: 'true' } : {}) },
    })) as Spreadsheet;
  }

  private async call(operation: ApiOperation, spreadsheetId: string, params: Parameters<SheetsEmulator['invoke']>[2]): Promise<unknown> {
    const kind = quotaKindOf(operation) === 'read' ? 'reads' : 'writes';
    this.counters.calls++;
    this.counters[kind]++;
    countCalls({ calls: 1, [kind]: 1 });
    try {
      // A JSON round trip, as over the wire: nothing shared between the caller and the emulator's model.
      return JSON.parse(JSON.stringify(await this.emulator.invoke(operation, spreadsheetId, params))) as unknown;
    } catch (error) {
      if (error instanceof ApiError)
        throw new SheetsApiError(`${operation} failed (${error.code}): ${error.message}`, error.code, error.status, error.code >= 500, 1);
      throw error;
    }
  }
}
