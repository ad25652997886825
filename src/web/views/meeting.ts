/** The meeting page and the agenda item page. */
import type { ContentBlock, Section } from '../../model/index.js';
import type { Catalog, MunicipalityEntry } from '../catalog.js';
import {
  ABSENCE_REASONS,
  CHOICE_LABELS,
  danishDate,
  danishDateLong,
  danishTime,
  danishTimestamp,
  ITEM_KIND_LABELS,
  KIND_LABELS,
  outcomeLabel,
  roleLabel,
  VERSION_REASONS,
  committeeLabel,
} from '../format.js';
import { type Html, html } from '../html.js';
import type { AttendanceRow, DocumentRow, ItemDetail, ItemListRow, MeetingRow, VersionRow, VoteRow } from '../queries.js';
import { casePath, committeePath, itemPath, meetingPath, municipalityPath, personPath } from '../urls.js';
import { closedBadge, type Crumb, outcomeBadge, outcomeClass, page, partyTag, scrollTable } from './layout.js';

function meetingTitle(cat: Catalog, m: MeetingRow): string {
  const c = cat.committeeById.get(m.committee_id);
  return `${committeeLabel(c?.name)} ${danishDate(m.date)}`;
}

function meetingCrumbs(cat: Catalog, muni: MunicipalityEntry, m: MeetingRow, last: boolean): Crumb[] {
  const c = cat.committeeById.get(m.committee_id);
  const crumbs: Crumb[] = [
    { label: 'Kommuner', href: '/kommuner' },
    { label: muni.label, href: municipalityPath(cat, muni.id) },
    { label: committeeLabel(c?.name), href: committeePath(cat, m.committee_id) },
  ];
  crumbs.push(last ? { label: danishDate(m.date) } : { label: danishDate(m.date), href: meetingPath(cat, m) });
  return crumbs;
}

function place(m: MeetingRow): string {
  if (m.locations.length > 1) return m.locations.join(' · ');
  return m.location ?? '';
}

function documentLine(d: DocumentRow): Html {
  return html`<span class="mono">${d.fileName}</span> <span class="meta">(${d.format.toUpperCase()}, ${KIND_LABELS[d.kind]?.toLowerCase() ?? d.kind}, indlæst ${danishTimestamp(d.importedAt)})</span>`;
}

