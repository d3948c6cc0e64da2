import { logger } from '../app/logger';
import type { Orm } from '../app/orm';
import { AuditEntry } from '../audit/audit-entry.entity';
import type { UnauthenticatedReason } from './unauthenticated.error';

export interface SignInFailure {
  /** The claimed login (`sub`), `apikey:<prefix>`, or `unknown`: never a secret or the token. */
  readonly actor: string;
  readonly reason: UnauthenticatedReason;
  /** `token` (hoso's own), `apikey`, `oidc`, or `none` when there was no usable credential. */
  readonly method: string;
  /** Where the request came from (the client address the HTTP front passes), else `unknown`. */
  readonly client: string;
}

interface SourceWindow {
  writtenAt: number;
  suppressed: number;
}

/**
 * Records refused sign-ins in the audit log without letting a flood fill it: at most one row
 * per client per window (10 s), and at most `maxPerWindow` rows per window overall; what is
 * held back is counted and written as `suppressed` on that client's next row.
 */
export class SignInFailureLog {
  private readonly windows = new Map<string, SourceWindow>();
  private windowStart = 0;
  private writtenInWindow = 0;

  constructor(
    private readonly orm: Orm,
    private readonly options: { windowMs?: number; maxPerWindow?: number; maxClients?: number; now?: () => number } = {},
  ) {}

  async record(failure: SignInFailure): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    const windowMs = this.options.windowMs ?? 10_000;
    if (now - this.windowStart >= windowMs) {
      this.windowStart = now;
      this.writtenInWindow = 0;
      this.forgetOlderThan(now - windowMs);
    }
    const client = failure.client.slice(0, 100);
    const window = this.windows.get(client);
    if ((window && now - window.writtenAt < windowMs) || this.writtenInWindow >= (this.options.maxPerWindow ?? 100)) {
      if (window) window.suppressed++;
      else if (this.windows.size < (this.options.maxClients ?? 10_000))
        this.windows.set(client, { writtenAt: now - windowMs, suppressed: 1 });
      return;
    }
    const suppressed = window?.suppressed ?? 0;
    this.windows.set(client, { writtenAt: now, suppressed: 0 });
    this.writtenInWindow++;
    try {
      await this.orm.em.fork().insert(AuditEntry, {
        at: new Date(now),
        actor: failure.actor.slice(0, 200),
        source: 'api',
        entityName: 'SignIn',
        entityId: 0,
        action: 'sign-in-failed',
        changes: { reason: failure.reason, method: failure.method, client, suppressed },
      });
    } catch (error) {
      // The refusal stands whether or not it could be recorded.
      logger.error({ err: error }, 'could not record a failed sign-in in the audit log');
    }
  }

  private forgetOlderThan(cutoff: number): void {
    for (const [client, window] of this.windows) if (window.writtenAt < cutoff && window.suppressed === 0) this.windows.delete(client);
  }
}
