import type { Clock } from './clock';

/**
 * A sliding-window limiter: at most `limit` calls in any `windowMs`. Google counts Sheets
 * requests per minute per user (60 reads, 60 writes), refilled every minute; staying under the
 * quota client-side avoids spending the run's time on 429s in the first place.
 */
export class RateLimiter {
  private readonly started: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** Total time callers waited for a slot. */
  waitedMs = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {
    if (!(limit > 0)) throw new RangeError('A rate limit must allow at least one request');
  }

  /** Resolves when a call may start; calls are admitted one at a time, in order. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.started.length > 0 && this.started[0]! <= now - this.windowMs) this.started.shift();
      if (this.started.length < this.limit) {
        this.started.push(now);
        return;
      }
      const wait = this.started[0]! + this.windowMs - now;
      this.waitedMs += wait;
      await this.clock.sleep(wait);
    }
  }
}
