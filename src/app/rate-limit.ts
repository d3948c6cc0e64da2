import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Principal } from '../access/access.types';

/** What a refusal tells the client: when one more request would be let through. */
export interface RateLimitRefusal {
  readonly retryAfterSeconds: number;
}

export interface TokenBucketOptions {
  /** Requests per minute, sustained; also the largest burst. */
  readonly perMinute: number;
  /** Keys kept before refilled buckets are forgotten (memory stays bounded under a flood of new keys). */
  readonly maxKeys?: number;
  /** Test seam. */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key, in memory: up to `perMinute` requests at once, then `perMinute / 60`
 * a second. Own code rather than rate-limiter-flexible: its memory store is a fixed window per key
 * (a client may send twice the budget across a window's edge) with a timer per key, while this is
 * thirty lines, has no timers, and the refill is exact.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.perMs = options.perMinute / 60_000;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether `key` has a request left, without spending it. */
  check(key: string): RateLimitRefusal | undefined {
    return this.refusal(this.refilled(key, this.now()));
  }

  /** Spends one request of `key`; a refusal when none is left (nothing is spent then). */
  take(key: string): RateLimitRefusal | undefined {
    const now = this.now();
    const bucket = this.refilled(key, now);
    const refusal = this.refusal(bucket);
    if (refusal) return refusal;
    bucket.tokens -= 1;
    if (!this.buckets.has(key)) this.remember(key, bucket);
    return undefined;
  }

  /** How many keys are held (for tests of the memory bound). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.options.perMinute, at: now };
    bucket.tokens = Math.min(this.options.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    return bucket;
  }

  private refusal(bucket: Bucket): RateLimitRefusal | undefined {
    if (bucket.tokens >= 1) return undefined;
    return { retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  private remember(key: string, bucket: Bucket): void {
    if (this.buckets.size >= this.maxKeys) {
      // A bucket refilled to the top is the same as no bucket: forget those first, then the oldest.
      const now = this.now();
      for (const [k, b] of this.buckets) {
        if (b.tokens + (now - b.at) * this.perMs >= this.options.perMinute) this.buckets.delete(k);
      }
      for (const k of this.buckets.keys()) {
        if (this.buckets.size < this.maxKeys) break;
        this.buckets.delete(k);
      }
    }
    this.buckets.set(key, bucket);
  }
}

/** `Retry-After` and a sentence saying when, in GraphQL's error shape (Apollo reads `extensions.http`). */
export class RateLimitedError extends GraphQLError {
  constructor(readonly retryAfterSeconds: number) {
    super(rateLimitMessage(retryAfterSeconds), {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

export function rateLimitMessage(retryAfterSeconds: number): string {
  return `Quá nhiều yêu cầu: hãy thử lại sau ${retryAfterSeconds} giây (rate limit exceeded, retry after ${retryAfterSeconds} s)`;
}

/** The address a request came from; the socket's, since a forwarded header can be forged. */
export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * The limits of a public endpoint, in this process's memory (several instances each count their
 * own): every signed-in identity spends from its own bucket; a request refused before or at
 * sign-in (a bad token, an unreadable body) spends from its client address's, and an address with
 * nothing left is refused before its credential is even read, which is what slows token guessing.
 */
export class RequestLimits {
  private readonly identities: TokenBucketLimiter | undefined;
  private readonly refusals: TokenBucketLimiter | undefined;

  constructor(perMinute: number, now?: () => number) {
    if (perMinute > 0) {
      this.identities = new TokenBucketLimiter({ perMinute, now });
      this.refusals = new TokenBucketLimiter({ perMinute, now });
    }
  }

  /** Before anything about the request is read: is this address still allowed to try? */
  admit(address: string): RateLimitRefusal | undefined {
    return this.refusals?.check(address);
  }

  /** The request was refused before or at sign-in: it counts against its address. */
  refused(address: string): void {
    this.refusals?.take(address);
  }

  /** A signed-in request spends from its identity's bucket (with HOSO_AUTH=off, its address's). */
  signedIn(principal: Principal, address: string): RateLimitRefusal | undefined {
    const key = principal.kind === 'anonymous' ? `address:${address}` : `${principal.kind}:${principal.name}`;
    return this.identities?.take(key);
  }
}

/**
 * Wraps the context function (which signs in) without changing what it does: a failed sign-in
 * counts against the client address, a signed-in identity over its budget gets 429.
 */
export function rateLimitedContext<TContext>(
  limits: RequestLimits,
  signIn: (req: IncomingMessage) => Promise<TContext>,
  principalOf: (context: TContext) => Principal | undefined,
): (req: IncomingMessage) => Promise<TContext> {
  return async (req) => {
    const address = clientAddress(req);
    let context: TContext;
    try {
      context = await signIn(req);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') limits.refused(address);
      throw error;
    }
    const principal = principalOf(context);
    const refusal = principal ? limits.signedIn(principal, address) : undefined;
    if (refusal) throw new RateLimitedError(refusal.retryAfterSeconds);
    return context;
  };
}
