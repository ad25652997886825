/** The `referat` command line: one module per subcommand, registered here. */
import { Command } from 'commander';
import { registerParse } from './parse.js';
import { registerSample } from './sample.js';
import { registerStart } from './start.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('referat')
    .description('Referat: Danish council agendas and minutes as structured, searchable open data')
    .showHelpAfterError()
    .exitOverride();
  registerParse(program);
  registerSample(program);
  registerStart(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    if (typeof code === 'number') return code;
    throw e;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