export function meetingPage(
  cat: Catalog,
  muni: MunicipalityEntry,
  m: MeetingRow,
  items: ItemListRow[],
  attendance: AttendanceRow[],
  versions: VersionRow[],
  alternates: DocumentRow[],
  oparlUrl: string,
): Html {
  const committee = cat.committeeById.get(m.committee_id);
  const kind = KIND_LABELS[m.kind] ?? m.kind;
  const present = attendance.filter((a) => !a.absent);
  const absent = attendance.filter((a) => a.absent);
  const current = versions.find((v) => v.version === m.version) ?? versions[0];
  const time = m.start_time ? `${danishTime(m.start_time)}${m.end_time ? `–${m.end_time.replace(':', '.')}` : ''}` : '';
  const body = html`<span class="kicker">${kind} · ${muni.label}</span>
<h1>${committeeLabel(committee?.name)} <span class="meta">${danishDate(m.date)}</span></h1>
<dl class="facts">
<dt>Dato</dt><dd>${danishDateLong(m.date)}${time ? html`, ${time}` : ''}</dd>
${place(m) ? html`<dt>Sted</dt><dd>${place(m)}</dd>` : ''}
<dt>Udvalg</dt><dd><a href="${committeePath(cat, m.committee_id)}">${committeeLabel(committee?.name)}</a>${committee?.term ? html`, valgperiode ${committee.term}` : ''}</dd>
<dt>Dokument</dt><dd>${kind}${m.version > 1 ? html`, version ${m.version}` : ''}</dd>
</dl>
<h2 id="dagsorden">Dagsorden</h2>
${
  items.length
    ? html`<ol class="toc" aria-labelledby="dagsorden">${items.map(
        (it) => html`<li><span class="no">${it.number}.</span>
<span><a href="${itemPath(cat, m, it.number)}">${it.title}</a>${!it.closed && it.caseNumber ? html`<br><span class="meta">Sag ${it.caseNumber}</span>` : ''}</span>
<span class="aside">${it.closed ? closedBadge() : outcomeBadge(it.outcome)}</span></li>`,
      )}</ol>`
    : html`<p>Mødet har ingen punkter i det indlæste dokument.</p>`
}
<h2 id="deltagere">Deltagere</h2>
${
  attendance.length
    ? html`<div class="cols">
<section aria-labelledby="til-stede"><h3 id="til-stede">Til stede (${present.length})</h3>
<ul class="list">${present.map((a) => participant(cat, a))}</ul></section>
<section aria-labelledby="fravaerende"><h3 id="fravaerende">Fraværende (${absent.length})</h3>
${absent.length ? html`<ul class="list">${absent.map((a) => participant(cat, a))}</ul>` : html`<p>Ingen fravær noteret.</p>`}</section>
</div>`
    : html`<p>Dokumentet oplyser ikke deltagerne.</p>`
}
<h2 id="kilde">Kildedokument</h2>
${current ? html`<p>${documentLine(current.document)}</p><p><a href="/oparl/v1/file/d${current.document.id}/content">Dokumentets offentlige indhold som JSON</a></p>` : ''}
<p class="meta">Offentliggjorte referater er et offentligt dokument: en rettelse bliver en ny, synlig version. Lukkede punkter gengives kun med nummer og titel.</p>
${
  versions.length > 1
    ? scrollTable(
        'Versioner',
        html`<table><caption>Versioner af ${kind.toLowerCase()}et</caption>
<thead><tr><th scope="col" class="num">Version</th><th scope="col">Hvorfor</th><th scope="col">Gyldig fra</th><th scope="col">Kilde</th></tr></thead>
<tbody>${versions.map(
          (v) => html`<tr><td class="num">${v.version}</td><td>${VERSION_REASONS[v.reason] ?? v.reason}${v.version === m.version ? ' (gældende)' : ''}</td><td>${danishTimestamp(v.validFrom)}</td><td>${documentLine(v.document)}</td></tr>`,
        )}</tbody></table>`,
      )
    : ''
}
${alternates.length ? html`<h3>Andre udgaver af samme møde</h3><ul>${alternates.map((d) => html`<li>${documentLine(d)}</li>`)}</ul>` : ''}
<p><a href="${oparlUrl}">Mødet som åbne data (OParl JSON)</a></p>`;
  return page({
    title: `${kind}: ${meetingTitle(cat, m)}, ${muni.label}`,
    section: 'municipalities',
    crumbs: meetingCrumbs(cat, muni, m, true),
    body,
  });
}

function participant(cat: Catalog, a: AttendanceRow): Html {
  return html`<li><a href="${personPath(cat, a.personId)}">${a.name}</a>${partyTag(a.party)}${a.role ? html` <span class="meta">${roleLabel(a.role)}</span>` : ''}${
    a.absent ? html` <span class="badge warn">Fraværende</span>` : ''
  }${a.substituteFor ? html` <span class="meta">(stedfortræder for ${a.substituteFor})</span>` : ''}</li>`;
}

// --- Content blocks --------------------------------------------------------------------------------

/**
 * Text of a table cell as shown: some sources keep inline HTML in cells (Markdown pipe tables with
 * <b>, <i>, <br>, <ul><li>); show line breaks and bullets, drop the other tags. The result is
 * escaped like any text, so nothing in it can become markup.
 */
