import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { complaintsConfigFromEnv, createComplaintsSubgraph, parseEncryptionKey } from '@dibao/complaints';

describe('complaints configuration', () => {
  it('has the documented defaults', () => {
    expect(complaintsConfigFromEnv({})).toEqual({
      retentionDays: 365,
      receiptLimits: { perClient: 30, perCode: 20, windowSeconds: 900 },
      online: {
        workBits: 18,
        formWaitSeconds: 8,
        challengeSeconds: 1800,
        perClient: 5,
        global: 500,
        formGlobal: 100,
        windowSeconds: 3600,
      },
    });
  });

  it('reads the environment and refuses nonsense', () => {
    const config = complaintsConfigFromEnv({
      COMPLAINTS_RETENTION_DAYS: '400',
      COMPLAINTS_RECEIPT_LIMIT_PER_CLIENT: '5',
    });
    expect(config.retentionDays).toBe(400);
    expect(config.receiptLimits.perClient).toBe(5);
    expect(() => complaintsConfigFromEnv({ COMPLAINTS_RETENTION_DAYS: 'sixty' })).toThrow(/COMPLAINTS_RETENTION_DAYS/);
    expect(() => complaintsConfigFromEnv({ COMPLAINTS_RECEIPT_LIMIT_PER_CODE: '0' })).toThrow(/between 1 and 100000/);
  });
});

describe('the encryption key', () => {
  it('is 32 bytes of base64, and gets a stable non-secret id', () => {
    const base64 = randomBytes(32).toString('base64');
    const key = parseEncryptionKey(base64);
    expect(key.id).toMatch(/^k1-[0-9a-f]{16}$/);
    expect(parseEncryptionKey(base64).id).toBe(key.id);
    expect(key.id).not.toContain(base64.slice(0, 8));
    expect(() => parseEncryptionKey(randomBytes(16).toString('base64'))).toThrow(/32 random bytes/);
    expect(() => parseEncryptionKey('not base64 at all!')).toThrow(/COMPLAINTS_ENCRYPTION_KEY/);
  });

  it('is read lazily: building the module and its schema needs none, using it fails clearly', async () => {
    const previous = process.env.COMPLAINTS_ENCRYPTION_KEY;
    delete process.env.COMPLAINTS_ENCRYPTION_KEY;
    try {
      const module = createComplaintsSubgraph({ config: complaintsConfigFromEnv({}) });
      await expect(module.buildSchema()).resolves.toBeDefined();
      const context = module.createContext({} as never);
      expect(() => context.deps.key()).toThrow(/COMPLAINTS_ENCRYPTION_KEY is not set/);
      process.env.COMPLAINTS_ENCRYPTION_KEY = 'too-short';
      const malformed = createComplaintsSubgraph({ config: complaintsConfigFromEnv({}) });
      expect(() => malformed.createContext({} as never).deps.key()).toThrow(/must be 32 random bytes/);
    } finally {
      if (previous === undefined) delete process.env.COMPLAINTS_ENCRYPTION_KEY;
      else process.env.COMPLAINTS_ENCRYPTION_KEY = previous;
    }
  });

  it('passes the caller address from createContext’s second argument', () => {
    const module = createComplaintsSubgraph({
      config: complaintsConfigFromEnv({}),
      encryptionKey: randomBytes(32).toString('base64'),
    });
    expect(module.createContext({} as never, { clientAddress: '10.1.2.3' }).request.clientAddress).toBe('10.1.2.3');
    expect(module.createContext({} as never).request).toEqual({});
  });
});
