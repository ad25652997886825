/**
 * HTTP errors: one type with a status and Danish title and explanation, and the pages and JSON bodies
 * that show them. Error output never contains a stack trace, a database message, or the request's own
 * text beyond what the handler chose to put in the message.
 */
import { type Html, html } from './html.js';
import { page } from './views/layout.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly code = status === 404 ? 'E_NOT_FOUND' : status === 400 ? 'E_BAD_REQUEST' : `E_HTTP_${status}`,
  ) {
    super(title);
    this.name = 'HttpError';
  }
}

export const notFound = (what = 'Siden'): HttpError =>
  new HttpError(404, 'Siden findes ikke', `${what} findes ikke. Måske er adressen skrevet forkert, eller også er indholdet ikke indlæst.`);

export const STATUS_TITLES: Record<number, string> = {
  400: 'Forkert forespørgsel',
  404: 'Siden findes ikke',
  405: 'Metoden er ikke tilladt',
  406: 'Formatet kan ikke leveres',
  413: 'Forespørgslen er for stor',
  414: 'Adressen er for lang',
  415: 'Formatet understøttes ikke',
  429: 'For mange forespørgsler',
  431: 'Forespørgslens headere er for store',
  500: 'Der opstod en fejl',
  503: 'Tjenesten er midlertidigt utilgængelig',
};

export function errorPage(status: number, title: string, detail: string): Html {
  return page({
    title,
    crumbs: [{ label: title }],
    noindex: true,
    body: html`<h1>${title}</h1>
<p class="lead">${detail}</p>
<p class="meta">Fejlkode ${status}.</p>
<ul>
<li><a href="/">Gå til forsiden</a></li>
<li><a href="/sog">Søg i referaterne</a></li>
<li><a href="/kommuner">Se alle kommuner</a></li>
</ul>`,
  });
}

export interface JsonError {
  error: { status: number; code: string; message: string };
}

export function jsonError(status: number, code: string, message: string): JsonError {
  return { error: { status, code, message } };
}

/** A complete raw HTTP response for errors found before routing (malformed request lines, huge headers). */
export function rawErrorResponse(status: number): string {
  const title = STATUS_TITLES[status] ?? 'Forkert forespørgsel';
  const body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title} – Referat</title></head><body><main><h1>${title}</h1><p>Forespørgslen kunne ikke læses. <a href="/">Gå til forsiden</a>.</p></main></body></html>`;
  const reason = status === 431 ? 'Request Header Fields Too Large' : status === 414 ? 'URI Too Long' : status === 408 ? 'Request Timeout' : 'Bad Request';
  return (
    `HTTP/1.1 ${status} ${reason}\r\n` +
    'Content-Type: text/html; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'\r\n" +
    'X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\nReferrer-Policy: strict-origin-when-cross-origin\r\n' +
    'Connection: close\r\n\r\n' +
    body
  );
}
