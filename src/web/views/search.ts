/** The search page: the form with filters, active filters, results with snippets, facets, pages. */
import type { FacetValue, SearchResult } from '../../search/search.js';
import type { Catalog } from '../catalog.js';
import { committeeLabel, danishDate, danishInt, OUTCOME_LABELS } from '../format.js';
import { type Html, html, trusted } from '../html.js';
import type { MeetingRef } from '../urls.js';
import { itemPath, queryString } from '../urls.js';
import { type FilterKey, hasFilters, linkParams, MAX_PAGE, PAGE_SIZE, type SearchParams } from '../search-params.js';
import { closedBadge, outcomeBadge, page, pagination } from './layout.js';

const FILTER_LABELS: Record<FilterKey, string> = {
  kommune: 'Kommune',
  udvalg: 'Udvalg',
  fra: 'Fra',
  til: 'Til',
  udfald: 'Beslutning',
  sag: 'Sag',
  person: 'Person',
  parti: 'Parti',
};

const href = (p: SearchParams, change: Partial<SearchParams>): string => `/sog${queryString(linkParams(p, { side: 1, ...change }))}`;

function facetList(title: string, id: string, values: FacetValue[], p: SearchParams, apply: (v: FacetValue) => Partial<SearchParams>, current: (v: FacetValue) => boolean, max = 12): Html {
  if (!values.length) return html``;
  return html`<section aria-labelledby="${id}"><h3 id="${id}">${title}</h3>
<ul class="facet">${values.slice(0, max).map((v) => {
    const on = current(v);
    return html`<li><a href="${href(p, apply(v))}"${on ? html` aria-current="true"` : ''}>${v.label}</a> <span class="count">${danishInt(v.count)}<span class="visually-hidden"> punkter</span></span></li>`;
  })}</ul></section>`;
}

function optionList(values: { value: string; label: string }[], selected: string): Html {
  return html`${values.map((v) => html`<option value="${v.value}"${v.value === selected ? html` selected` : ''}>${v.label}</option>`)}`;
}

export interface SearchView {
  result: SearchResult | null;
  /** Meeting refs of the hits by meeting id (for links). */
  meetings: Map<number, MeetingRef>;
  error?: string;
}

export function searchPage(cat: Catalog, p: SearchParams, v: SearchView): Html {
  const r = v.result;
  const searched = p.q !== '' || hasFilters(p);
  const pages = r ? Math.min(MAX_PAGE, Math.ceil(r.total / PAGE_SIZE)) : 0;
  const committeeNames = [...new Map([...cat.committeeById.values()].filter((c) => !p.kommune || cat.municipalityById.get(c.municipalityId)?.name.toLowerCase() === p.kommune.toLowerCase()).map((c) => [c.name, c.name])).keys()]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'da'));
  const active = (Object.keys(FILTER_LABELS) as FilterKey[]).filter((k) => p[k] !== '');
  const feedHref = `/feeds/sog.atom${queryString({ ...linkParams(p, { side: 1 }) })}`;
  const jsonHref = `/api/v1/search${queryString({ ...linkParams(p) })}`;
  const title = p.q ? `Søgning: ${p.q}` : 'Søg';
  const body = html`<h1>${p.q ? html`Søgeresultater for <q>${p.q}</q>` : 'Søg i referaterne'}</h1>
<form class="bigsearch" role="search" aria-label="Søg i referaterne" action="/sog" method="get">
<label for="q">Søgeord</label>
<input id="q" name="q" type="search" value="${p.q}" autocomplete="off" aria-describedby="q-hint">
${(Object.keys(FILTER_LABELS) as FilterKey[]).map((k) => (p[k] ? html`<input type="hidden" name="${k}" value="${p[k]}">` : ''))}
<button type="submit">Søg</button>
</form>
<p class="hint" id="q-hint">Ord findes også i bøjninger og sammensætninger. Brug <code>"flere ord"</code> for en frase og <code>-ord</code> for at udelade et ord.</p>
${
  active.length
    ? html`<h2 class="visually-hidden">Aktive filtre</h2><ul class="active-filters" aria-label="Aktive filtre">${active.map(
        (k) => html`<li><a href="${href(p, { [k]: '' } as Partial<SearchParams>)}"><span class="visually-hidden">Fjern filter </span>${FILTER_LABELS[k]}: ${k === 'udfald' ? (OUTCOME_LABELS[p[k]] ?? p[k]) : p[k]}</a></li>`,
      )}${active.length > 1 ? html`<li><a href="${href({ ...p, kommune: '', udvalg: '', fra: '', til: '', udfald: '', sag: '', person: '', parti: '' }, {})}">Fjern alle filtre</a></li>` : ''}</ul>`
    : ''
}
${v.error ? html`<p class="closed-note" role="alert">${v.error}</p>` : ''}
${r && r.notices.length ? html`<div class="closed-note" role="status">${r.notices.map((n) => html`<p>${n}</p>`)}</div>` : ''}
<div class="search-layout">
<aside class="filters" aria-labelledby="filtre">
<h2 id="filtre">Afgræns</h2>
<form action="/sog" method="get">
<input type="hidden" name="q" value="${p.q}">
<label for="f-kommune">Kommune</label>
<select id="f-kommune" name="kommune"><option value="">Alle kommuner</option>${optionList(
    cat.municipalities.filter((m) => m.name).map((m) => ({ value: m.name, label: m.label })),
    p.kommune,
  )}</select>
<label for="f-udvalg">Udvalg</label>
<select id="f-udvalg" name="udvalg"><option value="">Alle udvalg</option>${optionList(
    committeeNames.map((n) => ({ value: n, label: n })),
    p.udvalg,
  )}</select>
<label for="f-fra">Fra dato</label>
<input id="f-fra" name="fra" type="text" inputmode="numeric" placeholder="fx 2021-01-01" value="${p.fra}">
<label for="f-til">Til dato</label>
<input id="f-til" name="til" type="text" inputmode="numeric" placeholder="fx 2021-12-31" value="${p.til}">
<label for="f-udfald">Beslutning</label>
<select id="f-udfald" name="udfald"><option value="">Alle</option>${optionList(
    Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label })),
    p.udfald,
  )}</select>
<label for="f-parti">Parti</label>
<input id="f-parti" name="parti" type="text" value="${p.parti}" placeholder="fx A, V, Ø">
<label for="f-person">Person</label>
<input id="f-person" name="person" type="text" value="${p.person}" autocomplete="name">
<label for="f-sag">Sagsnummer</label>
<input id="f-sag" name="sag" type="text" value="${p.sag}">
<p><button type="submit">Anvend filtre</button></p>
</form>
${
  r?.facets
    ? html`<h2>Fordeling</h2>
