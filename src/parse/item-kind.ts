/**
 * What an item asks of the meeting (ItemKind): decide, discuss, take note, a theme, a joint meeting
 * or a member's proposal. Exports state it in a type field ("Til godkendelse", "Orienteringssag");
 * printed minutes show it in the title's opening words or a case type line in the text. The two
 * read differently on purpose: a type field is only a kind, so any kind word in it counts, while a
 * title only names its kind by how it opens ("Godkendelse af dagsorden" is not a decision item).
 */
import type { ItemKind } from '../model/index.js';

/** An export's item type field ("Til godkendelse", "Til orientering", "Temadrøftelse") → kind. */
export function itemKindFromLabel(label: string | null | undefined): ItemKind | null {
  const t = (label ?? '').toLowerCase();
  if (!t.trim()) return null;
  if (/initiativ/.test(t)) return 'initiativret';
  if (/fællesmøde/.test(t)) return 'fællesmøde';
  if (/temadrøft|temamøde|^tema/.test(t)) return 'tema';
  if (/drøft/.test(t)) return 'drøftelse';
  if (/orienter|efterretning/.test(t)) return 'orientering';
  if (/godkend|beslut|indstill/.test(t)) return 'beslutning';
  return null;
}

/** A section of a printed item: its heading and its lines. */
export interface KindSection {
  heading: string;
  lines: ReadonlyArray<{ text: string }>;
}

/** A title that ends in a kind letter: "(B)" beslutning, "(O)" orientering, "(D)" drøftelse. */
const KIND_MARK = /\s\(([BOD])\)$/;

/**
 * A printed item's kind: from how its title opens ("Orientering om …", "TEMA: …", "Forslag fra
 * byrådsgruppe Ø …"), an "Initiativret" section, or a case type in its text ("Beslutningssag",
 * "O-sag").
 */
export function itemKindFromText(title: string, sections: readonly KindSection[]): ItemKind | null {
  const t = title.toLowerCase();
  if (/^tema\b|^temadrøftelse|\btemamøde\b/.test(t)) return 'tema';
  if (/^fællesmøde\b/.test(t)) return 'fællesmøde';
  if (/initiativret|§ ?2, stk\. ?2|forslag fra (byrådsgruppe|byrådsmedlem|udvalgsmedlem|kommunalbestyrelsesmedlem)|medlemsforslag/.test(t)) return 'initiativret';
  if (/^orientering\b|^meddelelser\b|^information\b|^status\b|^nøgletal\b|^aktuelle sager\b/.test(t)) return 'orientering';
  if (/^drøftelse\b|^drøfte\b|^fortsat drøftelse\b/.test(t)) return 'drøftelse';
  if (sections.some((s) => /initiativret/i.test(s.heading))) return 'initiativret';
  const mark = KIND_MARK.exec(title);
  if (mark) {
    // "… 2024 (B)", "Meddelelser (O)"; not a party letter after a name ("Forslag fra Kim Hansen (O)").
    const before = title.slice(0, mark.index).trim().split(/\s+/);
    if (before.length === 1 || !/^\p{Lu}/u.test(before[before.length - 1]!)) {
      return mark[1] === 'B' ? 'beslutning' : mark[1] === 'O' ? 'orientering' : 'drøftelse';
    }
  }
  // A case type line ("Sagstype: Beslutningssag", "B-sag") stands near the top of the item.
  const near: string[] = [];
  let seen = 0;
  for (const s of sections) {
    for (const l of s.lines) {
      if (seen++ >= 60) break;
      if (l.text.length < 120 && /sag\b/i.test(l.text)) near.push(l.text);
    }
  }
  const meta = near.join(' ');
  const m = /\b(beslutningssag|b-sag|orienteringssag|o-sag|drøftelsessag|d-sag)\b/i.exec(meta);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word.startsWith('b') ? 'beslutning' : word.startsWith('o') ? 'orientering' : 'drøftelse';
}
