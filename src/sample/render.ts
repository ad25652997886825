/**
 * Prints a planned meeting in one of the layouts and records, as it prints, the structure a perfect
 * parser would recover (the truth, a MeetingDocument). Noise (page breaks, page headers, junk lines)
 * goes into the text only; the truth is the mended document.
 */
import type {
  AgendaItem,
  ContentBlock,
  DocumentKind,
  MeetingDocument,
  Participant,
  RouteStep,
  Section,
  SectionKind,
  TableCell,
} from '../model/index.js';
import { bareItem } from '../model/agenda-item.js';
import type { ItemPlan } from './content.js';
import { recommendationClauses, recommendationLines } from './content.js';
import { type Day, dmyDash, dmyDot, isoDate, longDate, longDatePadded, weekdayName } from './danish.js';
import type { Rng } from './prng.js';
import type { Body, Member, Municipality, Term } from './world.js';

export interface PrintedParticipant {
  member: Member;
  absent: boolean;
  substituteFor?: string;
}

export interface MeetingPlan {
  m: Municipality;
  body: Body;
  term: Term;
  day: Day;
  kind: DocumentKind;
  startTime: string;
  endTime: string;
  location: string;
  locations: string[];
  participants: PrintedParticipant[];
  items: ItemPlan[];
  fileName: string;
  /** 0 = clean text; 1 = the usual amount of page breaks, page headers and junk. */
  noise: number;
}

export interface Rendered {
  text: string;
  truth: MeetingDocument;
}

// ---------------------------------------------------------------------------------------------

type Style = 'plain' | 'markdown' | 'pdftext';

/** Accumulates the printed text. */
class Out {
  private s = '';
  size = 0;
  /** Lines since the last page break (pdftext). */
  pageLines = 0;
  page = 1;

  add(s: string): void {
    this.s += s;
    this.size += s.length;
  }

  text(): string {
    return this.s;
  }
}

const stripTags = (s: string): string => s.replace(/<br\s*\/?>/g, ' ').replace(/<\/?[a-z]+>/g, '').replace(/\s+/g, ' ').trim();

/** Greedy word wrap; breaks only at spaces. */
function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const w of words) {
    if (lineHasWord && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line += (lineHasWord ? ' ' : '') + w;
    }
    lineHasWord = true;
  }
  if (lineHasWord) lines.push(line);
  return lines;
}

class Printer {
  readonly out = new Out();
  readonly style: Style;
  /** Running page header for pdftext. */
  pageHeader: string | null = null;

  constructor(
    readonly plan: MeetingPlan,
    readonly rng: Rng,
  ) {
    this.style = plan.m.layout === 'odense-md' ? 'markdown' : plan.m.layout === 'ballerup' ? 'pdftext' : 'plain';
  }

  /** A raw chunk of lines followed by a blank line. */
  lines(lines: string[]): void {
    if (this.style === 'pdftext') {
      for (const l of lines) {
        this.maybePageBreak();
        this.out.add(l + '\n');
        this.out.pageLines++;
      }
      this.out.add('\n');
      this.out.pageLines++;
      return;
    }
    this.out.add(lines.join('\n') + '\n\n');
  }

  line(s: string): void {
    if (this.style === 'pdftext') this.lines([s]);
    else this.out.add(s + '\n\n');
  }

  private maybePageBreak(): void {
    if (!this.pageHeader || this.out.pageLines < 48) return;
    this.out.page++;
    this.out.pageLines = 0;
    this.out.add(`\f${this.pageHeader.replace('{PAGE}', String(this.out.page))}\n\n\n`);
    this.out.pageLines += 8;
  }

  heading(text: string, level: number, bold = false): void {
    if (this.style === 'markdown') {
      const b = bold ? `**${text}**` : text;
      this.line(`${'#'.repeat(Math.max(1, Math.min(6, level)))} ${b}`);
    } else {
      this.line(text);
    }
  }

