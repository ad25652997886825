/**
 * One set of minutes in every form it arrives in parses to the same items: the seed text, a PDF and
 * a DOCX that LibreOffice makes from it, an HTML page around it (with portal chrome), and the same
 * text in Windows-1252.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import type { MeetingDocument } from '../../src/model/index.js';
import { parseBytes, parseFile } from '../../src/parse/document.js';
import { convertWithLibreOffice } from '../support/libreoffice.js';
import { norm } from '../support/annotation.js';
import { requireShared, sharedPath } from '../support/paths.js';

const SEED = '000_f7ee1aa3897fbd74.txt';
let dir = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'referat-formats-'));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function itemsOf(doc: MeetingDocument): string[] {
  return doc.items.map((it) => [it.number, norm(it.title), it.caseNumber ?? '', norm(it.decision?.text ?? ''), it.decision?.outcome ?? ''].join(' | '));
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed as a portal page: items as <h2>, section names as <h3>, chrome around the content. */
function portalPage(text: string): string {
  const body = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      if (/^Punkt \d+:/.test(p)) return `<h2>${escape(p)}</h2>`;
      if (/^(Resume|Effekt|INDSTILLING|Beslutning|Sagsfremstilling|Indholdsfortegnelse)$/.test(p)) return `<h3>${escape(p)}</h3>`;
      if (p.includes('\t')) return `<table>${p.split('\n').map((r) => `<tr>${r.split('\t').map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`;
      if (/^- /m.test(p)) return `<ul>${p.split('\n').map((l) => `<li>${escape(l.replace(/^- /, ''))}</li>`).join('')}</ul>`;
      return `<p>${escape(p).replace(/\n/g, '<br>')}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html lang="da"><head><title>Referat</title><script>var x = "Punkt 99: ikke et punkt";</script></head>
<body><div id="cookie-banner">Vi bruger cookies på denne hjemmeside. Accepter alle cookies</div>
<nav><a href="/">Forside</a> <a href="/soeg">Søg</a></nav><main>${body}</main>
<p><a href="#top">Til toppen</a></p><p>Udskriv</p></body></html>`;
}

test('the seed parses to the same items from text, PDF, DOCX, HTML and Windows-1252', async (t) => {
  if (!requireShared(t, 'seeds')) return;
  const source = sharedPath('seeds', SEED);
  const text = await readFile(source, 'utf8');
  const reference = await parseFile(source);
  const want = itemsOf(reference);
  assert.equal(want.length, 9);

  const txt = join(dir, 'referat.txt');
  await writeFile(txt, text);
  const pdf = await convertWithLibreOffice(txt, 'pdf', dir);
  const docx = await convertWithLibreOffice(txt, 'docx', dir);
  const fromPdf = await parseFile(pdf);
  assert.equal(fromPdf.source.format, 'pdf');
  assert.deepEqual(itemsOf(fromPdf), want, 'PDF');
  const fromDocx = await parseFile(docx);
  assert.equal(fromDocx.source.format, 'docx');
  assert.deepEqual(itemsOf(fromDocx), want, 'DOCX');

  const fromHtml = await parseBytes(Buffer.from(portalPage(text)), 'referat.html');
  assert.equal(fromHtml.source.format, 'html');
  assert.deepEqual(itemsOf(fromHtml), want, 'HTML');
  assert.ok(!JSON.stringify(fromHtml).includes('cookies'), 'the cookie banner is not content');

  const cp1252 = await parseBytes(iconv.encode(text, 'windows-1252'), 'referat-cp1252.txt');
  assert.deepEqual(itemsOf(cp1252), want, 'Windows-1252');
  for (const doc of [fromPdf, fromDocx, fromHtml, cp1252]) {
    assert.equal(doc.date, '2021-10-05');
    assert.equal(doc.committee, 'Beskæftigelses- og Socialudvalget');
    assert.equal(doc.municipality, 'Odense');
  }
});

test('Windows-1252 text decodes æøå, – and “ ” (not via TextDecoder)', async () => {
  const text = 'REFERAT Økonomiudvalget d. 05-10-2021\n\nPunkt 1: Ærø – “Åbent” møde\n\nBeslutning\n\nGodkendt.\n';
  const doc = await parseBytes(iconv.encode(text, 'windows-1252'), 'x.txt');
  assert.equal(doc.items[0]!.title, 'Ærø – “Åbent” møde');
  assert.equal(doc.committee, 'Økonomiudvalget');
});
