import * as z from 'zod'

type Path = readonly PropertyKey[]

const read = (value: unknown, key: PropertyKey): { readonly value: unknown } | undefined => {
  try {
    return { value: (value as Record<PropertyKey, unknown>)[key] }
  } catch {
    return undefined
  }
}

/**
 * Where in `input` a read throws, following the keys `schema` names: a value
 * can pass for plain data (a Proxy whose other traps answer) and throw only
 * when one of its keys is read. The path of the first key that throws, as
 * deep as the schema's objects, lists and optional fields lead; empty when
 * none is found.
 */
export const throwingPath = (schema: z.ZodType, input: unknown, at: Path = []): Path => {
  if (typeof input !== 'object' || input === null) return []
  // Any read at all: a value that throws on every key is found here, whatever the schema wanted of it.
  if (read(input, 'length') === undefined) return at
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return throwingPath(schema.unwrap() as z.ZodType, input, at)
  if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const got = read(input, key)
      if (got === undefined) return [...at, key]
      const deeper = throwingPath(field, got.value, [...at, key])
      if (deeper.length > 0) return deeper
    }
    return []
  }
  if (schema instanceof z.ZodArray && Array.isArray(input)) {
    for (let index = 0; index < input.length; index++) {
      const got = read(input, index)
      if (got === undefined) return [...at, index]
      const deeper = throwingPath(schema.element as z.ZodType, got.value, [...at, index])
      if (deeper.length > 0) return deeper
    }
  }
  return []
}
