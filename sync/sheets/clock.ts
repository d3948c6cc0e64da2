/** Time as the retry and rate-limit code sees it, so tests can run minutes of backoff in milliseconds. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * A clock that only moves when someone sleeps on it: a sleep of 30 s returns at once and
 * advances `now()` by 30 s. Share one between the client and the emulator's quota windows and
 * a storm of 429s replays deterministically in no time.
 */
export class VirtualClock implements Clock {
  private current: number;
  /** Total time spent asleep, for assertions about backoff. */
  slept = 0;

  constructor(start = Date.UTC(2025, 6, 1)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  async sleep(ms: number): Promise<void> {
    const step = Math.max(0, ms);
    this.current += step;
    this.slept += step;
    // Yield so that concurrent work interleaves as it would with real timers.
    await Promise.resolve();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/** A small seeded generator (mulberry32): reproducible jitter and fault injection. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