  paragraph(text: string, boldLead?: string): void {
    if (this.style === 'markdown') {
      if (boldLead && text.startsWith(boldLead)) text = `**${boldLead}**${text.slice(boldLead.length)}`;
      this.line(text);
      return;
    }
    if (this.style === 'pdftext') {
      this.lines(wrap(text, 80));
      return;
    }
    // A page break that splits a paragraph before a lower-case word: text extracted from PDF.
    if (this.plan.noise > 0 && text.length > 160 && this.rng.chance(0.04 * this.plan.noise)) {
      const words = text.split(' ');
      const at = words.findIndex((w, i) => i > words.length / 3 && /^[a-zæøå]/.test(w));
      if (at > 0) {
        this.out.add(words.slice(0, at).join(' ') + '\n\n' + words.slice(at).join(' ') + '\n\n');
        return;
      }
    }
    this.line(text);
  }

  list(items: string[], ordered: boolean): void {
    const marks = items.map((_, i) => (ordered ? `${i + 1}. ` : '- '));
    if (this.style === 'pdftext') {
      const lines: string[] = [];
      items.forEach((it, i) => lines.push(...wrap(it, 80, '   ', marks[i]!)));
      this.lines(lines);
      return;
    }
    this.lines(items.map((it, i) => marks[i] + it));
  }

  table(rows: TableCell[][]): void {
    if (this.style === 'markdown') {
      const cols = Math.max(...rows.map((r) => r.length));
      const cellText = (c: TableCell | undefined, ri: number, ci: number): string => {
        const t = c?.text ?? '';
        if (ci === 0 && t === 'I alt' && this.rng.chance(0.5)) return `<b>${t}</b>`;
        if (ri === 0 && this.rng.chance(0.2)) return `<b>${t}</b>`;
        return t;
      };
      const out = rows.map((r, ri) => `| ${Array.from({ length: cols }, (_, ci) => cellText(r[ci], ri, ci)).join(' | ')} |`);
      out.splice(1, 0, `|${Array.from({ length: cols }, () => '---').join('|')}|`);
      this.lines(out);
      return;
    }
    if (this.style === 'pdftext') {
      const cols = Math.max(...rows.map((r) => r.length));
      const widths = Array.from({ length: cols }, (_, ci) => Math.max(...rows.map((r) => (r[ci]?.text ?? '').length)));
      this.lines(
        rows.map((r) =>
          r
            .map((c, ci) => (ci === 0 ? c.text.padEnd(widths[ci]! + 3) : c.text.padStart(widths[ci]! + (ci === 1 ? 0 : 3))))
            .join('')
            .trimEnd(),
        ),
      );
      return;
    }
    this.lines(rows.map((r) => r.map((c) => c.text).join('\t')));
  }

  /** Prints content blocks; sub-headings one level below `level`. */
  blocks(blocks: ContentBlock[], level: number, boldLead?: string): void {
    for (const b of blocks) {
      switch (b.type) {
        case 'paragraph':
          this.paragraph(b.text, boldLead);
          break;
        case 'heading':
          this.heading(b.text, level + 1, this.rng.chance(0.5));
          break;
        case 'list':
          this.list(b.items, b.ordered);
          break;
        case 'table':
          this.table(b.rows);
          break;
      }
    }
  }
}

/** Truth copy of content blocks (markup-free; table cells keep their numbers). */
function truthBlocks(blocks: ContentBlock[]): ContentBlock[] {
  return blocks.map((b) => {
    if (b.type === 'table') return { type: 'table', rows: b.rows.map((r) => r.map((c) => ({ ...c, text: stripTags(c.text) }))) };
    if (b.type === 'list') return { type: 'list', ordered: b.ordered, items: b.items.slice() };
    return { ...b };
  });
}

const para = (text: string): ContentBlock => ({ type: 'paragraph', text });

// ---------------------------------------------------------------------------------------------
// Items

interface ItemRender {
  item: AgendaItem;
  /** Offset of the item heading in the output, and the page (for the table of contents). */
  page: number;
}

function routeLines(route: RouteStep[], rng: Rng): string[] {
  const form = rng.pick(['den', 'd.'] as const);
  return route.map((s) => {
    const [y, mo, d] = (s.date ?? '').split('-').map(Number) as [number, number, number];
    return `- ${s.body} ${form} ${longDate({ year: y, month: mo, day: d })}`;
  });
}

