// The shipped catalogs against the engine: every reason the corpus gathers carries the values its English
// pattern speaks of, the English catalog writes exactly the message the rule wrote, the German catalog
// speaks of the same values, and a pseudo-language shows no English left.
import { describe, expect, it } from 'vitest'
import type { Reason, Referral, RuleId } from '../../src/index.js'
import { RULE_IDS } from '../../src/shared/rules.js'
import { compileCatalog, type CompiledCatalog } from '../../src/messages/compileCatalog.js'
import { localize, localizeReason } from '../../src/messages/localize.js'
import { MessageCatalogSchema, type MessageCatalog } from '../../src/messages/messageCatalog.js'
import { de, en } from '../../src/locales.js'
import { referralsMet } from './corpus/collect.js'
import { corpus } from './corpus/index.js'
import { pseudoCatalog, variablesOf } from './pseudo.js'

const compiled = (catalog: MessageCatalog): CompiledCatalog => {
  const result = compileCatalog(catalog)
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left))
  return result.right
}

const reasons = corpus()
const byRule = new Map<RuleId, Reason[]>()
for (const reason of reasons) byRule.set(reason.rule, [...(byRule.get(reason.rule) ?? []), reason])

describe('the shipped catalogs', () => {
  it.each([en, de])('the $locale catalog is a valid catalog whose every pattern parses', (catalog) => {
    expect(MessageCatalogSchema.safeParse(catalog).success).toBe(true)
    expect(compileCatalog(catalog)._tag).toBe('Right')
  })

  it.each(RULE_IDS)('%s: German speaks of the same values as English', (rule) => {
    expect(variablesOf(de.reasons[rule])).toEqual(variablesOf(en.reasons[rule]))
  })

  it('the corpus holds a reason of every rule, so every pattern below is checked against the engine', () => {
    expect(RULE_IDS.filter((rule) => !byRule.has(rule))).toEqual([])
  })
})

describe('every reason of the corpus', () => {
  const english = compiled(en)
  const german = compiled(de)
  const pseudo = compiled(pseudoCatalog(en))

  it.each([...byRule.keys()])('%s: carries exactly the values of its pattern, which writes its English message', (rule) => {
    for (const reason of byRule.get(rule)!) {
      expect(Object.keys(reason.params ?? { missing: true }).sort(), reason.message).toEqual(variablesOf(en.reasons[rule]))
      expect(localizeReason(english, reason).message).toBe(reason.message)
    }
  })

  it.each([...byRule.keys()])('%s: is written in German, and in the pseudo-language with no English left', (rule) => {
    for (const reason of byRule.get(rule)!) {
      expect(localizeReason(german, reason).message, reason.message).not.toBe(reason.message)
      const values = Object.values(reason.params ?? {}).flatMap((value) => (typeof value === 'object' && !Array.isArray(value) ? [] : [value].flat().map(String)))
      let text = localizeReason(pseudo, reason).message
      for (const value of values.sort((a, b) => b.length - a.length)) text = text.split(value).join('')
      expect(text.match(/[A-Za-z]{3,}/g), `${reason.message} -> ${text}`).toBeNull()
    }
  })
})

describe('movements in German reasons', () => {
  const german = compiled(de)
  const builtIn = new Set(Object.keys(de.movements))

  it('are named by their German names, never by their ids, wherever a reason speaks of one', () => {
    let named = 0
    for (const reason of reasons) {
      const message = localizeReason(german, reason).message
      for (const value of Object.values(reason.params ?? {})) {
        if (typeof value !== 'string' || !builtIn.has(value)) continue
        expect(message, `${reason.rule}: ${message}`).not.toMatch(new RegExp(`(^|[^a-z-])${value}($|[^a-z-])`))
        if (message.includes(de.movements[value as keyof typeof de.movements].name)) named++
      }
    }
    expect(named).toBeGreaterThan(100)
  })

  it('keep an id the catalog does not know as it is, an id an object inherits too', () => {
    const reason = reasons.find((entry) => entry.rule === 'pain-during')!
    for (const movement of ['handstand', 'constructor', 'toString']) {
      expect(localizeReason(german, { ...reason, params: { ...reason.params, movement } }).message).toContain(movement)
    }
  })
})

describe('every referral of the corpus', () => {
  const adviceIn = (catalog: MessageCatalog, referral: Referral) => {
    const written = localize({ value: referral, catalog })
    if (written._tag === 'Left') throw new Error(JSON.stringify(written.left))
    return written.right.advice
  }
  const kinds = new Map(referralsMet.map((referral) => [`${referral.cause} ${referral.urgency}`, referral]))

  it('meets a referral of every cause, and of every urgency of a red flag', () => {
    expect([...new Set(referralsMet.map((referral) => (referral.cause === 'red-flag' ? `red-flag-${referral.urgency}` : referral.cause)))].sort()).toEqual(
      Object.keys(en.advice).sort(),
    )
  })

  it.each([...kinds.keys()])('%s: the English catalog gives its advice, German another, the pseudo-language no English', (kind) => {
    for (const referral of referralsMet.filter((entry) => `${entry.cause} ${entry.urgency}` === kind)) {
      expect(adviceIn(en, referral)).toBe(referral.advice)
      expect(adviceIn(de, referral)).not.toBe(referral.advice)
      expect(adviceIn(pseudoCatalog(en), referral).match(/[A-Za-z]{3,}/g)).toBeNull()
    }
  })
})
