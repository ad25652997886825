/**
 * Static assets, kept in code so the build needs no copy step: the one stylesheet, robots.txt and a
 * favicon. Served from memory with a content hash in the URL (cached for a year) by routes.ts.
 */
import { createHash } from 'node:crypto';

export const STYLESHEET = `
:root {
  --ink: #1a1a1a; --muted: #4a4f55; --line: #c9ced4; --soft: #f3f5f7; --paper: #fff;
  --brand: #12365a; --brand-ink: #fff; --link: #0a58a8; --link-visited: #5a2d91;
  --focus: #ffbf47; --ok: #1d6b37; --ok-bg: #e6f3ea; --warn: #8a4b00; --warn-bg: #fdf1e1;
  --bad: #a3231f; --bad-bg: #fbe9e8; --info-bg: #e8f0f9; --mark: #fff1a8;
  --radius: 6px; --wrap: 72rem;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; overflow-wrap: break-word; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--paper); }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--link-visited); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
a:focus-visible { background: var(--focus); color: var(--ink); outline: 3px solid var(--ink); box-shadow: none; text-decoration: none; }
.wrap { max-width: var(--wrap); margin: 0 auto; padding: 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 0.5rem; top: -3rem; z-index: 10; padding: 0.6rem 1rem; background: var(--focus); color: var(--ink) !important; font-weight: 700; border-radius: 0 0 var(--radius) var(--radius); }
.skip:focus { top: 0; }

header.site { background: var(--brand); color: var(--brand-ink); border-bottom: 4px solid #2c6aa5; }
header.site .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding-top: 0.7rem; padding-bottom: 0.7rem; }
.brand { color: var(--brand-ink) !important; font-weight: 800; font-size: 1.35rem; text-decoration: none; letter-spacing: 0.01em; }
.brand span { font-weight: 400; font-size: 0.95rem; opacity: 0.95; margin-left: 0.4rem; }
header.site nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.1rem; margin: 0; padding: 0; list-style: none; }
header.site nav a { color: var(--brand-ink) !important; text-decoration: none; font-weight: 600; padding: 0.2rem 0; border-bottom: 2px solid transparent; }
header.site nav a:hover, header.site nav a[aria-current="page"] { border-bottom-color: var(--brand-ink); }
header.site nav a:focus-visible { color: var(--ink) !important; }
header.site form { margin-left: auto; display: flex; gap: 0.3rem; }
header.site input[type="search"] { width: 14rem; max-width: 52vw; padding: 0.4rem 0.6rem; border: 2px solid #fff; border-radius: var(--radius); font: inherit; font-size: 0.95rem; }
header.site button { padding: 0.4rem 0.8rem; border: 2px solid #fff; border-radius: var(--radius); background: transparent; color: #fff; font: inherit; font-size: 0.95rem; font-weight: 600; cursor: pointer; }
header.site button:hover { background: rgba(255,255,255,0.15); }

.crumbs { background: var(--soft); border-bottom: 1px solid var(--line); font-size: 0.92rem; }
.crumbs ol { list-style: none; margin: 0 auto; padding: 0.5rem 1rem; max-width: var(--wrap); display: flex; flex-wrap: wrap; gap: 0.2rem; }
.crumbs li:not(:last-child)::after { content: "›"; margin: 0 0.45rem; color: var(--muted); }
.crumbs [aria-current] { color: var(--muted); }

main { display: block; padding: 1.5rem 0 3rem; }
main:focus { outline: none; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; hyphens: auto; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2rem 0 0.7rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.1rem 0 0.4rem; }
p, ul, ol, table { margin: 0 0 1rem; }
.lead { font-size: 1.15rem; color: var(--muted); max-width: 48rem; }
.meta { color: var(--muted); font-size: 0.95rem; }
.kicker { display: block; color: var(--muted); font-size: 1rem; font-weight: 600; margin-bottom: 0.2rem; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 0 2.5rem; }
.prose { max-width: 48rem; }
.prose p { white-space: pre-line; }

.hero { background: linear-gradient(180deg, var(--info-bg), var(--paper)); border-bottom: 1px solid var(--line); padding: 2rem 0 1.5rem; margin-top: -1.5rem; margin-bottom: 1rem; }
.hero h1 { font-size: 2.2rem; }
.bigsearch { display: flex; flex-wrap: wrap; gap: 0.5rem; max-width: 44rem; margin: 0.5rem 0 0.4rem; }
.bigsearch label { flex-basis: 100%; font-weight: 700; }
.bigsearch input { flex: 1 1 16rem; padding: 0.7rem 0.9rem; font: inherit; font-size: 1.1rem; border: 2px solid var(--ink); border-radius: var(--radius); }
.btn, .bigsearch button, .filters button { display: inline-block; padding: 0.65rem 1.2rem; font: inherit; font-weight: 700; color: #fff !important; background: var(--brand); border: 2px solid var(--brand); border-radius: var(--radius); cursor: pointer; text-decoration: none; }
.btn:hover, .bigsearch button:hover, .filters button:hover { background: #0b2540; }
.btn.secondary { background: #fff; color: var(--brand) !important; }
.hint { font-size: 0.92rem; color: var(--muted); }
.stats { display: flex; flex-wrap: wrap; gap: 0.4rem 1.6rem; margin: 1rem 0 0; padding: 0; list-style: none; color: var(--muted); }
.stats strong { color: var(--ink); font-size: 1.15rem; }

.cards { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.75rem; }
.card { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.8rem 1rem; background: #fff; }
.card h3, .card h2.card-title { margin: 0 0 0.25rem; font-size: 1.05rem; }
.card p { margin: 0.25rem 0 0; }
.list { list-style: none; padding: 0; margin: 0 0 1rem; }
.list > li { padding: 0.55rem 0; border-bottom: 1px solid var(--line); }
.list > li:first-child { border-top: 1px solid var(--line); }
.tags { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; }

.badge { display: inline-block; padding: 0.08rem 0.5rem; border-radius: 999px; font-size: 0.85rem; font-weight: 700; border: 1px solid currentColor; white-space: nowrap; vertical-align: 0.05em; }
.badge.ok { color: var(--ok); background: var(--ok-bg); }
.badge.bad { color: var(--bad); background: var(--bad-bg); }
.badge.warn { color: var(--warn); background: var(--warn-bg); }
.badge.info { color: var(--brand); background: var(--info-bg); }
.badge.closed { color: var(--muted); background: var(--soft); }
.party { display: inline-block; min-width: 1.6em; padding: 0 0.3em; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); font-size: 0.85rem; font-weight: 700; text-align: center; }

table { border-collapse: collapse; width: 100%; font-size: 0.97rem; }
caption { text-align: left; font-weight: 700; padding: 0 0 0.4rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; white-space: pre-line; }
thead th { background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-scroll { overflow-x: auto; margin: 0 0 1rem; }
.table-scroll table { margin: 0; }
.table-scroll:focus-visible { outline: 3px solid var(--ink); }

dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
@media (max-width: 36rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: 0.4rem; } }

.toc { counter-reset: none; list-style: none; padding: 0; margin: 0 0 1rem; border-top: 1px solid var(--line); }
.toc li { display: grid; grid-template-columns: 3rem 1fr auto; gap: 0.6rem; padding: 0.55rem 0; border-bottom: 1px solid var(--line); align-items: baseline; }
.toc .no { font-weight: 700; color: var(--muted); text-align: right; }
.toc .aside { text-align: right; }
@media (max-width: 36rem) { .toc li { grid-template-columns: 2.2rem 1fr; } .toc .aside { grid-column: 2; text-align: left; } }

.decision { border-left: 6px solid var(--ok); background: var(--ok-bg); padding: 0.9rem 1.1rem; margin: 1rem 0 1.4rem; border-radius: 0 var(--radius) var(--radius) 0; }
.decision.rejected { border-color: var(--bad); background: var(--bad-bg); }
.decision.postponed, .decision.other { border-color: var(--warn); background: var(--warn-bg); }
.decision.discussed, .decision.noted { border-color: var(--brand); background: var(--info-bg); }
.decision h2 { margin: 0 0 0.3rem; font-size: 1.25rem; }
.decision .outcome { font-size: 1.1rem; font-weight: 700; margin: 0 0 0.4rem; }
.decision p { white-space: pre-line; margin: 0 0 0.5rem; }
.recommendation { border: 2px solid var(--brand); border-radius: var(--radius); padding: 0.9rem 1.1rem; margin: 1rem 0 1.4rem; }
.recommendation h2 { margin: 0 0 0.4rem; font-size: 1.2rem; }
.recommendation ol { margin-bottom: 0.3rem; }
.closed-note { border: 2px dashed var(--muted); border-radius: var(--radius); padding: 1rem 1.2rem; background: var(--soft); max-width: 48rem; }
.section-block { max-width: 52rem; }
.pager { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; margin: 2rem 0 0; padding: 1rem 0 0; border-top: 1px solid var(--line); }

.timeline { list-style: none; margin: 0 0 1rem; padding: 0 0 0 1.4rem; border-left: 3px solid var(--brand); }
.timeline li { position: relative; padding: 0 0 1.1rem 0.6rem; }
.timeline li::before { content: ""; position: absolute; left: -1.95rem; top: 0.35rem; width: 0.9rem; height: 0.9rem; border-radius: 50%; background: #fff; border: 3px solid var(--brand); }
.timeline li.printed::before { border-style: dashed; border-color: var(--muted); }
.timeline .when { font-weight: 700; display: block; }

.search-layout { display: grid; grid-template-columns: 17rem 1fr; gap: 2rem; align-items: start; }
@media (max-width: 52rem) { .search-layout { grid-template-columns: 1fr; } }
.filters { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; background: var(--soft); }
.filters h2 { font-size: 1.1rem; margin: 0 0 0.6rem; }
.filters fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
.filters legend { font-weight: 700; margin-bottom: 0.3rem; padding: 0; }
.filters label { display: block; font-weight: 600; margin: 0.5rem 0 0.15rem; }
.filters select, .filters input { width: 100%; padding: 0.4rem 0.5rem; font: inherit; font-size: 0.95rem; border: 2px solid var(--muted); border-radius: var(--radius); background: #fff; }
.facet { list-style: none; padding: 0; margin: 0; font-size: 0.95rem; }
.facet li { display: flex; justify-content: space-between; gap: 0.5rem; padding: 0.12rem 0; }
.facet .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.facet a[aria-current="true"] { font-weight: 700; color: var(--ink); }
.results { list-style: none; margin: 0; padding: 0; }
.results > li { padding: 0.9rem 0; border-bottom: 1px solid var(--line); }
.results h3 { margin: 0 0 0.2rem; font-size: 1.12rem; }
.results .snippet { margin: 0.3rem 0 0; }
mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
.active-filters { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.active-filters a { display: inline-block; padding: 0.15rem 0.6rem; border: 1px solid var(--brand); border-radius: 999px; text-decoration: none; font-size: 0.92rem; }
.active-filters a::after { content: " ✕"; }
nav.pages ul { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; margin: 1.5rem 0 0; }
nav.pages a, nav.pages span { display: inline-block; min-width: 2.4rem; padding: 0.35rem 0.7rem; border: 1px solid var(--line); border-radius: var(--radius); text-align: center; text-decoration: none; }
nav.pages [aria-current="page"] { background: var(--brand); color: #fff; border-color: var(--brand); font-weight: 700; }

footer.site { border-top: 4px solid var(--brand); background: var(--soft); padding: 1.5rem 0 2rem; font-size: 0.95rem; color: var(--muted); }
footer.site ul { display: flex; flex-wrap: wrap; gap: 0.4rem 1.4rem; list-style: none; padding: 0; margin: 0 0 0.6rem; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.8rem 1rem; overflow-x: auto; }

@media (max-width: 40rem) {
  body { font-size: 1rem; }
  h1, .hero h1 { font-size: 1.6rem; }
  header.site form { margin-left: 0; width: 100%; }
  header.site input[type="search"] { flex: 1; width: auto; max-width: none; }
}
@media print {
  header.site, footer.site, .crumbs, .skip, .filters, nav.pages, .pager { display: none; }
  a { color: inherit; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; } }
`;

/** A small SVG favicon (the letter R on the brand colour). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#12365a"/><text x="16" y="23" font-family="Arial,sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">R</text></svg>';

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 10);
}

export interface Asset {
  path: string;
  type: string;
  body: Buffer;
  etag: string;
  immutable: boolean;
}

export const STYLESHEET_PATH = `/static/referat-${hash(STYLESHEET)}.css`;

export const ASSETS: Asset[] = [
  { path: STYLESHEET_PATH, type: 'text/css; charset=utf-8', body: Buffer.from(STYLESHEET), etag: `"${hash(STYLESHEET)}"`, immutable: true },
  { path: '/favicon.svg', type: 'image/svg+xml', body: Buffer.from(FAVICON_SVG), etag: `"${hash(FAVICON_SVG)}"`, immutable: false },
];
