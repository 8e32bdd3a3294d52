import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { hasRole, inScope, mintToken, principalFromClaims, verifyToken, type Principal } from '../src/index.js';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';
const reporter: Principal = { subject: 'u1', agency: 'CIVIL_AFFAIRS', region: '630121', roles: ['REPORTER'] };

describe('tokens', () => {
  it('round-trips a principal', async () => {
    const token = await mintToken({ ...reporter, name: '张三' }, secret);
    expect(await verifyToken(token, secret)).toEqual({ ...reporter, name: '张三' });
  });

  it('refuses a token signed with another key', async () => {
    const token = await mintToken(reporter, 'another-secret-that-is-also-long-enough');
    await expect(verifyToken(token, secret)).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it('refuses an expired token', async () => {
    const token = await mintToken(reporter, secret, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    await expect(verifyToken(token, secret)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('refuses a token from another issuer', async () => {
    const token = await new SignJWT({ agency: 'CIVIL_AFFAIRS', region: '630121', roles: ['REPORTER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('someone-else')
      .setAudience('dibao-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    await expect(verifyToken(token, secret)).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
  });
});

describe('principal claims', () => {
  it.each([
    [{ sub: '', agency: 'CIVIL_AFFAIRS', region: '630121', roles: [] }, /subject/],
    [{ sub: 'u', agency: 'POLICE', region: '630121', roles: [] }, /agency/],
    [{ sub: 'u', agency: 'CIVIL_AFFAIRS', region: '63012', roles: [] }, /region/],
    [{ sub: 'u', agency: 'CIVIL_AFFAIRS', region: '630121', roles: ['KING'] }, /roles/],
  ])('refuses %j', (claims, message) => {
    expect(() => principalFromClaims(claims)).toThrow(message);
  });

  it('scopes a principal to its subtree', () => {
    expect(inScope(reporter, '630121')).toBe(true);
    expect(inScope(reporter, '630121100')).toBe(true);
    expect(inScope(reporter, '630102')).toBe(false);
    expect(inScope({ ...reporter, region: '630100' }, '630121')).toBe(true);
    expect(inScope({ ...reporter, region: '630100' }, '630200')).toBe(false);
  });

  it('gives ADMIN every role', () => {
    expect(hasRole(reporter, 'REVIEWER')).toBe(false);
    expect(hasRole({ ...reporter, roles: ['ADMIN'] }, 'REVIEWER')).toBe(true);
  });
});
