/** `referat sample`: writes the bundled sample — realistic synthetic minutes with their truth. */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { share, wholeNumber } from './options.js';
import type { LayoutName } from '../sample/index.js';
import { LAYOUTS, writeSample } from '../sample/index.js';


export interface SampleCommandOptions {
  out: string;
  seed: string;
  municipalities?: string;
  meetings?: number;
  committees?: number;
  items?: number;
  agendaShare?: number;
  noise?: number;
  layouts?: string;
  truth: 'jsonl' | 'files' | 'none';
  quiet?: boolean;
}

export function registerSample(program: Command): void {
  program
    .command('sample')
    .description('write realistic synthetic agendas and minutes (with the truth a perfect importer recovers)')
    .option('--out <dir>', 'output folder', 'data/sample')
    .option('--seed <seed>', 'seed: the same seed and options give byte-identical output', '1')
    .option('--municipalities <n|names>', 'how many municipalities, or a comma-separated list of names')
    .option('--meetings <n>', 'meetings per committee', wholeNumber)
    .option('--committees <n>', 'standing committees per municipality', wholeNumber)
    .option('--items <n>', 'stop after this many agenda items in all', wholeNumber)
    .option('--agenda-share <x>', 'share of meetings that also get an agenda (0–1)', share)
    .option('--noise <x>', '0 = clean text, 1 = page breaks, running headers, junk lines', share)
    .option('--layouts <list>', `layouts to use: ${LAYOUTS.join(', ')}`)
    .option('--truth <form>', 'write the truth as jsonl, files or none', 'jsonl')
    .option('--quiet', 'no progress lines')
    .action(async (opts: SampleCommandOptions) => {
      const layouts = opts.layouts?.split(',').map((s) => s.trim()) as LayoutName[] | undefined;
      for (const l of layouts ?? []) {
        if (!LAYOUTS.includes(l)) throw new InvalidArgumentError(`unknown layout ${l}; known: ${LAYOUTS.join(', ')}`);
      }
      if (!['jsonl', 'files', 'none'].includes(opts.truth)) throw new InvalidArgumentError('--truth must be jsonl, files or none');
      const m = opts.municipalities;
      const summary = await writeSample(opts.out, {
        seed: /^\d+$/.test(opts.seed) ? Number(opts.seed) : opts.seed,
        municipalities: m === undefined ? undefined : /^\d+$/.test(m) ? Number(m) : m.split(',').map((s) => s.trim()),
        meetingsPerCommittee: opts.meetings,
        committeesPerMunicipality: opts.committees,
        totalItems: opts.items,
        agendaShare: opts.agendaShare,
        noise: opts.noise,
        layouts,
        truth: opts.truth,
      });
      const mb = summary.bytes / 1e6;
      if (!opts.quiet) {
        console.log(
          `sample: ${summary.documents} documents, ${summary.items} items, ${mb.toFixed(1)} MB text in ` +
            `${summary.seconds.toFixed(2)} s (${(mb / summary.seconds).toFixed(1)} MB/s) -> ${summary.dir}`,
        );
      }
    });
}
