import { BUILT_IN_CATALOG } from '../../index.js'
import { formatOption, resolveFormat, voiceFor, type CliContext, type Format } from '../context.js'
import { EXIT } from '../exitCodes.js'
import { catalogBlocks, renderBlocks, type ReadableFormat } from '../render.js'

/** catalog: the built-in movements. */
export const addCatalogCommand = (context: CliContext): void => {
  context.program
    .command('catalog')
    .description('list the built-in movements')
    .addOption(formatOption(['table', 'json', 'md']))
    .addHelpText('after', '\nExample:\n  rehab-engine catalog --format md\n')
    .action((options: { format?: Format }) => {
      const format = resolveFormat(context.io, options.format)
      const voice = voiceFor(context)
      context.io.out(format === 'json' ? `${JSON.stringify(BUILT_IN_CATALOG, null, 2)}\n` : `${renderBlocks(catalogBlocks(BUILT_IN_CATALOG, voice), format as ReadableFormat, voice)}\n`)
      context.exit.code = EXIT.done
    })
}
