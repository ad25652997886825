/**
 * `referat start` (what `npm start` runs): makes the bundled sample if it is missing, imports it into
 * SQLite (./data/referat.db; importing again changes nothing) and serves the portal on it.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { portNumber } from './options.js';
import { writeSample } from '../sample/index.js';
import { openStore } from '../store/store.js';
import { importPaths } from '../store/importer.js';
import { startServer } from '../web/server.js';
import { formatSummary } from './import.js';

/** The bundled sample: small enough to make in a second, varied enough to show every layout. */
export const BUNDLED_SAMPLE = { seed: 1, municipalities: 3, meetingsPerCommittee: 3, truth: 'none' as const };

export async function ensureSample(dir: string): Promise<void> {
  if (!existsSync(dir)) await writeSample(dir, BUNDLED_SAMPLE);
}


export function registerStart(program: Command): void {
  program
    .command('start')
    .description('make the bundled sample (data/sample) if missing, import it into SQLite and serve the portal')
    .option('--sample <dir>', 'sample folder', 'data/sample')
    .option('--db <file>', 'SQLite file', 'data/referat.db')
    .option('--port <n>', 'port to listen on', portNumber, Number(process.env.PORT) || 3000)
    .option('--host <host>', 'address to listen on', process.env.HOST || '127.0.0.1')
    .action(async (opts: { sample: string; db: string; port: number; host: string }) => {
      await ensureSample(opts.sample);
      const store = await openStore(opts.db);
      try {
        const summary = await importPaths(store, [opts.sample]);
        process.stdout.write(formatSummary(summary, `${store.location} (SQLite)`) + '\n');
        if (summary.counts.failed) process.exitCode = 1;
      } finally {
        await store.close();
      }
      const server = await startServer({ dbPath: opts.db, port: opts.port, host: opts.host });
      process.stdout.write(`Referat kører på ${server.url}/ (stop med Ctrl+C)\n`);
      const stop = (): void => {
        server.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
