/**
 * `referat export --format jsonl|csv [--out FILE] [--db FILE|URL] [--base-url URL]`: every agenda item
 * (public content only) as JSON Lines or CSV, to standard output or a file.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { type ExportFormat, exportItems } from '../api/export.js';
import { openStore } from '../store/store.js';
import { errorMessage } from './report.js';

const format = (v: string): ExportFormat => {
  if (v !== 'jsonl' && v !== 'csv') throw new InvalidArgumentError('use jsonl or csv');
  return v;
};

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export every agenda item (public content only) as JSON Lines or CSV')
    .requiredOption('--format <jsonl|csv>', 'output format', format)
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--db <file|url>', 'SQLite file or PostgreSQL URL (default: DATABASE_URL, else ./data/referat.db)')
    .option('--base-url <url>', 'prefix for the portal links in the export (default: paths only)')
    .action(async (opts: { format: ExportFormat; out?: string; db?: string; baseUrl?: string }) => {
      let store;
      try {
        store = await openStore(opts.db);
        const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
        // A closed pipe (`referat export … | head`) ends the export quietly.
        out.on('error', (e: NodeJS.ErrnoException) => {
          if (e.code === 'EPIPE') process.exit(0);
          process.stderr.write(errorMessage(e) + '\n');
          process.exit(1);
        });
        const n = await exportItems(store, out, { format: opts.format, baseUrl: opts.baseUrl });
        if (opts.out) {
          await new Promise<void>((resolve, reject) => {
            out.once('error', reject);
            out.end(resolve);
          });
          process.stderr.write(`${n} punkter skrevet til ${opts.out}\n`);
        }
      } catch (e) {
        process.stderr.write(errorMessage(e) + '\n');
        process.exitCode = 1;
      } finally {
        await store?.close();
      }
    });
}
