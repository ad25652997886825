/**
 * The store suite on a real PostgreSQL server started for this file (test/support/postgres.ts),
 * and the same questions asked of SQLite and PostgreSQL holding the same data, answers compared.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { requireShared, sharedPath } from '../../test/support/paths.js';
import { startPostgres, type TestPostgres } from '../../test/support/postgres.js';
import { search, type SearchFilters } from '../search/search.js';
import { importPaths } from './importer.js';
import { getCase } from './queries.js';
import { openStore, rowCounts, type Store } from './store.js';
import { defineStoreSuite, hitKeys } from './suite.js';

let server: TestPostgres | null = null;
let starting: Promise<TestPostgres> | null = null;
let n = 0;

function pg(): Promise<TestPostgres> {
  starting ??= startPostgres().then((s) => (server = s));
  return starting;
}

after(async () => {
  await server?.stop();
});

defineStoreSuite('PostgreSQL', async () => {
  const s = await pg();
  return openStore(await s.createDatabase(`referat_suite_${++n}`));
});

describe('SQLite and PostgreSQL give the same answers for the same data', () => {
  let lite: Store;
  let post: Store;
  const dir = mkdtempSync(join(tmpdir(), 'referat-compare-'));

  before(async () => {
    const s = await pg();
    lite = await openStore(join(dir, 'compare.db'));
    post = await openStore(await s.createDatabase('referat_compare'));
    const paths = [sharedPath('seeds'), sharedPath('corpus')];
    await importPaths(lite, paths);
    await importPaths(post, paths);
  });
  after(async () => {
    await lite?.close();
    await post?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('identical rows', async (t) => {
    if (!requireShared(t, 'seeds') || !requireShared(t, 'corpus')) return;
    assert.deepEqual(await rowCounts(post), await rowCounts(lite));
    assert.deepEqual(
      (await getCase(post, '15.00.00-G01-86-20')).map((c) => c.items.map((i) => [i.date, i.number, i.title])),
      (await getCase(lite, '15.00.00-G01-86-20')).map((c) => c.items.map((i) => [i.date, i.number, i.title])),
    );
  });

  // The engines rank text matches with different functions (FTS5 bm25, PostgreSQL ts_rank), so
  // among hits of similar relevance the order may differ: hits, counts, facets and snippets must
  // be identical; the best hit too where one item clearly answers the query (`top`); the whole
  // order when there is no text (filters only: newest first).
  const queries: [string, SearchFilters, 'top' | 'order' | null][] = [
    ['stofbehandling', {}, 'top'],
    ['godkendte', {}, null],
    ['borgerne', {}, null],
    ['beskæftigelse', {}, null],
    ['indsats', {}, null],
    ['"model 1"', {}, 'top'],
    ['"stemmer for model 1"', {}, 'top'],
    ['beskæftigelse -borgere', {}, null],
    ['budget OR regnskab', {}, null],
    ['aarhus byråd', {}, null],
    ['sundhed', { municipality: 'Ballerup' }, null],
    ['frikommuneforsøg', {}, 'top'],
    ['', { person: 'Brian Dybro' }, 'order'],
    ['', { party: 'A' }, 'order'],
    ['', { committee: 'Arbejdsmarkedsudvalget', to: '2020-12-31' }, 'order'],
    ['beskæftigelse', { from: '2021-01-01', outcome: 'godkendt' }, null],
    ['landbrugsejendom', {}, 'top'],
    ['NEAR( "', {}, 'order'],
  ];
  for (const [q, f, same] of queries) {
    test(`search ${JSON.stringify(q)} ${JSON.stringify(f)}`, async (t) => {
      if (!requireShared(t, 'seeds') || !requireShared(t, 'corpus')) return;
      const a = await search(lite, q, f, { limit: 200 });
      const b = await search(post, q, f, { limit: 200 });
      assert.equal(b.total, a.total, 'same number of hits');
      assert.deepEqual([...hitKeys(b)].sort(), [...hitKeys(a)].sort(), 'same items');
      assert.deepEqual(b.facets, a.facets, 'same facet counts');
      assert.deepEqual(b.hits.map((h) => h.snippetHtml), b.hits.map((h) => a.hits.find((x) => x.itemId === h.itemId)?.snippetHtml), 'same snippets');
      if (same === 'top') assert.equal(hitKeys(b)[0], hitKeys(a)[0], 'same best hit');
      if (same === 'order') assert.deepEqual(hitKeys(b), hitKeys(a), 'same order');
    });
  }
});
