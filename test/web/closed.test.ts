/** Closed items never show their content — against SQLite (the same tests run against PostgreSQL in postgres.test.ts). */
import { after, before, describe } from 'node:test';
import { startFixture, type WebFixture } from './fixture.js';
import { closedTests } from './closed-suite.js';

let fixture: WebFixture | null = null;

describe('Closed items never show their content (SQLite)', () => {
  before(async () => {
    fixture = await startFixture();
  });
  after(async () => {
    await fixture?.close();
  });
  closedTests(() => fixture!);
});
