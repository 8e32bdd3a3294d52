import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkChallenge,
  complaintsConfigFromEnv,
  issueChallenge,
  leadingZeroBits,
  parseEncryptionKey,
  solveChallenge,
} from '@dibao/complaints';

const key = parseEncryptionKey(randomBytes(32).toString('base64'));
const config = { ...complaintsConfigFromEnv({}).online, workBits: 8, formWaitSeconds: 5, challengeSeconds: 60 };
const now = new Date('2026-03-01T00:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { reason: string; messages: { en: string } } }).extensions;
  }
  throw new Error('not refused');
};

describe('online challenges', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0, 0, 0x10, 0xff]))).toBe(19);
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Buffer.from([0, 1]))).toBe(15);
  });

  it('accepts a solved WORK challenge and refuses an unsolved, expired or foreign one', () => {
    const issued = issueChallenge(key, config, 'WORK', now);
    expect(issued).toMatchObject({ lane: 'WORK', difficultyBits: 8 });
    const solution = solveChallenge(issued.token, 8);
    expect(checkChallenge(key, issued.token, solution, later(1))).toMatchObject({ lane: 'WORK' });
    expect(refusal(() => checkChallenge(key, issued.token, null, later(1))).reason).toBe('CHALLENGE_REFUSED');
    expect(refusal(() => checkChallenge(key, issued.token, solution, later(61))).messages.en).toMatch(/expired/);
    const otherKey = parseEncryptionKey(randomBytes(32).toString('base64'));
    expect(refusal(() => checkChallenge(otherKey, issued.token, solution, later(1))).messages.en).toMatch(/not one/);
    // The terms cannot be edited: a lower difficulty written into the token breaks its signature.
    const [payload, mac] = issued.token.split('.');
    const terms = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const easier = Buffer.from(JSON.stringify({ ...terms, bits: 0 })).toString('base64url');
    expect(refusal(() => checkChallenge(key, `${easier}.${mac}`, '0', later(1))).messages.en).toMatch(/not one/);
  });

  it('makes a FORM challenge wait, then accepts it without work', () => {
    const issued = issueChallenge(key, config, 'FORM', now);
    expect(issued.difficultyBits).toBe(0);
    expect(refusal(() => checkChallenge(key, issued.token, null, later(2))).messages.en).toMatch(/wait 3 more seconds/);
    expect(checkChallenge(key, issued.token, null, later(5))).toMatchObject({ lane: 'FORM' });
  });
});
