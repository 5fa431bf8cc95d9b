import type { Catalog } from '../catalog/catalogSchema.js'
import type { ProgramItem } from './program.js'

/** A movement's name from the catalog, its variant's name after a colon; the id when the catalog lacks it. */
export const itemName = (item: ProgramItem, catalog: Catalog): string => {
  const movement = catalog.find((entry) => entry.id === item.movement)
  const name = movement?.name ?? item.movement
  if (item.variant === undefined) return name
  return `${name}: ${movement?.variants.find((variant) => variant.id === item.variant)?.name ?? item.variant}`
}
