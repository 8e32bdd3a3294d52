import { GATEWAY_TOKEN_ISSUER, mintToken, type Principal } from '@dibao/auth';

export const RELEASE_SUBJECT = 'release';

/**
 * The roles the release job reads with: enough to read the aggregate statistics of every mechanism over a
 * province (complaint and accountability statistics are internal). It writes nothing and reads no personal
 * data: the documents it sends select none.
 */
export const RELEASE_ROLES: Principal['roles'] = [
  'VIEWER',
  'INSPECTOR',
  'COMPLAINT_HANDLER',
  'DISCIPLINE_OFFICER',
  'REVIEWER',
];

/** The release principal of one province: its civil affairs department. */
export function releasePrincipal(province: string): Principal {
  return { subject: RELEASE_SUBJECT, agency: 'CIVIL_AFFAIRS', region: province, roles: [...RELEASE_ROLES] };
}

/**
 * Mints a short-lived release token per province with the hub's signing secret, as the gateway's own issuer:
 * the release is one of the hub's processes, and production refuses development tokens.
 */
export function releaseTokens(jwtSecret: string): (province: string) => Promise<string> {
  return (province) =>
    mintToken(releasePrincipal(province), jwtSecret, { expiresIn: '2h', issuer: GATEWAY_TOKEN_ISSUER });
}
