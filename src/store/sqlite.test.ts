/** The store suite on a real SQLite file in a temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from './store.js';
import { defineStoreSuite } from './suite.js';

const dir = mkdtempSync(join(tmpdir(), 'referat-sqlite-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

defineStoreSuite('SQLite', () => openStore(join(dir, `store-${++n}.db`)));
