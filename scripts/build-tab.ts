/**
 * Builds the support team's tab (web/tab) into lib/web, which the bot serves at /tab/: the page's
 * TypeScript bundled by esbuild with the Teams JavaScript library and Chart.js, plus the HTML and CSS.
 * Run by `npm run build`; lib/ is git-ignored.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'web', 'tab');
export const WEB_OUT = path.join(ROOT, 'lib', 'web');

export async function buildTab(outDir = WEB_OUT): Promise<void> {
  rmSync(outDir, { recursive: true, force: true }); // no chunk of an earlier build left behind
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { tab: path.join(SOURCE, 'src', 'main.ts'), config: path.join(SOURCE, 'src', 'config.ts') },
    outdir: outDir,
    bundle: true,
    // Modules, split: the Teams library is a chunk of its own, loaded only inside Teams.
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'config.html', 'tab.css']) copyFileSync(path.join(SOURCE, file), path.join(outDir, file));
}

if (require.main === module) {
  buildTab().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
