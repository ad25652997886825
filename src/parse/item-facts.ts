/**
 * Everything an item's sections state beyond their text: the recommendation, this meeting's
 * decision, votes, who did not take part, guests, the case route and attachments. Shared by the
 * prose parser and the case-system readers, whose fields arrive as sections too.
 */
import type { AgendaItem, Section } from '../model/index.js';
import type { ItemContext } from './context.js';
import { parseAttachments } from './attachments.js';
import { parseGuests, parseItemAbsence } from './attendance.js';
import { selectDecision } from './decision.js';
import { parseRecommendation } from './recommendation.js';
import { parseRoute, routeStepOfHeading } from './route.js';
import { findDates } from './danish/dates.js';
import { sectionText } from './sections.js';
import { parseVoteTables, parseVotes } from './votes.js';

export type ItemFacts = Pick<
  AgendaItem,
  'recommendation' | 'decision' | 'votes' | 'absentMembers' | 'guests' | 'route' | 'attachments'
>;

export function deriveItemFacts(sections: Section[], ctx: ItemContext): ItemFacts {
  const recommendationText = sections
    .filter((s) => s.kind === 'recommendation')
    .map((s) => (/indstiller\b.{0,20}$/i.test(s.heading) ? `${s.heading}\n${sectionText(s)}` : sectionText(s)))
    .join('\n');
  const decision = selectDecision(sections, ctx.meetingDate);
  // Earlier bodies' decisions printed as sections of their own ("Økonomiudvalget den 19. april
  // 2023, pkt. 5:" / "Anbefales.") are steps of the route, after any "Sagens gang" section.
  // Without the meeting's date, the last decision section is this meeting's own.
  const own = ctx.meetingDate ? null : sections.filter((s) => s.kind === 'decision').pop();
  const earlier = sections.flatMap((s) => {
    const step = s.kind === 'decision' && s !== own ? routeStepOfHeading(s.heading) : null;
    return step && !findDates(step).some((d) => d.date === ctx.meetingDate) ? [`${step} ${sectionText(s).replace(/\n/g, ' ')}`] : [];
  });
  const routeText = [...sections.filter((s) => s.kind === 'route').map(sectionText), ...earlier].join('\n');
  const attachments = sections.filter((s) => s.kind === 'attachments').flatMap((s) => parseAttachments(s.blocks));
  const decisionText = decision?.text ?? '';
  // "X (A) deltog ikke i behandlingen af dette punkt." stands in the decision, or right under the
  // heading and case number, before the first named section.
  const absentMembers = parseItemAbsence(decisionText);
  const opening = sections[0]?.heading === '' ? sectionText(sections[0]) : '';
  for (const a of opening ? parseItemAbsence(opening) : []) if (!absentMembers.some((b) => b.person.name === a.person.name)) absentMembers.push(a);
  return {
    recommendation: parseRecommendation(recommendationText),
    decision,
    votes: [...parseVotes(decisionText), ...parseVoteTables(decisionTables(sections))],
    absentMembers,
    guests: parseGuests(decisionText),
    route: parseRoute(routeText),
    attachments,
  };
}

/** The tables in the item's decision sections, as cell texts (a vote laid out as a table). */
function decisionTables(sections: Section[]): string[][][] {
  return sections
    .filter((s) => s.kind === 'decision')
    .flatMap((s) => s.blocks.flatMap((b) => (b.type === 'table' ? [b.rows.map((r) => r.map((c) => c.text))] : [])));
}
