import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { KyselyPlugin, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import { bareItem } from '../model/agenda-item.js';
import { generateCorpus } from '../sample/generate.js';
import { contentJson, withSections } from './content.js';
import { binaryChunks, parseIdList } from './dialect.js';
import { ImportSession, publicContent, serialize, sha256 } from './import.js';
import { prepared } from './prepared.js';
import { openStore } from './store.js';
import { syntheticDocument } from './suite.js';

test('serialize: the same strings as JSON.stringify, with each item stringified once and its sections kept apart', () => {
  let n = 0;
  for (const d of generateCorpus({ seed: 5, totalItems: 300 })) {
    const pub = publicContent(d.truth);
    const s = serialize(pub);
    assert.equal(s.hash, sha256(JSON.stringify({ ...pub, source: null, warnings: null })));
    assert.equal(s.whole(), JSON.stringify({ ...pub, warnings: [] }));
    assert.equal(s.json, JSON.stringify({ ...pub, items: pub.items.map((it) => ({ ...it, sections: null })), warnings: [] }));
    assert.equal(withSections(s.json, s.sections), s.whole());
    assert.deepEqual(s.sections, pub.items.map((it) => JSON.stringify(it.sections)));
    n++;
  }
  assert.ok(n > 10);
  // Members JSON leaves out (undefined, functions), values with toJSON, members added at the end.
  const odd = { a: undefined, b: () => 1, c: [undefined], d: new Date(0), items: [], source: { x: 1 } } as never;
  assert.equal(serialize(odd).whole(), JSON.stringify({ ...(odd as object), warnings: [] }));
  assert.equal(serialize(odd).hash, sha256(JSON.stringify({ ...(odd as object), source: null, warnings: null })));
});

test('binaryChunks: every row once, in order, in power-of-two chunks', () => {
  for (const n of [0, 1, 45, 512, 1000, 1025]) {
    const rows = Array.from({ length: n }, (_, i) => i);
    const chunks = binaryChunks(rows, 512);
    assert.deepEqual(chunks.flat(), rows);
    for (const c of chunks) assert.ok(c.length <= 512 && (c.length & (c.length - 1)) === 0, `${n}: ${c.length}`);
  }
  assert.deepEqual(binaryChunks([1, 2, 3], 512).map((c) => c.length), [2, 1]);
});

test('parseIdList: a database list of ids', () => {
  assert.deepEqual([...parseIdList('12,7,900001')], [12, 7, 900001]);
  assert.deepEqual([...parseIdList(null)], []);
  assert.deepEqual([...parseIdList('5')], [5]);
});

test('prepared: compiled once, run with the values of each call', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-prepared-'));
  const store = await openStore(join(dir, 'p.db'));
  try {
    let builds = 0;
    const insert = prepared((db, p: { name: string; key: string }) => {
      builds++;
      return db.insertInto('municipality').values({ name: p.name, key: p.key }).returning('id');
    });
    const byKey = prepared((db, p: { key: string }) => db.selectFrom('municipality').select(['id', 'name']).where('key', '=', p.key).limit(1));
    const a = await insert.executeTakeFirst(store.db, store.dialect, { name: 'Odense', key: 'odense' });
    const b = await insert.executeTakeFirst(store.db, store.dialect, { name: 'Ærø', key: 'ærø' });
    assert.equal(builds, 1);
    assert.notEqual(a!.id, b!.id);
    assert.deepEqual(await byKey.execute(store.db, store.dialect, { key: 'ærø' }), [{ id: b!.id, name: 'Ærø' }]);
    assert.deepEqual(await byKey.execute(store.db, store.dialect, { key: 'nowhere' }), []);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('contentJson: a version read while another process replaces it comes back whole and as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-content-'));
  const file = join(dir, 'c.db');
  const writer = await openStore(file);
  const reader = await openStore(file);
  try {
    const doc = (text: string) =>
      syntheticDocument('2022-02-01', [bareItem({ number: '1', title: 'Vej', sections: [{ heading: 'Sagsfremstilling', kind: 'caseText', blocks: [{ type: 'paragraph', text }] }] })]);
    const src = (n: string) => ({ fileName: `${n}.txt`, path: null, sha256: n.repeat(64), size: 1 });
    const session = new ImportSession(writer);
    const v1 = await session.importDocument(doc('Version et.'), src('1'));
    await session.flush();
    // The replacement commits right after the reader's first query, before it reads the sections.
    let queries = 0;
    const replaceMidway: KyselyPlugin = {
      transformQuery: (args) => args.node,
      async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
        if (queries++ === 0) {
          await session.importDocument(doc('Version to.'), src('2'));
          await session.flush();
        }
        return args.result;
      },
    };
    const text = (json: string | null) => (JSON.parse(json!) as { items: { sections: { blocks: { text: string }[] }[] }[] }).items[0]!.sections[0]!.blocks[0]!.text;
    assert.equal(text(await contentJson(reader.db.withPlugin(replaceMidway), v1.documentId!)), 'Version et.');
    assert.equal(text(await contentJson(reader.db, v1.documentId!)), 'Version et.');
  } finally {
    await reader.close();
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
