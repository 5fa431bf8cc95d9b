import { expect } from 'vitest'
import type * as z from 'zod'
import { deepFreeze, jsonRoundTrip } from './deepFreeze.js'

/**
 * Asserts what every public function promises: called twice on a deep-frozen
 * copy of `input` it gives equal results (so it neither writes to its input
 * nor depends on hidden state), the input is unchanged, the result survives a
 * JSON round trip, and its success value passes `schema`.
 */
export const expectPure = <Input, Result extends { readonly _tag: 'Left' | 'Right' }>(
  call: (input: Input) => Result,
  input: Input,
  schema: z.ZodType,
): Result => {
  const snapshot = structuredClone(input)
  const frozen = deepFreeze(structuredClone(input))
  const result = call(frozen)
  expect(call(frozen)).toEqual(result)
  expect(frozen).toEqual(snapshot)
  expect(jsonRoundTrip(result)).toEqual(result)
  if (result._tag === 'Right') expect(schema.safeParse((result as unknown as { right: unknown }).right).success).toBe(true)
  return result
}
