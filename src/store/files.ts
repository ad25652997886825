/**
 * What to import from the paths given: files, and folders walked recursively. Files that are
 * plainly not meeting documents (README, licences, `.json` annotations, images, archives, hidden
 * files) are listed as skipped. A folder that is one case-system export (eDoc
 * `eDocAgendaPublishing.xml`, Acadre `XML_*.xml` manifest, SBSYS/GetOrganized `Publication*.xml`,
 * eDoc Fujitsu `<guid>.xml` with its HTML rendering) is one meeting: its entry file is imported and
 * everything else in it (PDF renditions, attachments) is listed as part of that export.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { detectEsdh, type EsdhSystem } from '../read/esdh/index.js';

export interface Entry {
  /** The file to parse. */
  path: string;
  /** The name shown in summaries: the file name, or "folder/entry.xml" for an export. */
  display: string;
  /** Files whose bytes make the document's identity (the entry, and an export's other XML files). */
  hashFiles: string[];
  /** The export's folder, when the entry is an export's entry file. */
  exportDir: string | null;
  system: EsdhSystem | null;
  /** For an Acadre manifest: the content XML it names, read directly if the manifest cannot be. */
  fallback: string | null;
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface Discovery {
  entries: Entry[];
  skipped: Skipped[];
  /** Paths that do not exist or cannot be read. */
  missing: Skipped[];
}

const SKIP_NAMES = /^(readme|license|licence|copying|changelog|changes|notice|authors|contributing)(\.[\w.-]+)?$/i;
const SKIP_DIRS = new Set(['.git', 'node_modules', '__macosx', '.svn', '.hg']);
const SKIP_EXT: Record<string, string> = {};
for (const e of ['.json', '.yaml', '.yml', '.csv', '.tsv', '.toml', '.ini', '.jsonl', '.ndjson']) SKIP_EXT[e] = 'data/annotation, ikke et mødedokument';
for (const e of ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.bmp', '.tif', '.tiff', '.ico', '.heic']) SKIP_EXT[e] = 'billede';
for (const e of ['.zip', '.gz', '.tgz', '.tar', '.7z', '.rar', '.bz2', '.xz']) SKIP_EXT[e] = 'arkiv (pak det ud først)';
for (const e of ['.mp3', '.mp4', '.wav', '.mov', '.avi', '.m4a', '.ogg', '.webm']) SKIP_EXT[e] = 'lyd/video';
for (const e of ['.js', '.mjs', '.ts', '.css', '.sh', '.py', '.exe', '.dll', '.so', '.db', '.sqlite', '.sqlite3', '.wal', '.lock', '.log', '.map', '.pem', '.key']) {
  SKIP_EXT[e] = 'ikke et mødedokument';
}

/** Why a plain file is not a meeting document, or null when it should be tried. */
export function skipReason(path: string): string | null {
  const name = basename(path);
  if (name.startsWith('.') || name === 'Thumbs.db' || name.startsWith('~$')) return 'skjult fil eller systemfil';
  if (SKIP_NAMES.test(name)) return 'README/licens, ikke et mødedokument';
  const ext = extname(name).toLowerCase();
  return SKIP_EXT[ext] ?? null;
}

/** Entry names the case systems give their export's main file. */
const ENTRY_NAMES = /^(edocagendapublishing\.xml|xml_\d+\.xml|publication\d*\.xml)$/i;
const DOCUMENT_EXT = new Set(['.pdf', '.docx', '.doc', '.html', '.htm', '.xml', '.txt', '.md', '.rtf']);

async function isEsdh(path: string): Promise<EsdhSystem | null> {
  try {
    const s = await stat(path);
    if (s.size > 50_000_000) return null;
    const text = (await readFile(path)).toString('utf8');
    return detectEsdh(text, basename(path));
  } catch {
    return null;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name.toLowerCase())) await walk(p);
      } else if (e.isFile()) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/** The export whose folder this is, or null. */
