/**
 * OParl 1.1 under /oparl/v1/: the system, one body per municipality, and every object type an
 * OParl client mirrors. Lists are paged (`page`, `limit`), sorted by id, filterable with
 * created_since / created_until / modified_since / modified_until (kept in every link); with
 * modified_since they also return deleted objects. CORS is open.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AppContext, baseUrl, catalog, sendJson } from '../../web/context.js';
import { HttpError } from '../../web/errors.js';
import { firstValue } from '../../web/search-params.js';
import { itemPath, queryString } from '../../web/urls.js';
import { contentJson } from '../../store/content.js';
import * as d from './data.js';
import {
  agendaItemObject,
  attachmentFileObject,
  bodyObject,
  consultationObject,
  deletedObject,
  documentFileObject,
  locationListObject,
  type MeetingLookup,
  meetingObject,
  membershipObject,
  type OParlObject,
  organizationObject,
  paperObject,
  personObject,
  systemObject,
  termObject,
  Urls,
} from './objects.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

type Params = Record<string, string>;

const badRequest = (detail: string): HttpError => new HttpError(400, 'Forkert forespørgsel', detail);
const gone = (what: string): HttpError => new HttpError(404, 'Objektet findes ikke', `${what} findes ikke.`);

/** An OParl time filter value: an ISO 8601 date or date-time (a time zone is needed with a time). */
export function parseTimestamp(name: string, raw: string): string {
  // A "+" in an unencoded query string arrives as a space: "2021-01-01T00:00:00 01:00".
  const v = raw.replace(/ (\d\d:?\d\d)$/, '+$1');
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (!m) throw badRequest(`${name} skal være en dato eller et tidspunkt efter ISO 8601, fx 2021-03-01T00:00:00+01:00.`);
  const iso = m[4] ? (m[7] ? v : `${v}Z`) : `${v}T00:00:00Z`;
  const t = Date.parse(iso);
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, da));
  if (!Number.isFinite(t) || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da || y < 1000 || y > 9999) {
    throw badRequest(`${name} er ikke en gyldig dato.`);
  }
  return new Date(t).toISOString();
}

interface ListParams {
  page: number;
  limit: number;
  filter: d.TimeFilter;
  /** The filters as given back in links (normalised). */
  linkParams: Record<string, string>;
}

const FILTERS: [string, keyof d.TimeFilter][] = [
  ['created_since', 'createdSince'],
  ['created_until', 'createdUntil'],
  ['modified_since', 'modifiedSince'],
  ['modified_until', 'modifiedUntil'],
];

function listParams(req: FastifyRequest): ListParams {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const filter: d.TimeFilter = {};
  const linkParams: Record<string, string> = {};
  for (const [name, key] of FILTERS) {
    const v = firstValue(q[name]);
    if (!v) continue;
    if (v.length > 64) throw badRequest(`${name} er for lang.`);
    filter[key] = parseTimestamp(name, v);
    linkParams[name] = filter[key]!;
  }
  let page = 1;
  const pageRaw = firstValue(q.page);
  if (pageRaw) {
    if (!/^\d{1,7}$/.test(pageRaw) || Number(pageRaw) < 1) throw badRequest('page skal være et helt tal fra 1.');
    page = Number(pageRaw);
  }
  let limit = DEFAULT_LIMIT;
  const limitRaw = firstValue(q.limit);
  if (limitRaw) {
    if (!/^\d{1,4}$/.test(limitRaw) || Number(limitRaw) < 1 || Number(limitRaw) > MAX_LIMIT) throw badRequest(`limit skal være et helt tal fra 1 til ${MAX_LIMIT}.`);
    limit = Number(limitRaw);
    linkParams.limit = String(limit);
  }
  return { page, limit, filter, linkParams };
}

/** One source of a list: fetch a slice and the total. */
type Source = (offset: number, limit: number) => Promise<{ total: number; data: OParlObject[] }>;

