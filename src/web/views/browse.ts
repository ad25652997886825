/** Front page, municipality list, municipality, committee and the persons of a municipality. */
import type { Catalog, CommitteeEntry, MunicipalityEntry, PersonEntry } from '../catalog.js';
import { committeeLabel, danishDate, danishDateLong, danishInt, danishTime, KIND_LABELS, plural, roleLabel } from '../format.js';
import { type Html, html } from '../html.js';
import type { CommitteeStats, DecisionRow, MeetingListRow, MemberRow, Totals } from '../queries.js';
import { committeePath, itemPath, meetingPath, municipalityPath, personPath } from '../urls.js';
import { outcomeBadge, page, partyTag, scrollTable } from './layout.js';

function meetingLine(cat: Catalog, m: MeetingListRow, withMunicipality: boolean): Html {
  const committee = cat.committeeById.get(m.committee_id);
  const muni = cat.municipalityById.get(m.municipality_id);
  return html`<li>
<a href="${meetingPath(cat, m)}">${committeeLabel(committee?.name)}</a>
<span class="meta">· ${danishDate(m.date)}${withMunicipality ? html` · ${muni?.label}` : ''}</span><br>
<span class="meta">${KIND_LABELS[m.kind] ?? m.kind}, ${plural(m.items, 'punkt', 'punkter')}</span>
</li>`;
}

function decisionLine(cat: Catalog, d: DecisionRow): Html {
  const committee = cat.committeeById.get(d.meeting.committee_id);
  const muni = cat.municipalityById.get(d.meeting.municipality_id);
  const text = (d.decision ?? '').replace(/\s+/g, ' ').trim();
  const short = text.length > 160 ? text.slice(0, text.lastIndexOf(' ', 160)) + ' …' : text;
  return html`<li>
<a href="${itemPath(cat, d.meeting, d.number)}">${d.title}</a> ${outcomeBadge(d.outcome)}<br>
<span class="meta">${committee?.name}, ${muni?.label} · ${danishDate(d.meeting.date)}</span>
${short ? html`<br><span>${short}</span>` : ''}
</li>`;
}

