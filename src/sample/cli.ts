#!/usr/bin/env node
/**
 * Writes the sample corpus:
 *
 *   node dist/src/sample/cli.js [--out data/sample] [--seed 1] [--municipalities 3]
 *        [--meetings 4] [--committees 4] [--items N] [--agenda-share 0.2] [--noise 1]
 *        [--layouts odense,odder,ballerup,odense-md] [--truth jsonl|files|none] [--quiet]
 *
 * --items N stops after N agenda items in all (scales the number of meetings); prints a summary
 * with the generation speed.
 */
import { parseArgs } from 'node:util';
import type { LayoutName } from './generate.js';
import { writeSample } from './write.js';
import { LAYOUTS } from './world.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'data/sample' },
    seed: { type: 'string', default: '1' },
    municipalities: { type: 'string' },
    meetings: { type: 'string' },
    committees: { type: 'string' },
    items: { type: 'string' },
    'agenda-share': { type: 'string' },
    noise: { type: 'string' },
    layouts: { type: 'string' },
    truth: { type: 'string', default: 'jsonl' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: node dist/src/sample/cli.js [--out DIR] [--seed S] [--municipalities N|A,B] [--meetings N] [--committees N] [--items N] [--agenda-share X] [--noise X] [--layouts L,…] [--truth jsonl|files|none] [--quiet]');
  process.exit(0);
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
const seed = /^\d+$/.test(values.seed!) ? Number(values.seed) : values.seed!;
const municipalities = values.municipalities === undefined ? undefined : /^\d+$/.test(values.municipalities) ? Number(values.municipalities) : values.municipalities.split(',').map((s) => s.trim());
const layouts = values.layouts?.split(',').map((s) => s.trim()) as LayoutName[] | undefined;
for (const l of layouts ?? []) {
  if (!LAYOUTS.includes(l)) {
    console.error(`unknown layout ${l}; known: ${LAYOUTS.join(', ')}`);
    process.exit(2);
  }
}
const truth = values.truth as 'jsonl' | 'files' | 'none';
if (!['jsonl', 'files', 'none'].includes(truth)) {
  console.error('--truth must be jsonl, files or none');
  process.exit(2);
}

let lastReport = Date.now();
const summary = await writeSample(values.out!, {
  seed,
  municipalities,
  meetingsPerCommittee: num(values.meetings),
  committeesPerMunicipality: num(values.committees),
  totalItems: num(values.items),
  agendaShare: num(values['agenda-share']),
  noise: num(values.noise),
  layouts,
  truth,
  onDocument: (_doc, s) => {
    if (!values.quiet && Date.now() - lastReport > 2000) {
      lastReport = Date.now();
      process.stderr.write(`  ${s.documents} documents, ${s.items} items, ${(s.bytes / 1e6).toFixed(1)} MB\n`);
    }
  },
});
const mb = summary.bytes / 1e6;
console.log(
  `sample: ${summary.documents} documents, ${summary.items} items, ${mb.toFixed(1)} MB text` +
    (summary.truthBytes ? ` + ${(summary.truthBytes / 1e6).toFixed(1)} MB truth` : '') +
    ` in ${summary.seconds.toFixed(2)} s (${(mb / summary.seconds).toFixed(1)} MB/s text) -> ${summary.dir}`,
);
