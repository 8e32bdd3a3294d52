import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from '@dibao/auth';
import { actorOf, forbidden, type StreamRoute } from '@dibao/server';
import { pseudonymKeyFromEnv } from '../config.js';
import { maySendRosterOf, maySetThresholdsOf } from './access.js';
import type { FileKind } from './formats.js';
import { importAndDetect } from './import-and-detect.js';

/** The path the gateway forwards uploads to: /upload/roster, /upload/register, /upload/standards. */
export const UPLOAD_PATH = '/upload/';
const KINDS: Record<string, FileKind> = { roster: 'ROSTER', register: 'REGISTER', standards: 'STANDARDS' };

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function refusal(error: GraphQLError): { status: number; body: unknown } {
  const code = String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR');
  const status = code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : code === 'BAD_USER_INPUT' ? 400 : 500;
  return { status, body: { code, message: error.message, messageZh: error.extensions.messageZh ?? null } };
}

/**
 * The streaming upload of a county system: the body (CSV) flows from the gateway into the same import as the
 * CLI's, row by row into COPY. A county's reporter sends only its own county's roster (checked on the first
 * row, before anything is written); registers and standards come from civil affairs administrators.
 */
export function uploadRoute(dataSource: DataSource): StreamRoute {
  return async (req: IncomingMessage, res: ServerResponse, principal: Principal | null) => {
    const kind = KINDS[new URL(req.url ?? '/', 'http://subgraph').pathname.slice(UPLOAD_PATH.length)];
    if (req.method !== 'POST' || !kind) {
      reply(res, 404, { code: 'NOT_FOUND', message: 'POST /monitoring/upload/{roster|register|standards}' });
      return;
    }
    if (!principal) {
      reply(res, 401, { code: 'UNAUTHENTICATED', message: 'Uploads need a token', messageZh: '上传需要令牌' });
      return;
    }
    if (kind !== 'ROSTER' && !maySetThresholdsOf(principal, principal.region)) {
      reply(res, 403, {
        code: 'FORBIDDEN',
        message: 'Registers and standards are sent by civil affairs administrators',
      });
      return;
    }
    try {
      const { outcome, detections } = await importAndDetect(dataSource, req, {
        kind,
        actor: actorOf(principal),
        pseudonymKey: pseudonymKeyFromEnv(),
        authorizeCounty: (county) => {
          if (!maySendRosterOf(principal, county)) {
            throw forbidden(
              `You may send rosters of your own county only, not of ${county}`,
              `只能上报本县的发放名册，不能上报 ${county} 的`,
            );
          }
        },
      });
      const status = outcome.status === 'REJECTED' ? 422 : 200;
      reply(res, status, { ...outcome, alertsRaised: detections.reduce((sum, d) => sum + d.raised, 0) });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const { status, body } = refusal(error);
      // Drain what the sender still sends, so it reads the refusal rather than a reset connection.
      req.resume();
      reply(res, status, body);
    }
  };
}
