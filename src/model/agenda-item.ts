/**
 * An agenda item with only what is known of it — number and title, say, from a table of contents,
 * or the public shell of a closed item — and everything else empty. One place for the shape, so a
 * field added to AgendaItem is added here once.
 */
import type { AgendaItem } from './index.js';

export function bareItem(fields: Pick<AgendaItem, 'number' | 'title'> & Partial<AgendaItem>): AgendaItem {
  return {
    caseNumber: null,
    closed: false,
    kind: null,
    sections: [],
    recommendation: null,
    decision: null,
    votes: [],
    absentMembers: [],
    guests: [],
    route: [],
    attachments: [],
    ...fields,
  };
}
