/** The page shell (landmarks, skip link, header, breadcrumbs, footer) and small shared components. */
import { STYLESHEET_PATH } from '../assets.js';
import { outcomeLabel } from '../format.js';
import { type Html, html, type HtmlValue } from '../html.js';

export interface Crumb {
  label: string;
  href?: string;
}

export interface FeedLink {
  title: string;
  href: string;
  type: 'application/atom+xml' | 'text/calendar';
}

export interface PageOptions {
  title: string;
  /** Breadcrumbs after "Forside"; the last one is the current page. */
  crumbs?: Crumb[];
  body: HtmlValue;
  /** Which main menu entry is current. */
  section?: 'front' | 'search' | 'municipalities' | 'data' | 'about';
  feeds?: FeedLink[];
  canonical?: string;
  description?: string;
  /** Leave out the header search form (the page has its own). */
  noHeaderSearch?: boolean;
  /** Ask search engines not to index (search result pages). */
  noindex?: boolean;
}

const MENU: { key: PageOptions['section']; href: string; label: string }[] = [
  { key: 'front', href: '/', label: 'Forside' },
  { key: 'municipalities', href: '/kommuner', label: 'Kommuner' },
  { key: 'search', href: '/sog', label: 'Søg' },
  { key: 'data', href: '/data', label: 'Åbne data' },
];

export function page(o: PageOptions): Html {
  const crumbs = o.crumbs ?? [];
  const title = o.section === 'front' ? 'Referat – åbne referater fra kommunernes udvalg' : `${o.title} – Referat`;
  return html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
${o.noindex ? html`<meta name="robots" content="noindex">` : ''}
${o.canonical ? html`<link rel="canonical" href="${o.canonical}">` : ''}
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${(o.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}">\n`)}
</head>
<body>
<a class="skip" href="#indhold">Gå til indhold</a>
<header class="site">
<div class="wrap">
<a class="brand" href="/">Referat<span>kommunernes udvalgsmøder</span></a>
<nav aria-label="Hovedmenu"><ul>
${MENU.map((m) => html`<li><a href="${m.href}"${o.section === m.key ? html` aria-current="page"` : ''}>${m.label}</a></li>`)}
</ul></nav>
${
  o.noHeaderSearch
    ? ''
    : html`<form role="search" aria-label="Søg i referaterne" action="/sog" method="get">
<label for="top-q" class="visually-hidden">Søg i referaterne</label>
<input id="top-q" name="q" type="search" placeholder="Søg i referaterne" autocomplete="off">
<button type="submit">Søg</button>
</form>`
}
</div>
</header>
${
  crumbs.length
    ? html`<nav class="crumbs" aria-label="Brødkrumme"><ol>
<li><a href="/">Forside</a></li>
${crumbs.map((c, i) =>
  i === crumbs.length - 1 || !c.href ? html`<li><span aria-current="page">${c.label}</span></li>` : html`<li><a href="${c.href}">${c.label}</a></li>`,
)}
</ol></nav>`
    : ''
}
<main id="indhold" tabindex="-1">
<div class="wrap">
${o.body}
</div>
</main>
<footer class="site">
<div class="wrap">
<ul>
<li><a href="/tilgaengelighed">Tilgængelighedserklæring</a></li>
<li><a href="/data">Åbne data og API</a></li>
<li><a href="/om">Om Referat</a></li>
<li><a href="/sitemap.xml">Sitemap</a></li>
</ul>
<p>Referat viser offentliggjorte dagsordener og referater. Lukkede punkter vises kun med nummer og titel.</p>
</div>
</footer>
</body>
</html>
`;
}

export function outcomeClass(outcome: string | null): string {
  switch (outcome) {
    case 'approved':
    case 'approved_with_changes':
    case 'recommended':
      return 'ok';
    case 'rejected':
      return 'bad';
    case 'postponed':
    case 'other':
      return 'warn';
    default:
      return 'info';
  }
}

export function outcomeBadge(outcome: string | null): Html {
  if (!outcome) return html``;
  return html`<span class="badge ${outcomeClass(outcome)}">${outcomeLabel(outcome)}</span>`;
}

export function closedBadge(): Html {
  return html`<span class="badge closed">Lukket punkt</span>`;
}

export function partyTag(party: string | null | undefined): Html {
  if (!party) return html``;
  return html` <abbr class="party" title="Parti: ${party}">${party}</abbr>`;
}

/** A table inside a scroll container that keyboard users can scroll (focusable, labelled). */
export function scrollTable(label: string, table: Html): Html {
  return html`<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

export interface PagerLink {
  page: number;
  href: string;
}

/** Numbered pagination: first, last, and two either side of the current page. */
export function pagination(current: number, pages: number, hrefOf: (p: number) => string, label = 'Sider'): Html {
  if (pages <= 1) return html``;
  const shown = new Set<number>([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  const list = [...shown].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items: Html[] = [];
  if (current > 1) items.push(html`<li><a href="${hrefOf(current - 1)}" rel="prev">Forrige<span class="visually-hidden"> side</span></a></li>`);
  let last = 0;
  for (const p of list) {
    if (p - last > 1) items.push(html`<li><span aria-hidden="true">…</span></li>`);
    items.push(
      p === current
        ? html`<li><a href="${hrefOf(p)}" aria-current="page"><span class="visually-hidden">Side </span>${p}</a></li>`
        : html`<li><a href="${hrefOf(p)}"><span class="visually-hidden">Side </span>${p}</a></li>`,
    );
    last = p;
  }
  if (current < pages) items.push(html`<li><a href="${hrefOf(current + 1)}" rel="next">Næste<span class="visually-hidden"> side</span></a></li>`);
  return html`<nav class="pages" aria-label="${label}"><ul>${items}</ul></nav>`;
}
