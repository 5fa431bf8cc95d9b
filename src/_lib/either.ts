/*
 * Results are fp-ts Eithers: the types come from fp-ts, and every module
 * imports them through this one file. The two constructors are written here
 * rather than imported: an Either is the plain object `{ _tag, left }` or
 * `{ _tag, right }`, which fp-ts's own functions read as theirs, and loading
 * fp-ts/lib/Either.js at run time loads about twenty CommonJS modules of
 * fp-ts, which took longer than the engine's own code to import. So the
 * package needs fp-ts for its types alone.
 *
 * (fp-ts ships no `exports` map, so a bare `fp-ts/Either` import fails under
 * Node ESM; the type imports name `lib/*.js`, which works from ESM and CJS.)
 */
import type { Either, Left, Right } from 'fp-ts/lib/Either.js'

export type { Either, Left, Right }

/** A failure: `{ _tag: 'Left', left }`, as fp-ts's `left` makes it. */
export const left = <E = never, A = never>(failure: E): Either<E, A> => ({ _tag: 'Left', left: failure })

/** A success: `{ _tag: 'Right', right }`, as fp-ts's `right` makes it. */
export const right = <E = never, A = never>(value: A): Either<E, A> => ({ _tag: 'Right', right: value })
