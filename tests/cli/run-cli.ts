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

export function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/crm-roi.mjs', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
