import { stringify } from 'yaml';
import { subgraphNames } from '@dibao/gateway';
import { OWNER_ROLE, provisionedSchemas, subgraphRole } from '@dibao/db';
import { HEALTH_PATH, READY_PATH } from '@dibao/server';
import { SECRETS } from './secrets.js';

/*
 * Kubernetes manifests of a deployment, generated from the code (the subgraph list, the health paths, the
 * secrets the hub reads), so that a subgraph added to api/gateway/src/subgraphs.ts gets its Deployment,
 * Service, role and secret with the next `pnpm k8s:manifests`; a test fails when infra/kubernetes/hub.yaml is stale.
 * Shape: PostgreSQL primary and a streaming replica (StatefulSets, pg_basebackup from the official image), a
 * migration Job as the owner role, then each subgraph and the gateway as Deployments connecting as their own
 * roles only (HUB_MIGRATE=off), reads of subgraphs to the replica (DATABASE_REPLICA_URL).
 */

export const HUB_IMAGE = 'dibao-hub:latest';
export const POSTGRES_IMAGE = 'postgres:18';
export const NAMESPACE = 'dibao';
export const GATEWAY_PORT = 4000;
export const POSTGRES_PORT = 5432;
/** The hub's own secrets (HUB_JWT_SECRET, GATEWAY_SECRET, ...). */
export const HUB_SECRET = 'dibao-secrets';
/** Database passwords: the superuser's, replication's, the owner's and each subgraph role's. */
export const DATABASE_SECRET = 'dibao-database';

const subgraphPort = (name: string) => GATEWAY_PORT + 1 + subgraphNames.indexOf(name);
const passwordKey = (role: string) => `${role.replaceAll('_', '-')}-password`;
const upper = (name: string) => name.toUpperCase();
const databaseUrl = (role: string, host = 'postgres') =>
  `postgres://${role}:$(DB_PASSWORD)@${host}:${POSTGRES_PORT}/dibao`;

type Env = Array<Record<string, unknown>>;
const value = (name: string, text: string) => ({ name, value: text });
const fromSecret = (name: string, secret: string, key: string) => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key } },
});

/** Every pod of the hub image reads all of its secrets at start-up (production refuses missing ones). */
const hubSecrets = (): Env =>
  Object.values(SECRETS)
    .filter((spec) => spec.variable !== SECRETS.databaseRoles.variable)
    .map((spec) => fromSecret(spec.variable, HUB_SECRET, spec.variable));

const baseEnv = (): Env => [
  value('NODE_ENV', 'production'),
  value('HUB_HOST', '0.0.0.0'),
  value('HUB_DEMO', 'none'),
  value('HUB_SITE_PORT', 'off'),
  ...hubSecrets(),
];

const probes = (port: string) => ({
  livenessProbe: { httpGet: { path: HEALTH_PATH, port }, periodSeconds: 10, failureThreshold: 3 },
  readinessProbe: { httpGet: { path: READY_PATH, port }, periodSeconds: 5, failureThreshold: 2 },
  startupProbe: { httpGet: { path: HEALTH_PATH, port }, periodSeconds: 2, failureThreshold: 60 },
});

const labels = (app: string) => ({ 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'dibao-hub' });

function service(name: string, port: number, headless = false) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: NAMESPACE, labels: labels(name) },
    spec: {
      ...(headless ? { clusterIP: 'None' } : {}),
      selector: labels(name),
      ports: [{ name: name.startsWith('postgres') ? 'postgres' : 'http', port, targetPort: port }],
    },
  };
}

function deployment(name: string, port: number, env: Env, replicas: number) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NAMESPACE, labels: labels(name) },
    spec: {
      replicas,
      selector: { matchLabels: labels(name) },
      template: {
        metadata: { labels: labels(name) },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          containers: [
            {
              name,
              image: HUB_IMAGE,
              command: ['node', 'api/hub/dist/main.js'],
              ports: [{ name: 'http', containerPort: port }],
              env,
              ...probes('http'),
              resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } },
            },
          ],
        },
      },
    },
  };
}

/** Outbound delivery's settings; all optional (without an SMTP server, e-mails are recorded as skipped). */
export const DELIVERY_SECRET = 'dibao-delivery';
const optionalFromSecret = (name: string, key: string) => ({
  name,
  valueFrom: { secretKeyRef: { name: DELIVERY_SECRET, key, optional: true } },
});
// Where webhooks may go: read by the registry (when a URL is saved) and by notifications (when it is called).
const webhookPolicyEnv = () => optionalFromSecret('HUB_WEBHOOK_ALLOWED_HOSTS', 'webhook-allowed-hosts');
const deliveryEnv = () => [
  optionalFromSecret('HUB_SMTP_URL', 'smtp-url'),
  optionalFromSecret('HUB_SMTP_FROM', 'smtp-from'),
  optionalFromSecret('HUB_ENTITY_URL', 'entity-url'),
  webhookPolicyEnv(),
];

