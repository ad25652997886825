/**
 * Closed items show only number, title and "Lukket punkt" — everywhere. The fixture plants
 * distinctive words (a case number, a decision, a vote, a name, case text) in a closed item of real
 * imported minutes; these tests search every public surface for them: every page reachable from the
 * front page and the sitemap, search pages, search JSON and snippets, feeds, the whole OParl API with
 * the stored source content, the export in both formats, and error pages.
 *
 * Search queries use lower-case prefixes of the planted words ("xylofonkv"), so that a page echoing
 * the query does not count as a leak: only the capitalised full words are looked for.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { sql } from 'kysely';
import { exportItems } from '../../src/api/export.js';
import { containsPlanted, get, links, PLANTED, type WebFixture } from './fixture.js';

const QUERIES = ['xylofonkv', 'zebrafink', 'hemmelighedskræm', 'kvasirlun', 'ebbesen'];

function noLeak(where: string, text: string): void {
  const w = containsPlanted(text);
  assert.equal(w, null, `closed content "${w}" leaked on ${where}`);
}

export function closedTests(fx: () => WebFixture): void {

  test('the planted item is stored as a closed item with its title', async () => {
    const row = await fx().store.db
      .selectFrom('agenda_item')
      .select(['id', 'number', 'title', 'closed', 'sections_json', 'decision_text', 'case_id'])
      .where('title', '=', fx().closed.title)
      .where('closed', '=', 1)
      .executeTakeFirst();
    assert.ok(row, 'the closed item is in the database');
    assert.equal(row.sections_json, '[]');
    assert.equal(row.decision_text, null);
    assert.equal(row.case_id, null);
  });

  test('the database itself holds none of the planted words', async () => {
    if (fx().dialect === 'sqlite') {
      await fx().store.db.selectFrom('meeting').select('id').limit(1).execute();
      const bytes = await readFile(fx().dbPath);
      const wal = await readFile(fx().dbPath + '-wal').catch(() => Buffer.alloc(0));
      for (const w of PLANTED) {
        assert.equal(bytes.includes(Buffer.from(w)), false, `${w} in the database file`);
        assert.equal(wal.includes(Buffer.from(w)), false, `${w} in the WAL`);
      }
      return;
    }
    // PostgreSQL: every text column that holds document content, and the search index.
    for (const w of PLANTED) {
      const like = `%${w}%`;
      const r = await sql<{ n: number | string }>`
        SELECT (SELECT count(*) FROM document WHERE content_json LIKE ${like} OR warnings_json LIKE ${like})
             + (SELECT count(*) FROM agenda_item WHERE title LIKE ${like} OR sections_json LIKE ${like} OR coalesce(decision_text, '') LIKE ${like})
             + (SELECT count(*) FROM case_file WHERE number LIKE ${like})
             + (SELECT count(*) FROM person WHERE name LIKE ${like})
             + (SELECT count(*) FROM item_search WHERE tsv::text LIKE ${like.toLowerCase()}) AS n`.execute(fx().store.db);
      assert.equal(Number(r.rows[0]?.n ?? 0), 0, `${w} in the database`);
    }
  });

  test('every page reachable from the front page and the sitemap', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/kommuner', '/sitemap.xml'];
    for (const q of queue) seen.add(q);
    let closedPageSeen = false;
    while (queue.length) {
      const path = queue.shift()!;
      const r = await get(fx().base, path);
      assert.ok(r.status === 200 || r.status === 302, `${path}: ${r.status}`);
      noLeak(path, r.body);
      if (r.body.includes('Punktet blev behandlet for lukkede døre')) closedPageSeen = true;
      const next = r.type.includes('xml') ? [...r.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname + new URL(m[1]!.replace(/&amp;/g, '&')).search) : links(r.body);
      for (const l of next) {
        // Search pages link to countless other searches (facets, pages, JSON, feeds): follow links to
        // searches only from the other pages; the search surfaces have their own tests below.
        const searchy = l.startsWith('/sog') || l.startsWith('/api/') || l.startsWith('/feeds/sog');
        if (searchy && (path.startsWith('/sog') || path.startsWith('/api/'))) continue;
        if (!seen.has(l)) {
          seen.add(l);
          queue.push(l);
        }
      }
    }
    assert.ok(closedPageSeen, 'the closed item page was among them');
    assert.ok(seen.size > 800, `${seen.size} pages`);
  });

  test('the closed item page: number, title and "Lukket punkt" only', async () => {
    const committees = await get(fx().base, `/sog?q=${encodeURIComponent(fx().closed.title)}`);
    const link = [...committees.body.matchAll(/<h3><a href="([^"]+)">/g)].map((m) => m[1]!).find((h) => h.endsWith(`/punkt/${fx().closed.number}`));
    assert.ok(link, 'the closed item is found by its title');
    noLeak('search by title', committees.body);
    const page = await get(fx().base, link);
    assert.match(page.body, /<strong>Lukket punkt\.<\/strong>/);
    assert.ok(page.body.includes(fx().closed.title));
    noLeak(link, page.body);
    assert.doesNotMatch(page.body, /id="beslutning"|id="afstemning"|id="sagen"|<dt>Sag<\/dt>/);
  });

  test('search pages, JSON and snippets find nothing of it', async () => {
    for (const q of QUERIES) {
      for (const path of [`/sog?q=${encodeURIComponent(q)}`, `/api/v1/search?q=${encodeURIComponent(q)}`, `/sog?person=${q}`, `/api/v1/search?person=${q}`]) {
        const r = await get(fx().base, path);
        assert.equal(r.status, 200, path);
        noLeak(path, r.body);
        if (path.startsWith('/api/')) assert.equal((JSON.parse(r.body) as { total: number }).total, 0, path);
        else assert.match(r.body, /<h2 id="resultater">0 punkter/, path);
      }
    }
    const byCase = await get(fx().base, '/api/v1/search?sag=15.20.00-p20-18-99');
    assert.equal((JSON.parse(byCase.body) as { total: number }).total, 0);
    noLeak('search by case', byCase.body.replace(/15\.20\.00-p20-18-99/g, ''));
    const all = await get(fx().base, '/api/v1/search?limit=100&kommune=' + encodeURIComponent(fx().closed.municipality));
    noLeak('search listing', all.body);
  });

  test('feeds', async () => {
    const municipality = (await get(fx().base, '/kommuner')).body;
    const feedLinks = new Set<string>();
    for (const m of municipality.matchAll(/href="(\/kommune\/[^"/]+)"/g)) {
      const page = await get(fx().base, m[1]!);
      for (const c of page.body.matchAll(/href="(\/kommune\/[^"/]+\/udvalg\/[^"/]+)"/g)) feedLinks.add(c[1]!);
    }
    assert.ok(feedLinks.size > 5);
    for (const c of feedLinks) {
      for (const ext of ['atom', 'ics']) {
        const r = await get(fx().base, `/feeds${c}.${ext}`);
        assert.equal(r.status, 200, c);
        noLeak(`/feeds${c}.${ext}`, r.body);
      }
    }
    for (const q of [...QUERIES, fx().closed.title]) {
      const r = await get(fx().base, `/feeds/sog.atom?q=${encodeURIComponent(q)}`);
      noLeak(`search feed ${q}`, r.body);
    }
    const closedFeed = await get(fx().base, `/feeds/sog.atom?q=${encodeURIComponent(fx().closed.title)}`);
    assert.match(closedFeed.body, /Lukket punkt/);
  });

  test('the whole OParl API, with the stored source content', async () => {
    const api = `${fx().base}/oparl/v1/`;
    const queue = [`${api}system`];
    const seen = new Set(queue);
    let closedSeen = false;
    while (queue.length) {
      const url = queue.shift()!;
      const r = await fetch(url);
      const text = await r.text();
      assert.equal(r.status, 200, url);
      noLeak(url, text);
      if (url.endsWith('/content')) continue;
      if (text.includes('"public":false')) closedSeen = true;
      for (const m of text.matchAll(/"(http:\/\/127\.0\.0\.1:\d+\/oparl\/v1\/[^"]+)"/g)) {
        const u = m[1]!;
        if (!seen.has(u)) {
          seen.add(u);
          queue.push(u);
        }
      }
      for (const m of text.matchAll(/"(http:\/\/127\.0\.0\.1:\d+\/oparl\/v1\/file\/d\d+)"/g)) {
        const c = `${m[1]}/content`;
        if (!seen.has(c)) {
          seen.add(c);
          queue.push(c);
        }
      }
    }
    assert.ok(closedSeen, 'closed items are in the API (as public: false)');
    assert.ok(seen.size > 500, `${seen.size} API URLs`);
  });

  test('the export in both formats', async () => {
    for (const format of ['jsonl', 'csv'] as const) {
      let out = '';
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          out += chunk.toString('utf8');
          done();
        },
      });
      const n = await exportItems(fx().store, sink, { format });
      assert.ok(n > 100, `${n} items`);
      noLeak(`export ${format}`, out);
      assert.ok(out.includes(fx().closed.title), `the closed item is exported (${format})`);
      if (format === 'jsonl') {
        const rec = out
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>)
          .find((r) => r.title === fx().closed.title && r.closed === true);
        assert.ok(rec);
        assert.deepEqual(Object.keys(rec).sort(), ['closed', 'committee', 'date', 'documentKind', 'meetingVersion', 'municipality', 'number', 'order', 'startTime', 'term', 'title', 'url']);
      }
    }
  });

  test('error pages', async () => {
    const meeting = (await get(fx().base, `/sog?q=${encodeURIComponent(fx().closed.title)}`)).body;
    const link = [...meeting.matchAll(/<h3><a href="([^"]+)">/g)].map((m) => m[1]!).find((h) => h.endsWith(`/punkt/${fx().closed.number}`))!;
    const municipality = link.split('/')[2]!;
    const hit = /"oparl":"[^"]+\/agendaItem\/(\d+)-(\d+)"[^}]*"title":"([^"]+)","titleHtml":"[^"]*","closed":true/.exec((await get(fx().base, `/api/v1/search?q=${encodeURIComponent(fx().closed.title)}`)).body);
    assert.ok(hit, 'the closed item in the search JSON');
    const [meetingId, seq] = [Number(hit[1]), Number(hit[2])];
    const paths = [
      `/kommune/${municipality}/sag/15.20.00-P20-18-99`,
      `/kommune/${municipality}/sag/15.20.00-p20-18-99`,
      `${link}x`,
      `${link}/mere`,
      `/oparl/v1/consultation/${meetingId}-${seq}`,
      `/oparl/v1/file/a${meetingId}-${seq}-0`,
      `/oparl/v1/paper/999999`,
      `/sog?fra=${encodeURIComponent(fx().closed.title)}`,
      `/api/v1/search?udfald=xylofonkv`,
      `/feeds/sog.atom?side=abc`,
    ];
    for (const p of paths) {
      const r = await get(fx().base, p);
      assert.ok(r.status >= 400 && r.status < 500, `${p}: ${r.status}`);
      noLeak(p, r.body);
    }
  });
}
