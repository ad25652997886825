/**
 * A real, throw-away PostgreSQL server for tests and benchmarks: Debian's server binaries
 * (`/usr/lib/postgresql/<version>/bin`, installed by scripts/install-system-deps.sh as the package
 * `postgresql`), a fresh data directory in a temporary folder, listening only on a unix socket in
 * that folder (no TCP port, so parallel test files never collide). `initdb` and `postgres` refuse
 * to run as root, so as root they run as the `postgres` system user (`runuser -u postgres --`).
 *
 *     const pg = await startPostgres();
 *     const url = await pg.createDatabase('referat_test');   // postgresql://…?host=<socket dir>
 *     …
 *     await pg.stop();                                        // stops the server, removes the folder
 *
 * The server is also stopped when the process exits without calling stop().
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export class PostgresMissingError extends Error {
  constructor(detail: string) {
    super(
      `PostgreSQL server binaries not found (${detail}). Install Debian's "postgresql" package: ` +
        'run "bash scripts/install-system-deps.sh" (npm pretest does), or set REFERAT_PG_BIN to a folder with initdb, pg_ctl and postgres.',
    );
    this.name = 'PostgresMissingError';
  }
}

/** The folder with initdb, pg_ctl and postgres: $REFERAT_PG_BIN, else the newest /usr/lib/postgresql/<v>/bin. */
export function findPostgresBin(): string {
  const need = ['initdb', 'pg_ctl', 'postgres'];
  const has = (dir: string): boolean => need.every((b) => existsSync(join(dir, b)));
  const fromEnv = process.env.REFERAT_PG_BIN;
  if (fromEnv) {
    if (has(fromEnv)) return fromEnv;
    throw new PostgresMissingError(`REFERAT_PG_BIN=${fromEnv} lacks ${need.join('/')}`);
  }
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => /^\d+(\.\d+)?$/.test(v) && has(join(base, v, 'bin')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new PostgresMissingError(`nothing under ${base}/*/bin`);
  return join(base, versions[0]!, 'bin');
}

export interface TestPostgres {
  /** The temporary folder: data directory, socket and log. */
  dir: string;
  /** Connection URL of the `postgres` database (superuser `postgres`, trust authentication). */
  url: string;
  /** Creates a database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and removes the folder. */
  stop(): Promise<void>;
}

function userIds(user: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    return Number.isFinite(uid) && Number.isFinite(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

export function urlFor(dir: string, port: number, database: string): string {
  return `postgresql://postgres@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(dir)}&port=${port}`;
}

export async function startPostgres(options: { timeoutMs?: number } = {}): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const owner = asRoot ? userIds('postgres') : null;
  if (asRoot && !owner) throw new PostgresMissingError('running as root, but there is no "postgres" system user to run the server as');
  const dir = mkdtempSync(join(tmpdir(), 'referat-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const port = 5432;
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
    writeFileSync(log, '');
    chownSync(log, owner.uid, owner.gid);
  }
  const cmd = (program: string, args: string[]): [string, string[]] =>
    owner ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
  const timeout = options.timeoutMs ?? 60_000;

  let started = false;
  const stopSync = (): void => {
    if (started) {
      try {
        const [c, a] = cmd('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        execFileSync(c, a, { stdio: 'ignore', timeout: 20_000 });
      } catch {
        /* already stopped */
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onExit = (): void => stopSync();
  // Killed by a signal: stop the server too (exit handlers do not run then).
  const onSignal = (signal: NodeJS.Signals): void => {
    stopSync();
    process.kill(process.pid, signal);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const unhook = (): void => {
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };

  try {
    const [ic, ia] = cmd('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await run(ic, ia, { timeout });
    const serverOptions = [
      `-k ${dir}`, "-c listen_addresses=''", `-p ${port}`, '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off',
      '-c max_connections=40', '-c shared_buffers=128MB', '-c maintenance_work_mem=256MB', '-c work_mem=32MB',
    ].join(' ');
    const [sc, sa] = cmd('pg_ctl', ['-D', data, '-l', log, '-o', serverOptions, '-w', '-t', String(Math.ceil(timeout / 1000)), 'start']);
    await run(sc, sa, { timeout });
    started = true;
  } catch (e) {
    let serverLog = '';
    try {
      serverLog = execFileSync('tail', ['-n', '20', log], { encoding: 'utf8' });
    } catch {
      /* no log */
    }
    unhook();
    stopSync();
    const err = e as { stderr?: string; message: string };
    throw new Error(`could not start a test PostgreSQL server with ${bin}: ${(err.stderr || err.message).trim()}${serverLog ? `\n${serverLog}` : ''}`);
  }

  const url = urlFor(dir, port, 'postgres');
  return {
    dir,
    url,
    async createDatabase(name: string): Promise<string> {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name ${name}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name}`);
        await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
      } finally {
        await client.end();
      }
      return urlFor(dir, port, name);
    },
    async stop(): Promise<void> {
      unhook();
      if (started) {
        const [c, a] = cmd('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        try {
          await run(c, a, { timeout: 30_000 });
        } catch {
          /* fall through to the immediate stop */
        }
      }
      stopSync();
    },
  };
}
