import path from 'node:path';
import { buildDatasets, DEFAULT_SUPPRESSION_THRESHOLD, publishRelease, type PublishedRelease } from '@dibao/datasets';
import { signAuditCheckpoints, type AuditAnchor } from './checkpoints.js';
import { readReleaseInput } from './source.js';

export interface WriteReleaseOptions {
  /** The gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /**
   * The gateway secret: the release is one of the hub's own processes, so a production gateway (trusted
   * documents only) runs its documents too.
   */
  gatewaySecret?: string;
  /** The release token of a province (see releaseTokens), or a fixed token per province. */
  token: ((province: string) => string | Promise<string>) | Record<string, string>;
  /** Releases go to `<dataDir>/releases/<version>/`, LATEST next to them. */
  dataDir: string;
  /** The release's time (its version date is this day in Asia/Shanghai). */
  now?: Date;
  /** Statistical years; by default those with data. */
  years?: number[];
  /** Person counts below it are withheld (default 5). */
  threshold?: number;
  log?: (line: string) => void;
  /** Whose audit chains the release anchors: every release publishes their signed heads. */
  audit: AuditAnchor;
}

export const releasesDirOf = (dataDir: string) => path.join(dataDir, 'releases');

/**
 * Makes a release: reads the public data through the gateway, applies disclosure control, and writes the
 * release folder (see publishRelease in @dibao/datasets) with the signed heads of the audit chains. Returns its version, folder and manifest.
 */
export async function writeRelease(options: WriteReleaseOptions): Promise<PublishedRelease> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const { token } = options;
  const tokenFor = async (province: string) => {
    const value = typeof token === 'function' ? await token(province) : token[province];
    if (!value) throw new Error(`No release token for province ${province}`);
    return value;
  };
  const source = await readReleaseInput({
    gatewayUrl: options.gatewayUrl,
    ...(options.gatewaySecret ? { gatewaySecret: options.gatewaySecret } : {}),
    tokenFor,
    now,
    log,
    ...(options.years ? { years: options.years } : {}),
  });
  const datasets = buildDatasets(source.input, { threshold });
  // The heads are read after the data, so the checkpoint covers every change the release could reflect.
  const audit = await signAuditCheckpoints(options.audit);
  return publishRelease({
    audit,
    releasesDir: releasesDirOf(options.dataDir),
    datasets,
    threshold,
    publisher: source.publisher,
    coverage: { years: source.input.years, provinces: source.provinces },
    now,
    log,
  });
}
