import type { SheetsRequest } from './sheets-client';

/** Google recommends at most 2 MB per request; a larger layout is sent in several batches. */
export const MAX_BATCH_BYTES = 2_000_000;

/** Consecutive batches of at most `maxBytes` of JSON each (a single larger request goes alone). */
export function splitBatches(requests: readonly SheetsRequest[], maxBytes = MAX_BATCH_BYTES): SheetsRequest[][] {
  const batches: SheetsRequest[][] = [];
  let current: SheetsRequest[] = [];
  let size = 0;
  for (const request of requests) {
    const bytes = Buffer.byteLength(JSON.stringify(request)) + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(request);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
