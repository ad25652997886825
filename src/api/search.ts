/**
 * GET /api/v1/search: the search page's results as JSON, with the same parameters (Danish names, or
 * English: query, municipality, committee, from, to, outcome, case, person, party, page) and facets.
 * Every hit carries its stable portal URL and OParl id. Closed items: number, title, closed: true only.
 */
import type { FastifyInstance } from 'fastify';
import { search, SearchError } from '../search/search.js';
import { type AppContext, baseUrl, catalog, sendJson } from '../web/context.js';
import { HttpError } from '../web/errors.js';
import { meetingRefs } from '../web/routes.js';
import { linkParams, PAGE_SIZE, parseSearchParams, toFilters } from '../web/search-params.js';
import { itemPath, queryString } from '../web/urls.js';

export function registerSearchApi(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/v1/search', async (req, reply) => {
    const params = parseSearchParams(req.query, { english: true });
    const limitRaw = (req.query as Record<string, unknown>).limit;
    let limit = PAGE_SIZE;
    if (limitRaw !== undefined) {
      const v = Array.isArray(limitRaw) ? limitRaw[0] : limitRaw;
      if (typeof v !== 'string' || !/^\d{1,3}$/.test(v) || Number(v) < 1 || Number(v) > 100) throw new HttpError(400, 'Ugyldig grænse', 'limit skal være et helt tal fra 1 til 100.');
      limit = Number(v);
    }
    const cat = await catalog(ctx);
    const base = baseUrl(ctx, req);
    let result;
    try {
      result = await search(ctx.store, params.q, toFilters(params), { limit, offset: (params.side - 1) * limit });
    } catch (e) {
      if (e instanceof SearchError && e.code === 'E_BAD_FILTER') throw new HttpError(400, 'Ugyldigt filter', e.message);
      throw e;
    }
    const refs = await meetingRefs(ctx, result.hits.map((h) => h.meetingId));
    const seqs = new Map<number, number>();
    if (result.hits.length) {
      const rows = await ctx.store.db.selectFrom('agenda_item').select(['id', 'seq']).where('id', 'in', result.hits.map((h) => h.itemId)).execute();
      for (const r of rows) seqs.set(r.id, r.seq);
    }
    const pages = Math.ceil(result.total / limit);
    const self = (page: number): string => `${base}/api/v1/search${queryString({ ...linkParams(params, { side: page }), limit: limit !== PAGE_SIZE ? String(limit) : '' })}`;
    return sendJson(reply, {
      query: result.query,
      filters: toFilters(params),
      total: result.total,
      page: params.side,
      pageSize: limit,
      pages,
      notices: result.notices,
      data: result.hits.map((h) => {
        const ref = refs.get(h.meetingId);
        const base_ = {
          url: ref ? base + itemPath(cat, ref, h.number) : null,
          oparl: `${base}/oparl/v1/agendaItem/${h.meetingId}-${seqs.get(h.itemId) ?? 0}`,
          municipality: h.municipality,
          committee: h.committee,
          term: h.term,
          date: h.date,
          number: h.number,
          title: h.title,
          titleHtml: h.titleHtml,
          closed: h.closed,
        };
        if (h.closed) return base_;
        return { ...base_, caseNumber: h.caseNumber, outcome: h.outcome, snippetHtml: h.snippetHtml, score: h.score };
      }),
      facets: result.facets,
      links: {
        self: self(params.side),
        ...(params.side > 1 ? { prev: self(params.side - 1) } : {}),
        ...(params.side < pages ? { next: self(params.side + 1) } : {}),
        html: `${base}/sog${queryString(linkParams(params))}`,
      },
    });
  });
}
