import { actualsCommand } from './actuals';
import { EXIT, type Command } from './command';
import { evaluateCommand } from './evaluate';
import { say, warn } from './output';
import { simulateCommand } from './simulate';
import { workbookCommand } from './workbook';

/** The subcommands, in the order the help lists them. A new command: import it and add it here. */
const COMMANDS: Command[] = [evaluateCommand, simulateCommand, workbookCommand, actualsCommand];

const HELP = `crm-roi: CRM business cases (costs, benefits, NPV, ROI, payback) from the command line.

Usage: crm-roi <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary}`).join('\n')}

Run "crm-roi <command> --help" for the options of a command.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? warn : say)(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const lookup = (n: string) => COMMANDS.find((c) => c.name === n);
  if (name === 'help') {
    const command = rest[0] === undefined ? undefined : lookup(rest[0]);
    if (rest[0] !== undefined && !command) return unknown(rest[0]);
    say(command ? command.usage : HELP);
    return EXIT.ok;
  }
  const command = lookup(name);
  return command ? command.run(rest) : unknown(name);
}

function unknown(name: string): number {
  warn(`crm-roi: unknown command "${name}"\n\n${HELP}`);
  return EXIT.usage;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    warn(`crm-roi: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = EXIT.badInput;
  },
);
