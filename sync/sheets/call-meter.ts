import { AsyncLocalStorage } from 'node:async_hooks';
import type { SheetsCallStats } from './sheets-client';

type Tally = { -readonly [K in keyof SheetsCallStats]: number };

/** What one piece of work has sent so far. */
export interface CallMeter {
  stats(): SheetsCallStats;
}

/** The tallies of the work going on in this async context: the innermost last (work metered inside metered work counts in both). */
const tallies = new AsyncLocalStorage<readonly Tally[]>();

/**
 * Counts the Google calls made by `work` and by nothing else. A client is shared by every run of a
 * process (one rate limiter, one quota), and several runs go at once — the scheduler starts every
 * due binding together — so a run's share cannot be read off the client's totals; the calls are
 * counted where they are sent (`countCalls`), into the tally of the work they were made for.
 */
export function meteringCalls<T>(work: (meter: CallMeter) => Promise<T>): Promise<T> {
  const tally: Tally = { calls: 0, reads: 0, writes: 0, retries: 0, backoffMs: 0, throttledMs: 0 };
  const meter: CallMeter = { stats: () => ({ ...tally }) };
  return tallies.run([...(tallies.getStore() ?? []), tally], () => work(meter));
}

/** Adds to the tally of the work this call is made for, if it is metered. For the gateways' own use. */
export function countCalls(counts: Partial<SheetsCallStats>): void {
  for (const tally of tallies.getStore() ?? []) {
    for (const [key, value] of Object.entries(counts) as [keyof Tally, number][]) tally[key] += value;
  }
}