export function cellText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/?(?:b|i|u|em|strong|ul|ol|li|p|span|sup|sub|small|font|div)\b[^>]*>/gi, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function tableBlock(rows: ContentBlock & { type: 'table' }, caption: string): Html {
  const all = rows.rows.filter((r) => r.length > 0);
  if (!all.length) return html``;
  const width = Math.max(...all.map((r) => r.length));
  // The first row is a header when it holds no numbers and a later row does, or when its cells are short labels.
  const first = all[0]!;
  const firstHasNumber = first.some((c) => c.number);
  const laterHasNumber = all.slice(1).some((r) => r.some((c) => c.number));
  const header = all.length > 1 && !firstHasNumber && (laterHasNumber || first.every((c) => c.text.length <= 40));
  const body = header ? all.slice(1) : all;
  const cell = (c: { text: string; number?: unknown } | undefined, i: number): Html => {
    const text = cellText(c?.text ?? '');
    if (i === 0 && header) return html`<th scope="row">${text}</th>`;
    return c?.number ? html`<td class="num">${text}</td>` : html`<td>${text}</td>`;
  };
  const pad = (r: typeof first): (typeof first)[number][] => [...r, ...Array.from({ length: width - r.length }, () => ({ text: '' }))];
  return scrollTable(
    caption,
    html`<table>${
      header ? html`<thead><tr>${pad(first).map((c) => html`<th scope="col">${cellText(c.text)}</th>`)}</tr></thead>` : ''
    }<tbody>${body.map((r) => html`<tr>${pad(r).map((c, i) => cell(c, i))}</tr>`)}</tbody></table>`,
  );
}

function blocks(list: ContentBlock[], sectionHeading: string): Html {
  let tables = 0;
  return html`${list.map((b) => {
    switch (b.type) {
      case 'paragraph':
        return html`<p>${b.text}</p>`;
      case 'heading':
        return html`<h4>${b.text}</h4>`;
      case 'list':
        return b.ordered ? html`<ol>${b.items.map((i) => html`<li>${i}</li>`)}</ol>` : html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
      case 'table':
        tables++;
        return tableBlock(b, `Tabel ${tables} i ${sectionHeading}`);
      default:
        return '';
    }
  })}`;
}

function sectionHtml(s: Section, i: number): Html {
  const id = `afsnit-${i + 1}`;
  return html`<div class="section-block prose"><h3 id="${id}">${s.heading || 'Uden overskrift'}</h3>${blocks(s.blocks, s.heading || 'afsnittet')}</div>`;
}

// --- Votes -----------------------------------------------------------------------------------------

interface OptionVotes {
  option: string | null;
  byParty: Map<string, Map<string, VoteRow[]>>;
  parties: Map<string, string[]>;
}

function voteTables(cat: Catalog, item: ItemDetail): Html {
  const options = new Map<number, OptionVotes>();
  const get = (seq: number, option: string | null): OptionVotes => {
    let o = options.get(seq);
    if (!o) options.set(seq, (o = { option, byParty: new Map(), parties: new Map() }));
    return o;
  };
  for (const v of item.votes) {
    const o = get(v.optionSeq, v.option);
    const party = v.party ?? '';
    const byChoice = o.byParty.get(party) ?? new Map<string, VoteRow[]>();
    const list = byChoice.get(v.choice) ?? [];
    list.push(v);
    byChoice.set(v.choice, list);
    o.byParty.set(party, byChoice);
  }
  for (const v of item.voteParties) {
    const o = get(v.optionSeq, v.option);
    const list = o.parties.get(v.party) ?? [];
    list.push(v.choice);
    o.parties.set(v.party, list);
  }
  if (!options.size) return html``;
  const choices = ['for', 'against', 'abstain', 'reservation'];
  return html`<h2 id="afstemning">Afstemning</h2>
${[...options.entries()].map(([seq, o]) => {
  const partyKeys = [...new Set([...o.byParty.keys(), ...o.parties.keys()])].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'da')));
  const used = choices.filter((c) => [...o.byParty.values()].some((m) => m.has(c)) || [...o.parties.values()].some((l) => l.includes(c)));
  const totals = used.map((c) => [...o.byParty.values()].reduce((n, m) => n + (m.get(c)?.length ?? 0), 0));
  const caption = o.option ? `Afstemning om ${o.option}` : options.size > 1 ? `Afstemning ${seq + 1}` : 'Afstemning om indstillingen';
  return scrollTable(
    caption,
    html`<table><caption>${caption}</caption>
<thead><tr><th scope="col">Parti</th>${used.map((c) => html`<th scope="col">${CHOICE_LABELS[c] ?? c}</th>`)}</tr></thead>
<tbody>${partyKeys.map((p) => {
      const byChoice = o.byParty.get(p);
      const partyChoices = o.parties.get(p) ?? [];
      return html`<tr><th scope="row">${p || 'Uden parti'}</th>${used.map((c) => {
        const names = byChoice?.get(c) ?? [];
        const whole = partyChoices.includes(c);
        return html`<td>${names.map((v, i) => html`${i ? ', ' : ''}<a href="${personPath(cat, v.personId)}">${v.name}</a>`)}${whole ? html`${names.length ? ', ' : ''}<em>hele partiet</em>` : ''}</td>`;
      })}</tr>`;
    })}</tbody>
<tfoot><tr><th scope="row">Antal navngivne</th>${totals.map((n) => html`<td class="num">${n}</td>`)}</tr></tfoot>
</table>`,
  );
})}`;
}

