import * as z from 'zod'

/**
 * A list schema with a cap. Every list an input can hold has one, outputs that
 * can be passed back in included, so no list costs more than its cap (and
 * inspectPlainData keeps any list under PLAIN_DATA_LIMITS before a schema sees
 * it). Use this instead of `z.array`.
 */
export const boundedList = <Item extends z.ZodType>(item: Item, bounds: { readonly min?: number; readonly max: number }) =>
  z.array(item).min(bounds.min ?? 0).max(bounds.max)
