import type { CompiledCatalog } from '../../catalog/compiledCatalog.js'
import { describeMovement } from '../../catalog/lookUpMovement.js'
import type { Movement } from '../../catalog/movement.js'
import { formatDose } from '../../shared/formatDose.js'
import type { MovementRef } from '../../shared/movementRef.js'
import { SOURCES } from '../../shared/sources.js'
import type { DoseDecision } from '../doseDecision.js'
import { describePosition, positionParams, rungReason, type StartedPosition } from '../ladderPosition.js'
import { nextLoad, withLoad } from './loadStep.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import type { Decide } from './decide.js'
import { extend } from '../../_lib/extend.js'

/** The harder form suggested after the top: the movement's next variant, or the catalog's `harderForm`. */
export const harderFormOf = (movement: Movement, variant: string | undefined): MovementRef | undefined => {
  // No variant, or one not listed, finds no index (-1), so the first variant is next.
  const next = movement.variants[movement.variants.findIndex((entry) => entry.id === variant) + 1]
  if (next !== undefined) return { movement: movement.id, variant: next.id }
  return movement.harderForm === undefined ? undefined : { movement: movement.harderForm }
}

/** The top of a load-step ladder: add load (2-10%) and drop back, once the load used is known. */
const loadStep = (position: StartedPosition, backTo: number, percent: number, decide: Decide): DoseDecision => {
  const at = describePosition(position)
  const params = positionParams(position)
  const { current, loadKg } = position
  if (loadKg === undefined) {
    return decide('hold', current, rungReason(position, 'needs-load', `${at}: the top. Log the load used, in kg, to take a load step from here.`, current, params))
  }
  const heavier = nextLoad(loadKg, percent)
  const maxKg = INPUT_LIMITS.dose.loadKg
  if (heavier > maxKg) {
    return decide('hold', current, rungReason(position, 'load-at-maximum', `${at} with ${loadKg} kg: a further step would pass ${maxKg} kg.`, current, extend(params, { loadKg, maxKg })))
  }
  const back = position.ladder.rungs[backTo]!
  const reason = {
    rule: 'load-step',
    message: `${at}: the top. Add ${percent}% load (${loadKg} kg to ${heavier} kg) and go back to ${formatDose(back)}.`,
    ...position.subject,
    value: heavier,
    limit: percent,
    source: SOURCES.loadStep,
    params: extend(params, { percent, fromKg: loadKg, toKg: heavier, backTo: back }),
  } as const
  return { ...decide('progress', backTo, reason), dose: withLoad(position.ladder.rungs[backTo]!, heavier) }
}

/**
 * What follows the top of a ladder, as the ladder says: `stay` there;
 * `advance` to another movement at the bottom of its own ladder (the deadbug
 * to the advanced hold); a `load-step` (the thoracic press); or the
 * `harder-form`, suggested for the next reassessment (the rehab movements).
 */
export const afterTop = (position: StartedPosition, movement: Movement, catalog: CompiledCatalog, loadStepPercent: number, decide: Decide): DoseDecision => {
  const at = describePosition(position)
  const params = positionParams(position)
  const { current } = position
  const next = position.ladder.afterTop
  // A movement a message does not name (no ladder to advance to, no harder form) is written as an empty name, which the patterns select on.
  switch (next.kind) {
    case 'stay':
      return decide('hold', current, rungReason(position, 'ladder-top', `${at}: the top of its ladder. Keep it there.`, current, extend(params, { advanceTo: '' })))
    case 'advance': {
      const target = catalog.byId.get(next.to)
      const start = target?.ladder?.rungs[0]
      if (target === undefined || start === undefined) {
        const message = `${at}: the top, and "${next.to}" has no ladder to advance to.`
        return decide('hold', current, rungReason(position, 'ladder-top', message, current, extend(params, { advanceTo: next.to })))
      }
      const message = `${at}: the top. Advance to ${target.movement.id}, starting at ${formatDose(start)}.`
      const reason = rungReason(position, 'ladder-advance', message, current, extend(params, { advanceTo: target.movement.id, start }))
      return { ...decide('advance', current, reason), dose: start, advanceTo: { movement: target.movement.id } }
    }
    case 'load-step':
      return loadStep(position, next.backTo, loadStepPercent, decide)
    case 'harder-form': {
      const harder = harderFormOf(movement, position.subject.variant)
      const message =
        harder === undefined
          ? `${at}: the top. Keep it there; it has no harder form.`
          : `${at}: the top. Keep it there and try ${describeMovement(harder)} at the next reassessment.`
      const reason = rungReason(position, 'reassess-harder-form', message, current, extend(params, { harderForm: harder === undefined ? '' : describeMovement(harder) }))
      const decision = decide('hold', current, reason)
      return harder === undefined ? decision : extend(decision, { harderForm: harder })
    }
    default: {
      const unreachable: never = next
      return unreachable
    }
  }
}