async function listBody(u: Urls, path: string, p: ListParams, sources: Source[]): Promise<unknown> {
  const offset = (p.page - 1) * p.limit;
  let total = 0;
  const data: OParlObject[] = [];
  for (const s of sources) {
    const within = Math.max(0, offset - total);
    const want = p.limit - data.length;
    const r = await s(within, Math.max(0, want));
    total += r.total;
    data.push(...r.data.slice(0, Math.max(0, want)));
  }
  const totalPages = Math.max(1, Math.ceil(total / p.limit));
  const link = (page: number): string => `${u.base}${path}${queryString({ ...p.linkParams, page: page > 1 ? String(page) : '' })}`;
  return {
    data,
    pagination: { totalElements: total, elementsPerPage: p.limit, currentPage: p.page, totalPages },
    links: {
      first: link(1),
      ...(p.page > 1 ? { prev: link(Math.min(p.page - 1, totalPages)) } : {}),
      self: link(p.page),
      ...(p.page < totalPages ? { next: link(p.page + 1) } : {}),
      last: link(totalPages),
    },
  };
}

function num(raw: string | undefined, what: string): number {
  if (!raw || !/^\d{1,9}$/.test(raw)) throw gone(what);
  return Number(raw);
}

function pair(raw: string | undefined, what: string, prefix = ''): [number, number] {
  const m = new RegExp(`^${prefix}(\\d{1,9})-(\\d{1,6})$`).exec(raw ?? '');
  if (!m) throw gone(what);
  return [Number(m[1]), Number(m[2])];
}

async function lookupFor(ctx: AppContext, items: d.ItemRow[]): Promise<MeetingLookup> {
  const meetingIds = [...new Set(items.map((i) => i.meeting_id))];
  const caseIds = [...new Set(items.map((i) => i.case_id).filter((c): c is number => c !== null))];
  const [meetings, cases] = await Promise.all([
    meetingIds.length
      ? ctx.store.db.selectFrom('meeting').select(['id', 'municipality_id', 'committee_id', 'committee_key', 'date', 'start_key']).where('id', 'in', meetingIds).execute()
      : Promise.resolve([]),
    caseIds.length ? ctx.store.db.selectFrom('case_file').select(['id', 'number']).where('id', 'in', caseIds).execute() : Promise.resolve([]),
  ]);
  return { meetings: new Map(meetings.map((m) => [m.id, m])), cases: new Map(cases.map((c) => [c.id, c.number])) };
}

