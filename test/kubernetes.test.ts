import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { subgraphNames } from '@dibao/gateway';
import { kubernetesManifestText, SECRETS } from '@dibao/hub';
import { HEALTH_PATH, READY_PATH } from '@dibao/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestFile = path.join(root, 'infra', 'kubernetes', 'hub.yaml');
const committed = readFileSync(manifestFile, 'utf8');
const documents = parseAllDocuments(committed).map((document) => {
  expect(document.errors).toEqual([]);
  return document.toJS() as any;
});
const byKind = (kind: string) => documents.filter((document) => document.kind === kind);
const named = (kind: string, name: string) => byKind(kind).find((document) => document.metadata.name === name);

/** Every TypeScript source of the services (not tests, not builds): the names the code reads are in here. */
function sourceText(): string {
  const texts: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', 'test'].includes(entry.name)) continue;
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith('.ts')) texts.push(readFileSync(child, 'utf8'));
    }
  };
  visit(path.join(root, 'api'));
  visit(path.join(root, 'packages'));
  return texts.join('\n');
}
const source = sourceText();
const SUBGRAPH_VARIABLE = new RegExp(
  `^(SUBGRAPH_(${subgraphNames.map((name) => name.toUpperCase()).join('|')})_(PORT|URL)|DATABASE_URL_(${subgraphNames
    .map((name) => name.toUpperCase())
    .join('|')}))$`,
);
/** What the official postgres image reads itself (its docker-entrypoint.sh). */
const POSTGRES_IMAGE_VARIABLES = new Set(['POSTGRES_PASSWORD', 'POSTGRES_USER', 'POSTGRES_DB', 'PGDATA']);

const workloads = () => [...byKind('Deployment'), ...byKind('StatefulSet'), ...byKind('Job')];
const containersOf = (workload: any): any[] => [
  ...(workload.spec.template.spec.initContainers ?? []),
  ...workload.spec.template.spec.containers,
];
const envOf = (container: any) => new Map<string, any>((container.env ?? []).map((entry: any) => [entry.name, entry]));

