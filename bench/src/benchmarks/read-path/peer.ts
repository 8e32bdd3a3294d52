import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { loadOneWithPgClient, type PgExecutor, type PgSelectSingleStep } from 'postgraphile/@dataplan/pg';
import { makePgService } from 'postgraphile/adaptors/pg';
import { list, type FieldArgs } from 'postgraphile/grafast';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { addPgTableCondition, extendSchema, gql, jsonPgSmartTags } from 'postgraphile/utils';
import { subtreeCodePrefix } from '@dibao/domain';

/*
 * The read path's peers, each run as a process of its own (`node peer.js postgraphile|floor`, DATABASE_URL and
 * PORT in the environment; it prints `{"port":…}` once it listens):
 * - postgraphile: PostGraphile 5 (Amber preset) over the registry's and complaints' schemas, with what the two
 *   operations need and nothing in the database: the subtree filter of a region as a table condition, the
 *   complaint's region across schemas as a smart tag, and each county figure as an aggregate batched over the
 *   counties of one request (one statement per figure, like the hub's DataLoaders). No authentication, no scope.
 * - floor: a minimal node:http + pg server answering the list (the hub's response shape) from one statement.
 * Both answer GET /statements with the SQL statements sent so far, counted at the pool's clients.
 */

/** The floor's one statement: the hub's list of a subtree, in order of receipt, with the region's name. */
export const FLOOR_LIST_SQL = `
  SELECT c.id, c.received_at AS "receivedAt", c.region_code AS "regionCode", c.channel, c.category, c.status,
         c.summary, c.supervised_by_province AS "supervisedByProvince", r.name AS "regionName"
    FROM complaints.complaint c JOIN registry.region r ON r.code = c.region_code
   WHERE c.region_code LIKE $1
   ORDER BY c.received_at, c.id
   LIMIT $2`;

/**
 * Each figure over (region subtree prefix, year) pairs, one row per pair in order: the same rules as the
 * subgraphs' loaders (accepted county reports; a year's findings and those past their deadline unrectified;
 * complaints received in the Beijing year; cases opened in the year and officials sanctioned in the year).
 */
const FIGURES = {
  reportSummary: `
    SELECT (SELECT count(*) FROM reporting.annual_report r
             WHERE r.level = 'COUNTY' AND r.status = 'ACCEPTED' AND r.year = k.year
               AND r.region_code LIKE k.prefix)::int AS "reportsIncluded",
           (SELECT count(*) FROM reporting.reporting_unit u
             WHERE u.level = 'COUNTY' AND u.region_code LIKE k.prefix)::int AS "reportsExpected"
      FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(prefix, year, n) ORDER BY k.n`,
  oversightStats: `
    SELECT count(f.id)::int AS findings,
           count(f.id) FILTER (WHERE f.deadline < now()
             AND f.status NOT IN ('VERIFIED', 'CLOSED_NOT_FIXED'))::int AS overdue
      FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(prefix, year, n)
      LEFT JOIN oversight.finding f ON f.region_code LIKE k.prefix AND f.year = k.year
     GROUP BY k.n ORDER BY k.n`,
  complaintStats: `
    SELECT count(c.id)::int AS received, count(c.id) FILTER (WHERE c.status = 'CLOSED')::int AS closed
      FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(prefix, year, n)
      LEFT JOIN complaints.complaint c ON c.region_code LIKE k.prefix
       AND c.received_at >= make_timestamptz(k.year, 1, 1, 0, 0, 0, 'Asia/Shanghai')
       AND c.received_at < make_timestamptz(k.year + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
     GROUP BY k.n ORDER BY k.n`,
  accountabilityStats: `
    SELECT (SELECT count(*) FROM accountability.accountability_case c
             WHERE c.region_code LIKE k.prefix AND EXTRACT(YEAR FROM c.opened_on)::int = k.year)::int
             AS "casesOpened",
           (SELECT count(DISTINCT c.id) FROM accountability.case_decision d
              JOIN accountability.accountability_case c ON c.id = d.case_id
              JOIN accountability.case_sanction s ON s.case_id = d.case_id
             WHERE c.region_code LIKE k.prefix AND EXTRACT(YEAR FROM d.decided_on)::int = k.year
               AND s.sanction <> 'NONE' AND c.subject_kind = 'OFFICIAL')::int AS "peopleHeldAccountable"
      FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(prefix, year, n) ORDER BY k.n`,
} as const;