async function exportOf(dir: string, files: string[]): Promise<{ entry: string; system: EsdhSystem } | null> {
  const xml = files.filter((f) => extname(f).toLowerCase() === '.xml');
  if (!xml.length) return null;
  const found: { path: string; system: EsdhSystem }[] = [];
  for (const f of xml) {
    const system = await isEsdh(f);
    if (system) found.push({ path: f, system });
  }
  // An Acadre manifest is the entry even when its content XML sits beside it.
  const manifest = found.filter((f) => f.system === 'acadre-manifest');
  const chosen = manifest.length === 1 ? manifest : found;
  if (chosen.length !== 1) return null;
  const entry = chosen[0]!;
  if (ENTRY_NAMES.test(basename(entry.path))) return { entry: entry.path, system: entry.system };
  // Otherwise every other document in the folder must belong to it: named in it or sharing its stem.
  const text = await readFile(entry.path, 'utf8').catch(() => '');
  const stem = basename(entry.path, extname(entry.path)).toLowerCase();
  const others = files.filter((f) => f !== entry.path && DOCUMENT_EXT.has(extname(f).toLowerCase()) && !skipReason(f));
  const belongs = others.every((f) => {
    const name = basename(f);
    return basename(name, extname(name)).toLowerCase() === stem || text.includes(name) || text.toLowerCase().includes(name.toLowerCase());
  });
  return belongs ? { entry: entry.path, system: entry.system } : null;
}

/** The Acadre content XML that a manifest names (for the fallback). */
async function acadreContent(manifest: string, files: string[]): Promise<string | null> {
  const text = await readFile(manifest, 'utf8').catch(() => '');
  const names = [...text.matchAll(/xmlfilename="([^"]+)"/gi)].map((m) => basename(m[1]!.replace(/\\/g, '/')).toLowerCase());
  for (const n of names.reverse()) {
    const f = files.find((p) => basename(p).toLowerCase() === n);
    if (f) return f;
  }
  return null;
}

export async function discover(paths: readonly string[]): Promise<Discovery> {
  const entries: Entry[] = [];
  const skipped: Skipped[] = [];
  const missing: Skipped[] = [];
  const seen = new Set<string>();
  const addFile = (f: string, display: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    const why = skipReason(f);
    if (why) skipped.push({ path: f, reason: why });
    else entries.push({ path: f, display, hashFiles: [f], exportDir: null, system: null, fallback: null });
  };

  const walkDir = async (dir: string): Promise<void> => {
    const direct = await readdir(dir, { withFileTypes: true });
    direct.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const topFiles = direct.filter((e) => e.isFile()).map((e) => join(dir, e.name));
    const exp = await exportOf(dir, topFiles);
    if (exp) {
      const all = await listFiles(dir);
      const xmls = all.filter((f) => extname(f).toLowerCase() === '.xml' && f !== exp.entry);
      const fallback = exp.system === 'acadre-manifest' ? await acadreContent(exp.entry, all) : null;
      const display = `${basename(dir)}/${relative(dir, exp.entry)}`;
      if (!seen.has(exp.entry)) {
        seen.add(exp.entry);
        entries.push({ path: exp.entry, display, hashFiles: [exp.entry, ...xmls], exportDir: dir, system: exp.system, fallback });
      }
      for (const f of all) {
        if (f === exp.entry || seen.has(f)) continue;
        seen.add(f);
        skipped.push({ path: f, reason: `del af eksporten ${display} (bilag eller anden udgave)` });
      }
      return;
    }
    for (const f of topFiles) addFile(f, basename(f));
    for (const e of direct) {
      if (e.isDirectory() && !SKIP_DIRS.has(e.name.toLowerCase()) && !e.name.startsWith('.')) await walkDir(join(dir, e.name));
    }
  };

  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      missing.push({ path: p, reason: 'findes ikke' });
      continue;
    }
    if (s.isDirectory()) {
      try {
        await walkDir(p);
      } catch (e) {
        missing.push({ path: p, reason: `kan ikke læse mappen: ${(e as Error).message}` });
      }
    } else if (s.isFile()) {
      addFile(p, basename(p));
    } else {
      missing.push({ path: p, reason: 'hverken en fil eller en mappe' });
    }
  }
  return { entries, skipped, missing };
}
