/** The portal — against SQLite (the same tests run against PostgreSQL in postgres.test.ts). */
import { describeWithFixture } from './fixture.js';
import { portalTests } from './portal-suite.js';

describeWithFixture('The portal (SQLite)', {}, portalTests);
