import { GraphQLError } from 'graphql';
import type { ComplaintsConfig } from '../config.js';

/**
 * A sliding-window log per key: at most `limit` hits in any `windowMs`. In memory, per subgraph process:
 * enough to make guessing receipt codes slow from one address; several processes behind a load balancer
 * each allow the limit. The number of keys is bounded so that a flood of addresses cannot exhaust memory
 * (the oldest keys are forgotten first).
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Records a hit for the key and says whether it is within the limit (a refused hit is not recorded). */
  allow(key: string, nowMs: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((at) => at > nowMs - this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(nowMs);
    // Re-inserting keeps the Map in order of last use, so eviction below drops the stalest key.
    this.hits.delete(key);
    if (recent.length > 0) this.hits.set(key, recent);
    while (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest === undefined) break;
      this.hits.delete(oldest);
    }
    return allowed;
  }

  /** Seconds until the key's oldest hit in the window expires. */
  retryAfterSeconds(key: string, nowMs: number): number {
    const oldest = this.hits.get(key)?.[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - nowMs) / 1000));
  }
}

/** The two limits on anonymous receipt-code operations: per caller address and per code. */
export class ReceiptLimiter {
  private readonly perClient: SlidingWindowLimiter;
  private readonly perCode: SlidingWindowLimiter;

  constructor(limits: ComplaintsConfig['receiptLimits']) {
    this.perClient = new SlidingWindowLimiter(limits.perClient, limits.windowSeconds * 1000);
    this.perCode = new SlidingWindowLimiter(limits.perCode, limits.windowSeconds * 1000);
  }

  /** Throws RATE_LIMITED (HTTP 429) when either limit is exhausted. */
  check(clientAddress: string | undefined, receiptHash: string, now: Date): void {
    const client = `client:${clientAddress || 'shared'}`;
    const nowMs = now.getTime();
    const clientAllowed = this.perClient.allow(client, nowMs);
    const codeAllowed = clientAllowed && this.perCode.allow(receiptHash, nowMs);
    if (clientAllowed && codeAllowed) return;
    const retryAfterSeconds = clientAllowed
      ? this.perCode.retryAfterSeconds(receiptHash, nowMs)
      : this.perClient.retryAfterSeconds(client, nowMs);
    const messages = {
      en: `Too many receipt-code requests; try again in ${retryAfterSeconds} seconds`,
      zh: `查询过于频繁，请 ${retryAfterSeconds} 秒后再试`,
    };
    throw new GraphQLError(`${messages.en} / ${messages.zh}`, {
      extensions: { code: 'RATE_LIMITED', messages, retryAfterSeconds, http: { status: 429 } },
    });
  }
}

function rateLimited(retryAfterSeconds: number, messages: { en: string; zh: string }): GraphQLError {
  return new GraphQLError(`${messages.en} / ${messages.zh}`, {
    extensions: { code: 'RATE_LIMITED', messages, retryAfterSeconds, http: { status: 429 } },
  });
}

/**
 * Public submissions (online complaints, observations): per caller address, in all, and the FORM lane in all
 * (see online-challenge.ts). Asking for a challenge counts against a looser per-address limit of its own.
 */
export class OnlineLimiter {
  private readonly perClient: SlidingWindowLimiter;
  private readonly challenges: SlidingWindowLimiter;
  private readonly global: SlidingWindowLimiter;
  private readonly formGlobal: SlidingWindowLimiter;

  constructor(limits: ComplaintsConfig['online']) {
    const window = limits.windowSeconds * 1000;
    this.perClient = new SlidingWindowLimiter(limits.perClient, window);
    this.challenges = new SlidingWindowLimiter(limits.perClient * 10, window);
    this.global = new SlidingWindowLimiter(limits.global, window);
    this.formGlobal = new SlidingWindowLimiter(limits.formGlobal, window);
  }

  checkChallenge(clientAddress: string | undefined, now: Date): void {
    const client = `client:${clientAddress || 'shared'}`;
    if (this.challenges.allow(client, now.getTime())) return;
    const seconds = this.challenges.retryAfterSeconds(client, now.getTime());
    throw rateLimited(seconds, {
      en: `Too many requests from your address; try again in ${seconds} seconds`,
      zh: `您所在网络的请求过于频繁，请 ${seconds} 秒后再试`,
    });
  }

  /** Throws RATE_LIMITED (HTTP 429) when a limit is exhausted; a refused submission is not counted. */
  checkSubmission(clientAddress: string | undefined, lane: 'WORK' | 'FORM', now: Date): void {
    const client = `client:${clientAddress || 'shared'}`;
    const nowMs = now.getTime();
    if (!this.perClient.allow(client, nowMs)) {
      const seconds = this.perClient.retryAfterSeconds(client, nowMs);
      throw rateLimited(seconds, {
        en: `Too many submissions from your address; try again in ${seconds} seconds or call the hotline`,
        zh: `您所在网络提交过于频繁，请 ${seconds} 秒后再试，或拨打热线`,
      });
    }
    const lanes = lane === 'FORM' ? [this.global, this.formGlobal] : [this.global];
    for (const limiter of lanes) {
      if (!limiter.allow('all', nowMs)) {
        const seconds = limiter.retryAfterSeconds('all', nowMs);
        throw rateLimited(seconds, {
          en: `Online filing is very busy; try again in ${seconds} seconds or call the hotline`,
          zh: `网上投诉当前繁忙，请 ${seconds} 秒后再试，或拨打热线`,
        });
      }
    }
  }
}
