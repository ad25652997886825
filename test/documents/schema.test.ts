/**
 * The committed JSON Schema is the one generated from the model's types, and what the importer
 * produces for every seed and corpus document is valid against it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { generateModelSchema, SCHEMA_FILE } from '../../scripts/write-schema.js';
import { parseFile } from '../../src/parse/document.js';
import { projectRoot, requireShared, sharedPath } from '../support/paths.js';

test('the committed schema is what the model types generate (run `npm run schema` after changing the model)', () => {
  const committed = readFileSync(join(projectRoot(), SCHEMA_FILE), 'utf8');
  assert.equal(committed, generateModelSchema());
});

test('parser output for every seed and corpus document is valid against the schema', async (t) => {
  if (!requireShared(t, 'seeds') || !requireShared(t, 'corpus')) return;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(projectRoot(), SCHEMA_FILE), 'utf8')) as object);
  const files = [
    ...readdirSync(sharedPath('seeds')).map((f) => sharedPath('seeds', f)),
    ...readdirSync(sharedPath('corpus'))
      .filter((f) => /\.(html|pdf|docx|xml)$/.test(f))
      .map((f) => sharedPath('corpus', f)),
  ];
  for (const file of files) {
    const doc = JSON.parse(JSON.stringify(await parseFile(file))) as unknown;
    assert.ok(validate(doc), `${file}: ${ajv.errorsText(validate.errors)}`);
  }
});
