import { seededRandom } from '../sheets/clock';

export type ApiOperation =
  'spreadsheets.create' | 'spreadsheets.get' | 'spreadsheets.batchUpdate' | 'values.get' | 'values.batchGet' | 'values.batchUpdate';

/** Google counts reads and writes in separate per-minute buckets. */
export function quotaKindOf(operation: ApiOperation): 'read' | 'write' {
  return operation === 'spreadsheets.get' || operation === 'values.get' || operation === 'values.batchGet' ? 'read' : 'write';
}

/** At most `limit` requests of each kind per fixed window (Google refills every minute); the rest get 429 RESOURCE_EXHAUSTED. */
export interface QuotaRule {
  readonly limit: number;
  readonly windowMs: number;
}

export interface FailureRule {
  /** 500, 502, 503... */
  readonly status: number;
  /** Fail the Nth API call counted from when the rule was set (1 = the next one). */
  readonly onCall?: number;
  /** Fail each matching call with this probability, drawn from a generator seeded with `seed`. */
  readonly probability?: number;
  readonly seed?: number;
  /** Only these operations (all when absent). */
  readonly operations?: readonly ApiOperation[];
  /** Apply the request, then answer the error: the case of a response lost after Google did the work. */
  readonly afterApplying?: boolean;
  /** How many failures this rule may cause (1 for `onCall`, unlimited otherwise). */
  readonly times?: number;
}

export interface FaultSettings {
  readonly quota?: QuotaRule | null;
  readonly failures?: readonly FailureRule[];
  readonly latencyMs?: number;
}

interface ActiveFailure {
  readonly rule: FailureRule;
  readonly firstCall: number;
  readonly random: () => number;
  remaining: number;
}

export interface FaultDecision {
  readonly quotaExceeded: boolean;
  readonly failure: { readonly status: number; readonly afterApplying: boolean } | null;
}

/** The emulator's misbehaviour on demand: quotas, 5xx and latency, all reproducible. */
export class Faults {
  private quota: QuotaRule | null = null;
  private failures: ActiveFailure[] = [];
  private windows = new Map<string, number>();
  latencyMs = 0;

  constructor(private readonly now: () => number) {}

  /** Replaces the quota and the failure rules; `callCount` is the API calls served so far. */
  configure(settings: FaultSettings, callCount: number): void {
    if (settings.quota !== undefined) this.setQuota(settings.quota);
    if (settings.failures !== undefined) this.failures = [];
    for (const rule of settings.failures ?? []) this.addFailure(rule, callCount);
    if (settings.latencyMs !== undefined) this.latencyMs = settings.latencyMs;
  }

  setQuota(rule: QuotaRule | null): void {
    if (rule && !(rule.limit >= 0 && rule.windowMs > 0)) throw new RangeError('quota needs limit ≥ 0 and windowMs > 0');
    this.quota = rule;
    this.windows.clear();
  }

  addFailure(rule: FailureRule, callCount: number): void {
    const unlimited = rule.onCall === undefined;
    this.failures.push({
      rule,
      firstCall: callCount,
      random: seededRandom(rule.seed ?? 1),
      remaining: rule.times ?? (unlimited ? Number.POSITIVE_INFINITY : 1),
    });
  }

  clear(): void {
    this.quota = null;
    this.failures = [];
    this.windows.clear();
    this.latencyMs = 0;
  }

  /** Decides the fate of API call number `callIndex` (1-based, over the emulator's life). */
  decide(operation: ApiOperation, callIndex: number): FaultDecision {
    if (this.quota) {
      const kind = quotaKindOf(operation);
      const window = `${kind}:${Math.floor(this.now() / this.quota.windowMs)}`;
      const used = this.windows.get(window) ?? 0;
      if (used >= this.quota.limit) return { quotaExceeded: true, failure: null };
      this.windows.set(window, used + 1);
    }
    for (const active of this.failures) {
      const { rule } = active;
      if (active.remaining <= 0) continue;
      if (rule.operations && !rule.operations.includes(operation)) continue;
      const hit = rule.onCall !== undefined ? callIndex - active.firstCall === rule.onCall : active.random() < (rule.probability ?? 0);
      if (!hit) continue;
      active.remaining--;
      return { quotaExceeded: false, failure: { status: rule.status, afterApplying: rule.afterApplying === true } };
    }
    return { quotaExceeded: false, failure: null };
  }
}