${facetList('Kommune', 'facet-kommune', r.facets.municipality.filter((x) => x.value), p, (x) => ({ kommune: x.value, udvalg: '' }), (x) => x.value.toLowerCase() === p.kommune.toLowerCase())}
${facetList('Udvalg', 'facet-udvalg', r.facets.committee, p, (x) => ({ udvalg: x.value, kommune: x.municipality ?? p.kommune }), (x) => x.value === p.udvalg)}
${facetList('År', 'facet-aar', r.facets.year, p, (x) => ({ fra: x.value, til: x.value }), (x) => p.fra === x.value && p.til === x.value)}
${facetList('Beslutning', 'facet-udfald', r.facets.outcome.filter((x) => x.value !== 'none'), p, (x) => ({ udfald: x.value }), (x) => x.value === p.udfald)}
${facetList('Parti', 'facet-parti', r.facets.party, p, (x) => ({ parti: x.value }), (x) => x.value === p.parti)}
${facetList('Person', 'facet-person', r.facets.person, p, (x) => ({ person: x.value }), (x) => x.value === p.person, 10)}
${facetList('Sag', 'facet-sag', r.facets.case.filter((x) => x.value).map((x) => ({ ...x, label: x.value })), p, (x) => ({ sag: x.value }), (x) => x.value === p.sag, 8)}`
    : ''
}
</aside>
<section aria-labelledby="resultater">
<h2 id="resultater">${r ? (r.total === 1 ? '1 punkt' : `${danishInt(r.total)} punkter`) : 'Resultater'}${r && searched && r.total > PAGE_SIZE ? html` <span class="meta">(side ${p.side} af ${danishInt(pages)})</span>` : ''}</h2>
${r && !searched ? html`<p class="meta">Alle punkter, nyeste først. Skriv et søgeord eller vælg et filter.</p>` : ''}
${r && r.total === 0 && searched ? html`<p>Ingen punkter passer til søgningen. Prøv færre eller andre ord, eller fjern et filter.</p>` : ''}
${
  r && r.hits.length
    ? html`<ol class="results" start="${(p.side - 1) * PAGE_SIZE + 1}">${r.hits.map((h) => {
        const ref = v.meetings.get(h.meetingId);
        const link = ref ? itemPath(cat, ref, h.number) : '#';
        return html`<li>
<h3><a href="${link}">${trusted(h.titleHtml)}</a></h3>
<p class="meta">${committeeLabel(h.committee)}, ${h.municipality || 'ukendt kommune'} · ${danishDate(h.date)} · punkt ${h.number}${h.caseNumber ? html` · sag ${h.caseNumber}` : ''} ${h.closed ? closedBadge() : outcomeBadge(h.outcome)}</p>
${h.closed ? '' : h.snippetHtml ? html`<p class="snippet">${trusted(h.snippetHtml)}</p>` : ''}
</li>`;
      })}</ol>`
    : ''
}
${r ? pagination(p.side, pages, (n) => `/sog${queryString(linkParams(p, { side: n }))}`, 'Søgeresultater, sider') : ''}
<p class="meta"><a href="${feedHref}">Abonnér på nye punkter i denne søgning (Atom)</a> · <a href="${jsonHref}">Resultaterne som JSON</a></p>
</section>
</div>`;
  return page({ title, section: 'search', crumbs: [{ label: 'Søg' }], body, noHeaderSearch: true, noindex: searched, feeds: [{ title: `Nye punkter: ${p.q || 'søgning'}`, href: feedHref, type: 'application/atom+xml' }] });
}
