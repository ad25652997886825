/** OParl 1.1 API — against SQLite (the same tests run against PostgreSQL in postgres.test.ts). */
import { describeWithFixture } from './fixture.js';
import { oparlTests } from './oparl-suite.js';

describeWithFixture('OParl 1.1 API (SQLite)', {}, oparlTests);
