import { execFileSync } from 'node:child_process';

export interface ServerUser {
  uid: number;
  gid: number;
  name: string;
}

/**
 * PostgreSQL refuses to run as root. When we are root, the server runs as the OS user `postgres`, created
 * here if the machine has none. For any other user the server runs as that user (undefined = no switch).
 */
export function serverUser(): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): ServerUser | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      return { uid, gid, name: 'postgres' };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
  const created = lookup();
  if (!created) throw new Error('Running as root, and the OS user "postgres" could not be created (useradd failed).');
  return created;
}
