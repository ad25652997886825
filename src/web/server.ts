/**
 * The HTTP app: Fastify with the portal's pages, the OParl API, the JSON search endpoint and the
 * feeds; security headers and error handling in one place. `buildApp` wires an open store;
 * `startServer` opens the store (SQLite by default, PostgreSQL when a URL is given) and listens.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Fastify from 'fastify';
import { registerOparl } from '../api/oparl/routes.js';
import { registerSearchApi } from '../api/search.js';
import { registerFeeds } from '../feeds/routes.js';
import { openStore, type Store } from '../store/store.js';
import { CatalogSource } from './catalog.js';
import { type AppContext, pageKey } from './context.js';
import { errorPage, HttpError, jsonError, rawErrorResponse, STATUS_TITLES } from './errors.js';
import { PageCache } from './page-cache.js';
import { registerPages } from './routes.js';
import { registerSecurityHeaders, SECURITY_HEADERS } from './security.js';

export interface AppOptions {
  /** Public base URL for absolute links (API ids, feeds, sitemap); default: from the request's Host. */
  publicUrl?: string | null;
  /** Log requests (pino to stdout). Default false. */
  logger?: boolean;
  /** How often to check whether the data changed (ms). Default 1000. */
  catalogCheckMs?: number;
  /** Byte budget of the rendered-page cache; 0 switches it off. Default 64 MB (env REFERAT_PAGE_CACHE_MB). */
  pageCacheBytes?: number;
}

/** Requests whose URL is longer than this get 414 (a page, not a crash). */
export const MAX_URL_LENGTH = 4096;

function wantsJson(req: FastifyRequest): boolean {
  const url = req.url;
  return url.startsWith('/oparl/') || url.startsWith('/api/');
}

function sendError(req: FastifyRequest, reply: FastifyReply, status: number, title: string, detail: string, code: string): FastifyReply {
  reply.headers(SECURITY_HEADERS).header('Cache-Control', 'no-store');
  if (wantsJson(req)) {
    return reply.code(status).header('Content-Type', 'application/json; charset=utf-8').header('Access-Control-Allow-Origin', '*').send(JSON.stringify(jsonError(status, code, `${title}. ${detail}`)));
  }
  if (req.url.startsWith('/feeds/')) {
    return reply.code(status).header('Content-Type', 'text/plain; charset=utf-8').send(`${title}. ${detail}\n`);
  }
  return reply.code(status).header('Content-Type', 'text/html; charset=utf-8').send(errorPage(status, title, detail).value);
}

export async function buildApp(store: Store, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    return503OnClosing: true,
    bodyLimit: 16 * 1024,
    requestTimeout: 30_000,
    frameworkErrors(error, req, reply) {
      // Malformed URLs (bad percent-encoding …) and similar: a 400 page, never the framework's message.
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      void sendError(req, reply, status, STATUS_TITLES[status] ?? 'Forkert forespørgsel', 'Adressen kunne ikke læses. Kontrollér, at den er skrevet rigtigt.', 'E_BAD_REQUEST');
    },
    clientErrorHandler(err, socket) {
      // Errors before a request exists (oversized headers, garbage on the wire): a minimal Danish page.
      if (!socket.writable) return;
      const code = (err as { code?: string }).code;
      const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      socket.end(rawErrorResponse(status));
    },
  });

  const ctx: AppContext = {
    store,
    catalogs: new CatalogSource(store, options.catalogCheckMs ?? 1000),
    publicUrl: options.publicUrl ? options.publicUrl.replace(/\/+$/, '') : null,
    pages: null,
  };
  const cacheBytes = options.pageCacheBytes ?? (process.env.REFERAT_PAGE_CACHE_MB !== undefined ? Number(process.env.REFERAT_PAGE_CACHE_MB) * 1024 * 1024 : 64 * 1024 * 1024);
  if (cacheBytes > 0) ctx.pages = new PageCache(cacheBytes);

  registerSecurityHeaders(app);

  app.addHook('onRequest', (req, _reply, done) => {
    if (req.url.length > MAX_URL_LENGTH) done(new HttpError(414, 'Adressen er for lang', `Adresser må højst være ${MAX_URL_LENGTH} tegn.`, 'E_URI_TOO_LONG'));
    else done();
  });

  const pages = ctx.pages;
  if (pages) {
    // Serve a page rendered under the current data generation without touching the database.
    app.addHook('onRequest', (req, reply, done) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/oparl/') && !req.url.startsWith('/api/') && !req.url.startsWith('/feeds/')) {
        const generation = ctx.catalogs.freshGeneration();
        const body = generation === null ? null : pages.get(pageKey(req), generation);
        if (body) {
          reply.header('Content-Type', 'text/html; charset=utf-8').header('Cache-Control', 'public, max-age=60').header('X-Cache', 'HIT').send(body);
          return;
        }
      }
      done();
    });
  }

  app.setNotFoundHandler((req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
      return sendError(req, reply, 405, 'Metoden er ikke tilladt', 'Portalen kan kun læses (GET).', 'E_METHOD').header('Allow', 'GET, HEAD');
    }
    if (req.method === 'OPTIONS') {
      return reply.code(204).header('Access-Control-Allow-Origin', '*').header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS').header('Allow', 'GET, HEAD, OPTIONS').send();
    }
    return sendError(req, reply, 404, 'Siden findes ikke', 'Der er ingen side på denne adresse. Måske er den skrevet forkert.', 'E_NOT_FOUND');
  });

  app.setErrorHandler((error: FastifyError | HttpError | Error, req, reply) => {
    if (error instanceof HttpError) return sendError(req, reply, error.status, error.title, error.detail, error.code);
    const status = (error as FastifyError).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(req, reply, status, STATUS_TITLES[status] ?? 'Forkert forespørgsel', 'Forespørgslen kunne ikke behandles.', 'E_BAD_REQUEST');
    }
    req.log.error({ err: error }, 'request failed');
    if (!options.logger) process.stderr.write(`referat serve: ${req.method} ${req.url.slice(0, 200)}: ${(error as Error).message?.split('\n')[0]}\n`);
    return sendError(req, reply, 500, 'Der opstod en fejl', 'Siden kunne ikke vises lige nu. Prøv igen om lidt.', 'E_INTERNAL');
  });

  registerPages(app, ctx);
  registerOparl(app, ctx);
  registerSearchApi(app, ctx);
  registerFeeds(app, ctx);
  await app.ready();
  return app;
}

export interface StartOptions {
  /** SQLite file, or a PostgreSQL URL. Default: DATABASE_URL, else ./data/referat.db. */
  dbPath?: string;
  /** PostgreSQL URL. Takes precedence over dbPath and DATABASE_URL. */
  databaseUrl?: string;
  port: number;
  host: string;
  publicUrl?: string | null;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  /** "http://127.0.0.1:3000" */
  url: string;
  close(): Promise<void>;
}

/** Opens the store and serves it. Call `close()` to stop listening and close the database. */
export async function startServer(o: StartOptions): Promise<RunningServer> {
  const target = o.databaseUrl || o.dbPath || process.env.DATABASE_URL || undefined;
  const store = await openStore(target);
  let app: FastifyInstance;
  try {
    app = await buildApp(store, { publicUrl: o.publicUrl ?? null, logger: o.logger ?? false });
    await app.listen({ port: o.port, host: o.host });
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host === '0.0.0.0' ? '127.0.0.1' : o.host;
  return {
    app,
    store,
    url: `http://${host}:${port}`,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
