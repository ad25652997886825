/**
 * The portal against a real database (SQLite or PostgreSQL) filled by the real importer and a real server: every page
 * type, concrete answers from the seeds, search, sitemap, feeds, security headers, malformed requests.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { importPaths } from '../../src/store/importer.js';
import { buildApp } from '../../src/web/server.js';
import { requireShared, sharedPath } from '../support/paths.js';
import { get, links, type WebFixture } from './fixture.js';

const ODENSE_BSU = '/kommune/odense/udvalg/beskaeftigelses-og-socialudvalget';
const ODDER_AMU = '/kommune/odder/udvalg/arbejdsmarkedsudvalget';

/** The headings of a page as levels, in order. */
function headings(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

function assertWellFormedPage(html: string, path: string): void {
  assert.match(html, /^<!doctype html>\s*<html lang="da">/, `${path}: doctype and lang="da"`);
  assert.match(html, /<a class="skip" href="#indhold">/, `${path}: skip link`);
  assert.equal((html.match(/<main /g) ?? []).length, 1, `${path}: one main landmark`);
  assert.match(html, /<main id="indhold"/, `${path}: skip link target`);
  assert.match(html, /<header class="site">/, `${path}: banner`);
  assert.match(html, /<footer class="site">/, `${path}: contentinfo`);
  assert.match(html, /<title>[^<]+<\/title>/, `${path}: title`);
  const h = headings(html);
  assert.equal(h[0], 1, `${path}: the first heading is h1`);
  assert.equal(h.filter((x) => x === 1).length, 1, `${path}: exactly one h1`);
  for (let i = 1; i < h.length; i++) assert.ok(h[i]! <= h[i - 1]! + 1, `${path}: heading h${h[i]} after h${h[i - 1]} skips a level`);
  // Every form control has a label.
  for (const m of html.matchAll(/<(input|select)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    if (/type="(hidden|submit)"/.test(attrs)) continue;
    const id = /id="([^"]+)"/.exec(attrs)?.[1];
    assert.ok(id && html.includes(`for="${id}"`), `${path}: control without a label: ${m[0]}`);
  }
  assert.doesNotMatch(html, /<script/i, `${path}: no script`);
  assert.doesNotMatch(html, / style="/, `${path}: no inline style (CSP)`);
}

export function portalTests(fx: () => WebFixture): void {

  test('every page type renders as an accessible Danish page', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const pages = [
      '/',
      '/kommuner',
      '/kommune/odense',
      '/kommune/odense/personer',
      ODENSE_BSU,
      `${ODENSE_BSU}/2021-10-05`,
      `${ODENSE_BSU}/2021-10-05/punkt/1`,
      '/kommune/odense/sag/15.00.00-G01-86-20',
      '/kommune/odense/person/reza-javid',
      '/sog?q=stofbehandling',
      '/sog',
      '/tilgaengelighed',
      '/om',
      '/data',
      '/findes-ikke',
    ];
    for (const p of pages) {
      const r = await get(fx().base, p);
      assert.equal(r.status, p === '/findes-ikke' ? 404 : 200, p);
      assert.equal(r.type, 'text/html; charset=utf-8', p);
      assertWellFormedPage(r.body, p);
    }
  });

  test('meeting page: header, participants with absence, agenda as linked table of contents, source', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const r = await get(fx().base, `${ODDER_AMU}/2020-10-22`);
    assert.equal(r.status, 200);
    assert.match(r.body, /torsdag 22\. oktober 2020, kl\. 14\.00/);
    assert.match(r.body, /Mødelokale 2/);
    const absent = r.body.slice(r.body.indexOf('id="fravaerende"'));
    assert.match(absent.slice(0, 600), /Hans Hammann/, 'Hans Hammann is listed as absent');
    assert.equal((r.body.match(/<li><span class="no">/g) ?? []).length, 11, 'eleven items in the table of contents');
    assert.ok(r.body.includes(`href="${ODDER_AMU}/2020-10-22/punkt/5"`), 'items are linked');
    assert.match(r.body, /004_4215b85305d5dec8\.txt/, 'the source document is named');
  });

  test('item page: decision with outcome, votes by option and party, who did not take part, the case', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const r = await get(fx().base, `${ODENSE_BSU}/2021-10-05/punkt/1`);
    assert.equal(r.status, 200);
    assert.match(r.body, /<section class="decision[^"]*"[^>]*>\s*<h2 id="beslutning">Beslutning<\/h2>\s*<p class="outcome">Godkendt<\/p>/);
    const votes = r.body.slice(r.body.indexOf('id="afstemning"'));
    assert.match(votes, /<caption>Afstemning om model 1<\/caption>[\s\S]*?<th scope="row">Ø<\/th><td><a href="\/kommune\/odense\/person\/reza-javid">Reza Javid<\/a><\/td>/);
    assert.match(votes, /<caption>Afstemning om model 2<\/caption>[\s\S]*?<th scope="row">A<\/th>/);
    assert.match(r.body, /id="deltog-ikke"[\s\S]*Brian Dybro/);
    assert.match(r.body, /<dt>Sag<\/dt><dd><a href="\/kommune\/odense\/sag\/15\.20\.00-A00-18-17">/);
    assert.match(r.body, /<h2 id="indstilling">Indstilling<\/h2>/);
  });

  test('case page: the timeline across meetings', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const r = await get(fx().base, '/kommune/odense/sag/15.00.00-G01-86-20');
    assert.equal(r.status, 200);
    const a = r.body.indexOf('23. marts 2021');
    const b = r.body.indexOf('5. oktober 2021');
    assert.ok(a > 0 && b > a, 'both meetings, oldest first');
    assert.ok(r.body.includes(`href="${ODENSE_BSU}/2021-03-23/punkt/10"`));
    assert.ok(r.body.includes(`href="${ODENSE_BSU}/2021-10-05/punkt/7"`));
    const unknown = await get(fx().base, '/kommune/odense/sag/99.99.99-X00-00-00');
    assert.equal(unknown.status, 404);
  });

  test('person page: memberships, attendance and votes', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const reza = await get(fx().base, '/kommune/odense/person/reza-javid');
    assert.match(reza.body, /<h1>Reza Javid <span class="meta">\(Ø\)<\/span><\/h1>/);
    assert.match(reza.body, /id="medlemskaber"[\s\S]*Beskæftigelses- og Socialudvalget/);
    assert.match(reza.body, /model 1<\/td><td>For<\/td>/);
    const hans = await get(fx().base, '/kommune/odder/person/hans-hammann');
    assert.equal(hans.status, 200);
    assert.match(hans.body, /22\. oktober 2020<\/td><td><a [^>]+>Arbejdsmarkedsudvalget<\/a><\/td><td>[^<]*<\/td><td><span class="badge warn">Fraværende<\/span>/);
  });

  test('search: ranking, highlighted snippets, filters, facets and stable pagination links', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const r = await get(fx().base, '/sog?q=stofbehandling');
    const first = /<ol class="results"[^>]*>\s*<li>\s*<h3><a href="([^"]+)">/.exec(r.body);
    assert.equal(first?.[1], `${ODENSE_BSU}/2021-10-05/punkt/4`, 'item 4 of 2021-10-05 first');
    assert.match(r.body, /<mark>[Ss]tofbehandling<\/mark>/);
    assert.match(r.body, /<h3 id="facet-udvalg">Udvalg<\/h3>/);
    // Filter by committee through its facet link.
    const facet = /<section aria-labelledby="facet-udvalg">[\s\S]*?<a href="([^"]+)"/.exec(r.body)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(facet && facet.includes('udvalg='), 'a committee facet link');
    const filtered = await get(fx().base, facet!);
    assert.equal(filtered.status, 200);
    assert.match(filtered.body, /class="active-filters"/);
    // Pagination: an empty query lists everything, 20 a page, with numbered links that keep the filters.
    const all = await get(fx().base, '/sog?kommune=Vejle');
    const next = /<a href="([^"]+)" rel="next">/.exec(all.body)?.[1]?.replace(/&amp;/g, '&');
    assert.equal(next, '/sog?kommune=Vejle&side=2');
    const page2 = await get(fx().base, next!);
    assert.match(page2.body, /<ol class="results" start="21">/);
  });

  test('search JSON endpoint: same filters and facets, stable links, closed items without content', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const r = await get(fx().base, '/api/v1/search?q=stofbehandling&udvalg=Besk%C3%A6ftigelses-%20og%20Socialudvalget');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    const body = JSON.parse(r.body) as { total: number; data: { url: string; snippetHtml: string }[]; facets: { committee: unknown[] }; links: { self: string } };
    assert.ok(body.total >= 1);
    assert.equal(body.data[0]!.url, `${fx().base}${ODENSE_BSU}/2021-10-05/punkt/4`);
    assert.ok(body.facets.committee.length >= 1);
    assert.ok(body.links.self.startsWith(fx().base + '/api/v1/search?q=stofbehandling&udvalg='));
    const en = await get(fx().base, '/api/v1/search?query=stofbehandling&municipality=Odense&page=1');
    assert.equal((JSON.parse(en.body) as { total: number }).total, body.total);
  });

  test('sitemap: an index of files whose every URL answers 200', async () => {
    const index = await get(fx().base, '/sitemap.xml');
    assert.equal(index.status, 200);
    assert.match(index.type, /^application\/xml/);
    const files = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(files.length >= 3);
    let checked = 0;
    for (const f of files) {
      const r = await get('', f.replace(/&amp;/g, '&'));
      assert.equal(r.status, 200, f);
      const urls = [...r.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      for (const u of urls.filter((_, i) => i % 7 === 0)) {
        const page = await get('', u);
        assert.equal(page.status, 200, u);
        checked++;
      }
    }
    assert.ok(checked > 50, `checked ${checked} sitemap URLs`);
  });

  test('feeds: Atom per committee and per search, iCalendar per committee', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const atom = await get(fx().base, `/feeds${ODENSE_BSU}.atom`);
    assert.equal(atom.status, 200);
    assert.equal(atom.type, 'application/atom+xml; charset=utf-8');
    assert.match(atom.body, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.equal((atom.body.match(/<entry>/g) ?? []).length, 4, 'four meetings');
    assert.ok(atom.body.includes(`<link rel="alternate" type="text/html" href="${fx().base}${ODENSE_BSU}/2021-10-05"/>`));
    const search = await get(fx().base, '/feeds/sog.atom?q=stofbehandling');
    assert.equal(search.status, 200);
    assert.match(search.body, /<entry>[\s\S]*Udviklingsplan for stofbehandling til voksne/);
    const ics = await get(fx().base, `/feeds${ODENSE_BSU}.ics`);
    assert.equal(ics.type, 'text/calendar; charset=utf-8');
    assert.match(ics.body, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.equal((ics.body.match(/BEGIN:VEVENT/g) ?? []).length, 4);
    assert.match(ics.body, /DTSTART;TZID=Europe\/Copenhagen:20211005T083000/);
    for (const line of ics.body.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
    assert.ok(!/[^\r]\n/.test(ics.body), 'CRLF line ends only');
    // The feeds are linked from the committee page.
    const page = await get(fx().base, ODENSE_BSU);
    assert.ok(page.body.includes(`href="/feeds${ODENSE_BSU}.atom"`) && page.body.includes(`href="/feeds${ODENSE_BSU}.ics"`));
  });

  test('security headers on pages, API, feeds, assets and errors', async () => {
    const css = /href="(\/static\/[^"]+\.css)"/.exec((await get(fx().base, '/')).body)![1]!;
    for (const p of ['/', '/oparl/v1/system', '/feeds/sog.atom', css, '/findes-ikke', '/oparl/v1/meeting/abc', '/sog?side=x']) {
      const r = await get(fx().base, p);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'none'/, p);
      assert.match(csp, /frame-ancestors 'none'/, p);
      assert.doesNotMatch(csp, /unsafe-inline/, p);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
      assert.equal(r.headers.get('x-frame-options'), 'DENY', p);
      assert.equal(r.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', p);
    }
  });

  test('malformed requests get a Danish 4xx page or JSON error, never a stack trace', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const huge = 'x'.repeat(5000);
    const cases: [string, number, 'html' | 'json' | 'any'][] = [
      ['/kommune/odense/udvalg/beskaeftigelses-og-socialudvalget/2021-13-45', 400, 'html'],
      ['/kommune/odense/udvalg/beskaeftigelses-og-socialudvalget/2021-02-30/punkt/1', 400, 'html'],
      ['/kommune/odense/udvalg/beskaeftigelses-og-socialudvalget/igaar', 404, 'html'],
      ['/kommune/findes-ikke', 404, 'html'],
      ["/kommune/odense/person/%00%ff", 400, "html"],
      ['/%E0%A4%A', 400, 'html'],
      ['/kommune/%', 400, 'html'],
      [`/sog?q=${huge}`, 414, 'html'],
      [`/sog?q=${'y'.repeat(800)}`, 400, 'html'],
      ['/sog?fra=2021-99-99', 400, 'html'],
      ['/sog?til=i%20morgen', 400, 'html'],
      ['/sog?side=-1', 400, 'html'],
      ['/sog?side=99999999', 400, 'html'],
      ['/sog?udfald=%3Cscript%3E', 400, 'html'],
      ['/sog?q=%22%22%22%20OR%20*%20NEAR(%20%3Cscript%3Ealert(1)%3C%2Fscript%3E', 200, 'html'],
      ['/sog?q[]=a&q[]=b&kommune[x]=1', 200, 'html'],
      ['/oparl/v1/meeting/abc', 404, 'json'],
      ['/oparl/v1/meeting/99999999', 404, 'json'],
      ['/oparl/v1/agendaItem/1-x', 404, 'json'],
      ['/oparl/v1/body/1/meetings?modified_since=yesterday', 400, 'json'],
      ['/oparl/v1/body/1/meetings?created_since=2021-02-30', 400, 'json'],
      ['/oparl/v1/body/1/meetings?page=0', 400, 'json'],
      ['/oparl/v1/body/1/meetings?limit=100000', 400, 'json'],
      ['/oparl/v1/body/1/nothing', 404, 'json'],
      ['/api/v1/search?fra=nu', 400, 'json'],
      ['/api/v1/search?limit=abc', 400, 'json'],
      ['/feeds/kommune/odense/udvalg/x.atom', 404, 'any'],
      ['/sitemap/punkter-0.xml', 404, 'html'],
      ['/sitemap/punkter-999.xml', 404, 'html'],
    ];
    for (const [path, status, kind] of cases) {
      const r = await get(fx().base, path);
      assert.equal(r.status, status, path.slice(0, 100));
      const text = r.body;
      assert.doesNotMatch(text, /\bat [\w.<>]+ \(|node_modules|\/work\/|Error:|SQLITE|stack/i, `${path.slice(0, 60)}: no internals`);
      if (kind === 'html') {
        assert.equal(r.type, 'text/html; charset=utf-8', path.slice(0, 60));
        if (status !== 200) assert.match(text, /<html lang="da">[\s\S]*<h1>/, path.slice(0, 60));
        assert.doesNotMatch(text, /<script>alert/, path.slice(0, 60));
      } else if (kind === 'json') {
        assert.equal(r.type, 'application/json; charset=utf-8', path);
        const e = JSON.parse(text) as { error: { status: number; code: string; message: string } };
        assert.equal(e.error.status, status);
        assert.match(e.error.code, /^E_/);
      }
    }
    // A request line with huge headers is answered by the server itself, in Danish.
    const big = await fetch(fx().base + '/', { headers: { 'x-junk': 'z'.repeat(40_000) } }).catch(() => null);
    if (big) {
      assert.equal(big.status, 431);
      assert.match(await big.text(), /lang="da"/);
    }
    // Methods other than GET/HEAD.
    const post = await fetch(fx().base + '/sog', { method: 'POST', body: 'q=x' });
    assert.equal(post.status, 405);
    assert.match(await post.text(), /<html lang="da">/);
  });

  test('the page cache serves a page again until something is imported', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const app = await buildApp(fx().store, { catalogCheckMs: 50 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const addr = app.server.address();
      const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      const first = await get(base, '/');
      const again = await get(base, '/');
      assert.equal(first.headers.get('x-cache'), null, 'rendered the first time');
      assert.equal(again.headers.get('x-cache'), 'HIT', 'served from the page cache the second time');
      assert.equal(again.body, first.body);
      assert.equal(again.headers.get('x-frame-options'), 'DENY', 'cached pages keep the security headers');
      assert.doesNotMatch(first.body, /22\. oktober 2030/);
      // A new meeting: seed 004 moved to 2030.
      const seed = await readFile(sharedPath('seeds', '004_4215b85305d5dec8.txt'), 'utf8');
      const file = join(fx().dir, 'odder-2030.txt');
      await writeFile(file, seed.replace(/22-10-2020/g, '22-10-2030').replace(/22\. oktober 2020/g, '22. oktober 2030'));
      const r = await importPaths(fx().store, [file]);
      assert.equal(r.counts.new, 1);
      await new Promise((resolve) => setTimeout(resolve, 120));
      const after = await get(base, '/');
      assert.equal(after.headers.get('x-cache'), null, 'rendered again after the import');
      assert.match(after.body, /22\. oktober 2030/, 'the front page shows the new meeting');
    } finally {
      await app.close();
    }
  });

  test('every link on the main pages leads somewhere', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const seen = new Set<string>();
    for (const p of ['/', '/kommune/odense', ODENSE_BSU, `${ODENSE_BSU}/2021-10-05`, `${ODENSE_BSU}/2021-10-05/punkt/1`, '/sog?q=budget']) {
      const r = await get(fx().base, p);
      for (const l of links(r.body)) {
        if (seen.has(l)) continue;
        seen.add(l);
        const x = await get(fx().base, l);
        assert.ok(x.status === 200 || x.status === 302, `${p} → ${l}: ${x.status}`);
      }
    }
    assert.ok(seen.size > 50);
  });
}