describe('Kubernetes manifests (infra/kubernetes/hub.yaml)', () => {
  it('are what `pnpm k8s:manifests` writes from the code today', () => {
    expect(committed).toBe(kubernetesManifestText());
  });

  it('give the gateway and every subgraph of subgraphs.ts a Deployment and a Service on the port it listens on', () => {
    for (const name of [...subgraphNames, 'gateway']) {
      const deployment = named('Deployment', name);
      const service = named('Service', name);
      expect(deployment, name).toBeDefined();
      expect(service, name).toBeDefined();
      const [container] = deployment.spec.template.spec.containers;
      const env = envOf(container);
      expect(env.get('HUB_SERVICES')?.value).toBe(name);
      const listens = Number(
        name === 'gateway' ? env.get('HUB_PORT')?.value : env.get(`SUBGRAPH_${name.toUpperCase()}_PORT`)?.value,
      );
      expect(container.ports.map((port: any) => port.containerPort)).toEqual([listens]);
      expect(service.spec.ports.map((port: any) => port.targetPort)).toEqual([listens]);
    }
    // The gateway finds each subgraph at its Service's name and port.
    const gatewayEnv = envOf(named('Deployment', 'gateway').spec.template.spec.containers[0]);
    for (const name of subgraphNames) {
      const url = new URL(gatewayEnv.get(`SUBGRAPH_${name.toUpperCase()}_URL`).value);
      expect(url.hostname).toBe(name);
      expect(Number(url.port)).toBe(named('Service', name).spec.ports[0].port);
      expect(url.pathname).toBe('/graphql');
    }
  });

  it('select pods that exist and name only hosts that are Services', () => {
    const services = new Set(byKind('Service').map((service) => service.metadata.name));
    for (const service of byKind('Service')) {
      const selector = Object.entries(service.spec.selector);
      const target = workloads().find((workload) =>
        selector.every(([key, value]) => workload.spec.template.metadata.labels[key] === value),
      );
      expect(target, service.metadata.name).toBeDefined();
      const ports = containersOf(target).flatMap((container) =>
        (container.ports ?? []).map((p: any) => p.containerPort),
      );
      for (const port of service.spec.ports) expect(ports).toContain(port.targetPort);
    }
    for (const workload of workloads()) {
      for (const container of containersOf(workload)) {
        for (const entry of container.env ?? []) {
          if (typeof entry.value !== 'string' || !/^(postgres|http):\/\//.test(entry.value)) continue;
          expect(services, `${workload.metadata.name} ${entry.name}`).toContain(new URL(entry.value).hostname);
        }
      }
    }
  });

  it('name only secrets and keys that are defined, and give every pod of the hub all the secrets it needs', () => {
    for (const workload of workloads()) {
      for (const container of containersOf(workload)) {
        for (const entry of container.env ?? []) {
          const reference = entry.valueFrom?.secretKeyRef;
          if (!reference) continue;
          const secret = named('Secret', reference.name);
          expect(secret, reference.name).toBeDefined();
          expect(Object.keys(secret.stringData), `${reference.name}`).toContain(reference.key);
        }
        if (container.image?.startsWith('dibao-hub')) {
          const env = envOf(container);
          for (const spec of Object.values(SECRETS)) {
            if (spec.variable === SECRETS.databaseRoles.variable) continue; // only needed where roles are provisioned
            expect(
              env.get(spec.variable)?.valueFrom?.secretKeyRef,
              `${workload.metadata.name} ${spec.variable}`,
            ).toBeDefined();
          }
        }
      }
    }
  });

  it('set only environment variables the code (or the postgres image) reads', () => {
    for (const workload of workloads()) {
      for (const container of containersOf(workload)) {
        const env = [...envOf(container).keys()];
        const values = (container.env ?? []).map((entry: any) => entry.value ?? '').join('\n');
        const scripts = [
          ...(container.command ?? []),
          ...byKind('ConfigMap').flatMap((map) => Object.values(map.data ?? {})),
        ].join('\n');
        for (const name of env) {
          const composes = values.includes(`$(${name})`);
          const known = container.image?.startsWith('postgres')
            ? POSTGRES_IMAGE_VARIABLES.has(name) || scripts.includes(`$${name}`) || scripts.includes(`"$${name}"`)
            : SUBGRAPH_VARIABLE.test(name) || source.includes(name);
          expect(composes || known, `${workload.metadata.name}: ${name}`).toBe(true);
        }
      }
    }
  });

  it('probe the health paths the services answer, and run commands that are built from sources', () => {
    for (const workload of byKind('Deployment')) {
      const [container] = workload.spec.template.spec.containers;
      const portNames = container.ports.map((port: any) => port.name);
      expect(container.livenessProbe.httpGet.path).toBe(HEALTH_PATH);
      expect(container.readinessProbe.httpGet.path).toBe(READY_PATH);
      expect(container.startupProbe.httpGet.path).toBe(HEALTH_PATH);
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
        expect(portNames).toContain(container[probe].httpGet.port);
    }
    for (const workload of workloads()) {
      for (const container of containersOf(workload)) {
        const script = container.command?.find((part: string) => part.endsWith('.js'));
        if (!script) continue;
        expect(existsSync(path.join(root, script.replace('/dist/', '/src/').replace(/\.js$/, '.ts'))), script).toBe(
          true,
        );
      }
    }
  });

  it('run the migrations as the owner role and the services as their own roles, reading from the replica', () => {
    const job = named('Job', 'dibao-migrate');
    const jobEnv = envOf(job.spec.template.spec.containers[0]);
    expect(new URL(jobEnv.get('DATABASE_URL').value.replaceAll(/\$\(\w+\)/g, 'x')).username).toBe('dibao_owner');
    expect(jobEnv.get('HUB_SERVICES').value.split(',')).toEqual(subgraphNames);
    for (const name of subgraphNames) {
      const env = envOf(named('Deployment', name).spec.template.spec.containers[0]);
      expect(env.get('HUB_MIGRATE').value).toBe('off');
      const url = env.get(`DATABASE_URL_${name.toUpperCase()}`).value.replaceAll(/\$\(\w+\)/g, 'x');
      expect(new URL(url).username).toBe(`dibao_${name}`);
      expect(new URL(env.get('DATABASE_REPLICA_URL').value).hostname).toBe('postgres-replica');
      // The role is created on a new volume by the init script.
      expect(named('ConfigMap', 'postgres-init').data['10-roles.sh']).toContain(`CREATE ROLE dibao_${name} `);
    }
    expect(named('StatefulSet', 'postgres-replica').spec.template.spec.initContainers[0].command.join(' ')).toMatch(
      /pg_basebackup .* -R /,
    );
  });
});
