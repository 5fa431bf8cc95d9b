import * as z from 'zod'
import { readString } from '../_lib/plainReader.js'
import { INPUT_LIMITS } from './limits.js'

/**
 * A reference to an id that the catalog will look up: any string of a sane
 * length. A regex here would run on every result and log for nothing, since an
 * id not in the catalog is refused there with a clearer message.
 */
export const idReference = z.string().min(1).max(INPUT_LIMITS.idLength)

/** An id reference read by hand, as idReference reads it. */
export const readIdReference = readString(1, INPUT_LIMITS.idLength)

/** Ids are lower-case kebab-case, so they read well in URLs, files and reason paths. */
export const kebabId = z
  .string()
  .max(INPUT_LIMITS.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a lower-case kebab-case id such as "hip-bridge"' })
