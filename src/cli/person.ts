/** `referat person NAME`: memberships, attendance and votes of a person. */
import type { Command } from 'commander';
import { CHOICE_DA, danishDate, REASON_DA } from './format.js';
import { findPersons, getPerson, type PersonView } from '../store/queries.js';
import { openStore } from '../store/store.js';

const MAX_LIST = 40;

export function formatPerson(p: PersonView, all = false): string {
  const out: string[] = [];
  out.push(`${p.name}${p.party ? ` (${p.party})` : ''} · ${p.municipality || 'ukendt kommune'}`);
  if (p.aliases.length) out.push(`Også stavet: ${p.aliases.join(', ')}`);
  out.push('');
  out.push('Medlemskaber:');
  if (!p.memberships.length) out.push('  (ingen)');
  for (const m of p.memberships) {
    const span = m.firstDate === m.lastDate ? danishDate(m.firstDate) : `${danishDate(m.firstDate)} – ${danishDate(m.lastDate)}`;
    out.push(`  ${m.committee} ${m.term}${m.role ? `, ${m.role}` : ''}${m.party ? `, ${m.party}` : ''} (set ${span})`);
  }
  const absent = p.attendance.filter((a) => a.absent);
  out.push('', `Fremmøde: ${p.attendance.length} ${p.attendance.length === 1 ? 'møde' : 'møder'} med deltagerliste, fraværende ved ${absent.length}`);
  for (const a of p.attendance.slice(0, all ? undefined : MAX_LIST)) {
    out.push(`  ${danishDate(a.date).padEnd(18)} ${a.committee}${a.absent ? ' — fraværende' : ' — til stede'}${a.substituteFor ? ` (stedfortræder for ${a.substituteFor})` : ''}`);
  }
  if (!all && p.attendance.length > MAX_LIST) out.push(`  … og ${p.attendance.length - MAX_LIST} flere (--all)`);
  if (p.itemAbsences.length) {
    out.push('', 'Deltog ikke i behandlingen af:');
    for (const a of p.itemAbsences.slice(0, all ? undefined : MAX_LIST)) {
      out.push(`  ${danishDate(a.date).padEnd(18)} ${a.committee}, punkt ${a.itemNumber}: ${a.title} — ${REASON_DA[a.reason] ?? a.reason}`);
    }
    if (!all && p.itemAbsences.length > MAX_LIST) out.push(`  … og ${p.itemAbsences.length - MAX_LIST} flere (--all)`);
  }
  out.push('', `Afstemninger: ${p.votes.length}`);
  for (const v of p.votes.slice(0, all ? undefined : MAX_LIST)) {
    out.push(`  ${danishDate(v.date).padEnd(18)} ${v.committee}, punkt ${v.itemNumber}: ${v.title} — ${CHOICE_DA[v.choice] ?? v.choice}${v.option ? ` »${v.option}«` : ''}`);
  }
  if (!all && p.votes.length > MAX_LIST) out.push(`  … og ${p.votes.length - MAX_LIST} flere (--all)`);
  return out.join('\n');
}

export function registerPerson(program: Command): void {
  program
    .command('person')
    .description("print a person's committee memberships, attendance and votes (spelling variants are one person)")
    .argument('<name...>', 'the name, or part of it ("Reza Javid", "Javid")')
    .option('--municipality <name>', 'only persons of this municipality')
    .option('--all', 'list everything (default: the latest 40 of each)')
    .option('--json', 'print as JSON')
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $DATABASE_URL or ./data/referat.db)')
    .action(async (nameParts: string[], opts: { municipality?: string; all?: boolean; json?: boolean; db?: string }) => {
      const name = nameParts.join(' ');
      const store = await openStore(opts.db);
      try {
        const found = await findPersons(store, name, { municipality: opts.municipality ?? null });
        if (!found.length) {
          if (opts.json) process.stdout.write('[]\n');
          else process.stderr.write(`Ingen person med navnet ${name}.\n`);
          process.exitCode = 1;
          return;
        }
        if (found.length > 5 && !opts.json) {
          process.stdout.write(`${found.length} personer passer på »${name}«; skriv mere af navnet:\n`);
          for (const p of found) process.stdout.write(`  ${p.name} (${p.municipality})\n`);
          return;
        }
        const views = (await Promise.all(found.map((p) => getPerson(store, p.id)))).filter((p): p is PersonView => p !== null);
        if (opts.json) process.stdout.write(JSON.stringify(views, null, 2) + '\n');
        else process.stdout.write(views.map((v) => formatPerson(v, opts.all)).join('\n\n' + '─'.repeat(40) + '\n\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
