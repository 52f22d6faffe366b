// Bundles the career-feed command from its TypeScript sources once per test process, so the
// tests never run a stale dist/. Packages stay external and resolve from the repository's
// node_modules. Set CAREER_FEED_BIN to test an already built command (dist/cli/career-feed.js).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let built;

/** The path of a runnable career-feed.js. */
export async function careerFeedBin() {
  if (process.env.CAREER_FEED_BIN) return process.env.CAREER_FEED_BIN;
  built ??= (async () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
    const outdir = join(repoRoot, 'node_modules', '.cache', 'career-feed-tests', String(process.pid));
    mkdirSync(outdir, { recursive: true });
    process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));
    const outfile = join(outdir, 'career-feed.js');
    await build({
      entryPoints: [join(repoRoot, 'src', 'cli', 'career-feed.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      define: { __VERSION__: JSON.stringify(version) },
      logLevel: 'error',
    });
    return outfile;
  })();
  return built;
}
