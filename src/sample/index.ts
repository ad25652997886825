/**
 * Referat's own sample data: a deterministic generator of realistic Danish committee agendas and
 * minutes in the layouts of the reference documents, with the structure a perfect importer would
 * recover (the truth) for each document. See generate.ts for the options.
 */
export { generateCorpus, resolvedOptions } from './generate.js';
export type { LayoutName, SampleDocument, SampleOptions, SampleSummary } from './generate.js';
export { writeSample, writeSampleSync } from './write.js';
export type { WriteOptions, WriteSummary } from './write.js';
export { LAYOUTS } from './world.js';
