import * as z from 'zod'

/**
 * A list schema that refuses an over-long list before it looks at a single
 * element. zod checks `max` only after parsing every element, so a hostile
 * payload of a million entries would otherwise cost a million element parses
 * and a million issues.
 */
export const boundedList = <Item extends z.ZodType>(item: Item, max: number) =>
  z
    .unknown()
    .check(
      z.refine((value) => !Array.isArray(value) || value.length <= max, {
        message: `must hold at most ${max} items`,
        abort: true,
      }),
    )
    .pipe(z.array(item).max(max))