/** The committees of a municipality, each once (its newest term), by name. */
function latestTerms(list: readonly CommitteeEntry[]): CommitteeEntry[] {
  const bySlug = new Map<string, CommitteeEntry>();
  for (const c of list) {
    const prev = bySlug.get(c.slug);
    if (!prev || c.term > prev.term) bySlug.set(c.slug, c);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export function frontPage(cat: Catalog, t: Totals, meetings: MeetingListRow[], decisions: DecisionRow[]): Html {
  const body = html`
<div class="hero">
<h1>Find beslutninger fra kommunernes udvalg</h1>
<p class="lead">Søg i dagsordener og referater, følg en sag gennem udvalgene, og se hvordan politikerne stemte.</p>
<form class="bigsearch" role="search" aria-label="Søg i referaterne" action="/sog" method="get">
<label for="q">Hvad leder du efter?</label>
<input id="q" name="q" type="search" placeholder="Fx stofbehandling, skolestruktur, budget 2021" autocomplete="off">
<button type="submit">Søg</button>
</form>
<p class="hint">Brug anførselstegn for en frase, fx <code>"flere i fleksjob"</code>, og minus for at udelade et ord, fx <code>budget -anlæg</code>.</p>
<ul class="stats" aria-label="Indhold">
<li><strong>${danishInt(t.municipalities)}</strong> ${t.municipalities === 1 ? 'kommune' : 'kommuner'}</li>
<li><strong>${danishInt(t.meetings)}</strong> møder</li>
<li><strong>${danishInt(t.items)}</strong> dagsordenspunkter</li>
<li><strong>${danishInt(t.cases)}</strong> sager</li>
</ul>
</div>
<div class="cols">
<section aria-labelledby="seneste-moeder">
<h2 id="seneste-moeder">Seneste møder</h2>
${meetings.length ? html`<ul class="list">${meetings.map((m) => meetingLine(cat, m, true))}</ul>` : html`<p>Der er endnu ikke indlæst nogen møder.</p>`}
</section>
<section aria-labelledby="seneste-beslutninger">
<h2 id="seneste-beslutninger">Seneste beslutninger</h2>
${decisions.length ? html`<ul class="list">${decisions.map((d) => decisionLine(cat, d))}</ul>` : html`<p>Ingen beslutninger endnu.</p>`}
</section>
</div>
<section aria-labelledby="kommuner">
<h2 id="kommuner">Kommuner og udvalg</h2>
${municipalityCards(cat, 3)}
</section>`;
  return page({
    title: 'Forside',
    section: 'front',
    body,
    noHeaderSearch: true,
    description: 'Søg i kommunernes dagsordener og referater, følg sager og se hvordan politikerne stemte.',
  });
}

function municipalityCards(cat: Catalog, level: 2 | 3): Html {
  if (!cat.municipalities.length) return html`<p>Ingen kommuner endnu.</p>`;
  return html`<ul class="cards cols">${cat.municipalities.map((m) => {
    const committees = latestTerms(cat.committeesByMunicipality.get(m.id) ?? []);
    return html`<li class="card">
${level === 2 ? html`<h2 class="card-title"><a href="${municipalityPath(cat, m.id)}">${m.label}</a></h2>` : html`<h3><a href="${municipalityPath(cat, m.id)}">${m.label}</a></h3>`}
<ul>${committees.slice(0, 8).map((c) => html`<li><a href="${committeePath(cat, c.id)}">${committeeLabel(c.name)}</a></li>`)}</ul>
${committees.length > 8 ? html`<p><a href="${municipalityPath(cat, m.id)}">Alle ${committees.length} udvalg i ${m.label}</a></p>` : ''}
</li>`;
  })}</ul>`;
}

export function municipalitiesPage(cat: Catalog): Html {
  return page({
    title: 'Kommuner',
    section: 'municipalities',
    crumbs: [{ label: 'Kommuner' }],
    body: html`<h1>Kommuner</h1>
<p class="lead">Vælg en kommune for at se dens udvalg, møder og politikere.</p>
${municipalityCards(cat, 2)}`,
  });
}

export function municipalityPage(
  cat: Catalog,
  m: MunicipalityEntry,
  stats: Map<number, CommitteeStats>,
  meetings: MeetingListRow[],
  decisions: DecisionRow[],
): Html {
  const committees = cat.committeesByMunicipality.get(m.id) ?? [];
  const terms = [...new Set(committees.map((c) => c.term))].sort().reverse();
  const persons = cat.personsByMunicipality.get(m.id) ?? [];
  const body = html`<span class="kicker">Kommune</span>
<h1>${m.label}</h1>
<p class="lead">${plural(committees.length, 'udvalg', 'udvalg')} i ${plural(terms.length, 'valgperiode', 'valgperioder')} · <a href="${municipalityPath(cat, m.id)}/personer">${plural(persons.length, 'politiker og deltager', 'politikere og deltagere')}</a></p>
<form class="bigsearch" role="search" aria-label="Søg i ${m.label}" action="/sog" method="get">
<label for="q-muni">Søg i ${m.label}s referater</label>
<input id="q-muni" name="q" type="search" autocomplete="off">
<input type="hidden" name="kommune" value="${m.name}">
<button type="submit">Søg</button>
</form>
<h2>Udvalg</h2>
${terms.map((term) => {
  const list = committees.filter((c) => c.term === term).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return html`<h3>Valgperiode ${term}</h3>
<ul class="list">${list.map((c) => {
    const s = stats.get(c.id);
    return html`<li><a href="${committeePath(cat, c.id)}">${committeeLabel(c.name)}</a>
<span class="meta">· ${plural(s?.meetings ?? 0, 'møde', 'møder')}${s?.first ? html`, ${danishDate(s.first)}${s.last && s.last !== s.first ? html` – ${danishDate(s.last)}` : ''}` : ''}</span></li>`;
  })}</ul>`;
})}
<div class="cols">
<section aria-labelledby="seneste-moeder">
<h2 id="seneste-moeder">Seneste møder</h2>
<ul class="list">${meetings.map((x) => meetingLine(cat, x, false))}</ul>
</section>
<section aria-labelledby="seneste-beslutninger">
<h2 id="seneste-beslutninger">Seneste beslutninger</h2>
${decisions.length ? html`<ul class="list">${decisions.map((d) => decisionLine(cat, d))}</ul>` : html`<p>Ingen beslutninger endnu.</p>`}
</section>
</div>`;
  return page({ title: m.label, section: 'municipalities', crumbs: [{ label: 'Kommuner', href: '/kommuner' }, { label: m.label }], body });
}

export function committeePage(
  cat: Catalog,
  m: MunicipalityEntry,
  terms: CommitteeEntry[],
  meetings: MeetingListRow[],
  members: MemberRow[],
  feeds: { atom: string; ical: string },
): Html {
  const name = committeeLabel(terms[0]?.name);
  const years = new Map<string, MeetingListRow[]>();
  for (const x of meetings) {
    const y = x.date.slice(0, 4);
    const list = years.get(y) ?? [];
    list.push(x);
    years.set(y, list);
  }
  const body = html`<span class="kicker">${m.label}</span>
<h1>${name}</h1>
<p class="lead">${plural(meetings.length, 'møde', 'møder')} · valgperiode ${terms.map((t) => t.term).join(', ')}</p>
<p><a href="${feeds.atom}">Abonnér på nye referater (Atom)</a> · <a href="${feeds.ical}">Mødekalender (iCalendar)</a> · <a href="/sog?kommune=${encodeURIComponent(m.name)}&amp;udvalg=${encodeURIComponent(terms[0]?.name ?? '')}">Søg i udvalgets punkter</a></p>
<div class="search-layout">
<div>
<h2>Medlemmer</h2>
${terms.map((t) => {
  const list = members.filter((x) => x.committeeId === t.id);
  if (!list.length) return '';
  return html`${terms.length > 1 ? html`<h3>${t.term}</h3>` : ''}
<ul class="list">${list.map((x) => html`<li><a href="${personPath(cat, x.personId)}">${x.name}</a>${partyTag(x.party)}${x.role ? html` <span class="meta">${roleLabel(x.role)}</span>` : ''}</li>`)}</ul>`;
})}
</div>
<div>
<h2>Møder</h2>
${[...years].map(
  ([year, list]) => html`<h3>${year}</h3>
${scrollTable(
  `Møder i ${year}`,
  html`<table>
<thead><tr><th scope="col">Dato</th><th scope="col">Tid</th><th scope="col">Dokument</th><th scope="col" class="num">Punkter</th></tr></thead>
<tbody>${list.map(
    (x) => html`<tr><td><a href="${meetingPath(cat, x)}">${danishDateLong(x.date)}</a></td><td>${danishTime(x.start_time)}</td><td>${KIND_LABELS[x.kind] ?? x.kind}</td><td class="num">${x.items}</td></tr>`,
  )}</tbody>
</table>`,
)}`,
)}
</div>
</div>`;
  return page({
    title: `${name}, ${m.label}`,
    section: 'municipalities',
    crumbs: [{ label: 'Kommuner', href: '/kommuner' }, { label: m.label, href: municipalityPath(cat, m.id) }, { label: name }],
    body,
    feeds: [
      { title: `Nye referater: ${name}`, href: feeds.atom, type: 'application/atom+xml' },
      { title: `Mødekalender: ${name}`, href: feeds.ical, type: 'text/calendar' },
    ],
  });
}

export function personsPage(cat: Catalog, m: MunicipalityEntry, persons: PersonEntry[]): Html {
  const byParty = new Map<string, PersonEntry[]>();
  for (const p of persons) {
    const k = p.party ?? '';
    const list = byParty.get(k) ?? [];
    list.push(p);
    byParty.set(k, list);
  }
  const parties = [...byParty.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'da')));
  const body = html`<span class="kicker">${m.label}</span>
<h1>Politikere og mødedeltagere</h1>
<p class="lead">Alle personer, der er nævnt som deltagere, i afstemninger eller ved fravær i ${m.label}s referater.</p>
<div class="cols">${parties.map(
    (p) => html`<section aria-label="${p ? `Parti ${p}` : 'Uden parti'}"><h2>${p ? html`Parti ${p}` : 'Uden oplyst parti'}</h2>
<ul class="list">${byParty.get(p)!.map((x) => html`<li><a href="${personPath(cat, x.id)}">${x.name}</a></li>`)}</ul></section>`,
  )}</div>`;
  return page({
    title: `Politikere, ${m.label}`,
    section: 'municipalities',
    crumbs: [{ label: 'Kommuner', href: '/kommuner' }, { label: m.label, href: municipalityPath(cat, m.id) }, { label: 'Politikere' }],
    body,
  });
}