function historyLines(history: RouteStep[]): string[] {
  return history.map((s) => {
    const [y, mo, d] = (s.date ?? '').split('-').map(Number) as [number, number, number];
    return `${s.body}, ${longDate({ year: y, month: mo, day: d })}${s.itemNumber ? `, pkt. ${s.itemNumber}` : ''}: ${s.decision ?? ''}`.trim();
  });
}

function renderItem(p: Printer, it: ItemPlan, itemIndex: number): ItemRender {
  const { plan, rng } = p;
  const layout = plan.m.layout;
  const minutes = plan.kind === 'minutes';
  const sections: Section[] = [];
  const md = p.style === 'markdown';
  const itemLevel = md ? rng.pick([1, 1, 2]) : 1;
  const secLevel = itemLevel + 1;
  const boldSec = md && rng.chance(0.3);
  const truth: AgendaItem = bareItem({ number: it.number, title: it.title, closed: it.closed, kind: it.kind, sections });

  const section = (heading: string, kind: SectionKind, blocks: ContentBlock[], printBlocks?: () => void, truthOverride?: ContentBlock[]): void => {
    p.heading(heading, secLevel, boldSec);
    if (printBlocks) printBlocks();
    else p.blocks(blocks, secLevel);
    sections.push({ heading, kind, blocks: truthBlocks(truthOverride ?? blocks) });
  };

  // Heading
  if (p.style === 'pdftext' && p.out.pageLines > 30) p.out.pageLines = 99; // items tend to start on a new page
  const page = p.out.page;
  const startSize = p.out.size;
  const closedMark = layout === 'odder' ? 'Lukket punkt: ' : 'Lukket: ';
  const shownTitle = (it.closed ? closedMark : '') + it.title;
  if (p.style === 'pdftext') {
    p.lines(wrap(shownTitle, 78, '     ', `${`${it.number}.`.padEnd(5)}`));
  } else {
    p.heading(`Punkt ${it.number}: ${shownTitle}`, itemLevel, md && rng.chance(0.3));
  }

  // Case number
  if (it.caseNumber && !it.closed) {
    truth.caseNumber = it.caseNumber;
    if (p.style === 'pdftext') {
      const label = rng.pick(['Sagsnr.', 'Sagsnr.', 'Sagsid.', 'J.nr.']);
      p.lines([`     ${label}: ${it.caseNumber}`, `     Dok.nr.: ${plan.day.year}-${String(rng.int(100000, 399999))}`]);
    } else {
      p.line(it.caseNumber);
    }
  }

  if (it.closed) {
    if (minutes && it.decision && layout !== 'odense' && layout !== 'odense-md') {
      const d = it.decision;
      section('Beslutning', 'decision', d.paragraphs.map(para));
      truth.decision = { text: d.paragraphs.join('\n'), outcome: d.outcome };
    }
    return { item: truth, page: layout === 'ballerup' ? page : 3 + Math.floor(startSize / 3000) };
  }

  const c = it.content;
  const decide = (): void => {
    const d = it.decision;
    if (!minutes || !d) return;
    let heading = 'Beslutning';
    if (layout === 'ballerup') {
      heading = plan.m.decisionHeading === 'genitive' ? `${plan.body.name}s beslutning den ${dmyDot(plan.day)} Punkt ${it.number}` : `Beslutning i ${plan.body.name} den ${dmyDash(plan.day)}`;
    }
    const lead = plan.body.name;
    section(heading, 'decision', d.paragraphs.map(para), () => {
      for (const t of d.paragraphs) p.paragraph(t, lead);
      if (layout === 'ballerup' && d.absent.length === 0 && plan.m.decisionHeading === 'genitive') p.line('Følgende deltog ikke i behandlingen af punktet:');
    });
    truth.decision = { text: d.paragraphs.join('\n'), outcome: d.outcome };
    truth.votes = d.votes;
    truth.absentMembers = d.absent;
    truth.guests = d.guests.map((g) => ({ text: g }));
  };
  const recommend = (): void => {
    const r = it.recommendation;
    if (!r) return;
    const lines = recommendationLines(r);
    const heading = layout === 'odder' ? 'Forvaltningen indstiller' : layout === 'ballerup' ? 'Indstilling' : 'INDSTILLING';
    const blocks: ContentBlock[] = r.form === 'numbered' ? [para(lines[0]!), { type: 'list', ordered: true, items: r.clauses.map((cl) => cl.text) }] : lines.map(para);
    section(heading, 'recommendation', blocks, () => {
      if (r.form === 'numbered') {
        const byLead = r.by && md ? r.by : undefined;
        p.paragraph(lines[0]!, byLead);
        p.list(r.clauses.map((cl) => cl.text), true);
      } else if (r.form === 'at' && !md) {
        for (const l of lines) p.line(l);
      } else {
        for (const l of lines) p.paragraph(l, md && r.by ? r.by : undefined);
      }
    });
    truth.recommendation = { text: lines.join('\n'), by: r.by, clauses: recommendationClauses(r) };
    if (plan.noise > 0 && layout === 'odder' && rng.chance(0.05 * plan.noise)) p.line('???????');
  };
  const attachments = (): void => {
    if (!c.attachments.length) return;
    section(md && rng.chance(0.5) ? 'Bilag' : 'Bilag', 'attachments', c.attachments.map(para), () => {
      for (const a of c.attachments) p.paragraph(a);
    });
    truth.attachments = c.attachments.map((title) => ({ title }));
  };
  const route = (heading: string, steps: RouteStep[], lines: string[]): void => {
    if (!steps.length) return;
    const blocks: ContentBlock[] = heading === 'Sagens gang' ? [{ type: 'list', ordered: false, items: lines.map((l) => l.replace(/^- /, '')) }] : lines.map(para);
    section(heading, 'route', blocks, () => {
      if (heading === 'Sagens gang') p.lines(lines);
      else for (const l of lines) p.paragraph(l);
    });
    truth.route = steps.map((s) => ({ ...s }));
  };

  if (layout === 'odense' || layout === 'odense-md') {
    if (c.resume.length) section(rng.chance(0.9) ? 'Resume' : 'Resumé', 'resume', c.resume);
    if (it.recommendation || it.decision) {
      if (c.effect) section('Effekt', 'effect', c.effect);
      recommend();
      decide();
    }
    const caseText = [...c.background, ...c.caseText];
    if (caseText.length && it.recommendation) section('Sagsfremstilling', 'caseText', caseText);
    if (c.economy && it.recommendation) section('Økonomi', 'economy', c.economy);
    attachments();
  } else if (layout === 'odder') {
    const decisionFirst = rng.chance(0.3);
    if (decisionFirst) decide();
    if (c.resume.length) section('Resumé', 'resume', c.resume);
    if (c.background.length) section('Baggrund for sagen', 'caseText', c.background);
    if (c.caseText.length) section('Forvaltningens bemærkninger', 'caseText', c.caseText);
    if (c.economy && rng.chance(0.5)) section('Økonomi', 'economy', c.economy);
    if (it.route.length && it.kind !== null && c.resume.length) route('Sagens gang', it.route, routeLines(it.route, rng));
    recommend();
    if (!decisionFirst) decide();
    attachments();
  } else {
    if (c.resume.length) section(rng.pick(['Sammendrag', 'Sagens kerne', 'Resume']), 'resume', c.resume);
    if (c.background.length) section('Baggrund', 'caseText', c.background);
    if (c.caseText.length) section(rng.pick(['Sagsfremstilling', 'Beskrivelse af sagen', 'Forvaltningens vurdering']), 'caseText', c.caseText);
    if (c.economy) section(rng.pick(['Økonomi', 'Økonomiske konsekvenser']), 'economy', c.economy);
    if (it.history.length) route('Sagsforløb', it.history, historyLines(it.history));
    recommend();
    decide();
    attachments();
  }
  void itemIndex;
  return { item: truth, page: layout === 'ballerup' ? page : 3 + Math.floor(startSize / 3000) };
}

