/*
 * fp-ts ships no `exports` map, so a bare `fp-ts/Either` import fails under
 * Node ESM (ERR_UNSUPPORTED_DIR_IMPORT); the `lib/*.js` path works from both
 * ESM and CJS. Every module imports Either through this one file.
 */
export { left, right } from 'fp-ts/lib/Either.js'
export type { Either, Left, Right } from 'fp-ts/lib/Either.js'
