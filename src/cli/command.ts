import type { Locale } from '../i18n/locales';
import { warn } from './output';

/** A `crm-roi` subcommand. run() resolves to the exit code: 0 ok, 1 bad input (case, file, JSON), 2 usage error. */
export interface Command {
  name: string;
  /** One line for `crm-roi --help`. */
  summary(locale: Locale): string;
  /** Full help, printed by `crm-roi <name> --help`. */
  usage(locale: Locale): string;
  /** `locale`: the language to print in (--lang, else the environment's); English when not given. */
  run(args: string[], locale?: Locale): Promise<number>;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** Reports a usage error the same way for every command. */
export function usageError(command: Command, locale: Locale, problem: string): number {
  warn(`crm-roi ${command.name}: ${problem}\n\n${command.usage(locale)}`);
  return EXIT.usage;
}
