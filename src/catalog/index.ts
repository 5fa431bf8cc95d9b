export { FOCUS_AREAS, type BuiltInFocusArea } from './focusArea.js'
export {
  MAX_FOCUS_PER_MOVEMENT,
  MAX_VARIANTS_PER_MOVEMENT,
  RoleSchema,
  VariantSchema,
  DoseShapeSchema,
  MovementSchema,
  type Role,
  type Variant,
  type DoseShape,
  type Movement,
} from './movement.js'
export { movements, type Catalog } from './movements.js'
export { CatalogSchema, MAX_CATALOG_MOVEMENTS, MAX_CATALOG_FOCUS_AREAS } from './catalogSchema.js'
export { parseCatalog } from './parseCatalog.js'
export { findMovement } from './findMovement.js'
