import type { SheetsEmulator } from '../../sync/emulator/server';
import { SheetsClient } from '../../sync/sheets/sheets-client';

/**
 * The real googleapis-based client, pointed at an emulator the way a test wants it: any token,
 * retries a few milliseconds apart (the emulator's faults are the tests' own), and no client-side
 * quota in the way. `maxAttempts` lower for a test that wants a failure to surface quickly.
 */
export function emulatorClient(emulator: SheetsEmulator, maxAttempts = 6): SheetsClient {
  return new SheetsClient({
    rootUrl: emulator.rootUrl,
    credentials: { kind: 'access-token', token: 'test' },
    retry: { maxAttempts, baseDelayMs: 2, maxDelayMs: 10 },
    requestsPerMinute: 100_000,
  });
}
