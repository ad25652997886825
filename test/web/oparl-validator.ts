/**
 * Validation of OParl objects against the official OParl 1.1 JSON Schemas in ../shared/oparl/schema,
 * with a standard validator (ajv 8), set up as ../shared/oparl/README.md says the files need:
 * Unicode regexps off (the patterns contain `\:`), the non-standard `schema` keyword as a reference to
 * the named file (so embedded objects are checked too; `Body.mainOrganization`'s `"schema":
 * "Organization"` on a URL string is skipped), each schema registered under its schema.oparl.org
 * URL and picked by the object's `type`, our own `url` format (ajv-formats rejects loopback URLs),
 * `created`/`modified` required on every object, and `required` relaxed for deleted objects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

export const SCHEMA_BASE = 'https://schema.oparl.org/1.1/';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function validDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export interface OParlValidator {
  /** Errors of one object (empty when valid), checked by its `type`. */
  validate(obj: unknown): string[];
}

export function oparlValidator(schemaDir: string): OParlValidator {
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true, validateFormats: true });
  ajv.addFormat('url', { type: 'string', validate: (s: string) => URL.canParse(s) && /^https?:\/\//.test(s) });
  ajv.addFormat('date', { type: 'string', validate: validDate });
  ajv.addFormat('date-time', { type: 'string', validate: (s: string) => DATE_TIME_RE.test(s) && validDate(s.slice(0, 10)) && Number.isFinite(Date.parse(s)) });
  ajv.addKeyword({
    keyword: 'schema',
    macro: (name: unknown) => (typeof name === 'string' && name.endsWith('.json') ? { $ref: SCHEMA_BASE + name } : {}),
  });
  const byType = new Map<string, ValidateFunction>();
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.json'));
  for (const f of files) {
    const schema = JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: SCHEMA_BASE + f }, SCHEMA_BASE + f);
  }
  for (const f of files) {
    const name = f.replace(/\.json$/, '');
    byType.set(SCHEMA_BASE + name, ajv.getSchema(SCHEMA_BASE + f)!);
  }

  const deletedKeys = new Set(['id', 'type', 'created', 'modified', 'deleted']);

  /** created/modified on the object and every embedded OParl object; deleted objects carry only the allowed keys. */
  function timestamps(obj: unknown, path: string, errors: string[]): void {
    if (Array.isArray(obj)) {
      obj.forEach((x, i) => timestamps(x, `${path}[${i}]`, errors));
      return;
    }
    if (!obj || typeof obj !== 'object') return;
    const o = obj as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith(SCHEMA_BASE)) {
      for (const k of ['created', 'modified']) if (typeof o[k] !== 'string') errors.push(`${path || '/'}: ${k} missing`);
      if (o.deleted === true) for (const k of Object.keys(o)) if (!deletedKeys.has(k)) errors.push(`${path || '/'}: deleted object carries ${k}`);
    }
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') timestamps(v, `${path}/${k}`, errors);
  }

  return {
    validate(obj: unknown): string[] {
      const errors: string[] = [];
      const o = obj as Record<string, unknown> | null;
      if (!o || typeof o !== 'object' || typeof o.type !== 'string') return ['not an OParl object (no type)'];
      const fn = byType.get(o.type);
      if (!fn) return [`unknown type ${o.type}`];
      if (o.deleted === true) {
        for (const k of ['id', 'type', 'created', 'modified']) if (typeof o[k] !== 'string') errors.push(`deleted object without ${k}`);
      } else if (!fn(o)) {
        for (const e of fn.errors ?? []) errors.push(`${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
      }
      timestamps(o, '', errors);
      return errors;
    },
  };
}