// ---------------------------------------------------------------------------------------------
// Header and table of contents

function participantsTruth(plan: MeetingPlan, withParty: boolean, withRole: boolean): Participant[] {
  return plan.participants.map((pp) => {
    const role = pp.substituteFor ? 'stedfortræder' : withRole && (pp.member.role === 'formand' || pp.member.role === 'næstformand') ? pp.member.role : null;
    const out: Participant = { name: pp.member.person.name, party: withParty ? pp.member.person.party : null, role, absent: pp.absent };
    if (pp.substituteFor) out.substituteFor = pp.substituteFor;
    return out;
  });
}

function tocTitle(title: string, cut: number): string {
  return title.length + 5 > cut ? title.slice(0, cut).trimEnd() : `${title}.....`;
}

export function renderMeeting(plan: MeetingPlan, rng: Rng): Rendered {
  const layout = plan.m.layout;
  const body = plan.body;
  const minutes = plan.kind === 'minutes';
  const word = minutes ? 'REFERAT' : 'DAGSORDEN';
  const itemsPrinter = new Printer(plan, rng);
  const head = new Printer(plan, rng);
  let termPrinted: string | null = plan.term.label;
  let participants: Participant[] = [];
  let endTime: string | null = null;

  if (layout === 'ballerup') {
    const kindWord = minutes ? 'Referat' : 'Dagsorden';
    const open = minutes ? 'Åbent referat' : 'Åben dagsorden';
    const pageHeader = `${' '.repeat(50)}${body.name}\n\n${' '.repeat(70)}${kindWord}\n${' '.repeat(64)}${open}\n${' '.repeat(60)}Dato: ${dmyDot(plan.day)}\n${' '.repeat(70)}Side {PAGE}\n\n`;
    termPrinted = null;
    if (plan.noise > 0) {
      head.out.add(pageHeader.replace('{PAGE}', '1') + '\n\n');
    }
    head.lines([`${' '.repeat(29)}${kindWord}`]);
    head.lines([
      `${' '.repeat(17)}${body.name}`,
      `${' '.repeat(12)}${weekdayName(plan.day)} den ${longDate(plan.day)}, kl. ${plan.startTime}`,
      `${' '.repeat(12)}i ${plan.location}`,
    ]);
    head.lines([`${' '.repeat(30)}${open}`]);
    const present = plan.participants.filter((x) => !x.absent);
    const absent = plan.participants.filter((x) => x.absent);
    head.lines([
      'Tilstede',
      ...present.map((x) => {
        const party = x.member.person.party ? ` (${x.member.person.party})` : '';
        const role = x.substituteFor ? ` - stedfortræder for ${x.substituteFor}` : x.member.role === 'formand' || x.member.role === 'næstformand' ? ` - ${x.member.role}` : '';
        return `${x.member.person.name}${party}${role}`;
      }),
    ]);
    head.lines(['Afbud/Fraværende', ...absent.map((x) => `${x.member.person.name}${x.member.person.party ? ` (${x.member.person.party})` : ''}`)]);
    head.lines(['Sekretær', plan.term.secretary.name]);
    participants = participantsTruth(plan, true, true);
    itemsPrinter.pageHeader = plan.noise > 0 ? pageHeader : null;
    itemsPrinter.out.page = 3;
  } else if (layout === 'odense-md') {
    head.out.add('\n\n');
    head.line(`# **${word} ${body.name} ${plan.term.label} d. ${dmyDash(plan.day)}**`);
    head.line(`**Mødedato** ${weekdayName(plan.day, true)} d. ${longDatePadded(plan.day)} kl. ${plan.startTime}`);
    head.line(`**Mødested** ${plan.location}`);
    if (plan.participants.length) {
      head.line(`**Mødedeltagere** ${plan.participants.map((x) => x.member.person.name + (x.absent ? ' (Fravær)' : '')).join(', ')}`);
      participants = participantsTruth(plan, false, false);
    }
  } else {
    const termText = layout === 'odder' ? plan.term.label.replace('-', ' - ') : plan.term.label;
    head.out.add('\n\n');
    if (plan.m.splitHeaderDate && layout === 'odense') {
      head.line(`${word} ${body.name} ${termText}`);
      head.line(`d. ${dmyDash(plan.day)}`);
    } else {
      head.line(`${word} ${body.name} ${termText} d. ${dmyDash(plan.day)}`);
    }
    head.line(`Mødedato ${weekdayName(plan.day, true)} d. ${longDatePadded(plan.day)} kl. ${plan.startTime}`);
    const place = `Mødested ${plan.location}`;
    head.lines(place.length > 80 ? wrap(place, 75) : [place]);
    if (plan.participants.length) {
      const txt = `Mødedeltagere ${plan.participants.map((x) => x.member.person.name + (x.absent ? ' (Fravær)' : '')).join(', ')}`;
      head.lines(wrap(txt, 70));
      participants = participantsTruth(plan, false, false);
    }
  }

  // Items first (page numbers for the table of contents).
  const rendered: ItemRender[] = [];
  let closedStarted = false;
  plan.items.forEach((it, i) => {
    if (layout === 'ballerup' && it.closed && !closedStarted) {
      closedStarted = true;
      itemsPrinter.line(minutes ? 'Lukket referat' : 'Lukket dagsorden');
    }
    rendered.push(renderItem(itemsPrinter, it, i));
  });
  if (layout === 'ballerup' && minutes && rng.chance(0.5)) {
    const [h, mi] = plan.endTime.split(':');
    itemsPrinter.line(`Mødet sluttede kl. ${h}.${mi}`);
    endTime = plan.endTime;
  }

  // Table of contents
  if (layout === 'ballerup') {
    if (plan.noise > 0) head.out.add(`\f${itemsPrinter.pageHeader?.replace('{PAGE}', '2') ?? ''}\n\n\n`);
    head.line('INDHOLDSFORTEGNELSE');
    const open = rendered.filter((r) => !r.item.closed);
    const closed = rendered.filter((r) => r.item.closed);
    const tocLines = (rs: ItemRender[]): string[] =>
      rs.flatMap((r) => {
        const title = (r.item.closed ? 'Lukket: ' : '') + r.item.title;
        const wrapped = wrap(title, 78, '   ', `${r.item.number}. `);
        const last = wrapped.length - 1;
        wrapped[last] = wrapped[last]!.padEnd(84) + String(r.page).padStart(3);
        return wrapped;
      });
    head.lines([minutes ? 'Åbent referat' : 'Åben dagsorden', ...tocLines(open)]);
    if (closed.length) head.lines([minutes ? 'Lukket referat' : 'Lukket dagsorden', ...tocLines(closed)]);
    if (plan.noise > 0) head.out.add('\f');
  } else if (layout === 'odense-md') {
    head.line(`## **Indholdsfortegnelse**`);
    const cut = 95;
    const rows = rendered.map((r) => `| ${tocTitle((r.item.closed ? 'Lukket: ' : '') + r.item.title, cut)}   | ${r.page}  |`);
    head.lines(['|  |    |', '|--|----|', ...rows]);
  } else {
    head.line('Indholdsfortegnelse');
    const cut = 97 + rng.int(0, 5);
    const closedMark = layout === 'odder' ? 'Lukket punkt: ' : 'Lukket: ';
    head.lines(rendered.map((r) => `${tocTitle((r.item.closed ? closedMark : '') + r.item.title, cut)}\t${r.page}`));
  }

  const text = head.out.text() + itemsPrinter.out.text();
  const truth: MeetingDocument = {
    kind: plan.kind,
    municipality: plan.m.info.name,
    committee: body.name,
    committeeInfo: { name: body.name, term: termPrinted },
    date: isoDate(plan.day),
    startTime: plan.startTime,
    endTime,
    location: plan.location,
    locations: plan.locations.slice(),
    participants,
    items: rendered.map((r) => r.item),
    warnings: [],
    source: { format: layout === 'odense-md' ? 'markdown' : 'text', name: plan.fileName },
  };
  return { text, truth };
}
