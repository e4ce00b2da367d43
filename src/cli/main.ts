import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import { actualsCommand } from './actuals';
import { EXIT, type Command } from './command';
import { evaluateCommand } from './evaluate';
import { messageLocale } from './lang';
import { portfolioCommand } from './portfolio';
import { say, warn } from './output';
import { simulateCommand } from './simulate';
import { workbookCommand } from './workbook';

/** The subcommands, in the order the help lists them. A new command: import it and add it here. */
const COMMANDS: Command[] = [evaluateCommand, simulateCommand, workbookCommand, actualsCommand, portfolioCommand];

const help = (locale: Locale) =>
  t(locale, 'cli.help', { commands: COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary(locale)}`).join('\n') });

async function main(argv: string[], locale: Locale): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? warn : say)(help(locale));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const lookup = (n: string) => COMMANDS.find((c) => c.name === n);
  if (name === 'help') {
    const command = rest[0] === undefined ? undefined : lookup(rest[0]);
    if (rest[0] !== undefined && !command) return unknown(rest[0], locale);
    say(command ? command.usage(locale) : help(locale));
    return EXIT.ok;
  }
  const command = lookup(name);
  return command ? command.run(rest, locale) : unknown(name, locale);
}

function unknown(name: string, locale: Locale): number {
  warn(`crm-roi: ${t(locale, 'cli.unknownCommand', { name })}\n\n${help(locale)}`);
  return EXIT.usage;
}

const argv = process.argv.slice(2);
const locale = messageLocale(argv, process.env);
main(argv, locale).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    warn(`crm-roi: ${t(locale, 'cli.internalError', { detail: err instanceof Error ? (err.stack ?? err.message) : String(err) })}`);
    process.exitCode = EXIT.badInput;
  },
);
