import { execFileSync, spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';

// End to end: the esbuild bundle launched through bin/crm-roi.mjs, as `npx crm-roi` runs it.

/**
 * Builds the bundle bin/crm-roi.mjs loads. Test files run in parallel and each builds it: every build goes to a file
 * of its own, renamed into place, so no test ever launches a bundle another build is halfway through writing.
 */
export function buildCli(): void {
  const temp = `dist/cli/.crm-roi.${process.pid}.${Math.random().toString(36).slice(2)}.mjs`;
  execFileSync('npm', ['run', '--silent', 'build:cli', '--', `--outfile=${temp}`], { stdio: 'pipe' });
  renameSync(temp, 'dist/cli/crm-roi.mjs');
}

/** Runs crm-roi in the C locale (English), whatever the machine's: a test that wants a language says so. */
export const cli = (...args: string[]) => cliIn({}, ...args);

/** Runs crm-roi with these locale variables (LC_ALL, LC_MESSAGES, LANG) over the C locale. */
export function cliIn(locale: Record<string, string>, ...args: string[]) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...locale };
  const r = spawnSync(process.execPath, ['bin/crm-roi.mjs', ...args], { encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
