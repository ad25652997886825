/**
 * The web tests' world: a real SQLite file filled by the real importer from ../shared/seeds,
 * ../shared/corpus and a generated sample, plus two documents made for these tests:
 *
 * - a meeting whose closed item carries distinctive planted words (in its case number, decision,
 *   a vote and its case text), to prove that closed content reaches no public surface;
 * - a correction: a meeting imported, then imported again with its last item removed, so the API
 *   has a second version and a deleted agenda item to report.
 *
 * And a real Fastify server on 127.0.0.1 with a random port.
 */
import { after, before, describe } from 'node:test';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseBytes } from '../../src/parse/document.js';
import type { MeetingDocument } from '../../src/model/index.js';
import { writeSampleSync } from '../../src/sample/index.js';
import { importPaths } from '../../src/store/importer.js';
import { openStore, type Store } from '../../src/store/store.js';
import { buildApp } from '../../src/web/server.js';
import { sharedDir, sharedPath } from '../support/paths.js';
import { startPostgres, type TestPostgres } from '../support/postgres.js';

/** Words that exist only inside the planted closed item. */
export const PLANTED = ['Xylofonkvist', 'Zebrafinke', 'Hemmelighedskræmmeri', 'Kvasirlund', '15.20.00-P20-18-99'];

const PLANT = `
15.20.00-P20-18-99

Beslutning

Godkendt. Xylofonkvist Ebbesen (V) stemte imod salget til Zebrafinke ApS.

Sagsfremstilling

Grunden sælges til Zebrafinke ApS for 4.500.000 kr. Hemmelighedskræmmeri i Kvasirlund.

`;

