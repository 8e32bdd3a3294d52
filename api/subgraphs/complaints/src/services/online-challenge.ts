import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { badInput } from '@dibao/server';
import type { OnlineIntakeConfig } from '../config.js';
import type { SealingKey } from './sealing.js';

/*
 * The challenge every public submission spends (hashcash, as Friendly Captcha and mCaptcha do it, without a
 * third party). A challenge is stateless: its terms (lane, difficulty, not-before, expiry, a random nonce)
 * travel in the token itself, signed with HMAC-SHA-256 under a key derived from the complaints encryption
 * key, so any subgraph process can check it without a shared store. What is stored is only the hash of each
 * spent token until it expires (complaints.spent_challenge), which makes every token single-use across
 * processes.
 *
 * Two lanes:
 * - WORK (browsers with JavaScript): find a `solution` such that SHA-256(token ":" solution) starts with
 *   `bits` zero bits. Cheap to check, costly to produce in bulk.
 * - FORM (browsers without JavaScript, which cannot compute anything): the gateway's form route shows a
 *   confirmation page carrying a FORM token that is valid only after `formWaitSeconds`. Waiting costs a bot
 *   little, so the FORM lane has a global budget of its own (OnlineIntakeConfig.formGlobal): a flood that
 *   avoids the work exhausts that lane and nothing else, while people with JavaScript still get through.
 */

export type ChallengeLane = 'WORK' | 'FORM';

interface ChallengeTerms {
  v: 1;
  lane: ChallengeLane;
  bits: number;
  notBefore: number;
  expires: number;
  nonce: string;
}

export interface IssuedChallenge {
  token: string;
  lane: ChallengeLane;
  difficultyBits: number;
  notBefore: Date;
  expiresAt: Date;
}

export interface CheckedChallenge {
  lane: ChallengeLane;
  /** What is stored to make the token single-use. */
  tokenHash: string;
  expiresAt: Date;
}

const b64 = (bytes: Buffer) => bytes.toString('base64url');

function challengeKey(key: SealingKey): Buffer {
  return Buffer.from(hkdfSync('sha256', key.secret, Buffer.alloc(0), 'dibao/complaints/online-challenge', 32));
}

function sign(key: SealingKey, payload: string): string {
  return b64(createHmac('sha256', challengeKey(key)).update(payload).digest());
}

export function issueChallenge(
  key: SealingKey,
  config: OnlineIntakeConfig,
  lane: ChallengeLane,
  now: Date,
): IssuedChallenge {
  const terms: ChallengeTerms = {
    v: 1,
    lane,
    bits: lane === 'WORK' ? config.workBits : 0,
    notBefore: now.getTime() + (lane === 'FORM' ? config.formWaitSeconds * 1000 : 0),
    expires: now.getTime() + config.challengeSeconds * 1000,
    nonce: b64(randomBytes(12)),
  };
  const payload = b64(Buffer.from(JSON.stringify(terms), 'utf8'));
  return {
    token: `${payload}.${sign(key, payload)}`,
    lane,
    difficultyBits: terms.bits,
    notBefore: new Date(terms.notBefore),
    expiresAt: new Date(terms.expires),
  };
}

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export const workDigest = (token: string, solution: string) =>
  createHash('sha256').update(`${token}:${solution}`, 'utf8').digest();

const refused = (en: string, zh: string) => badInput(en, zh, { reason: 'CHALLENGE_REFUSED' });

/** Checks signature, lane, time window and (WORK) the solution; BAD_USER_INPUT with reason CHALLENGE_REFUSED. */
export function checkChallenge(key: SealingKey, token: string, solution: string | null, now: Date): CheckedChallenge {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined || token.length > 1000) {
    throw refused('The challenge is not one this service issued', '验证凭据无效');
  }
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw refused('The challenge is not one this service issued', '验证凭据无效');
  }
  const terms = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ChallengeTerms;
  const at = now.getTime();
  if (at > terms.expires) throw refused('The challenge has expired: start again', '验证凭据已过期，请重新提交');
  if (at < terms.notBefore) {
    const seconds = Math.ceil((terms.notBefore - at) / 1000);
    throw refused(`Please wait ${seconds} more seconds before confirming`, `请再等待 ${seconds} 秒后确认提交`);
  }
  if (terms.lane === 'WORK') {
    if (!solution || solution.length > 64 || leadingZeroBits(workDigest(token, solution)) < terms.bits) {
      throw refused('The proof of work does not solve the challenge', '工作量证明未通过');
    }
  }
  return {
    lane: terms.lane,
    tokenHash: createHash('sha256').update(token).digest('hex'),
    expiresAt: new Date(terms.expires),
  };
}

/** Solves a WORK challenge (tests and command-line clients; the site solves it in the browser). */
export function solveChallenge(token: string, bits: number): string {
  for (let counter = 0; ; counter++) {
    const solution = counter.toString(36);
    if (leadingZeroBits(workDigest(token, solution)) >= bits) return solution;
  }
}
