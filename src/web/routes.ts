/** The portal's pages: thin routes that resolve the URL, query, and render a view. */
import type { FastifyInstance } from 'fastify';
import { search, SearchError } from '../search/search.js';
import { ASSETS } from './assets.js';
import type { Catalog, CommitteeEntry, MunicipalityEntry } from './catalog.js';
import { type AppContext, baseUrl, catalog, sendHtml } from './context.js';
import { HttpError, notFound } from './errors.js';
import { isIsoDate } from './format.js';
import * as q from './queries.js';
import { parseSearchParams, PAGE_SIZE, toFilters } from './search-params.js';
import { renderSitemap, renderSitemapIndex, SITEMAP_CHUNK } from './sitemap.js';
import { committeePage, frontPage, municipalitiesPage, municipalityPage, personsPage } from './views/browse.js';
import { casePage, personPage } from './views/case-person.js';
import { itemPage, meetingPage } from './views/meeting.js';
import { searchPage, type SearchView } from './views/search.js';
import { aboutPage, accessibilityPage, dataPage } from './views/static.js';
import type { MeetingRef } from './urls.js';
import { parseMeetingSegment } from './urls.js';

type Params = Record<string, string>;

function municipalityOf(cat: Catalog, slug: string | undefined): MunicipalityEntry {
  const m = slug ? cat.municipalityBySlug.get(slug) : undefined;
  if (!m) throw notFound('Kommunen');
  return m;
}

function committeeTerms(cat: Catalog, m: MunicipalityEntry, slug: string | undefined): CommitteeEntry[] {
  const list = slug ? cat.committeesBySlug.get(`${m.id}/${slug}`) : undefined;
  if (!list?.length) throw notFound('Udvalget');
  return list;
}

/** The meeting segment of a URL ("2021-10-05", "2021-10-05-kl-1430"): 400 for impossible dates, 404 for anything else. */
function meetingSegmentOf(raw: string | undefined): { date: string; start: string | null } {
  const seg = parseMeetingSegment(raw ?? '');
  if (!seg) {
    if (/^\d{4}-\d{2}-\d{2}/.test(raw ?? '')) throw new HttpError(400, 'Ugyldig dato', 'Datoen i adressen skal skrives som ÅÅÅÅ-MM-DD, fx 2021-10-05.');
    throw notFound('Mødet');
  }
  if (!isIsoDate(seg.date)) throw new HttpError(400, 'Ugyldig dato', `Datoen i adressen findes ikke i kalenderen.`);
  return seg;
}

async function meetingOf(ctx: AppContext, cat: Catalog, p: Params): Promise<{ muni: MunicipalityEntry; meeting: q.MeetingRow }> {
  const muni = municipalityOf(cat, p.m);
  const terms = committeeTerms(cat, muni, p.c);
  const seg = meetingSegmentOf(p.meeting);
  const meeting = await q.findMeeting(ctx.store.db, muni.id, terms[0]!.key, seg.date, seg.start);
  if (!meeting) throw notFound('Mødet');
  return { muni, meeting };
}