function subgraphDeployment(name: string) {
  const role = subgraphRole(name);
  return deployment(
    name,
    subgraphPort(name),
    [
      ...baseEnv(),
      value('HUB_SERVICES', name),
      value('HUB_MIGRATE', 'off'),
      value(`SUBGRAPH_${upper(name)}_PORT`, String(subgraphPort(name))),
      // DB_PASSWORD only composes the URLs below ($(DB_PASSWORD) is expanded by Kubernetes).
      fromSecret('DB_PASSWORD', DATABASE_SECRET, passwordKey(role)),
      value('DATABASE_URL', databaseUrl(role)),
      value(`DATABASE_URL_${upper(name)}`, databaseUrl(role)),
      value('DATABASE_REPLICA_URL', `postgres://postgres-replica:${POSTGRES_PORT}/dibao`),
      // Subgraphs that compute from others' figures (bulletins' assessments) ask the supergraph.
      value('HUB_GATEWAY_URL', `http://gateway:${GATEWAY_PORT}/graphql`),
      ...(name === 'notifications' ? deliveryEnv() : name === 'registry' ? [webhookPolicyEnv()] : []),
    ],
    // Read-your-own-writes is kept per process: one process per subgraph, or sticky routing (see README).
    1,
  );
}

function gatewayDeployment() {
  return deployment(
    'gateway',
    GATEWAY_PORT,
    [
      ...baseEnv(),
      value('HUB_SERVICES', 'gateway'),
      value('HUB_PORT', String(GATEWAY_PORT)),
      ...subgraphNames.map((name) =>
        value(`SUBGRAPH_${upper(name)}_URL`, `http://${name}:${subgraphPort(name)}/graphql`),
      ),
    ],
    2,
  );
}

function migrationJob() {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'dibao-migrate', namespace: NAMESPACE, labels: labels('dibao-migrate') },
    spec: {
      backoffLimit: 6,
      template: {
        metadata: { labels: labels('dibao-migrate') },
        spec: {
          restartPolicy: 'OnFailure',
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          containers: [
            {
              name: 'migrate',
              image: HUB_IMAGE,
              command: ['node', 'api/hub/dist/cli/migrate.js'],
              env: [
                ...baseEnv(),
                value('HUB_SERVICES', subgraphNames.join(',')),
                // As the owner role: it owns the schemas, runs the migrations and grants each subgraph role.
                fromSecret('DB_PASSWORD', DATABASE_SECRET, passwordKey(OWNER_ROLE)),
                value('DATABASE_URL', databaseUrl(OWNER_ROLE)),
                ...subgraphNames.flatMap((name) => [
                  fromSecret(`DB_PASSWORD_${upper(name)}`, DATABASE_SECRET, passwordKey(subgraphRole(name))),
                  value(
                    `DATABASE_URL_${upper(name)}`,
                    `postgres://${subgraphRole(name)}:$(DB_PASSWORD_${upper(name)})@postgres:${POSTGRES_PORT}/dibao`,
                  ),
                ]),
              ],
            },
          ],
        },
      },
    },
  };
}

/** Run once by the official image on an empty volume: the roles, with passwords from the database secret. */
function initScript(): string {
  const roles = [OWNER_ROLE, ...subgraphNames.map(subgraphRole)];
  const lines = [
    '#!/bin/sh',
    'set -eu',
    '# The replica streams as this role (pg_basebackup, then WAL).',
    'echo "host replication dibao_replication all scram-sha-256" >> "$PGDATA/pg_hba.conf"',
    'psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL',
    "CREATE ROLE dibao_replication WITH LOGIN REPLICATION PASSWORD '$REPLICATION_PASSWORD';",
    ...roles.map(
      (role) =>
        `CREATE ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '$${envOfRole(role)}';`,
    ),
    'REVOKE ALL ON DATABASE dibao FROM PUBLIC;',
    `GRANT CONNECT, TEMPORARY ON DATABASE dibao TO ${OWNER_ROLE};`,
    ...subgraphNames.map((name) =>
      [
        ...provisionedSchemas([name]).map((schema) => `CREATE SCHEMA ${schema} AUTHORIZATION ${OWNER_ROLE};`),
        `GRANT CONNECT ON DATABASE dibao TO ${subgraphRole(name)};`,
      ].join('\n'),
    ),
    'SQL',
    '',
  ];
  return lines.join('\n');
}

const envOfRole = (role: string) => `${upper(role)}_PASSWORD`;

function postgresEnv(): Env {
  return [
    fromSecret('POSTGRES_PASSWORD', DATABASE_SECRET, 'postgres-password'),
    value('POSTGRES_USER', 'postgres'),
    value('POSTGRES_DB', 'dibao'),
    value('PGDATA', '/var/lib/postgresql/data/pgdata'),
    fromSecret('REPLICATION_PASSWORD', DATABASE_SECRET, 'replication-password'),
    ...[OWNER_ROLE, ...subgraphNames.map(subgraphRole)].map((role) =>
      fromSecret(envOfRole(role), DATABASE_SECRET, passwordKey(role)),
    ),
  ];
}

