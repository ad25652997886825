/** `referat case NUMBER`: a case's path through meetings and committees. */
import type { Command } from 'commander';
import { danishDate, OUTCOME_DA } from './format.js';
import { getCase, type CaseView } from '../store/queries.js';
import { openStore } from '../store/store.js';

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

export function formatCase(c: CaseView): string {
  const out: string[] = [];
  out.push(`Sag ${c.number} · ${c.municipality || 'ukendt kommune'}`);
  if (c.title) out.push(c.title);
  const span = c.firstDate === c.lastDate ? danishDate(c.firstDate) : `${danishDate(c.firstDate)} – ${danishDate(c.lastDate)}`;
  out.push(`${c.items.length} ${c.items.length === 1 ? 'behandling' : 'behandlinger'}, ${span}`, '');
  for (const it of c.items) {
    out.push(`${danishDate(it.date)}${it.startTime ? ` kl. ${it.startTime}` : ''} · ${it.committee} ${it.term} · punkt ${it.number}`);
    out.push(`  ${it.title}`);
    if (it.decisionText) out.push(`  Beslutning${it.outcome ? ` (${OUTCOME_DA[it.outcome]})` : ''}:`, indent(it.decisionText, '    '));
    else if (it.outcome) out.push(`  Beslutning: ${OUTCOME_DA[it.outcome]}`);
    else out.push('  (ingen beslutning i dokumentet)');
    if (it.route.length) {
      out.push('  Sagens gang:');
      for (const r of it.route) out.push(`    ${r.body}${r.date ? `, ${danishDate(r.date)}` : ''}${r.itemNumber ? `, pkt. ${r.itemNumber}` : ''}${r.decision ? `: ${r.decision}` : ''}`);
    }
    out.push(`  (punkt-id ${it.itemId}, møde-id ${it.meetingId})`, '');
  }
  return out.join('\n').trimEnd();
}

export function registerCase(program: Command): void {
  program
    .command('case')
    .description("print a case's history across meetings and committees (by case number / sagsnummer)")
    .argument('<number>', 'the case number, e.g. 15.00.00-G01-86-20 or S2020-26746')
    .option('--municipality <name>', 'only the case of this municipality (numbers can repeat between municipalities)')
    .option('--json', 'print as JSON')
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $DATABASE_URL or ./data/referat.db)')
    .action(async (number: string, opts: { municipality?: string; json?: boolean; db?: string }) => {
      const store = await openStore(opts.db);
      try {
        const cases = await getCase(store, number, { municipality: opts.municipality ?? null });
        if (opts.json) {
          process.stdout.write(JSON.stringify(cases, null, 2) + '\n');
        } else if (!cases.length) {
          process.stderr.write(`Ingen sag med nummeret ${number}.\n`);
        } else {
          process.stdout.write(cases.map(formatCase).join('\n\n') + '\n');
        }
        if (!cases.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