const figurePlugin = extendSchema((build) => {
  const executor = build.input.pgRegistry.pgExecutors.main as PgExecutor;
  const figure =
    (name: keyof typeof FIGURES) =>
    // The step's arguments are the region record and the field's year; one call per request batches them all.
    ($region: PgSelectSingleStep, fieldArgs: FieldArgs) =>
      loadOneWithPgClient(executor, list([$region.get('code'), fieldArgs.getRaw('year')]), async (client, lookups) => {
        const { rows } = await client.query<Record<string, number>>({
          text: FIGURES[name],
          values: [
            lookups.map(([code]) => `${subtreeCodePrefix(String(code))}%`),
            lookups.map(([, year]) => Number(year)),
          ],
        });
        return rows;
      });
  return {
    typeDefs: gql`
      type PeerReportSummary {
        reportsIncluded: Int!
        reportsExpected: Int!
      }
      type PeerOversightStats {
        findings: Int!
        overdue: Int!
      }
      type PeerComplaintStats {
        received: Int!
        closed: Int!
      }
      type PeerAccountabilityStats {
        casesOpened: Int!
        peopleHeldAccountable: Int!
      }
      extend type Region {
        reportSummary(year: Int!): PeerReportSummary
        oversightStats(year: Int!): PeerOversightStats
        complaintStats(year: Int!): PeerComplaintStats
        accountabilityStats(year: Int!): PeerAccountabilityStats
      }
    `,
    objects: {
      Region: {
        plans: {
          reportSummary: figure('reportSummary'),
          oversightStats: figure('oversightStats'),
          complaintStats: figure('complaintStats'),
          accountabilityStats: figure('accountabilityStats'),
        },
      },
    },
  };
});

/** `under`: complaints of a region's subtree, by the same code-prefix rule as the hub's scope. */
const subtreeCondition = addPgTableCondition(
  { schemaName: 'complaints', tableName: 'complaint' },
  'under',
  (build) => ({ type: build.graphql.GraphQLString }),
  (value, { sql, sqlTableAlias }) =>
    sql`${sqlTableAlias}.region_code LIKE ${sql.value(`${subtreeCodePrefix(String(value))}%`)}`,
);

/** The complaint's region lives in the registry's schema, with no foreign key across: a smart tag makes one. */
const crossSchemaRegion = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      'complaints.complaint': {
        tags: { foreignKey: '(region_code) references registry.region (code)|@fieldName region' },
      },
    },
  },
});

/** A pool whose clients count the statements they send. */
function countingPool(connectionString: string): { pool: pg.Pool; statements: () => number } {
  let statements = 0;
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  return { pool, statements: () => statements };
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function answer(response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function startPostGraphile(connectionString: string, port: number) {
  const { pool, statements } = countingPool(connectionString);
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    plugins: [crossSchemaRegion, subtreeCondition, figurePlugin],
    pgServices: [makePgService({ pool, schemas: ['registry', 'complaints'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false },
    schema: { pgForbidSetofFunctionsToReturnNull: true },
  });
  const serv = pgl.createServ(grafserv);
  await serv.ready();
  const handler = serv.createHandler();
  const server = createServer((request, response) =>
    request.url === '/statements' ? answer(response, 200, { statements: statements() }) : handler(request, response),
  );
  return listen(server, port);
}

async function startFloor(connectionString: string, port: number) {
  const { pool, statements } = countingPool(connectionString);
  const server = createServer((request, response) => {
    if (request.url === '/statements') return answer(response, 200, { statements: statements() });
    bodyOf(request)
      .then(async (body) => {
        const { code, first } = (body as { variables: { code: string; first: number } }).variables;
        const { rows } = await pool.query(FLOOR_LIST_SQL, [`${subtreeCodePrefix(code)}%`, first]);
        const edges = rows.map(({ regionName, ...complaint }) => ({
          node: { ...complaint, region: { name: regionName } },
        }));
        answer(response, 200, { data: { region: { complaints: { edges } } } });
      })
      .catch((error: Error) => answer(response, 500, { errors: [{ message: error.message }] }));
  });
  return listen(server, port);
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

const kind = process.argv[2];
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (kind !== 'postgraphile' && kind !== 'floor') throw new Error(`peer.js postgraphile|floor, got ${kind}`);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const port = await (kind === 'postgraphile' ? startPostGraphile : startFloor)(url, Number(process.env.PORT ?? 0));
  console.log(JSON.stringify({ port }));
}
