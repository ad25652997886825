/** Closed items never show their content — against SQLite (the same tests run against PostgreSQL in postgres.test.ts). */
import { describeWithFixture } from './fixture.js';
import { closedTests } from './closed-suite.js';

describeWithFixture('Closed items never show their content (SQLite)', {}, closedTests);
