import * as z from 'zod'

/** The longest id a catalog entry, variant or focus tag may have. */
export const MAX_ID_LENGTH = 64

/**
 * A reference to an id that the catalog will look up: any string of a sane
 * length. A regex here would run on every result and log for nothing, since an
 * id not in the catalog is refused there with a clearer message.
 */
export const idReference = z.string().min(1).max(MAX_ID_LENGTH)

/** Ids are lower-case kebab-case, so they read well in URLs, files and reason paths. */
export const kebabId = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a lower-case kebab-case id such as "hip-bridge"' })