export function registerOparl(app: FastifyInstance, ctx: AppContext): void {
  const urls = async (req: FastifyRequest): Promise<Urls> => new Urls(baseUrl(ctx, req), await catalog(ctx));
  const db = ctx.store.db;
  const send = (reply: FastifyReply, body: unknown): FastifyReply => sendJson(reply, body);

  const bodyOr404 = async (raw: string | undefined): Promise<d.BodyRow> => {
    const b = await d.getBody(db, num(raw, 'Kommunen'));
    if (!b) throw gone('Kommunen');
    return b;
  };

  // --- Sources (object builders over pages of rows) ---
  const bodies = (u: Urls, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listBodies(db, f, offset, limit);
    const terms = await d.listTerms(db, null, {}, 0, 100_000);
    return { total: r.total, data: r.rows.map((b) => bodyObject(u, b, terms.rows.filter((t) => t.municipality_id === b.id))) };
  };
  const organizations = (u: Urls, bodyId: number | null, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listOrganizations(db, bodyId, f, offset, limit);
    const ms = await d.membershipsOf(db, { committeeIds: r.rows.map((o) => o.id) });
    return { total: r.total, data: r.rows.map((o) => organizationObject(u, o, ms.filter((m) => m.committee_id === o.id))) };
  };
  const persons = (u: Urls, bodyId: number | null, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listPersons(db, bodyId, f, offset, limit);
    const ms = await d.membershipsOf(db, { personIds: r.rows.map((p) => p.id) });
    return { total: r.total, data: r.rows.map((p) => personObject(u, p, ms.filter((m) => m.person_id === p.id))) };
  };
  const memberships = (u: Urls, bodyId: number, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listMemberships(db, bodyId, f, offset, limit);
    return { total: r.total, data: r.rows.map((m) => membershipObject(u, m)) };
  };
  const meetingObjects = async (u: Urls, rows: d.MeetingRow[]): Promise<OParlObject[]> => {
    const ids = rows.map((m) => m.id);
    const [items, attendance, documents] = await Promise.all([d.itemsOfMeetings(db, ids), d.attendanceOf(db, ids), d.documentsOfMeetings(db, ids)]);
    const [children, lookup] = await Promise.all([d.childrenOf(db, items), lookupFor(ctx, items)]);
    return rows.map((m) =>
      meetingObject(
        u,
        m,
        items,
        children,
        attendance,
        documents.filter((x) => x.meeting_id === m.id),
        lookup,
      ),
    );
  };
  const meetings = (u: Urls, by: { bodyId?: number; committeeId?: number }, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listMeetings(db, by, f, offset, limit);
    return { total: r.total, data: await meetingObjects(u, r.rows) };
  };
  const agendaItems = (u: Urls, bodyId: number, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listItems(db, bodyId, f, offset, limit);
    const [children, lookup] = await Promise.all([d.childrenOf(db, r.rows), lookupFor(ctx, r.rows)]);
    return { total: r.total, data: r.rows.map((i) => agendaItemObject(u, i, children, lookup)) };
  };
  const consultations = (u: Urls, by: { bodyId?: number; committeeId?: number }, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listConsultations(db, by, f, offset, limit);
    return { total: r.total, data: r.rows.map((i) => consultationObject(u, i)) };
  };
  const papers = (u: Urls, bodyId: number, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listPapers(db, bodyId, f, offset, limit);
    const items = await d.itemsOfCases(db, r.rows.map((p) => p.id));
    return { total: r.total, data: r.rows.map((p) => paperObject(u, p, items)) };
  };
  const documentFiles = (u: Urls, bodyId: number, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listDocuments(db, bodyId, f, offset, limit);
    const ms = r.rows.length ? await db.selectFrom('meeting').select(['id', 'date', 'committee_id']).where('id', 'in', r.rows.map((x) => x.meeting_id)).execute() : [];
    const byId = new Map(ms.map((m) => [m.id, m]));
    return { total: r.total, data: r.rows.map((x) => documentFileObject(u, x, byId.get(x.meeting_id) ?? { date: '', committee_id: 0 })) };
  };
  const attachmentFiles = (u: Urls, bodyId: number, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listAttachments(db, bodyId, f, offset, limit);
    const items = r.rows.length ? await db.selectFrom('agenda_item').select(['id', 'meeting_id', 'number']).where('id', 'in', [...new Set(r.rows.map((a) => a.item_id))]).execute() : [];
    const lookup = await lookupFor(ctx, items.map((i) => ({ meeting_id: i.meeting_id, case_id: null }) as d.ItemRow));
    const numberOf = new Map(items.map((i) => [i.id, i.number]));
    return {
      total: r.total,
      data: r.rows.map((a) => {
        const m = lookup.meetings.get(a.meeting_id);
        return attachmentFileObject(u, a, m ? u.web(itemPath(u.cat, m, numberOf.get(a.item_id) ?? '')) : null);
      }),
    };
  };
  const locations = (u: Urls, bodyId: number, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listLocations(db, bodyId, f, offset, limit);
    return { total: r.total, data: r.rows.map((l) => locationListObject(u, l)) };
  };
  const terms = (u: Urls, bodyId: number, f: d.TimeFilter): Source => async (offset, limit) => {
    const r = await d.listTerms(db, bodyId, f, offset, limit);
    return { total: r.total, data: r.rows.map((t) => termObject(u, t)) };
  };
  const deleted = (u: Urls, bodyId: number, f: d.TimeFilter, kind: d.DeletedPart['kind']): Source[] => {
    if (!f.modifiedSince) return [];
    return [
      async (offset, limit) => {
        const all = (await d.deletedParts(db, bodyId, f)).filter((x) => x.kind === kind);
        return { total: all.length, data: all.slice(offset, offset + limit).map((x) => deletedObject(u, x)) };
      },
    ];
  };

  // --- Routes ---
  app.get('/oparl/v1', async (_req, reply) => reply.redirect('/oparl/v1/system', 302));

  app.get('/oparl/v1/system', async (req, reply) => {
    const u = await urls(req);
    return send(reply, systemObject(u, await d.systemTimes(db)));
  });

  app.get('/oparl/v1/bodies', async (req, reply) => {
    const u = await urls(req);
    const p = listParams(req);
    return send(reply, await listBody(u, '/oparl/v1/bodies', p, [bodies(u, p.filter)]));
  });

  app.get('/oparl/v1/body/:id', async (req, reply) => {
    const u = await urls(req);
    const b = await bodyOr404((req.params as Params).id);
    const t = await d.listTerms(db, b.id, {}, 0, 10_000);
    return send(reply, bodyObject(u, b, t.rows));
  });

  const bodyLists: Record<string, (u: Urls, bodyId: number, f: d.TimeFilter) => Source[]> = {
    organizations: (u, id, f) => [organizations(u, id, f)],
    persons: (u, id, f) => [persons(u, id, f)],
    memberships: (u, id, f) => [memberships(u, id, f)],
    meetings: (u, id, f) => [meetings(u, { bodyId: id }, f)],
    agendaItems: (u, id, f) => [agendaItems(u, id, f), ...deleted(u, id, f, 'agendaItem')],
    consultations: (u, id, f) => [consultations(u, { bodyId: id }, f), ...deleted(u, id, f, 'consultation')],
    papers: (u, id, f) => [papers(u, id, f)],
    files: (u, id, f) => [documentFiles(u, id, f), attachmentFiles(u, id, f), ...deleted(u, id, f, 'file')],
    locations: (u, id, f) => [locations(u, id, f)],
    legislativeTerms: (u, id, f) => [terms(u, id, f)],
  };

  app.get('/oparl/v1/body/:id/:list', async (req, reply) => {
    const params = req.params as Params;
    const make = Object.hasOwn(bodyLists, params.list ?? '') ? bodyLists[params.list!] : undefined;
    if (!make) throw gone('Listen');
    const b = await bodyOr404(params.id);
    const u = await urls(req);
    const p = listParams(req);
    return send(reply, await listBody(u, `/oparl/v1/body/${b.id}/${params.list}`, p, make(u, b.id, p.filter)));
  });

  app.get('/oparl/v1/organization/:id', async (req, reply) => {
    const o = await d.getOrganization(db, num((req.params as Params).id, 'Udvalget'));
    if (!o) throw gone('Udvalget');
    const u = await urls(req);
    return send(reply, organizationObject(u, o, await d.membershipsOf(db, { committeeIds: [o.id] })));
  });

  app.get('/oparl/v1/organization/:id/meetings', async (req, reply) => {
    const o = await d.getOrganization(db, num((req.params as Params).id, 'Udvalget'));
    if (!o) throw gone('Udvalget');
    const u = await urls(req);
    const p = listParams(req);
    return send(reply, await listBody(u, `/oparl/v1/organization/${o.id}/meetings`, p, [meetings(u, { committeeId: o.id }, p.filter)]));
  });

  app.get('/oparl/v1/organization/:id/consultations', async (req, reply) => {
    const o = await d.getOrganization(db, num((req.params as Params).id, 'Udvalget'));
    if (!o) throw gone('Udvalget');
    const u = await urls(req);
    const p = listParams(req);
    return send(reply, await listBody(u, `/oparl/v1/organization/${o.id}/consultations`, p, [consultations(u, { committeeId: o.id }, p.filter)]));
  });

  app.get('/oparl/v1/person/:id', async (req, reply) => {
    const person = await d.getPerson(db, num((req.params as Params).id, 'Personen'));
    if (!person) throw gone('Personen');
    const u = await urls(req);
    return send(reply, personObject(u, person, await d.membershipsOf(db, { personIds: [person.id] })));
  });

  app.get('/oparl/v1/membership/:id', async (req, reply) => {
    const [c, p] = pair((req.params as Params).id, 'Medlemskabet');
    const m = await d.getMembership(db, c, p);
    if (!m) throw gone('Medlemskabet');
    return send(reply, membershipObject(await urls(req), m));
  });

  app.get('/oparl/v1/meeting/:id', async (req, reply) => {
    const m = await d.getMeeting(db, num((req.params as Params).id, 'Mødet'));
    if (!m) throw gone('Mødet');
    const u = await urls(req);
    return send(reply, (await meetingObjects(u, [m]))[0]);
  });

  const deletedOne = async (u: Urls, meetingId: number, kind: d.DeletedPart['kind'], key: string): Promise<OParlObject | null> => {
    const parts = await d.deletedParts(db, null, {}, meetingId);
    const x = parts.find((p) => p.kind === kind && p.key === key);
    return x ? deletedObject(u, x) : null;
  };

  app.get('/oparl/v1/agendaItem/:id', async (req, reply) => {
    const raw = (req.params as Params).id;
    const [meetingId, seq] = pair(raw, 'Punktet');
    const u = await urls(req);
    const i = await d.getItem(db, meetingId, seq);
    if (!i) {
      const del = await deletedOne(u, meetingId, 'agendaItem', raw!);
      if (del) return send(reply, del);
      throw gone('Punktet');
    }
    const [children, lookup] = await Promise.all([d.childrenOf(db, [i]), lookupFor(ctx, [i])]);
    return send(reply, agendaItemObject(u, i, children, lookup));
  });

  app.get('/oparl/v1/consultation/:id', async (req, reply) => {
    const raw = (req.params as Params).id;
    const [meetingId, seq] = pair(raw, 'Behandlingen');
    const u = await urls(req);
    const i = await d.getItem(db, meetingId, seq);
    if (!i || i.closed !== 0 || i.case_id === null) {
      const del = await deletedOne(u, meetingId, 'consultation', raw!);
      if (del) return send(reply, del);
      throw gone('Behandlingen');
    }
    return send(reply, consultationObject(u, i));
  });

  app.get('/oparl/v1/paper/:id', async (req, reply) => {
    const p = await d.getPaper(db, num((req.params as Params).id, 'Sagen'));
    if (!p) throw gone('Sagen');
    const u = await urls(req);
    return send(reply, paperObject(u, p, await d.itemsOfCases(db, [p.id])));
  });

  app.get('/oparl/v1/file/:id', async (req, reply) => {
    const raw = (req.params as Params).id ?? '';
    const u = await urls(req);
    if (raw.startsWith('d')) {
      const doc = await d.getDocument(db, num(raw.slice(1), 'Filen'));
      if (!doc) throw gone('Filen');
      const m = await db.selectFrom('meeting').select(['date', 'committee_id']).where('id', '=', doc.meeting_id).executeTakeFirst();
      return send(reply, documentFileObject(u, doc, m ?? { date: '', committee_id: 0 }));
    }
    const m = /^a(\d{1,9})-(\d{1,6})-(\d{1,6})$/.exec(raw);
    if (!m) throw gone('Filen');
    const a = await d.getAttachment(db, Number(m[1]), Number(m[2]), Number(m[3]));
    if (!a) {
      const del = await deletedOne(u, Number(m[1]), 'file', raw);
      if (del) return send(reply, del);
      throw gone('Filen');
    }
    const item = await db.selectFrom('agenda_item').select(['meeting_id', 'number']).where('id', '=', a.item_id).executeTakeFirst();
    const lookup = await lookupFor(ctx, item ? [{ meeting_id: item.meeting_id, case_id: null } as d.ItemRow] : []);
    const ref = item ? lookup.meetings.get(item.meeting_id) : undefined;
    return send(reply, attachmentFileObject(u, a, ref && item ? u.web(itemPath(u.cat, ref, item.number)) : null));
  });

  app.get('/oparl/v1/file/:id/content', async (req, reply) => {
    const raw = (req.params as Params).id ?? '';
    if (!raw.startsWith('d')) throw gone('Filen');
    const id = num(raw.slice(1), 'Filen');
    const doc = await db.selectFrom('document').select('id').where('id', '=', id).where('meeting_id', 'is not', null).executeTakeFirst();
    const json = doc ? await contentJson(db, doc.id) : null;
    if (json === null) throw gone('Filen');
    // The stored public content: closed items are already reduced to number and title by the store.
    return reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Access-Control-Allow-Origin', '*')
      .header('Cache-Control', 'public, max-age=3600')
      .send(json);
  });

  app.get('/oparl/v1/location/:id', async (req, reply) => {
    const m = /^(\d{1,9})-([0-9a-f]{16})$/.exec((req.params as Params).id ?? '');
    if (!m) throw gone('Stedet');
    const l = await d.findLocation(db, Number(m[1]), m[2]!);
    if (!l) throw gone('Stedet');
    return send(reply, locationListObject(await urls(req), l));
  });

  app.get('/oparl/v1/legislativeTerm/:id', async (req, reply) => {
    const m = /^(\d{1,9})-(\d{4}-\d{4})$/.exec((req.params as Params).id ?? '');
    if (!m) throw gone('Valgperioden');
    const t = await d.getTerm(db, Number(m[1]), m[2]!);
    if (!t) throw gone('Valgperioden');
    return send(reply, termObject(await urls(req), t));
  });
}

