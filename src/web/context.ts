/** What every route needs: the store, the catalog, the public base URL; and response helpers. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import type { Catalog, CatalogSource } from './catalog.js';
import type { Html } from './html.js';
import type { PageCache } from './page-cache.js';

export interface AppContext {
  store: Store;
  catalogs: CatalogSource;
  /** The configured public base URL ("https://referat.example.dk"), or null to use the request's Host. */
  publicUrl: string | null;
  /** Rendered pages (null when switched off). */
  pages: PageCache | null;
}

/** Page cache key: the URL as requested (path and query; links are generated in one stable form). */
export const pageKey = (req: FastifyRequest): string => req.url;

const HOST_RE = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d{1,5})?$/;

/** The absolute base URL for links in API objects, feeds and the sitemap (no trailing slash). */
export function baseUrl(ctx: AppContext, req: FastifyRequest): string {
  if (ctx.publicUrl) return ctx.publicUrl;
  const host = req.headers.host ?? '';
  if (!HOST_RE.test(host)) return 'http://localhost';
  return `${req.protocol}://${host}`;
}

export async function catalog(ctx: AppContext): Promise<Catalog> {
  return ctx.catalogs.get();
}

export function sendHtml(reply: FastifyReply, body: Html, status = 200, cache?: { ctx: AppContext; generation: number }): FastifyReply {
  if (cache?.ctx.pages && status === 200) cache.ctx.pages.set(pageKey(reply.request), cache.generation, body.value);
  return reply
    .code(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', status === 200 ? 'public, max-age=60' : 'no-store')
    .send(body.value);
}

/** JSON with the API's headers (CORS open to all, as open data should be). */
export function sendJson(reply: FastifyReply, body: unknown, status = 200, type = 'application/json; charset=utf-8'): FastifyReply {
  return reply.code(status).header('Content-Type', type).header('Access-Control-Allow-Origin', '*').header('Cache-Control', 'public, max-age=60').send(JSON.stringify(body));
}
