/**
 * The sitemap: /sitemap.xml is an index of files of at most SITEMAP_CHUNK URLs each:
 * sider-1 (fixed pages, municipalities, committees, persons), moeder-N, punkter-N, sager-N.
 */
import type { Catalog } from './catalog.js';
import type { AppContext } from './context.js';
import { escapeHtml as x } from './html.js';
import * as q from './queries.js';
import { casePath, committeePath, itemPath, meetingPath, municipalityPath, personPath } from './urls.js';

export const SITEMAP_CHUNK = 10_000;

export function renderSitemapIndex(base: string, n: { meetings: number; items: number; cases: number }): string {
  const files = ['sider-1.xml'];
  const add = (prefix: string, count: number): void => {
    for (let i = 1; i <= Math.max(1, Math.ceil(count / SITEMAP_CHUNK)); i++) if (count > 0) files.push(`${prefix}-${i}.xml`);
  };
  add('moeder', n.meetings);
  add('punkter', n.items);
  add('sager', n.cases);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    files.map((f) => `<sitemap><loc>${x(`${base}/sitemap/${f}`)}</loc></sitemap>\n`).join('') +
    '</sitemapindex>\n'
  );
}

function urlset(base: string, entries: { path: string; lastmod?: string | null }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    entries.map((e) => `<url><loc>${x(base + e.path)}</loc>${e.lastmod ? `<lastmod>${x(e.lastmod.slice(0, 10))}</lastmod>` : ''}</url>\n`).join('') +
    '</urlset>\n'
  );
}

/** One sitemap file, or null when the chunk is past the end. */
export async function renderSitemap(ctx: AppContext, cat: Catalog, base: string, kind: 'sider' | 'moeder' | 'punkter' | 'sager', offset: number): Promise<string | null> {
  const db = ctx.store.db;
  if (kind === 'sider') {
    if (offset > 0) return null;
    const entries: { path: string; lastmod?: string | null }[] = [{ path: '/' }, { path: '/kommuner' }, { path: '/tilgaengelighed' }, { path: '/om' }, { path: '/data' }];
    for (const m of cat.municipalities) {
      entries.push({ path: municipalityPath(cat, m.id) }, { path: `${municipalityPath(cat, m.id)}/personer` });
    }
    const seen = new Set<string>();
    for (const c of cat.committeeById.values()) {
      const p = committeePath(cat, c.id);
      if (!seen.has(p)) entries.push({ path: p });
      seen.add(p);
    }
    for (const p of cat.personById.values()) entries.push({ path: personPath(cat, p.id) });
    return urlset(base, entries);
  }
  if (kind === 'moeder') {
    const rows = await q.allMeetingRefs(db, offset, SITEMAP_CHUNK);
    if (!rows.length) return null;
    return urlset(base, rows.map((r) => ({ path: meetingPath(cat, r), lastmod: r.updated_at })));
  }
  if (kind === 'punkter') {
    const rows = await q.allItemRefs(db, offset, SITEMAP_CHUNK);
    if (!rows.length) return null;
    return urlset(base, rows.map((r) => ({ path: itemPath(cat, r, r.number), lastmod: r.updated_at })));
  }
  const rows = await q.allCaseRefs(db, offset, SITEMAP_CHUNK);
  if (!rows.length) return null;
  return urlset(base, rows.map((r) => ({ path: casePath(cat, r.municipality_id, r.number) })));
}
