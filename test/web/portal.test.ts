/** The portal — against SQLite (the same tests run against PostgreSQL in postgres.test.ts). */
import { after, before, describe } from 'node:test';
import { startFixture, type WebFixture } from './fixture.js';
import { portalTests } from './portal-suite.js';

let fixture: WebFixture | null = null;

describe('The portal (SQLite)', () => {
  before(async () => {
    fixture = await startFixture();
  });
  after(async () => {
    await fixture?.close();
  });
  portalTests(() => fixture!);
});
