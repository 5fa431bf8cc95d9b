// The playground: an episode in a text box, and what the engine makes of it on the chosen day, run in the page.
import { BUILT_IN_CATALOG, DISCLAIMER, decideDay, outcomeReport, replayEpisode, simulateProgression, validateEpisode, type Episode } from 'rehab-engine'
import { de, localize } from 'rehab-engine/locales'
import { adherenceChart, ladderChart, painChart } from './charts.js'
import { latestDate, readEpisodeText } from './episodeText.js'
import { adherenceSeries, ladderSeries, painSeries, simulatedSeries } from './series.js'
import { decisionView, el, nameOf, problemsView, referralView, reportView } from './views.js'

const byId = <Element extends HTMLElement>(id: string) => document.getElementById(id) as Element
const editor = byId<HTMLTextAreaElement>('episode')
const todayInput = byId<HTMLInputElement>('today')
const status = byId<HTMLDivElement>('episode-status')
const language = byId<HTMLSelectElement>('language')
// Typing settles before the whole episode is replayed: a year of events takes a few tenths of a second.
const SETTLE_MS = 200

/** The catalog of the chosen language; none for English, the engine's own. */
const chosenLocale = () => (language.value === 'de' ? de : undefined)

/** An output of the engine with its reasons in the chosen language. */
const inLanguage = <Value>(value: Value): Value => {
  if (language.value !== 'de') return value
  const written = localize({ value, catalog: de })
  return written._tag === 'Right' ? written.right : value
}

/** The charts and the report of a well-formed episode up to `today`. */
const showHistory = (episode: Episode, today: string): void => {
  const replay = replayEpisode({ episode, through: today })
  const days = replay._tag === 'Right' ? replay.right : []
  byId('pain-chart').replaceChildren(painChart(painSeries(episode)))
  byId('adherence-chart').replaceChildren(adherenceChart(adherenceSeries(days)))
  byId('ladder-chart').replaceChildren(ladderChart(ladderSeries(days)))
  const report = outcomeReport({ episode, today })
  byId('report').replaceChildren(report._tag === 'Right' ? reportView(inLanguage(report.right), chosenLocale()) : el('p', { class: 'note' }, 'No report: the episode has no plan on this day.'))
}

let episode: Episode | undefined

/** Reads the editor, decides the day and draws everything again. A referral shows even when the rest of the episode is malformed. */
const update = (): void => {
  const read = readEpisodeText(editor.value)
  if (!read.ok) {
    status.replaceChildren(el('div', { class: 'problem' }, `The text cannot be read: ${read.message}`))
    return
  }
  const today = todayInput.value
  byId('disclaimer').textContent = chosenLocale()?.program.disclaimer ?? DISCLAIMER
  byId('plan').replaceChildren(decisionView(inLanguage(decideDay({ episode: read.value as never, today })), chosenLocale()))
  const valid = validateEpisode({ episode: read.value as never })
  episode = valid._tag === 'Right' ? valid.right : undefined
  status.replaceChildren(...(valid._tag === 'Left' ? [problemsView(valid.left)] : []))
  if (episode !== undefined) showHistory(episode, today)
  document.body.dataset['updated'] = String(Number(document.body.dataset['updated'] ?? 0) + 1)
}

let pending: ReturnType<typeof setTimeout> | undefined
const updateSoon = () => {
  clearTimeout(pending)
  pending = setTimeout(update, SETTLE_MS)
}

/** Puts a text in the editor, with "today" on its latest event. */
const load = (text: string): void => {
  editor.value = text
  const read = readEpisodeText(text)
  todayInput.value = (read.ok ? latestDate(read.value) : undefined) ?? todayInput.value
  update()
}

const simulate = (submitted: Event): void => {
  submitted.preventDefault()
  const chart = byId('simulation-chart')
  if (episode === undefined || todayInput.value === '') return void chart.replaceChildren(el('p', { class: 'note' }, 'Load a valid episode and a day first.'))
  const simulation = simulateProgression({
    intake: episode.intake,
    movement: byId<HTMLSelectElement>('simulate-movement').value,
    start: todayInput.value,
    weeks: byId<HTMLInputElement>('simulate-weeks').valueAsNumber,
    baselinePain: (episode.baselinePain ?? episode.intake.backPain) as number,
    response: { painDuring: byId<HTMLInputElement>('simulate-pain').valueAsNumber },
  })
  if (simulation._tag === 'Right') return void chart.replaceChildren(ladderChart(simulatedSeries(simulation.right), true))
  chart.replaceChildren(simulation.left._tag === 'InvalidInput' ? problemsView(simulation.left) : referralView(simulation.left))
}

byId<HTMLSelectElement>('simulate-movement').append(
  ...BUILT_IN_CATALOG.filter((movement) => movement.roles.includes('assessment')).map((movement) => el('option', { value: movement.id }, nameOf(movement.id))),
)
byId('load-template').addEventListener('click', () => load(__EPISODE_TEMPLATE__))
byId('load-example').addEventListener('click', () => load(__EXAMPLE_EPISODE__))
byId<HTMLInputElement>('open-file').addEventListener('change', async (changed) => {
  const file = (changed.target as HTMLInputElement).files?.[0]
  if (file !== undefined) load(await file.text())
})
editor.addEventListener('input', updateSoon)
todayInput.addEventListener('change', update)
language.addEventListener('change', update)
byId('simulate').addEventListener('submit', simulate)
load(__EPISODE_TEMPLATE__)
