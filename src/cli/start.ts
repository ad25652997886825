/**
 * `referat start` (what `npm start` runs): makes the bundled sample if it is missing, then reads it
 * and prints what the importer found.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parseFile } from '../parse/document.js';
import { writeSample } from '../sample/index.js';
import { errorMessage } from './report.js';
import { summarize } from './summary.js';

/** The bundled sample: small enough to make in a second, varied enough to show every layout. */
export const BUNDLED_SAMPLE = { seed: 1, municipalities: 3, meetingsPerCommittee: 2, truth: 'none' as const };

export async function ensureSample(dir: string): Promise<void> {
  if (!existsSync(dir)) await writeSample(dir, BUNDLED_SAMPLE);
}

async function documentsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('make the bundled sample (data/sample) if missing and show what the importer reads from it')
    .option('--sample <dir>', 'sample folder', 'data/sample')
    .action(async (opts: { sample: string }) => {
      await ensureSample(opts.sample);
      const files = await documentsIn(opts.sample);
      let items = 0;
      let failed = 0;
      for (const file of files) {
        try {
          const doc = await parseFile(file);
          items += doc.items.length;
          console.log(summarize(file, doc) + '\n');
        } catch (e) {
          failed++;
          console.error(errorMessage(e, file));
        }
      }
      console.log(`${files.length} dokumenter, ${items} punkter${failed ? `, ${failed} fejlede` : ''} i ${opts.sample}`);
      if (failed) process.exitCode = 1;
    });
}
