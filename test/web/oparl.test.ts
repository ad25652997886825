/** OParl 1.1 API — against SQLite (the same tests run against PostgreSQL in postgres.test.ts). */
import { after, before, describe } from 'node:test';
import { startFixture, type WebFixture } from './fixture.js';
import { oparlTests } from './oparl-suite.js';

let fixture: WebFixture | null = null;

describe('OParl 1.1 API (SQLite)', () => {
  before(async () => {
    fixture = await startFixture();
  });
  after(async () => {
    await fixture?.close();
  });
  oparlTests(() => fixture!);
});
