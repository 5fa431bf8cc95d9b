/**
 * A pattern that selects on several values at once: `.input` and `.match` for each selector, then one variant for
 * every combination of its keys (the values whose words differ) and `*`, written by `write`. MessageFormat 2 selects
 * only at the top of a pattern, so a sentence that varies in several places needs every combination (and a catalog's
 * pattern holds at most 12,000 characters: keep the selectors to the values a rule can give). `keep`, when given,
 * leaves out the combinations a rule never gives; the one of `*` alone always stays, as MessageFormat 2 asks.
 */
export const selecting = (
  selectors: Readonly<Record<string, readonly string[]>>,
  write: (keys: Readonly<Record<string, string>>) => string,
  keep: (keys: Readonly<Record<string, string>>) => boolean = () => true,
): string => {
  const names = Object.keys(selectors)
  let rows: Record<string, string>[] = [{}]
  for (const name of names) rows = rows.flatMap((row) => [...selectors[name]!, '*'].map((key) => ({ ...row, [name]: key })))
  const keyOf = (row: Readonly<Record<string, string>>) => names.map((name) => row[name]).join('\u0000')
  const kept = rows.filter((row) => names.every((name) => row[name] === '*') || keep(row))
  // Each kept row's fallbacks (its later keys as catch-alls) stay too: a catalog must hold them (see compileCatalog).
  const withCatchAlls = (row: Readonly<Record<string, string>>, from: number) => ({ ...row, ...Object.fromEntries(names.slice(from).map((name) => [name, '*'])) })
  const wanted = new Set(kept.flatMap((row) => names.map((_, from) => keyOf(withCatchAlls(row, from + 1)))))
  rows = rows.filter((row) => wanted.has(keyOf(row)))
  return [
    ...names.map((name) => `.input {$${name} :string}`),
    `.match ${names.map((name) => `$${name}`).join(' ')}`,
    ...rows.map((row) => `${names.map((name) => (row[name] === '*' ? '*' : `|${row[name]}|`)).join(' ')} {{${write(row)}}}`),
  ].join('\n')
}
