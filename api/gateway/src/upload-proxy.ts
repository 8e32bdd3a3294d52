import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { claimsOf, type PrincipalClaims } from '@dibao/auth';
import { GATEWAY_SECRET_HEADER, PRINCIPAL_HEADER } from '@dibao/server';
import type { RegionDirectory } from './region-directory.js';
import { exchangeAuthorization, type ProviderSignIn } from './sign-in.js';
import { checkAuthorization } from './token-check.js';

/** Where county systems send files: POST /monitoring/upload/{roster|register|standards}, body CSV. */
export const UPLOAD_PREFIX = '/monitoring/upload/';

function refuse(res: ServerResponse, status: number, code: string, message: string, messageZh: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ code, message, messageZh }));
}

/** A refused token, with the reason the GraphQL path gives (expired, another provider, a disabled account…). */
function refuseToken(res: ServerResponse, error: unknown): void {
  const extensions = ((error as { extensions?: unknown }).extensions ?? {}) as {
    code?: string;
    messages?: { en: string; zh: string };
  };
  if (extensions.code === 'SERVICE_UNAVAILABLE') {
    refuse(res, 503, 'SERVICE_UNAVAILABLE', 'The registry did not answer', '干部名录服务无响应');
  } else {
    refuse(
      res,
      401,
      'UNAUTHENTICATED',
      extensions.messages?.en ?? 'Token refused',
      extensions.messages?.zh ?? '令牌被拒绝',
    );
  }
}

/**
 * A file upload does not go through GraphQL (a roster is tens of megabytes, beyond any GraphQL body limit):
 * the gateway checks the bearer token as it checks GraphQL requests (a provider's token swapped for the
 * gateway's own after the registry named its principal; signature, the issuers of this mode, audience, expiry,
 * a region of the registry), then streams the body to the monitoring subgraph's upload route with the gateway
 * secret and the verified claims, and streams the answer back.
 */
export async function proxyUpload(
  req: IncomingMessage,
  res: ServerResponse,
  options: {
    jwtSecret: string;
    gatewaySecret: string;
    regions: RegionDirectory;
    monitoringUrl: string | undefined;
    /** The token issuers this mode accepts (production: the gateway's own only). */
    issuers: readonly string[];
    signIn: ProviderSignIn | null;
  },
): Promise<void> {
  if (!options.monitoringUrl) {
    refuse(res, 503, 'SERVICE_UNAVAILABLE', 'Monitoring is not served here', '本网关未接入动态监测服务');
    return;
  }
  let authorization: string | undefined;
  try {
    authorization = await exchangeAuthorization(options.signIn, req.headers.authorization);
  } catch (error) {
    refuseToken(res, error);
    req.resume();
    return;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    refuse(res, 401, 'UNAUTHENTICATED', 'Uploads need "Authorization: Bearer <token>"', '上传需要令牌');
    return;
  }
  let claims: PrincipalClaims;
  try {
    // The GraphQL path's own check: signature, the issuers of this mode, audience, expiry, a region of the registry.
    const principal = await checkAuthorization(authorization, options.jwtSecret, options.regions, options.issuers);
    claims = claimsOf(principal!);
  } catch (error) {
    refuseToken(res, error);
    req.resume();
    return;
  }
  const target = new URL(options.monitoringUrl);
  target.pathname = `/upload/${req.url!.slice(UPLOAD_PREFIX.length).split('?')[0]}`;
  await new Promise<void>((resolve) => {
    const upstream = httpRequest(
      target,
      {
        method: req.method,
        headers: {
          'content-type': req.headers['content-type'] ?? 'text/csv',
          [GATEWAY_SECRET_HEADER]: options.gatewaySecret,
          [PRINCIPAL_HEADER]: Buffer.from(JSON.stringify(claims)).toString('base64url'),
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, {
          'content-type': answer.headers['content-type'] ?? 'application/json',
        });
        answer.pipe(res);
        answer.on('end', resolve);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) refuse(res, 502, 'SERVICE_UNAVAILABLE', 'Monitoring did not answer', '动态监测服务无响应');
      else res.end();
      resolve();
    });
    req.pipe(upstream);
  });
}
