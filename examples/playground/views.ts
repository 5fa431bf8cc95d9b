// The plan, the referral, the input problems and the outcome report as DOM nodes. Every text from the episode
// goes in through textContent, so a movement or a clinician named like markup stays text.
import { describeDose, movementName, type DayDecision, type DayPlan, type Dose, type InvalidInput, type OutcomeReport, type Reason, type Referral } from 'rehab-engine'
import type { MessageCatalog } from 'rehab-engine/locales'
import { whyOf } from './whyOf.js'

type Child = Node | string

/** An element with its children, text as text. */
export const el = <Tag extends keyof HTMLElementTagNameMap>(tag: Tag, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[Tag] => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children)
  return node
}

const table = (headers: readonly string[], rows: readonly (readonly Child[])[], rowAttributes: (index: number) => Record<string, string> = () => ({})): HTMLTableElement =>
  el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...headers.map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, ...rows.map((cells, index) => el('tr', rowAttributes(index), ...cells.map((cell) => el('td', {}, cell))))),
  )

/** A movement's name in the language of `locale` (the built-in catalog's English without one), its id when the catalog lacks it. */
export const nameOf = (movement: string, variant?: string, locale?: MessageCatalog): string => {
  const options = locale === undefined ? undefined : { locale }
  const named = movementName({ movement, ...(variant === undefined ? {} : { variant }), options })
  if (named._tag === 'Right' || variant === undefined) return named._tag === 'Right' ? named.right : movement
  const alone = movementName({ movement, options })
  return `${alone._tag === 'Right' ? alone.right : movement}: ${variant}`
}

/** A dose in words, in the language of `locale`. */
export const doseText = (dose: Dose, locale?: MessageCatalog): string => {
  const text = describeDose({ dose, options: locale === undefined ? undefined : { locale } })
  return text._tag === 'Right' ? text.right : JSON.stringify(dose)
}

const reasonList = (reasons: readonly Reason[]): HTMLUListElement => el('ul', {}, ...reasons.map((reason) => el('li', { 'data-rule': reason.rule }, reason.message)))

const planView = (plan: DayPlan, locale?: MessageCatalog): HTMLElement => {
  const rows = plan.items.map((item): Child[] =>
    item.status === 'paused'
      ? [nameOf(item.movement, item.variant, locale), 'paused', `rest until ${item.resumeOn}`, '0', reasonList(item.reasons)]
      : [nameOf(item.movement, item.variant, locale), item.status, doseText(item.dose, locale), String(item.timesToday), reasonList(whyOf(item))],
  )
  const keyOf = (index: number) => {
    const item = plan.items[index]!
    return { 'data-movement': item.variant === undefined ? item.movement : `${item.movement}/${item.variant}`, 'data-status': item.status }
  }
  const { adherence } = plan
  const share = adherence.share === undefined ? 'nothing asked yet' : `${Math.round(adherence.share * 100)}%`
  return el(
    'div',
    { 'data-date': plan.date },
    table(['Movement', 'Status', 'Dose', 'Times today', 'Why'], rows, keyOf),
    ...(plan.due.length === 0 ? [] : [el('p', {}, `Due: ${plan.due.map((due) => `${due.kind} (since ${due.date})`).join(', ')}.`)]),
    el('p', {}, `Done against asked, ${adherence.from} to ${adherence.through}: ${adherence.done} of ${adherence.prescribed} (${share}), ${adherence.skipped} skipped.`),
    reasonList(plan.reasons),
  )
}

export const referralView = (referral: Referral): HTMLElement =>
  el(
    'div',
    { class: 'referral', 'data-referral': referral.cause },
    el('strong', {}, referral.cause === 'too-few-tolerable' ? 'No plan: see a clinician first.' : 'Refer: do not exercise today.'),
    el('p', {}, `Urgency: ${referral.urgency}. ${referral.advice}`),
    reasonList(referral.reasons),
  )

/** The problems of a refused input, each with its path and code. */
export const problemsView = (invalid: InvalidInput): HTMLElement =>
  el('div', { class: 'problem' }, el('strong', {}, 'The episode is not valid:'), el('ul', {}, ...invalid.issues.map((issue) => el('li', {}, `${issue.path.join('.')}: ${issue.message} (${issue.code})`))))

/** A day's decision: the plan, the referral that holds, or what is wrong with the input; names and doses in the language of `locale`. */
export const decisionView = (decision: DayDecision, locale?: MessageCatalog): HTMLElement => {
  if (decision._tag === 'Right') return planView(decision.right, locale)
  return decision.left._tag === 'InvalidInput' ? problemsView(decision.left) : referralView(decision.left)
}

/** The outcome report: back pain against the baseline, and each movement's sessions and rungs. */
export const reportView = (report: OutcomeReport, locale?: MessageCatalog): HTMLElement => {
  const { backPain } = report
  const now = backPain.now === undefined ? 'no morning logged yet' : `${backPain.now}/10 now against ${backPain.baseline}/10 at the start`
  const rows = report.movements.map((movement): Child[] => [
    nameOf(movement.movement, movement.variant, locale),
    String(movement.sessions),
    movement.firstRung === undefined ? '' : `${movement.firstRung} to ${movement.latestRung}`,
  ])
  return el(
    'div',
    { 'data-verdict': backPain.verdict },
    el('p', {}, `Day ${report.daysSinceStart} since ${report.start}. Back pain: ${now} (${backPain.verdict}).`),
    table(['Movement', 'Sessions', 'Rungs'], rows),
    reasonList(report.reasons),
  )
}
