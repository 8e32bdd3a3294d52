import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import type { SubgraphContext } from '@dibao/server';
import type { ComplaintsConfig } from './config.js';
import { createComplaintsLoaders, type ComplaintsLoaders } from './loaders.js';
import type { ComplaintsDeps } from './services/deps.js';
import { normalizeReceiptCode, receiptHashOf } from './services/receipt-code.js';
import type { OnlineLimiter, ReceiptLimiter } from './services/rate-limit.js';
import type { SealingKey } from './services/sealing.js';

/** What the HTTP layer tells a context about the request. */
export interface ComplaintsRequestInfo {
  /** The caller's address, from the `x-client-address` header the gateway sets; receipt lookups are limited by it. */
  clientAddress?: string;
}

/** Shared by every context of one subgraph instance. */
export interface ComplaintsRuntime {
  config: ComplaintsConfig;
  key: () => SealingKey;
  limiter: ReceiptLimiter;
  onlineLimiter: OnlineLimiter;
  now?: () => Date;
}

/** A class so that Apollo's per-operation clone keeps the lazy loaders bound to the clone (see registry). */
export class ComplaintsContext implements SubgraphContext {
  principal: Principal | null = null;
  private built: ComplaintsLoaders | undefined;

  constructor(
    readonly dataSource: DataSource,
    private readonly runtime: ComplaintsRuntime,
    readonly request: ComplaintsRequestInfo = {},
  ) {}

  get loaders(): ComplaintsLoaders {
    return (this.built ??= createComplaintsLoaders(
      this.dataSource,
      () => this.principal,
      () => this.now(),
    ));
  }

  get config(): ComplaintsConfig {
    return this.runtime.config;
  }

  get deps(): ComplaintsDeps {
    const { config, key, now } = this.runtime;
    return { dataSource: this.dataSource, config, key, ...(now ? { now } : {}) };
  }

  now(): Date {
    return (this.runtime.now ?? (() => new Date()))();
  }

  /** What a public submission is limited by: the caller's address (from the gateway) and the shared limiter. */
  get submission() {
    return { clientAddress: this.request.clientAddress, limiter: this.runtime.onlineLimiter };
  }

  /** Counts an anonymous receipt-code operation; RATE_LIMITED (429) past the limits. */
  limitReceiptUse(receiptCode: string): void {
    const hash = receiptHashOf(normalizeReceiptCode(receiptCode) ?? receiptCode.slice(0, 64));
    this.runtime.limiter.check(this.request.clientAddress, hash, this.now());
  }
}
