/**
 * `npm run build:cli` (also run by `prepare`, so on every `npm ci`): bundles the command-line tool,
 * zod included, into one plain JavaScript file, `build/cli/deskshift.mjs`, so `npx deskshift` starts without transpiling.
 * The entry is `src/cli/bin.ts`; `src/cli/deskshift.mjs` (the package's bin) loads the bundle.
 */
import { defineConfig } from 'vite';

/**
 * Where the bundle goes; `src/cli/deskshift.mjs` expects `deskshift.mjs` there. Not under `dist/`:
 * building the site empties `dist/`, which would delete the CLI. Two folders deep, as `src/cli/`
 * is, so paths relative to the module (`calibrate` finds `../../scenarios`) hold in both.
 */
export const CLI_OUT_DIR = 'build/cli';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: CLI_OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { deskshift: 'src/cli/bin.ts' },
      // One file: it starts faster than the entry plus a chunk per lazily loaded subcommand.
      output: { format: 'es', entryFileNames: '[name].mjs', codeSplitting: false },
    },
  },
});
