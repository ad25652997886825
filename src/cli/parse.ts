/** `referat parse FILE… [--json]`: one JSON object per file (JSON Lines), or a readable summary. */
import type { Command } from 'commander';
import { parseFile } from '../parse/document.js';
import { errorMessage } from './report.js';
import { summarize } from './summary.js';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse agendas and minutes (text, Markdown, HTML, PDF, DOCX, eDoc/Acadre/SBSYS XML) and print what was found')
    .argument('<files...>', 'files to parse')
    .option('--json', 'print one JSON object per file (JSON Lines when several)')
    .option('--pretty', 'indent the JSON (one file only)')
    .action(async (files: string[], opts: { json?: boolean; pretty?: boolean }) => {
      let failed = 0;
      for (const file of files) {
        try {
          const doc = await parseFile(file);
          if (opts.json) process.stdout.write(JSON.stringify(doc, null, opts.pretty ? 2 : undefined) + '\n');
          else process.stdout.write(summarize(file, doc) + '\n\n');
        } catch (e) {
          failed++;
          process.stderr.write(errorMessage(e, file) + '\n');
        }
      }
      if (failed) process.exitCode = 1;
    });
}