export function registerPages(app: FastifyInstance, ctx: AppContext): void {
  for (const a of ASSETS) {
    app.get(a.path, async (req, reply) => {
      reply
        .header('Content-Type', a.type)
        .header('ETag', a.etag)
        .header('Cache-Control', a.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400');
      if (req.headers['if-none-match'] === a.etag) return reply.code(304).send();
      return reply.send(a.body);
    });
  }

  app.get('/robots.txt', async (req, reply) => {
    reply.header('Content-Type', 'text/plain; charset=utf-8').header('Cache-Control', 'public, max-age=86400');
    return `User-agent: *\nAllow: /\nDisallow: /sog\nDisallow: /api/\nSitemap: ${baseUrl(ctx, req)}/sitemap.xml\n`;
  });

  app.get('/', async (_req, reply) => {
    const cat = await catalog(ctx);
    const [t, meetings, decisions] = await Promise.all([q.totals(ctx.store.db), q.latestMeetings(ctx.store.db, 8), q.latestDecisions(ctx.store.db, 8)]);
    return sendHtml(reply, frontPage(cat, t, meetings, decisions), 200, { ctx, generation: cat.generation });
  });

  app.get('/kommuner', async (_req, reply) => sendHtml(reply, municipalitiesPage(await catalog(ctx))));

  app.get('/kommune/:m', async (req, reply) => {
    const cat = await catalog(ctx);
    const muni = municipalityOf(cat, (req.params as Params).m);
    const [stats, meetings, decisions] = await Promise.all([
      q.committeeStats(ctx.store.db, muni.id),
      q.latestMeetings(ctx.store.db, 8, muni.id),
      q.latestDecisions(ctx.store.db, 8, muni.id),
    ]);
    return sendHtml(reply, municipalityPage(cat, muni, stats, meetings, decisions), 200, { ctx, generation: cat.generation });
  });

  app.get('/kommune/:m/personer', async (req, reply) => {
    const cat = await catalog(ctx);
    const muni = municipalityOf(cat, (req.params as Params).m);
    return sendHtml(reply, personsPage(cat, muni, cat.personsByMunicipality.get(muni.id) ?? []), 200, { ctx, generation: cat.generation });
  });

  app.get('/kommune/:m/udvalg/:c', async (req, reply) => {
    const cat = await catalog(ctx);
    const p = req.params as Params;
    const muni = municipalityOf(cat, p.m);
    const terms = committeeTerms(cat, muni, p.c);
    const ids = terms.map((t) => t.id);
    const [meetings, members] = await Promise.all([q.meetingsOfCommittees(ctx.store.db, ids), q.membersOfCommittees(ctx.store.db, ids)]);
    const path = `/kommune/${muni.slug}/udvalg/${terms[0]!.slug}`;
    return sendHtml(reply, committeePage(cat, muni, terms, meetings, members, { atom: `/feeds${path}.atom`, ical: `/feeds${path}.ics` }), 200, { ctx, generation: cat.generation });
  });

  app.get('/kommune/:m/udvalg/:c/:meeting', async (req, reply) => {
    const cat = await catalog(ctx);
    const { muni, meeting } = await meetingOf(ctx, cat, req.params as Params);
    const [items, attendance, versions, alternates] = await Promise.all([
      q.itemsOfMeeting(ctx.store.db, meeting.id),
      q.attendanceOfMeeting(ctx.store.db, meeting.id),
      q.versionsOfMeeting(ctx.store.db, meeting.id),
      q.alternateDocuments(ctx.store.db, meeting.id),
    ]);
    return sendHtml(reply, meetingPage(cat, muni, meeting, items, attendance, versions, alternates, `/oparl/v1/meeting/${meeting.id}`), 200, { ctx, generation: cat.generation });
  });

  app.get('/kommune/:m/udvalg/:c/:meeting/punkt/:n', async (req, reply) => {
    const cat = await catalog(ctx);
    const p = req.params as Params;
    const muni = municipalityOf(cat, p.m);
    const terms = committeeTerms(cat, muni, p.c);
    const seg = meetingSegmentOf(p.meeting);
    const number = p.n ?? '';
    if (!number || number.length > 20) throw notFound('Punktet');
    const found = await q.findItemPage(ctx.store.db, muni.id, terms[0]!.key, seg.date, seg.start, number);
    if (!found) {
      // Tell a missing meeting from a missing item.
      if (!(await q.findMeeting(ctx.store.db, muni.id, terms[0]!.key, seg.date, seg.start))) throw notFound('Mødet');
      throw notFound('Punktet');
    }
    const { meeting, item } = found;
    return sendHtml(reply, itemPage(cat, muni, meeting, item, `/oparl/v1/agendaItem/${meeting.id}-${item.seq}`), 200, { ctx, generation: cat.generation });
  });

  app.get('/kommune/:m/sag/:case', async (req, reply) => {
    const cat = await catalog(ctx);
    const p = req.params as Params;
    const muni = municipalityOf(cat, p.m);
    const number = p.case ?? '';
    if (!number || number.length > 80) throw notFound('Sagen');
    const c = await q.findCase(ctx.store.db, muni.id, number);
    if (!c) throw notFound('Sagen');
    const [appearances, route, votes] = await Promise.all([q.appearancesOfCase(ctx.store.db, c.id), q.routeOfCase(ctx.store.db, c.id), q.votesOfCase(ctx.store.db, c.id)]);
    return sendHtml(reply, casePage(cat, muni, c, appearances, route, votes), 200, { ctx, generation: cat.generation });
  });

  app.get('/kommune/:m/person/:p', async (req, reply) => {
    const cat = await catalog(ctx);
    const p = req.params as Params;
    const muni = municipalityOf(cat, p.m);
    const person = cat.personBySlug.get(`${muni.id}/${p.p ?? ''}`);
    if (!person) throw notFound('Personen');
    const detail = await q.personDetail(ctx.store.db, person.id);
    if (!detail) throw notFound('Personen');
    return sendHtml(reply, personPage(cat, muni, detail), 200, { ctx, generation: cat.generation });
  });

  app.get('/sog', async (req, reply) => {
    const cat = await catalog(ctx);
    const params = parseSearchParams(req.query);
    const view: SearchView = { result: null, meetings: new Map() };
    try {
      view.result = await search(ctx.store, params.q, toFilters(params), { limit: PAGE_SIZE, offset: (params.side - 1) * PAGE_SIZE });
      view.meetings = await meetingRefs(ctx, view.result.hits.map((h) => h.meetingId));
    } catch (e) {
      if (e instanceof SearchError && e.code === 'E_BAD_FILTER') throw new HttpError(400, 'Ugyldigt filter', capitalize(e.message) + '.');
      throw e;
    }
    return sendHtml(reply, searchPage(cat, params, view), 200, { ctx, generation: cat.generation });
  });

  app.get('/tilgaengelighed', async (_req, reply) => sendHtml(reply, accessibilityPage()));
  app.get('/om', async (_req, reply) => sendHtml(reply, aboutPage()));
  app.get('/data', async (req, reply) => sendHtml(reply, dataPage(baseUrl(ctx, req))));

  app.get('/sitemap.xml', async (req, reply) => {
    const [meetings, items, cases] = await Promise.all([q.countRows(ctx.store.db, 'meeting'), q.countRows(ctx.store.db, 'agenda_item'), q.countRows(ctx.store.db, 'case_file')]);
    reply.header('Content-Type', 'application/xml; charset=utf-8').header('Cache-Control', 'public, max-age=3600');
    return renderSitemapIndex(baseUrl(ctx, req), { meetings, items, cases });
  });

  app.get('/sitemap/:name', async (req, reply) => {
    const name = (req.params as Params).name ?? '';
    const m = /^(sider|moeder|punkter|sager)-(\d{1,5})\.xml$/.exec(name);
    if (!m) throw notFound('Sitemap-filen');
    const chunk = Number(m[2]);
    if (chunk < 1) throw notFound('Sitemap-filen');
    const cat = await catalog(ctx);
    const xml = await renderSitemap(ctx, cat, baseUrl(ctx, req), m[1] as 'sider' | 'moeder' | 'punkter' | 'sager', (chunk - 1) * SITEMAP_CHUNK);
    if (xml === null) throw notFound('Sitemap-filen');
    reply.header('Content-Type', 'application/xml; charset=utf-8').header('Cache-Control', 'public, max-age=3600');
    return xml;
  });
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Meeting refs (for links) of the given meetings. */
export async function meetingRefs(ctx: AppContext, ids: number[]): Promise<Map<number, MeetingRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await ctx.store.db.selectFrom('meeting').select(['id', 'municipality_id', 'committee_id', 'committee_key', 'date', 'start_key']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

