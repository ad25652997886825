/**
 * `referat serve [--port 3000] [--host 127.0.0.1] [--db FILE|URL] [--public-url URL]`: serves the
 * portal, the OParl API, search JSON and feeds from what has been imported — SQLite by default
 * (./data/referat.db), PostgreSQL when DATABASE_URL (or --db) is a postgres:// URL.
 */
import type { Command } from 'commander';
import { portNumber } from './options.js';
import { startServer } from '../web/server.js';
import { errorMessage } from './report.js';


export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the public portal, the OParl API and the feeds (SQLite by default, PostgreSQL with DATABASE_URL)')
    .option('--port <n>', 'port to listen on', portNumber, Number(process.env.PORT) || 3000)
    .option('--host <host>', 'address to listen on', process.env.HOST || '127.0.0.1')
    .option('--db <file|url>', 'SQLite file or PostgreSQL URL (default: DATABASE_URL, else ./data/referat.db)')
    .option('--public-url <url>', 'public base URL for links in the API, feeds and sitemap (default: from the Host header)')
    .option('--log', 'log every request')
    .action(async (opts: { port: number; host: string; db?: string; publicUrl?: string; log?: boolean }) => {
      try {
        const server = await startServer({ port: opts.port, host: opts.host, dbPath: opts.db, publicUrl: opts.publicUrl ?? null, logger: opts.log ?? false });
        process.stdout.write(`Referat kører på ${server.url}/ (data: ${server.store.location})\n`);
        const stop = (): void => {
          server.close().finally(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (e) {
        process.stderr.write(errorMessage(e) + '\n');
        process.exitCode = 1;
      }
    });
}
