/**
 * Bad input gets a clear error that names the file and the problem, never a crash or a hang; the
 * CLI goes on with the other files and exits 1.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { isReferatError } from '../../src/errors.js';
import { parseBytes, parseFile } from '../../src/parse/document.js';
import { projectRoot, requireShared, sharedPath } from '../support/paths.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'referat-bad-'));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function rejectsWith(bytes: Uint8Array, name: string, code: string): Promise<void> {
  await assert.rejects(parseBytes(bytes, name), (e: unknown) => {
    assert.ok(isReferatError(e), `a ReferatError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.ok(e.message.startsWith(`${name}: `), `the message names the file: ${e.message}`);
    return true;
  });
}

/** A deterministic byte stream (xorshift), so a failure can be reproduced. */
function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test('an empty file', () => rejectsWith(new Uint8Array(0), 'tom.txt', 'E_EMPTY'));
test('a file of blank lines', () => rejectsWith(Buffer.from('\n \n\t\n'), 'blank.txt', 'E_EMPTY'));
test('binary data', () => rejectsWith(noise(100_000), 'data.bin', 'E_BINARY'));
test('an old binary Word file', () => rejectsWith(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), noise(2000)]), 'gammel.doc', 'E_UNSUPPORTED'));
test('a ZIP that is not a Word document', () => rejectsWith(Buffer.concat([Buffer.from('PK\x03\x04'), noise(500)]), 'arkiv.zip', 'E_UNSUPPORTED'));
test('a text that is not minutes', () =>
  rejectsWith(Buffer.from('Æblekage\n\nTag tre æbler og skær dem i både. Bag i 40 minutter.\n'), 'opskrift.txt', 'E_NOT_MINUTES'));

test('a truncated PDF', async (t) => {
  if (!requireShared(t, 'corpus')) return;
  const pdf = await readFile(sharedPath('corpus', 'syddjurs-puk-2013-06-20-referat.pdf'));
  await rejectsWith(pdf.subarray(0, pdf.length >> 1), 'afskåret.pdf', 'E_PDF_TRUNCATED');
});

test('a corrupt DOCX', () => rejectsWith(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('word/document.xml'), noise(3000)]), 'ødelagt.docx', 'E_DOCX_UNREADABLE'));

test('50 MB of junk text gives an error, not a crash', async () => {
  const words = ['lorem', 'Punkt', '1:', '.....', '????', 'æøå', '\t', 'Beslutning', '|', '#', '**', 'Sagsnr.:', '-', '(A)'];
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < 50_000_000) {
    const w = words[(i * 7919) % words.length]!;
    parts.push(w);
    size += w.length + 1;
    i++;
  }
  await rejectsWith(Buffer.from(parts.join(' ')), 'junk.txt', 'E_NOT_MINUTES');
});

test('the CLI reports each bad file on stderr, parses the others and exits 1', async (t) => {
  if (!requireShared(t, 'seeds')) return;
  const bad = join(dir, 'tom.txt');
  await writeFile(bad, '');
  const missing = join(dir, 'findes-ikke.pdf');
  const good = sharedPath('seeds', '004_4215b85305d5dec8.txt');
  const run = promisify(execFile);
  const result = await run('node', [join(projectRoot(), 'bin', 'referat.js'), 'parse', bad, good, missing, '--json']).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  assert.equal(result.code, 1);
  const docs = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { committee: string });
  assert.deepEqual(docs.map((d) => d.committee), ['Arbejdsmarkedsudvalget']);
  assert.match(result.stderr, /tom\.txt: the file is empty/);
  assert.match(result.stderr, /findes-ikke\.pdf: no such file/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

test('a readable file that is fine parses without warnings about its form', async (t) => {
  if (!requireShared(t, 'seeds')) return;
  const doc = await parseFile(sharedPath('seeds', '004_4215b85305d5dec8.txt'));
  assert.equal(doc.warnings.length, 0);
});
