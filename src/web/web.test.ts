/** Unit tests of the portal's building blocks: escaping, Danish wording, URLs, parameters, page cache. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { danishDate, danishDateLong, danishTime, isIsoDate, slugify } from './format.js';
import { escapeHtml, html, trusted } from './html.js';
import { PageCache } from './page-cache.js';
import { linkParams, parseSearchParams } from './search-params.js';
import { parseMeetingSegment, queryString } from './urls.js';
import { cellText } from './views/meeting.js';
import { HttpError } from './errors.js';

test('html escapes every interpolated value; only Html passes through', () => {
  const evil = `<script>alert("x")</script>&'`;
  assert.equal(html`<p title="${evil}">${evil}</p>`.value, '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>');
  assert.equal(html`<ul>${['a<', html`<li>b</li>`, null, false, undefined, 3]}</ul>`.value, '<ul>a&lt;<li>b</li>3</ul>');
  assert.equal(html`${trusted('<mark>x</mark>')}`.value, '<mark>x</mark>');
  assert.equal(escapeHtml('plain'), 'plain');
});

test('Danish dates, times and slugs', () => {
  assert.equal(danishDate('2021-10-05'), '5. oktober 2021');
  assert.equal(danishDateLong('2021-10-05'), 'tirsdag 5. oktober 2021');
  assert.equal(danishTime('08:30'), 'kl. 8.30');
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2021-02-29'));
  assert.ok(!isIsoDate('2021-13-01'));
  assert.equal(slugify('Beskæftigelses- og Socialudvalget'), 'beskaeftigelses-og-socialudvalget');
  assert.equal(slugify('Udvalget for Børn, Unge & Familie (BUF)'), 'udvalget-for-boern-unge-familie-buf');
  assert.equal(slugify('Ældre- og Handicapudvalget'), 'aeldre-og-handicapudvalget');
  assert.equal(slugify('Café Åben'), 'cafe-aaben');
  assert.equal(slugify('???'), 'x');
});

test('meeting segments and query strings', () => {
  assert.deepEqual(parseMeetingSegment('2021-10-05'), { date: '2021-10-05', start: null });
  assert.deepEqual(parseMeetingSegment('2021-10-05-kl-1430'), { date: '2021-10-05', start: '14:30' });
  assert.equal(parseMeetingSegment('2021-10-05-kl-14'), null);
  assert.equal(parseMeetingSegment('i-dag'), null);
  assert.equal(queryString({ q: 'a b&c', kommune: '', side: '2' }), '?q=a%20b%26c&side=2');
  assert.equal(queryString({ q: '' }), '');
});

test('search parameters: lenient reading, strict validation', () => {
  const p = parseSearchParams({ q: ['stof', 'x'], kommune: 'Odense\u0000', side: '3' });
  assert.equal(p.q, 'stof');
  assert.equal(p.kommune, 'Odense');
  assert.equal(p.side, 3);
  assert.equal(parseSearchParams({ query: 'budget', municipality: 'Odder', page: '2' }, { english: true }).kommune, 'Odder');
  for (const bad of [{ side: '0' }, { side: 'x' }, { side: '501' }, { fra: '2021-02-30' }, { til: 'i går' }, { udfald: 'måske' }, { q: 'x'.repeat(501) }, { person: 'y'.repeat(201) }]) {
    assert.throws(() => parseSearchParams(bad), (e: unknown) => e instanceof HttpError && e.status === 400, JSON.stringify(bad).slice(0, 40));
  }
  assert.deepEqual(Object.keys(linkParams(p)), ['q', 'kommune', 'udvalg', 'fra', 'til', 'udfald', 'sag', 'person', 'parti', 'side']);
});

test('table cells: inline HTML from the sources shown as text', () => {
  assert.equal(cellText('Job 1 <i>Forsikrede ledige</i>'), 'Job 1 Forsikrede ledige');
  assert.equal(cellText('a<br>b<br/>c'), 'a\nb\nc');
  assert.equal(cellText('<ul><li>x</li><li>y</li></ul>'), '• x\n• y');
  assert.equal(cellText('<script>x</script>'), '<script>x</script>', 'unknown tags stay text (and are escaped when shown)');
});

test('page cache: generations, LRU and the byte budget', () => {
  const c = new PageCache(100, 60);
  c.set('/a', 1, 'a'.repeat(40));
  c.set('/b', 1, 'b'.repeat(40));
  assert.equal(c.get('/a', 1)?.length, 40);
  assert.equal(c.get('/a', 2), null, 'another generation is a miss and drops the entry');
  assert.equal(c.get('/a', 1), null);
  c.set('/c', 1, 'c'.repeat(40));
  c.set('/d', 1, 'd'.repeat(40));
  assert.ok(c.totalBytes <= 100);
  assert.equal(c.get('/b', 1), null, 'the least recently used entry went first');
  c.set('/big', 1, 'x'.repeat(61));
  assert.equal(c.get('/big', 1), null, 'too big to cache');
});
