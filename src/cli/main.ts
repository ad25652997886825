/** The `referat` command line: one module per subcommand, registered here. */
import { Command } from 'commander';
import { registerParse } from './parse.js';
import { registerImport } from './import.js';
import { registerSearch } from './search.js';
import { registerCase } from './case.js';
import { registerPerson } from './person.js';
import { registerSample } from './sample.js';
import { registerStart } from './start.js';
import { registerServe } from './serve.js';
import { registerExport } from './export.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('referat')
    .description('Referat: Danish council agendas and minutes as structured, searchable open data')
    .showHelpAfterError()
    .exitOverride();
  registerParse(program);
  registerImport(program);
  registerSearch(program);
  registerCase(program);
  registerPerson(program);
  registerSample(program);
  registerStart(program);
  registerServe(program);
  registerExport(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code;
    throw e;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
