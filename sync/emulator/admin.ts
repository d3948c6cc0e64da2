import { notFound } from './api-error';
import type { Scalar } from './cells';
import type { FaultSettings } from './faults';
import type { SheetsEmulator } from './server';
import type { SpreadsheetSeed } from './spreadsheets';

/**
 * `/__emulator/...`: the emulator's test hooks over HTTP, for demos and for other processes.
 * Not API calls: never logged, never counted against quotas, never failed on purpose.
 */
export function adminRoute(emulator: SheetsEmulator, method: string, url: URL, body: Record<string, unknown>): unknown {
  const path = url.pathname.slice('/__emulator'.length);
  if (method === 'POST' && path === '/reset') {
    emulator.reset();
    return { ok: true };
  }
  if (method === 'GET' && path === '/requests') return { requests: emulator.requests };
  if (method === 'POST' && path === '/faults') {
    emulator.configureFaults(body as FaultSettings);
    return { ok: true };
  }
  if (method === 'DELETE' && path === '/faults') {
    emulator.faults.clear();
    return { ok: true };
  }
  if (method === 'GET' && path === '/spreadsheets') return { spreadsheetIds: emulator.spreadsheetIds() };
  if (method === 'POST' && path === '/spreadsheets') return { spreadsheetId: emulator.createSpreadsheet(body as SpreadsheetSeed) };
  const match = /^\/spreadsheets\/([^/]+)\/(values|batchUpdate|notes)$/.exec(path);
  if (match) {
    const spreadsheetId = decodeURIComponent(match[1]!);
    if (match[2] === 'values' && method === 'GET')
      return { values: emulator.getValues(spreadsheetId, url.searchParams.get('range') ?? '') };
    if (match[2] === 'values' && method === 'POST') {
      const input = body.valueInputOption === 'RAW' ? 'RAW' : 'USER_ENTERED';
      emulator.setValues(spreadsheetId, String(body.range ?? ''), (body.values ?? []) as Scalar[][], input);
      return { ok: true };
    }
    if (match[2] === 'batchUpdate' && method === 'POST') {
      const requests = Array.isArray(body.requests) ? (body.requests as Record<string, unknown>[]) : [];
      emulator.applyRequests(spreadsheetId, requests);
      return { ok: true };
    }
    if (match[2] === 'notes' && method === 'GET') return { notes: emulator.notes(spreadsheetId, url.searchParams.get('sheet') ?? '') };
  }
  throw notFound(`No emulator admin route ${method} ${url.pathname}`);
}
