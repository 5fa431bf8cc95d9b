import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  // Peer dependencies stay external so the app's own copies of zod and fp-ts are used.
  external: ['zod', 'fp-ts'],
})