const postgresArgs = ['-c', 'max_connections=300', '-c', 'wal_level=replica', '-c', 'hot_standby=on'];
const postgresProbe = {
  exec: { command: ['pg_isready', '-U', 'postgres', '-d', 'dibao', '-h', '127.0.0.1'] },
  periodSeconds: 5,
};

function postgresStatefulSet(name: string, replica: boolean) {
  const volume = { name: 'data', mountPath: '/var/lib/postgresql/data' };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: NAMESPACE, labels: labels(name) },
    spec: {
      serviceName: name,
      replicas: 1,
      selector: { matchLabels: labels(name) },
      template: {
        metadata: { labels: labels(name) },
        spec: {
          ...(replica
            ? {
                initContainers: [
                  {
                    name: 'base-backup',
                    image: POSTGRES_IMAGE,
                    command: [
                      'sh',
                      '-c',
                      // A copy of the primary with standby.signal and primary_conninfo (-R), once per volume.
                      '[ -s "$PGDATA/PG_VERSION" ] || PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup ' +
                        '-h postgres -U dibao_replication -D "$PGDATA" -X stream -R -C -S "replica_${HOSTNAME##*-}"',
                    ],
                    env: [
                      value('PGDATA', '/var/lib/postgresql/data/pgdata'),
                      fromSecret('REPLICATION_PASSWORD', DATABASE_SECRET, 'replication-password'),
                    ],
                    volumeMounts: [volume],
                  },
                ],
              }
            : {}),
          containers: [
            {
              name: 'postgres',
              image: POSTGRES_IMAGE,
              args: postgresArgs,
              ports: [{ name: 'postgres', containerPort: POSTGRES_PORT }],
              env: replica ? [value('PGDATA', '/var/lib/postgresql/data/pgdata')] : postgresEnv(),
              volumeMounts: [
                volume,
                ...(replica ? [] : [{ name: 'init', mountPath: '/docker-entrypoint-initdb.d', readOnly: true }]),
              ],
              readinessProbe: postgresProbe,
              livenessProbe: { ...postgresProbe, periodSeconds: 10 },
              resources: { requests: { cpu: '500m', memory: '1Gi' } },
            },
          ],
          ...(replica ? {} : { volumes: [{ name: 'init', configMap: { name: 'postgres-init', defaultMode: 0o555 } }] }),
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } } },
        },
      ],
    },
  };
}

function secrets() {
  // Short on purpose: the hub refuses it (too short, not a key), so an unedited secret cannot go live.
  const placeholder = 'REPLACE-ME';
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: HUB_SECRET, namespace: NAMESPACE },
      type: 'Opaque',
      stringData: Object.fromEntries(hubSecrets().map((entry) => [entry.name as string, placeholder])),
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: DATABASE_SECRET, namespace: NAMESPACE },
      type: 'Opaque',
      // URL-safe values (base64url), since they are written into connection URLs.
      stringData: Object.fromEntries(
        [
          'postgres-password',
          'replication-password',
          ...[OWNER_ROLE, ...subgraphNames.map(subgraphRole)].map(passwordKey),
        ].map((key) => [key, placeholder]),
      ),
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: DELIVERY_SECRET, namespace: NAMESPACE },
      type: 'Opaque',
      // Empty: no SMTP server (e-mails are recorded as skipped), no links and webhooks only to public https hosts
      // until the deployment fills them in.
      stringData: Object.fromEntries(deliveryEnv().map((entry) => [entry.valueFrom.secretKeyRef.key, ''])),
    },
  ];
}

/** Every manifest, in the order `kubectl apply -f` should create them. */
export function kubernetesManifests(): object[] {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } },
    ...secrets(),
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'postgres-init', namespace: NAMESPACE },
      data: { '10-roles.sh': initScript() },
    },
    postgresStatefulSet('postgres', false),
    service('postgres', POSTGRES_PORT),
    postgresStatefulSet('postgres-replica', true),
    service('postgres-replica', POSTGRES_PORT),
    migrationJob(),
    ...subgraphNames.flatMap((name) => [subgraphDeployment(name), service(name, subgraphPort(name))]),
    gatewayDeployment(),
    service('gateway', GATEWAY_PORT),
  ];
}

export const KUBERNETES_MANIFEST_HEADER =
  '# Generated by `pnpm k8s:manifests` from the code (api/hub/src/kubernetes.ts): do not edit by hand.\n' +
  '# Replace every REPLACE-ME secret value and the image (built from infra/Dockerfile) before applying.\n';

export function kubernetesManifestText(): string {
  return (
    KUBERNETES_MANIFEST_HEADER +
    kubernetesManifests()
      .map((document) => stringify(document, { lineWidth: 0 }))
      .join('---\n')
  );
}
