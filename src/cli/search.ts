/** `referat search "query" [filters] [--json]`: Danish full-text search with facets. */
import type { Command } from 'commander';
import { danishDate, OUTCOME_DA, terminalText } from './format.js';
import { search, SearchError, type FacetValue, type SearchResult } from '../search/search.js';
import { openStore } from '../store/store.js';

interface SearchOpts {
  db?: string;
  municipality?: string;
  committee?: string;
  from?: string;
  to?: string;
  outcome?: string;
  case?: string;
  person?: string;
  party?: string;
  limit?: string;
  page?: string;
  json?: boolean;
  facets?: boolean;
}

const FACET_TITLES: [keyof NonNullable<SearchResult['facets']>, string][] = [
  ['municipality', 'Kommune'],
  ['committee', 'Udvalg'],
  ['year', 'År'],
  ['outcome', 'Beslutning'],
  ['party', 'Parti'],
  ['person', 'Person'],
  ['case', 'Sag'],
];

function facetLine(values: FacetValue[], max = 8): string {
  const shown = values.slice(0, max).map((v) => `${v.label} (${v.count})`);
  if (values.length > max) shown.push(`… ${values.length - max} flere`);
  return shown.join(' · ');
}

export function formatResult(r: SearchResult, color: boolean, offset: number): string {
  const out: string[] = [];
  for (const n of r.notices) out.push(n);
  const what = r.query ? ` for »${r.query}«` : '';
  if (!r.total) {
    out.push(`Ingen punkter fundet${what}.`);
    return out.join('\n');
  }
  const to = offset + r.hits.length;
  out.push(`${r.total} ${r.total === 1 ? 'punkt' : 'punkter'}${what}${r.total > r.hits.length ? ` (viser ${offset + 1}–${to})` : ''}`);
  out.push('');
  r.hits.forEach((h, i) => {
    const facts: string[] = [];
    if (h.caseNumber) facts.push(`sag ${h.caseNumber}`);
    if (h.outcome) facts.push(OUTCOME_DA[h.outcome]);
    if (h.closed) facts.push('lukket punkt');
    out.push(`${String(offset + i + 1).padStart(3)}. ${danishDate(h.date)} · ${h.committee} (${h.municipality}) · punkt ${h.number}`);
    out.push(`     ${terminalText(h.titleHtml, color)}${facts.length ? `  [${facts.join(' · ')}]` : ''}`);
    if (h.snippetHtml) out.push(`     ${terminalText(h.snippetHtml, color)}`);
    out.push(`     (punkt-id ${h.itemId}, møde-id ${h.meetingId})`);
  });
  if (r.facets) {
    out.push('', 'Fordeling:');
    for (const [key, title] of FACET_TITLES) {
      const values = r.facets[key];
      if (values.length) out.push(`  ${(title + ':').padEnd(12)}${facetLine(values)}`);
    }
  }
  return out.join('\n');
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search agenda items: Danish stemming and compounds, "phrases", -exclusion, a OR b; with filters and counts')
    .argument('[query]', 'words to search for (empty: list by the filters, newest first)', '')
    .option('--municipality <name>', 'only this municipality (kommune)')
    .option('--committee <name>', 'only this committee (udvalg), all terms')
    .option('--from <date>', 'from this meeting date: 2021, 2021-03 or 2021-03-23')
    .option('--to <date>', 'to this meeting date (inclusive)')
    .option('--outcome <outcome>', 'decision: godkendt, anbefalet, drøftet, "taget til efterretning", forkastet, udsat, "godkendt med ændringer"')
    .option('--case <number>', 'only items of this case number (sagsnummer)')
    .option('--person <name>', 'only items where this person voted, took part or was noted absent')
    .option('--party <party>', 'only items involving this party (letter or name)')
    .option('--limit <n>', 'results per page (default 20)', '20')
    .option('--page <n>', 'page number (default 1)', '1')
    .option('--no-facets', 'skip the counts per filter value')
    .option('--json', 'print the result as JSON (snippets as HTML with <mark>)')
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $DATABASE_URL or ./data/referat.db)')
    .action(async (query: string, opts: SearchOpts) => {
      const limit = Math.max(1, Math.min(200, Number.parseInt(opts.limit ?? '20', 10) || 20));
      const page = Math.max(1, Number.parseInt(opts.page ?? '1', 10) || 1);
      const store = await openStore(opts.db);
      try {
        const result = await search(
          store,
          query,
          { municipality: opts.municipality, committee: opts.committee, from: opts.from, to: opts.to, outcome: opts.outcome, caseNumber: opts.case, person: opts.person, party: opts.party },
          { limit, offset: (page - 1) * limit, facets: opts.facets !== false },
        );
        if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        else process.stdout.write(formatResult(result, Boolean(process.stdout.isTTY), (page - 1) * limit) + '\n');
      } catch (e) {
        if (e instanceof SearchError) {
          process.stderr.write(`fejl: ${e.message}\n`);
          process.exitCode = 2;
          return;
        }
        throw e;
      } finally {
        await store.close();
      }
    });
}
