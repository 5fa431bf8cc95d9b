import type { Catalog } from '../catalog/catalogSchema.js'
import type { ProgramItem } from './program.js'

/**
 * A movement's name from the catalog, its variant's name after a colon; the
 * id when the catalog lacks it. `written` writes each name for the output
 * (escapes it for Markdown, say) and leaves the colon between them alone.
 */
export const itemName = (item: ProgramItem, catalog: Catalog, written: (name: string) => string = (name) => name): string => {
  const movement = catalog.find((entry) => entry.id === item.movement)
  const name = written(movement?.name ?? item.movement)
  if (item.variant === undefined) return name
  return `${name}: ${written(movement?.variants.find((variant) => variant.id === item.variant)?.name ?? item.variant)}`
}
