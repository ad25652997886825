/**
 * Generates the JSON Schema of the domain model from its TypeScript types (src/model/index.ts), so
 * the published schema can never drift from the code: `npm run schema` writes it, and a test checks
 * that the committed file is what the generator makes.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { projectRoot } from '../test/support/paths.js';

export const SCHEMA_FILE = 'schema/meeting-document.schema.json';

export function generateModelSchema(): string {
  const root = projectRoot();
  const schema = createGenerator({
    path: join(root, 'src', 'model', 'index.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'MeetingDocument',
    expose: 'export',
    jsDoc: 'extended',
    topRef: true,
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema('MeetingDocument');
  schema.$id = 'https://referat.dk/schema/meeting-document.schema.json';
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  writeFileSync(join(projectRoot(), SCHEMA_FILE), generateModelSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
