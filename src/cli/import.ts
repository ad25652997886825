/** `referat import PATH… [--db FILE]`: files and folders into the database, with a summary. */
import { basename, relative } from 'node:path';
import type { Command } from 'commander';
import { danishNumber } from './format.js';
import { importPaths, type FileResult, type ImportSummary } from '../store/importer.js';
import { openStore } from '../store/store.js';

const LABELS: [keyof ImportSummary['counts'], string][] = [
  ['new', 'nye møder'],
  ['updated', 'opdaterede (ny version)'],
  ['alternate', 'anden udgave af gemt møde'],
  ['unchanged', 'uændrede'],
  ['skipped', 'sprunget over'],
  ['failed', 'fejlede'],
];

/** A one-line progress bar on stderr, redrawn in place (only on a terminal). */
export function progressBar(stream: NodeJS.WriteStream): ((done: number, total: number, current: string | null) => void) & { clear(): void } {
  let last = 0;
  const width = 28;
  const draw = (done: number, total: number, current: string | null): void => {
    const now = Date.now();
    if (done < total && now - last < 80) return;
    last = now;
    const filled = total ? Math.round((done / total) * width) : width;
    const name = current ? ` ${current}` : '';
    const cols = stream.columns || 100;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}${name}`;
    stream.write('\r\u001b[2K' + line.slice(0, cols - 1));
  };
  return Object.assign(draw, { clear: () => stream.write('\r\u001b[2K') });
}

function list(results: FileResult[], max: number, verbose: boolean, show: (r: FileResult) => string): string[] {
  const out = results.slice(0, verbose ? results.length : max).map(show);
  if (!verbose && results.length > max) out.push(`    … og ${results.length - max} flere (vis alle med --verbose)`);
  return out;
}

export function formatSummary(s: ImportSummary, location: string, verbose = false): string {
  const out: string[] = [];
  out.push(`Import til ${location}`);
  const w = Math.max(...LABELS.map(([, l]) => l.length));
  for (const [k, label] of LABELS) out.push(`  ${(label + ':').padEnd(w + 2)}${String(s.counts[k]).padStart(6)}`);
  const docs = s.results.filter((r) => r.status !== 'skipped' && r.status !== 'failed').length;
  out.push(`  ${docs} dokumenter, ${danishNumber(s.bytes / 1e6, 1)} MB på ${danishNumber(s.seconds, 1)} s`);
  const by = (st: FileResult['status']) => s.results.filter((r) => r.status === st);
  if (by('updated').length) {
    out.push('', 'Opdaterede møder (den tidligere version er gemt i historikken):');
    out.push(...list(by('updated'), 50, verbose, (r) => `  ${r.display}: ${r.meeting ?? ''} — ${r.reason ?? ''}`));
  }
  if (by('alternate').length) {
    out.push('', 'Anden udgave af et møde, der allerede er gemt:');
    out.push(...list(by('alternate'), 50, verbose, (r) => `  ${r.display}: ${r.reason ?? ''}`));
  }
  const sameContent = by('unchanged').filter((r) => r.reason);
  if (sameContent.length && verbose) {
    out.push('', 'Uændrede med en bemærkning:');
    out.push(...sameContent.map((r) => `  ${r.display}: ${r.reason}`));
  }
  if (by('skipped').length) {
    out.push('', 'Sprunget over (ikke mødedokumenter):');
    // Files with the same reason (an export's attachments) are counted on one line.
    const groups = new Map<string, FileResult[]>();
    for (const r of by('skipped')) groups.set(r.reason ?? '', [...(groups.get(r.reason ?? '') ?? []), r]);
    const lines: FileResult[] = [];
    for (const [reason, files] of groups) {
      if (files.length > 3 && !verbose) {
        const names = files.slice(0, 3).map((f) => basename(f.path));
        lines.push({ ...files[0]!, display: `${files.length} filer (${names.join(', ')} …)`, reason });
      } else lines.push(...files);
    }
    out.push(...list(lines, 30, verbose, (r) => `  ${r.display}: ${r.reason ?? ''}`));
  }
  if (by('failed').length) {
    out.push('', 'Fejlede (ikke importeret):');
    out.push(...by('failed').map((r) => `  ${r.display}: ${r.reason ?? 'ukendt fejl'}`));
  }
  return out.join('\n');
}

/** A path relative to the working directory when that is shorter. */
function shortPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && rel.length < p.length ? rel : p;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import agendas and minutes (files or folders, recursively) into the database (SQLite ./data/referat.db, or PostgreSQL when DATABASE_URL is set)')
    .argument('<paths...>', 'files and folders to import')
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $DATABASE_URL or ./data/referat.db)')
    .option('--json', 'print the summary as JSON')
    .option('--verbose', 'list every skipped file and note')
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], opts: { db?: string; json?: boolean; verbose?: boolean; progress?: boolean }) => {
      const store = await openStore(opts.db);
      try {
        const tty = Boolean(process.stderr.isTTY) && opts.progress !== false && !opts.json;
        const bar = tty ? progressBar(process.stderr) : null;
        const summary = await importPaths(store, paths, bar ? { onProgress: bar } : {});
        for (const r of summary.results) if (r.status === 'skipped' || r.status === 'failed') r.display = shortPath(r.display);
        bar?.clear();
        if (opts.json) process.stdout.write(JSON.stringify({ database: store.location, ...summary }, null, 2) + '\n');
        else process.stdout.write(formatSummary(summary, `${store.location} (${store.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`, opts.verbose) + '\n');
        if (summary.counts.failed) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