// --- Item page -------------------------------------------------------------------------------------

export function itemPage(cat: Catalog, muni: MunicipalityEntry, m: MeetingRow, item: ItemDetail, oparlUrl: string): Html {
  const committee = cat.committeeById.get(m.committee_id);
  const crumbs = [...meetingCrumbs(cat, muni, m, false), { label: `Punkt ${item.number}` }];
  const pager = html`<nav class="pager" aria-label="Andre punkter på mødet">
<span>${item.previous ? html`<a href="${itemPath(cat, m, item.previous.number)}" rel="prev">← Punkt ${item.previous.number}: ${item.previous.title}</a>` : ''}</span>
<span><a href="${meetingPath(cat, m)}">Hele dagsordenen</a></span>
<span>${item.next ? html`<a href="${itemPath(cat, m, item.next.number)}" rel="next">Punkt ${item.next.number}: ${item.next.title} →</a>` : ''}</span>
</nav>`;
  const kicker = html`<span class="kicker">Punkt ${item.number} · ${committeeLabel(committee?.name)} · ${danishDate(m.date)}</span>`;
  if (item.closed) {
    return page({
      title: `Punkt ${item.number}: ${item.title} (lukket punkt)`,
      section: 'municipalities',
      crumbs,
      body: html`${kicker}
<h1>${item.title}</h1>
<div class="closed-note"><p><strong>Lukket punkt.</strong> Punktet blev behandlet for lukkede døre. Kun nummer og titel er offentlige.</p></div>
${pager}`,
    });
  }
  const decisionSection = item.sections.findIndex((s) => s.kind === 'decision');
  const body = html`${kicker}
<h1>${item.title}</h1>
<dl class="facts">
<dt>Møde</dt><dd><a href="${meetingPath(cat, m)}">${committeeLabel(committee?.name)}, ${danishDateLong(m.date)}</a> (${KIND_LABELS[m.kind]?.toLowerCase() ?? m.kind})</dd>
${item.caseNumber ? html`<dt>Sag</dt><dd><a href="${casePath(cat, m.municipality_id, item.caseNumber)}">${item.caseNumber}</a>${item.appearances.length ? html` · behandlet ${item.appearances.length + 1} gange` : ''}</dd>` : ''}
${item.kind ? html`<dt>Sagstype</dt><dd>${ITEM_KIND_LABELS[item.kind] ?? item.kind}</dd>` : ''}
</dl>
${
  item.decision || item.outcome
    ? html`<section class="decision ${outcomeClass(item.outcome)} ${item.outcome ?? ''}" aria-labelledby="beslutning">
<h2 id="beslutning">Beslutning</h2>
${item.outcome ? html`<p class="outcome">${outcomeLabel(item.outcome)}</p>` : ''}
${item.decision ? item.decision.split('\n').filter((l) => l.trim()).map((l) => html`<p>${l}</p>`) : ''}
${decisionSection >= 0 && item.sections[decisionSection]!.heading.toLowerCase() !== 'beslutning' ? html`<p class="meta">${item.sections[decisionSection]!.heading}</p>` : ''}
</section>`
    : m.kind === 'agenda'
      ? html`<p class="closed-note">Dette er dagsordenen: beslutningen kommer med referatet.</p>`
      : ''
}
${
  item.recommendation
    ? html`<section class="recommendation" aria-labelledby="indstilling">
<h2 id="indstilling">Indstilling</h2>
${item.recommendation.by ? html`<p>${item.recommendation.by} indstiller,</p>` : ''}
${
  item.recommendation.clauses.length
    ? html`<ol>${item.recommendation.clauses.map((c) => html`<li${c.label && /^\d+$/.test(c.label) ? html` value="${c.label}"` : ''}>${c.text}</li>`)}</ol>`
    : item.recommendation.text.split('\n').filter((l) => l.trim()).map((l) => html`<p>${l}</p>`)
}
</section>`
    : ''
}
${voteTables(cat, item)}
${
  item.absences.length
    ? html`<h2 id="deltog-ikke">Deltog ikke i behandlingen</h2>
<ul>${item.absences.map(
        (a) => html`<li><a href="${personPath(cat, a.personId)}">${a.name}</a>${partyTag(a.party)} – ${ABSENCE_REASONS[a.reason] ?? a.reason}<br><span class="meta">${a.text}</span></li>`,
      )}</ul>`
    : ''
}
${item.guests.length ? html`<h2 id="gaester">Deltagere under punktet</h2><ul>${item.guests.map((g) => html`<li>${g}</li>`)}</ul>` : ''}
${item.sections.length ? html`<h2 id="sagen">Sagen</h2>${item.sections.map((s, i) => sectionHtml(s, i))}` : ''}
${
  item.route.length
    ? html`<h2 id="sagens-gang">Sagens gang</h2>
<ol class="timeline">${item.route.map(
        (s) => html`<li class="printed"><span class="when">${s.body}${s.date ? html`, ${danishDate(s.date)}` : ''}${s.itemNumber ? html`, punkt ${s.itemNumber}` : ''}</span>${s.decision ? html`<span>${s.decision}</span>` : ''}</li>`,
      )}</ol>`
    : ''
}
${
  item.attachments.length
    ? html`<h2 id="bilag">Bilag</h2>
<ol>${item.attachments.map((a) => html`<li id="bilag-${a.seq + 1}">${a.href && /^https?:\/\//i.test(a.href) ? html`<a href="${a.href}" rel="noopener">${a.title}</a>` : a.title}</li>`)}</ol>`
    : ''
}
${
  item.appearances.length
    ? html`<h2 id="andre-behandlinger">Sagen er også behandlet</h2>
<ul class="list">${item.appearances.map((a) => {
        const c = cat.committeeById.get(a.meeting.committee_id);
        return html`<li><a href="${itemPath(cat, a.meeting, a.number)}">${committeeLabel(c?.name)}, ${danishDate(a.meeting.date)}, punkt ${a.number}</a> ${outcomeBadge(a.outcome)}<br><span class="meta">${a.title}</span></li>`;
      })}</ul>
${item.caseNumber ? html`<p><a href="${casePath(cat, m.municipality_id, item.caseNumber)}">Se hele sagens forløb</a></p>` : ''}`
    : ''
}
<p><a href="${oparlUrl}">Punktet som åbne data (OParl JSON)</a></p>
${pager}`;
  return page({ title: `Punkt ${item.number}: ${item.title}, ${committee?.name ?? ''} ${danishDate(m.date)}`, section: 'municipalities', crumbs, body });
}
