/** The case page (its path through meetings and committees) and the person page. */
import type { Catalog, MunicipalityEntry } from '../catalog.js';
import { committeeLabel, ABSENCE_REASONS, CHOICE_LABELS, danishDate, KIND_LABELS, plural, roleLabel } from '../format.js';
import { type Html, html } from '../html.js';
import type { AppearanceRow, CaseRow, CaseVoteRow, PersonDetail, RouteRow } from '../queries.js';
import { committeePath, itemPath, meetingPath, municipalityPath, personPath } from '../urls.js';
import { outcomeBadge, page, scrollTable } from './layout.js';

function excerpt(text: string | null, max = 400): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  return t.slice(0, t.lastIndexOf(' ', max)) + ' …';
}

export function casePage(cat: Catalog, muni: MunicipalityEntry, c: CaseRow, appearances: AppearanceRow[], route: RouteRow[], votes: CaseVoteRow[]): Html {
  const committees = new Set(appearances.map((a) => a.meeting.committee_id));
  // Printed route steps that do not match a stored appearance (same body name and date).
  const seen = new Set(appearances.map((a) => `${(cat.committeeById.get(a.meeting.committee_id)?.name ?? '').toLowerCase()}|${a.meeting.date}`));
  const printed = new Map<string, RouteRow>();
  for (const s of route) {
    const k = `${s.body.toLowerCase()}|${s.date ?? ''}`;
    if (seen.has(k)) continue;
    if (!printed.has(k) || (s.decision && !printed.get(k)!.decision)) printed.set(k, s);
  }
  const body = html`<span class="kicker">Sag · ${muni.label}</span>
<h1>${c.title ?? `Sag ${c.number}`}</h1>
<dl class="facts">
<dt>Sagsnummer</dt><dd class="mono">${c.number}</dd>
<dt>Behandlet</dt><dd>${plural(appearances.length, 'gang', 'gange')} i ${plural(committees.size, 'udvalg', 'udvalg')}${c.first ? html`, ${danishDate(c.first)}${c.last && c.last !== c.first ? html` – ${danishDate(c.last)}` : ''}` : ''}</dd>
</dl>
<h2 id="forloeb">Sagens forløb</h2>
<ol class="timeline" aria-labelledby="forloeb">${appearances.map((a) => {
    const committee = cat.committeeById.get(a.meeting.committee_id);
    return html`<li><span class="when">${danishDate(a.meeting.date)} · <a href="${committeePath(cat, a.meeting.committee_id)}">${committeeLabel(committee?.name)}</a></span>
<a href="${itemPath(cat, a.meeting, a.number)}">Punkt ${a.number}: ${a.title}</a> ${outcomeBadge(a.outcome)}
<span class="meta">(${KIND_LABELS[a.kind]?.toLowerCase() ?? a.kind})</span>
${a.decision ? html`<p>${excerpt(a.decision)}</p>` : ''}</li>`;
  })}</ol>
${
  printed.size
    ? html`<h2 id="sagens-gang">Sagens gang ifølge dokumenterne</h2>
<p class="meta">Behandlinger, som dokumenterne nævner, men som ikke er indlæst her.</p>
<ol class="timeline">${[...printed.values()].map(
        (s) => html`<li class="printed"><span class="when">${s.body}${s.date ? html`, ${danishDate(s.date)}` : ''}${s.itemNumber ? html`, punkt ${s.itemNumber}` : ''}</span>${s.decision ? html`<span>${excerpt(s.decision)}</span>` : ''}</li>`,
      )}</ol>`
    : ''
}
${
  votes.length
    ? html`<h2 id="stemmer">Afstemninger i sagen</h2>
${scrollTable(
  'Afstemninger i sagen',
  html`<table><thead><tr><th scope="col">Politiker</th><th scope="col">Parti</th><th scope="col">Møde</th><th scope="col">Om</th><th scope="col">Stemme</th></tr></thead>
<tbody>${votes.map(
    (v) => html`<tr><th scope="row"><a href="${personPath(cat, v.personId)}">${v.name}</a></th><td>${v.party ?? ''}</td><td><a href="${itemPath(cat, v.meeting, v.number)}">${cat.committeeById.get(v.meeting.committee_id)?.name ?? ''}, ${danishDate(v.meeting.date)}</a></td><td>${v.option ?? 'Indstillingen'}</td><td>${CHOICE_LABELS[v.choice] ?? v.choice}</td></tr>`,
  )}</tbody></table>`,
)}`
    : ''
}
<p><a href="/sog?sag=${encodeURIComponent(c.number)}&amp;kommune=${encodeURIComponent(muni.name)}">Søg i sagens punkter</a></p>`;
  return page({
    title: `Sag ${c.number}${c.title ? `: ${c.title}` : ''}`,
    section: 'municipalities',
    crumbs: [{ label: 'Kommuner', href: '/kommuner' }, { label: muni.label, href: municipalityPath(cat, muni.id) }, { label: `Sag ${c.number}` }],
    body,
  });
}

