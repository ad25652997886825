/**
 * The portal, the OParl API and the closed-item guarantees against PostgreSQL: the same tests as
 * portal.test.ts, oparl.test.ts and closed.test.ts, on a throw-away PostgreSQL server filled by the
 * real importer with the same documents.
 */
import { describe } from 'node:test';
import { closedTests } from './closed-suite.js';
import { describeWithFixture } from './fixture.js';
import { oparlTests } from './oparl-suite.js';
import { portalTests } from './portal-suite.js';

describeWithFixture('PostgreSQL', { postgres: true }, (fixture) => {
  describe('OParl 1.1 API', () => oparlTests(fixture));
  describe('closed items never show their content', () => closedTests(fixture));
  describe('the portal', () => portalTests(fixture));
});
