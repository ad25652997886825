import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import mammoth from 'mammoth';
import {
  convertWithLibreOffice,
  hasLibreOffice,
  LibreOfficeConversionError,
  LibreOfficeMissingError,
} from './libreoffice.js';
import { findProjectRoot, projectRoot, requireShared, sharedDir } from './paths.js';

test('projectRoot finds the folder with package.json', () => {
  const root = projectRoot();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string };
  assert.equal(pkg.name, 'referat');
  assert.equal(findProjectRoot(join(root, 'src', 'model')), root);
  assert.equal(sharedDir(), join(root, '..', 'shared'));
});

test('requireShared: skips outside CI, fails under CI when the folder is missing', () => {
  const saved = process.env.CI;
  const skipped: string[] = [];
  const ctx = { skip: (m?: string) => void skipped.push(m ?? '') };
  try {
    delete process.env.CI;
    assert.equal(requireShared(ctx, 'no-such-folder-' + process.pid), false);
    assert.equal(skipped.length, 1);
    assert.match(skipped[0] ?? '', /shared folder missing/);
    process.env.CI = 'true';
    assert.throws(() => requireShared(ctx, 'no-such-folder-' + process.pid), /CI is set/);
    assert.equal(skipped.length, 1);
  } finally {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  }
});

test('requireShared: true when ../shared/seeds exists', (t) => {
  if (!requireShared(t, 'seeds')) return;
  assert.ok(existsSync(join(sharedDir(), 'seeds')));
});

test('convertWithLibreOffice: a clear error when soffice is missing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'referat-lo-test-'));
  try {
    const input = join(dir, 'x.txt');
    await writeFile(input, 'x\n');
    await assert.rejects(
      convertWithLibreOffice(input, 'pdf', dir, { soffice: '/nonexistent/soffice' }),
      (e: unknown) => e instanceof LibreOfficeMissingError && /install-system-deps/.test(e.message),
    );
    await assert.rejects(convertWithLibreOffice(join(dir, 'missing.txt'), 'pdf', dir), LibreOfficeConversionError);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('convertWithLibreOffice: tiny Danish text file to PDF and DOCX', { timeout: 300_000 }, async (t) => {
  if (!hasLibreOffice()) {
    if (process.env.CI) assert.fail('soffice missing under CI: scripts/install-system-deps.sh should have installed it');
    t.skip('soffice not installed');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'referat-lo-test-'));
  try {
    const input = join(dir, 'referat.txt');
    await writeFile(input, 'Punkt 1: Æbler, øl og åer i Ærø Kommune\n\nBeslutning\n\nGodkendt.\n', 'utf8');

    const pdf = await convertWithLibreOffice(input, 'pdf', join(dir, 'out'));
    assert.equal(pdf, join(dir, 'out', 'referat.pdf'));
    const pdfBytes = await readFile(pdf);
    assert.equal(pdfBytes.subarray(0, 5).toString('latin1'), '%PDF-');
    let pdfText: string | null = null;
    try {
      pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    } catch {
      pdfText = null; // pdftotext not installed: the header check above must do
    }
    if (pdfText !== null) assert.match(pdfText, /Æbler, øl og åer i Ærø Kommune/);

    const docx = await convertWithLibreOffice(input, 'docx', join(dir, 'out'));
    assert.equal(docx, join(dir, 'out', 'referat.docx'));
    const { value } = await mammoth.extractRawText({ path: docx });
    assert.match(value, /Æbler, øl og åer i Ærø Kommune/);
    assert.match(value, /Godkendt\./);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a generated sample document survives text -> PDF -> pdftotext', { timeout: 300_000 }, async (t) => {
  if (!hasLibreOffice()) {
    if (process.env.CI) assert.fail('soffice missing under CI');
    t.skip('soffice not installed');
    return;
  }
  const { generateCorpus } = await import('../../src/sample/index.js');
  const doc = generateCorpus({ seed: 11, municipalities: 1, meetingsPerCommittee: 1, layouts: ['odense'], noise: 0 }).next().value;
  assert.ok(doc && 'text' in doc);
  const dir = await mkdtemp(join(tmpdir(), 'referat-lo-test-'));
  try {
    const input = join(dir, 'referat.txt');
    await writeFile(input, doc.text, 'utf8');
    const pdf = await convertWithLibreOffice(input, 'pdf', dir);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    } catch {
      t.skip('pdftotext not installed');
      return;
    }
    const first = doc.truth.items[0]!;
    assert.ok(text.replace(/\s+/g, ' ').includes(`Punkt ${first.number}: ${first.title}`.slice(0, 60)));
    assert.ok(text.includes(doc.truth.committee!));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