export function personPage(cat: Catalog, muni: MunicipalityEntry, p: PersonDetail): Html {
  const attended = p.meetings.filter((x) => !x.absent).length;
  const missed = p.meetings.length - attended;
  const choiceCount = (c: string): number => p.votes.filter((v) => v.choice === c).length;
  const body = html`<span class="kicker">${muni.label}</span>
<h1>${p.name}${p.party ? html` <span class="meta">(${p.party})</span>` : ''}</h1>
${p.aliases.length ? html`<p class="meta">Også skrevet: ${p.aliases.join(', ')}</p>` : ''}
<ul class="stats">
<li><strong>${attended}</strong> møder deltaget</li>
<li><strong>${missed}</strong> møder fraværende</li>
<li><strong>${p.votes.length}</strong> navngivne stemmer${p.votes.length ? html` (${choiceCount('for')} for, ${choiceCount('against')} imod, ${choiceCount('abstain')} undlod)` : ''}</li>
</ul>
<h2 id="medlemskaber">Medlemskaber</h2>
${
  p.memberships.length
    ? scrollTable(
        'Medlemskaber',
        html`<table><thead><tr><th scope="col">Udvalg</th><th scope="col">Valgperiode</th><th scope="col">Rolle</th><th scope="col">Parti</th><th scope="col">Første møde</th><th scope="col">Seneste møde</th></tr></thead>
<tbody>${p.memberships.map((m) => {
          const c = cat.committeeById.get(m.committeeId);
          return html`<tr><td><a href="${committeePath(cat, m.committeeId)}">${c?.name || m.name}</a></td><td>${c?.term ?? ''}</td><td>${roleLabel(m.role)}</td><td>${m.party ?? ''}</td><td>${danishDate(m.first)}</td><td>${danishDate(m.last)}</td></tr>`;
        })}</tbody></table>`,
      )
    : html`<p>Ingen registrerede medlemskaber.</p>`
}
<h2 id="fremmoede">Fremmøde</h2>
${
  p.meetings.length
    ? scrollTable(
        'Fremmøde',
        html`<table><thead><tr><th scope="col">Dato</th><th scope="col">Møde</th><th scope="col">Rolle</th><th scope="col">Fremmøde</th></tr></thead>
<tbody>${p.meetings.map((x) => {
          const c = cat.committeeById.get(x.meeting.committee_id);
          return html`<tr><td>${danishDate(x.meeting.date)}</td><td><a href="${meetingPath(cat, x.meeting)}">${committeeLabel(c?.name)}</a></td><td>${roleLabel(x.role)}</td><td>${x.absent ? html`<span class="badge warn">Fraværende</span>` : 'Til stede'}${x.substituteFor ? html` (stedfortræder for ${x.substituteFor})` : ''}</td></tr>`;
        })}</tbody></table>`,
      )
    : html`<p>Ingen registreret mødedeltagelse.</p>`
}
${
  p.itemAbsences.length
    ? html`<h2 id="deltog-ikke">Deltog ikke i behandlingen af</h2>
<ul class="list">${p.itemAbsences.map(
        (a) => html`<li><a href="${itemPath(cat, a.meeting, a.number)}">${a.title}</a> <span class="meta">· ${danishDate(a.meeting.date)} · ${ABSENCE_REASONS[a.reason] ?? a.reason}</span></li>`,
      )}</ul>`
    : ''
}
<h2 id="stemmer">Stemmer</h2>
${
  p.votes.length
    ? scrollTable(
        'Stemmer',
        html`<table><thead><tr><th scope="col">Dato</th><th scope="col">Punkt</th><th scope="col">Om</th><th scope="col">Stemme</th></tr></thead>
<tbody>${p.votes.map(
          (v) => html`<tr><td>${danishDate(v.meeting.date)}</td><td><a href="${itemPath(cat, v.meeting, v.number)}">${v.title}</a></td><td>${v.option ?? 'Indstillingen'}</td><td>${CHOICE_LABELS[v.choice] ?? v.choice}</td></tr>`,
        )}</tbody></table>`,
      )
    : html`<p>Referaterne nævner ingen afstemninger med navn for ${p.name}.</p>`
}
<p><a href="/sog?person=${encodeURIComponent(p.name)}&amp;kommune=${encodeURIComponent(muni.name)}">Søg i punkter med ${p.name}</a></p>`;
  return page({
    title: `${p.name}${p.party ? ` (${p.party})` : ''}, ${muni.label}`,
    section: 'municipalities',
    crumbs: [
      { label: 'Kommuner', href: '/kommuner' },
      { label: muni.label, href: municipalityPath(cat, muni.id) },
      { label: 'Politikere', href: `${municipalityPath(cat, muni.id)}/personer` },
      { label: p.name },
    ],
    body,
  });
}

