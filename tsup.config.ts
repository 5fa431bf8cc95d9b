import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

export default defineConfig([
  {
    // The library, its calendar export at rehab-engine/ics and its other languages at rehab-engine/locales: ESM and
    // CJS with types. It never imports the CLI.
    // The entries share their common code as chunks, so a catalog parsed through one is the same module's
    // value in the other, in CommonJS as in ESM.
    entry: { index: 'src/index.ts', ics: 'src/ics.ts', locales: 'src/locales.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    clean: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
  },
  {
    // The command line: one ESM file for the package's bin, run by Node.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    define: { __REHAB_ENGINE_VERSION__: JSON.stringify(version) },
  },
])
