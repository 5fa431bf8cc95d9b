import * as z from 'zod'

/** The longest id a catalog entry, variant or focus tag may have. */
const MAX_ID_LENGTH = 64

/** Ids are lower-case kebab-case, so they read well in URLs, files and reason paths. */
export const kebabId = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a lower-case kebab-case id such as "hip-bridge"' })
