/**
 * Feeds:
 *   /feeds/kommune/:m/udvalg/:c.atom   new agendas and minutes of a committee (all terms), newest first
 *   /feeds/kommune/:m/udvalg/:c.ics    the committee's meetings as an iCalendar
 *   /feeds/sog.atom?q=…&kommune=…      new items matching a search (same parameters as /sog)
 * Closed items appear with number, title and "Lukket punkt" only.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { search, SearchError } from '../search/search.js';
import type { Catalog, CommitteeEntry } from '../web/catalog.js';
import { type AppContext, baseUrl, catalog } from '../web/context.js';
import { HttpError, notFound } from '../web/errors.js';
import { committeeLabel, danishDate, danishTime, KIND_LABELS, outcomeLabel } from '../web/format.js';
import { html } from '../web/html.js';
import * as q from '../web/queries.js';
import { linkParams, parseSearchParams, toFilters } from '../web/search-params.js';
import { committeePath, itemPath, meetingPath, queryString } from '../web/urls.js';
import { meetingRefs } from '../web/routes.js';
import { renderAtom } from './atom.js';
import { renderCalendar } from './ical.js';

const FEED_ENTRIES = 50;

function committeeOf(cat: Catalog, m: string | undefined, c: string | undefined): CommitteeEntry[] {
  const muni = m ? cat.municipalityBySlug.get(m) : undefined;
  if (!muni) throw notFound('Kommunen');
  const list = c ? cat.committeesBySlug.get(`${muni.id}/${c}`) : undefined;
  if (!list?.length) throw notFound('Udvalget');
  return list;
}

function send(reply: FastifyReply, type: string, body: string): FastifyReply {
  return reply.header('Content-Type', type).header('Access-Control-Allow-Origin', '*').header('Cache-Control', 'public, max-age=300').send(body);
}

export function registerFeeds(app: FastifyInstance, ctx: AppContext): void {
  app.get('/feeds/kommune/:m/udvalg/:file', async (req, reply) => {
    const p = req.params as Record<string, string>;
    const match = /^(.+)\.(atom|ics)$/.exec(p.file ?? '');
    if (!match) throw notFound('Feedet');
    const cat = await catalog(ctx);
    const terms = committeeOf(cat, p.m, match[1]);
    const muni = cat.municipalityById.get(terms[0]!.municipalityId)!;
    const base = baseUrl(ctx, req);
    const name = committeeLabel(terms[0]!.name);
    const meetings = (await q.meetingsOfCommittees(ctx.store.db, terms.map((t) => t.id))).slice(0, match[2] === 'atom' ? FEED_ENTRIES : 500);
    const items = await q.itemsOfMeetings(ctx.store.db, meetings.map((m) => m.id));
    const agendaText = (id: number): string =>
      (items.get(id) ?? []).map((it) => `${it.number}. ${it.title}${it.closed ? ' (lukket punkt)' : it.outcome ? ` – ${outcomeLabel(it.outcome)}` : ''}`).join('\n');

    if (match[2] === 'ics') {
      const body = renderCalendar({
        name: `${name}, ${muni.label}`,
        description: `Møder i ${name} (${muni.label}) fra Referat`,
        events: meetings.map((m) => ({
          uid: `meeting-${m.id}@referat`,
          stamp: m.updated_at,
          date: m.date,
          start: m.start_time,
          end: m.end_time,
          summary: `${name}: ${KIND_LABELS[m.kind] ?? m.kind}`,
          location: m.location,
          description: agendaText(m.id),
          url: base + meetingPath(cat, m),
        })),
      });
      return send(reply, 'text/calendar; charset=utf-8', body);
    }
    const self = `${base}/feeds${committeePath(cat, terms[0]!.id)}.atom`;
    const body = renderAtom({
      id: self,
      title: `${name}, ${muni.label}: dagsordener og referater`,
      subtitle: 'Nye dagsordener og referater fra udvalget, fra Referat',
      self,
      alternate: base + committeePath(cat, terms[0]!.id),
      updated: meetings.reduce((u, m) => (m.updated_at > u ? m.updated_at : u), '1970-01-01T00:00:00.000Z'),
      entries: meetings.map((m) => {
        const list = items.get(m.id) ?? [];
        return {
          id: base + meetingPath(cat, m),
          title: `${KIND_LABELS[m.kind] ?? m.kind}: ${name} ${danishDate(m.date)}`,
          link: base + meetingPath(cat, m),
          updated: m.updated_at,
          published: m.created_at,
          categories: [KIND_LABELS[m.kind] ?? m.kind],
          contentHtml: html`<p>${danishDate(m.date)}${m.start_time ? html` ${danishTime(m.start_time)}` : ''}${m.location ? html`, ${m.location}` : ''}</p>
<ol>${list.map((it) => html`<li><a href="${base + itemPath(cat, m, it.number)}">${it.number}. ${it.title}</a>${it.closed ? ' – Lukket punkt' : it.outcome ? html` – ${outcomeLabel(it.outcome)}` : ''}</li>`)}</ol>`.value,
        };
      }),
    });
    return send(reply, 'application/atom+xml; charset=utf-8', body);
  });

  app.get('/feeds/sog.atom', async (req, reply) => {
    const params = parseSearchParams(req.query);
    const cat = await catalog(ctx);
    const base = baseUrl(ctx, req);
    let result;
    try {
      result = await search(ctx.store, params.q, toFilters(params), { limit: 200, facets: false });
    } catch (e) {
      if (e instanceof SearchError && e.code === 'E_BAD_FILTER') throw new HttpError(400, 'Ugyldigt filter', e.message);
      throw e;
    }
    const refs = await meetingRefs(ctx, result.hits.map((h) => h.meetingId));
    const meetingTimes = result.hits.length
      ? new Map(
          (await ctx.store.db.selectFrom('meeting').select(['id', 'created_at', 'updated_at']).where('id', 'in', [...new Set(result.hits.map((h) => h.meetingId))]).execute()).map((m) => [m.id, m]),
        )
      : new Map<number, { id: number; created_at: string; updated_at: string }>();
    const hits = [...result.hits].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.meetingId - b.meetingId)).slice(0, FEED_ENTRIES);
    const pageParams = linkParams({ ...params, side: 1 });
    const self = `${base}/feeds/sog.atom${queryString(pageParams)}`;
    const label = params.q ? `"${params.q}"` : 'alle punkter';
    const body = renderAtom({
      id: self,
      title: `Referat: søgning efter ${label}`,
      subtitle: 'Nye dagsordenspunkter, der passer til søgningen',
      self,
      alternate: `${base}/sog${queryString(pageParams)}`,
      updated: hits.reduce((u, h) => {
        const t = meetingTimes.get(h.meetingId)?.updated_at ?? '';
        return t > u ? t : u;
      }, '1970-01-01T00:00:00.000Z'),
      entries: hits.flatMap((h) => {
        const ref = refs.get(h.meetingId);
        if (!ref) return [];
        const link = base + itemPath(cat, ref, h.number);
        const times = meetingTimes.get(h.meetingId);
        return [
          {
            id: link,
            title: `${h.title} (${h.committee || 'ukendt udvalg'}, ${danishDate(h.date)})`,
            link,
            updated: times?.updated_at ?? h.date,
            published: times?.created_at,
            contentHtml: h.closed
              ? html`<p>Punkt ${h.number}: ${h.title}. Lukket punkt.</p>`.value
              : html`<p>${h.municipality}, ${h.committee}, ${danishDate(h.date)}, punkt ${h.number}${h.outcome ? html` – ${outcomeLabel(h.outcome)}` : ''}</p>`.value +
                (h.snippetHtml ? `<p>${h.snippetHtml}</p>` : ''),
          },
        ];
      }),
    });
    return send(reply, 'application/atom+xml; charset=utf-8', body);
  });
}
