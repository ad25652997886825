/**
 * The OParl API as a client sees it: crawl everything from /oparl/v1/system, following every URL and
 * every `links.next`, and validate every object (embedded ones too) against the official OParl 1.1
 * schemas with ajv. Then the list mechanics: stable paging, time filters kept in links, deleted
 * objects with modified_since, and Referat's extension fields.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot, requireShared, sharedPath } from '../support/paths.js';
import { type WebFixture } from './fixture.js';
import { oparlValidator, SCHEMA_BASE } from './oparl-validator.js';


type Obj = Record<string, unknown> & { id: string; type: string };
interface ListPage {
  data: Obj[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first: string; self: string; last: string; next?: string; prev?: string };
}

async function json(url: string): Promise<{ status: number; body: unknown; cors: string | null }> {
  const r = await fetch(url);
  return { status: r.status, body: JSON.parse(await r.text()), cors: r.headers.get('access-control-allow-origin') };
}

function urlsIn(v: unknown, api: string, out: Set<string>): void {
  if (typeof v === 'string') {
    if (v.startsWith(api) && !v.endsWith('/content')) out.add(v);
  } else if (Array.isArray(v)) v.forEach((x) => urlsIn(x, api, out));
  else if (v && typeof v === 'object') for (const x of Object.values(v)) urlsIn(x, api, out);
}

async function allPages(first: string): Promise<Obj[]> {
  const out: Obj[] = [];
  let url: string | undefined = first;
  while (url) {
    const r = await json(url);
    assert.equal(r.status, 200, url);
    const page = r.body as ListPage;
    out.push(...page.data);
    url = page.links.next;
  }
  return out;
}

export function oparlTests(fx: () => WebFixture): void {

  test('the validator rejects what the schemas forbid (so the crawl proves something)', (t) => {
    if (!requireShared(t, 'oparl')) return;
    const v = oparlValidator(sharedPath('oparl', 'schema'));
    const ok = { id: 'http://127.0.0.1:1/oparl/v1/meeting/1', type: `${SCHEMA_BASE}Meeting`, created: '2021-01-01T00:00:00Z', modified: '2021-01-01T00:00:00Z' };
    assert.deepEqual(v.validate(ok), []);
    assert.ok(v.validate({ ...ok, start: 'i går' }).length > 0, 'a bad date-time');
    assert.ok(v.validate({ ...ok, created: undefined }).length > 0, 'created missing');
    assert.ok(v.validate({ ...ok, agendaItem: [{ id: 'http://x/1', type: `${SCHEMA_BASE}AgendaItem`, created: ok.created, modified: ok.modified }] }).length > 0, 'an embedded item without order');
    assert.ok(v.validate({ ...ok, location: { id: 'no url', type: `${SCHEMA_BASE}Location`, created: ok.created, modified: ok.modified } }).length > 0, 'an embedded location with a bad id');
    assert.ok(v.validate({ ...ok, organization: 'not a list' }).length > 0, 'a wrong type');
    assert.ok(v.validate({ ...ok, deleted: true, name: 'x' }).length > 0, 'a deleted object with content');
    assert.deepEqual(v.validate({ ...ok, deleted: true }), []);
  });

  test('a client crawl from /oparl/v1/system finds only valid objects', async (t) => {
    if (!requireShared(t, 'oparl')) return;
    const validator = oparlValidator(sharedPath('oparl', 'schema'));
    const api = `${fx().base}/oparl/v1/`;
    const queue = [`${api}system`];
    const seen = new Set<string>(queue);
    const types = new Map<string, number>();
    const errors: string[] = [];
    let lists = 0;
    const check = (o: Obj, where: string): void => {
      for (const e of validator.validate(o)) errors.push(`${where} ${o.id}: ${e}`);
      types.set(o.type, (types.get(o.type) ?? 0) + 1);
      const found = new Set<string>();
      urlsIn(o, api, found);
      for (const u of found) {
        if (!seen.has(u)) {
          seen.add(u);
          queue.push(u);
        }
      }
    };
    while (queue.length) {
      const url = queue.shift()!;
      const r = await json(url);
      assert.equal(r.status, 200, url);
      assert.equal(r.cors, '*', `CORS on ${url}`);
      const body = r.body as Record<string, unknown>;
      if (Array.isArray(body.data) && body.pagination) {
        lists++;
        const page = body as unknown as ListPage;
        const p = page.pagination;
        for (const k of ['totalElements', 'elementsPerPage', 'currentPage', 'totalPages'] as const) assert.ok(Number.isInteger(p[k]), `${url}: pagination.${k}`);
        assert.ok(page.data.length <= p.elementsPerPage, url);
        assert.ok(page.links.first && page.links.self && page.links.last, `${url}: links`);
        if (p.currentPage < p.totalPages) assert.ok(page.links.next, `${url}: links.next before the last page`);
        else assert.equal(page.links.next, undefined, `${url}: no links.next on the last page`);
        for (const o of page.data) check(o, url);
        if (page.links.next && !seen.has(page.links.next)) {
          seen.add(page.links.next);
          queue.push(page.links.next);
        }
      } else {
        const o = body as Obj;
        assert.equal(o.id, url, 'an object is served at its id');
        check(o, url);
      }
    }
    assert.deepEqual(errors.slice(0, 20), [], `${errors.length} schema errors`);
    for (const name of ['System', 'Body', 'LegislativeTerm', 'Organization', 'Person', 'Membership', 'Meeting', 'AgendaItem', 'Paper', 'Consultation', 'File', 'Location']) {
      assert.ok((types.get(SCHEMA_BASE + name) ?? 0) > 0, `the crawl met ${name} objects`);
    }
    assert.ok(lists > 20, `${lists} list pages`);
    assert.ok(seen.size > 500, `${seen.size} URLs crawled`);
  });

  test('lists: a stable sort, complete paging, filters kept in every link', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const body = (await json(`${fx().base}/oparl/v1/body/1`)).body as Obj;
    const list = body.agendaItem as string;
    const big = await allPages(`${list}?limit=200`);
    const small = await allPages(`${list}?limit=7`);
    assert.deepEqual(
      small.map((o) => o.id),
      big.map((o) => o.id),
      'the same objects in the same order, whatever the page size',
    );
    assert.equal(new Set(big.map((o) => o.id)).size, big.length, 'no duplicates');
    const since = '2000-01-01T00:00:00.000Z';
    const filtered = (await json(`${list}?modified_since=${since}&created_until=2999-01-01T00:00:00Z&limit=5`)).body as ListPage;
    for (const k of ['first', 'self', 'last', 'next'] as const) {
      const u = new URL(filtered.links[k]!);
      assert.equal(u.searchParams.get('modified_since'), since, `${k} keeps modified_since`);
      assert.equal(u.searchParams.get('created_until'), '2999-01-01T00:00:00.000Z', `${k} keeps created_until`);
      assert.equal(u.searchParams.get('limit'), '5', `${k} keeps limit`);
    }
    const future = (await json(`${list}?created_since=2999-01-01`)).body as ListPage;
    assert.equal(future.pagination.totalElements, 0);
    assert.equal(future.links.next, undefined);
    const past = (await json(`${fx().base}/oparl/v1/body/1/meetings?modified_until=1999-12-31T23:59:59%2B01:00`)).body as ListPage;
    assert.equal(past.data.length, 0);
    const meetings = (await json(`${fx().base}/oparl/v1/body/1/meetings?modified_since=${since}`)).body as ListPage;
    assert.ok(meetings.data.length > 0);
    for (const m of meetings.data) assert.ok((m.modified as string) >= since);
  });

  test('removed objects are returned as deleted with modified_since', async () => {
    const { meetingId, removedSeq } = fx().correction;
    const meeting = (await json(`${fx().base}/oparl/v1/meeting/${meetingId}`)).body as Obj;
    assert.equal(meeting['referat:version'], 2);
    assert.equal((meeting.agendaItem as Obj[]).length, fx().correction.itemsAfter);
    const bodyId = (meeting.organization as string[])[0]!; // organization → its body
    const org = (await json(bodyId)).body as Obj;
    const list = `${org.body as string}/agendaItems`;
    const removedId = `${fx().base}/oparl/v1/agendaItem/${meetingId}-${removedSeq}`;
    const without = await allPages(`${list}?limit=200`);
    assert.ok(!without.some((o) => o.id === removedId), 'no deleted objects without modified_since');
    const withDeleted = await allPages(`${list}?limit=200&modified_since=1970-01-01T00:00:00Z`);
    const gone = withDeleted.find((o) => o.id === removedId);
    assert.ok(gone, 'the removed item is listed');
    assert.equal(gone.deleted, true);
    assert.deepEqual(Object.keys(gone).sort(), ['created', 'deleted', 'id', 'modified', 'type']);
    const direct = (await json(removedId)).body as Obj;
    assert.equal(direct.deleted, true);
    const later = await allPages(`${list}?limit=200&modified_since=2999-01-01T00:00:00Z`);
    assert.equal(later.length, 0, 'not when the change is older than modified_since');
  });

  test('extension fields: votes per person, outcome, absence (documented in docs/api.md)', async (t) => {
    if (!requireShared(t, 'seeds')) return;
    const meetings = await allPages(`${fx().base}/oparl/v1/body/1/meetings`);
    const m = meetings.find((x) => (x.start as string).startsWith('2021-10-05'));
    assert.ok(m, 'the meeting of 2021-10-05');
    assert.equal(m.start, '2021-10-05T08:30:00+02:00');
    const item = (m.agendaItem as Obj[]).find((i) => i.number === '1')!;
    assert.equal(item['referat:outcome'], 'approved');
    assert.equal(item.result, 'Godkendt');
    const votes = item['referat:votes'] as { option: string; person: string; choice: string; party: string }[];
    const reza = votes.find((v) => v.option === 'model 1');
    assert.ok(reza && reza.choice === 'for' && reza.party === 'Ø');
    const person = (await json(reza.person)).body as Obj;
    assert.equal(person.name, 'Reza Javid');
    assert.equal(person['referat:party'], 'Ø');
    const absent = item['referat:absent'] as { person: string; reason: string }[];
    assert.ok(absent.some((a) => a.reason === 'did-not-participate'));
    const docs = await readFile(join(projectRoot(), 'docs', 'api.md'), 'utf8');
    for (const k of Object.keys(item).filter((k) => k.startsWith('referat:'))) assert.ok(docs.includes(`\`${k}\``), `${k} is documented`);
  });
}
