// `npm run validate [file]`: offline manifest check (default dist/manifest.xml when built, else manifest.xml).
// A built manifest's URLs must also name files its build emitted beside it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { checkManifest } from './manifest-check';

const file = process.argv[2] ?? (existsSync('dist/manifest.xml') ? 'dist/manifest.xml' : 'manifest.xml');
const built = resolve(file).startsWith(resolve('dist') + sep);
const { problems } = checkManifest(readFileSync(file, 'utf8'), built ? (f) => existsSync(join(dirname(file), f)) : undefined);
for (const p of problems) console.error(`${file}: ${p}`);
console.log(problems.length ? `${file}: ${problems.length} problem(s)` : `${file}: ok`);
process.exitCode = problems.length ? 1 : 0;