export interface WebFixture {
  dir: string;
  /** The SQLite file, or the PostgreSQL URL. */
  dbPath: string;
  dialect: 'sqlite' | 'postgres';
  store: Store;
  app: FastifyInstance;
  /** "http://127.0.0.1:PORT" */
  base: string;
  /** The planted closed item: its meeting's municipality, committee, date, number and title. */
  closed: { municipality: string; committee: string; date: string; number: string; title: string; fileName: string };
  /** The corrected meeting: its id and the seq (0-based) of the item the correction removed. */
  correction: { meetingId: number; removedSeq: number; itemsBefore: number; itemsAfter: number };
  close(): Promise<void>;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

async function parsed(path: string): Promise<MeetingDocument> {
  return parseBytes(await readFile(path), path.split('/').pop() ?? 'x.txt');
}

/** Removes the last item (its heading, its body and its table-of-contents line) from a document's text. */
function withoutLastItem(text: string, doc: MeetingDocument): string {
  const last = doc.items[doc.items.length - 1]!;
  const heading = new RegExp(`^(?:Punkt ${last.number.replace('.', '\\.')}:|${last.number.replace('.', '\\.')}\\.)[^\\n]*$`, 'm');
  const m = heading.exec(text);
  if (!m) throw new Error(`fixture: heading of item ${last.number} not found`);
  let out = text.slice(0, m.index);
  // The table of contents line starts with the title (cut short there, so match its first words).
  const start = last.title.slice(0, 25);
  out = out
    .split('\n')
    .filter((l) => !(l.startsWith(start) && /(\.{3,}|\t)\s*\d+\s*$/.test(l)))
    .join('\n');
  return out.trimEnd() + '\n';
}

export interface FixtureOptions {
  /** Store in a throw-away PostgreSQL server instead of a SQLite file. */
  postgres?: boolean;
}

/**
 * A `describe` block with a fixture started before its tests and closed after them; `body` defines
 * the tests, reading the fixture through the getter it is given.
 */
export function describeWithFixture(title: string, options: FixtureOptions, body: (fixture: () => WebFixture) => void): void {
  let fixture: WebFixture | null = null;
  describe(title, () => {
    before(async () => {
      fixture = await startFixture(options);
    });
    after(async () => {
      await fixture?.close();
    });
    body(() => fixture!);
  });
}

export async function startFixture(options: FixtureOptions = {}): Promise<WebFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'referat-web-'));
  const sampleDir = join(dir, 'sample');
  const laterDir = join(dir, 'later');
  await mkdir(laterDir, { recursive: true });
  writeSampleSync(sampleDir, { seed: 7, municipalities: 2, meetingsPerCommittee: 2, truth: 'none' });

  const files = await filesIn(sampleDir);
  // Plant words in the first closed item of a set of minutes.
  let closed: WebFixture['closed'] | null = null;
  for (const f of files) {
    if (!f.endsWith('-referat.txt')) continue;
    const text = await readFile(f, 'utf8');
    if (!/Punkt \d+: Lukket:/.test(text)) continue;
    const planted = text.replace(/(Punkt \d+: Lukket: [^\n]+\n)/, (h) => h + PLANT);
    await writeFile(f, planted);
    const doc = await parsed(f);
    const item = doc.items.find((i) => i.closed && JSON.stringify(i).includes('Xylofonkvist'));
    if (!item) throw new Error('fixture: the planted words did not land in a closed item');
    closed = { municipality: doc.municipality ?? '', committee: doc.committee ?? '', date: doc.date ?? '', number: item.number, title: item.title, fileName: f };
    break;
  }
  if (!closed) throw new Error('fixture: no sample minutes with a closed item');

  // A correction of another set of minutes: the same meeting without its last item.
  let correction: { file: string; v2: string; itemsBefore: number; itemsAfter: number } | null = null;
  for (const f of files) {
    if (!f.endsWith('-referat.txt') || f === closed.fileName) continue;
    const text = await readFile(f, 'utf8');
    const doc = await parsed(f);
    if (doc.items.length < 4 || doc.items.some((i) => i.closed)) continue;
    const v2text = withoutLastItem(text, doc);
    const v2 = join(laterDir, 'rettelse-' + f.split('/').pop());
    await writeFile(v2, v2text);
    const after = await parsed(v2);
    if (after.items.length !== doc.items.length - 1 || after.date !== doc.date || after.committee !== doc.committee) continue;
    correction = { file: f, v2, itemsBefore: doc.items.length, itemsAfter: after.items.length };
    break;
  }
  if (!correction) throw new Error('fixture: could not make a correction');

  let pg: TestPostgres | null = null;
  let dbPath = join(dir, 'referat.db');
  if (options.postgres) {
    pg = await startPostgres();
    dbPath = await pg.createDatabase('referat_web');
  }
  const store = await openStore(dbPath);
  // ../shared (seeds and corpus) when present; tests that need it call requireShared (a failure under CI).
  const shared = [sharedPath('seeds'), sharedPath('corpus')].filter((p) => existsSync(p));
  if (shared.length < 2 && process.env.CI) throw new Error(`shared folder missing: ${sharedDir()} (CI is set, so this is a failure)`);
  const first = await importPaths(store, [...shared, sampleDir]);
  if (first.counts.failed) throw new Error(`fixture: import failed: ${first.results.filter((r) => r.status === 'failed').map((r) => `${r.display}: ${r.reason}`).join('; ')}`);
  const second = await importPaths(store, [laterDir]);
  const upd = second.results[0];
  if (!upd || upd.status !== 'updated' || upd.meetingId === null) throw new Error(`fixture: the correction was not stored as a new version (${upd?.status}: ${upd?.reason})`);

  const app = await buildApp(store, { catalogCheckMs: 0 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    dir,
    dbPath,
    dialect: options.postgres ? 'postgres' : 'sqlite',
    store,
    app,
    base: `http://127.0.0.1:${port}`,
    closed,
    correction: { meetingId: upd.meetingId, removedSeq: correction.itemsBefore - 1, itemsBefore: correction.itemsBefore, itemsAfter: correction.itemsAfter },
    async close() {
      await app.close();
      await store.close();
      await pg?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** GET a path; returns status, headers and body text. */
export async function get(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string; headers: Headers }> {
  const r = await fetch(base + path, { headers, redirect: 'manual' });
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text(), headers: r.headers };
}

/** The internal links (paths) of an HTML page. */
export function links(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/href="([^"]+)"/g)) {
    const href = m[1]!.replace(/&amp;/g, '&');
    if (href.startsWith('/') && !href.startsWith('//')) out.push(href.split('#')[0]!);
  }
  return out;
}

export function containsPlanted(text: string): string | null {
  for (const w of PLANTED) if (text.includes(w)) return w;
  return null;
}
