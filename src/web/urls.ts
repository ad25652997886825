/**
 * The portal's stable, human-readable URLs, built in one place:
 *
 *   /kommune/odense
 *   /kommune/odense/udvalg/beskaeftigelses-og-socialudvalget
 *   /kommune/odense/udvalg/beskaeftigelses-og-socialudvalget/2021-10-05            (a meeting)
 *   /kommune/odense/udvalg/beskaeftigelses-og-socialudvalget/2021-10-05-kl-1430    (2nd meeting that day)
 *   /kommune/odense/udvalg/beskaeftigelses-og-socialudvalget/2021-10-05/punkt/4
 *   /kommune/odense/sag/15.00.00-G01-86-20
 *   /kommune/odense/person/reza-javid
 *   /sog?q=…
 */
import type { Catalog } from './catalog.js';

export interface MeetingRef {
  municipality_id: number;
  committee_id: number;
  committee_key: string;
  date: string;
  start_key: string;
}

const enc = encodeURIComponent;

export function municipalityPath(cat: Catalog, municipalityId: number): string {
  return `/kommune/${cat.municipalityById.get(municipalityId)?.slug ?? 'ukendt'}`;
}

export function committeePath(cat: Catalog, committeeId: number): string {
  const c = cat.committeeById.get(committeeId);
  return `${municipalityPath(cat, c?.municipalityId ?? 0)}/udvalg/${c?.slug ?? 'ukendt'}`;
}

/** The meeting's path segment: the date, plus the start time when the committee met twice that day. */
export function meetingSegment(cat: Catalog, m: MeetingRef): string {
  const shared = cat.sharedMeetingDays.has(`${m.municipality_id}|${m.committee_key}|${m.date}`);
  if (shared && m.start_key) return `${m.date}-kl-${m.start_key.replace(':', '')}`;
  return m.date;
}

export function meetingPath(cat: Catalog, m: MeetingRef): string {
  return `${committeePath(cat, m.committee_id)}/${meetingSegment(cat, m)}`;
}

export function itemPath(cat: Catalog, m: MeetingRef, number: string): string {
  return `${meetingPath(cat, m)}/punkt/${enc(number)}`;
}

export function casePath(cat: Catalog, municipalityId: number, caseNumber: string): string {
  return `${municipalityPath(cat, municipalityId)}/sag/${enc(caseNumber)}`;
}

export function personPath(cat: Catalog, personId: number): string {
  const p = cat.personById.get(personId);
  return `${municipalityPath(cat, p?.municipalityId ?? 0)}/person/${p?.slug ?? 'ukendt'}`;
}

/** Parses a meeting segment: "2021-10-05" or "2021-10-05-kl-1430". */
export function parseMeetingSegment(seg: string): { date: string; start: string | null } | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:-kl-(\d{2})(\d{2}))?$/.exec(seg);
  if (!m) return null;
  return { date: m[1]!, start: m[2] ? `${m[2]}:${m[3]}` : null };
}

/** A query string from pairs, leaving out empty values; keys in the given order (stable links). */
export function queryString(params: Record<string, string | number | null | undefined | readonly string[]>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== '') parts.push(`${enc(k)}=${enc(x)}`);
    } else parts.push(`${enc(k)}=${enc(String(v))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
