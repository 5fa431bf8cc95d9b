import * as z from 'zod'
import type { CatalogInput } from './catalogSchema.js'

/**
 * The `catalog` option every function takes. Its shape is checked when the
 * catalog is resolved (once per call, or never for a parsed catalog), so the
 * options schema only carries its type.
 */
export const catalogOption = z.custom<CatalogInput>(() => true).optional()
