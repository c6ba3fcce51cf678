import packageJson from '../../../package.json' with { type: 'json' }
import { createMainServices } from '../../main/services'
import { createQueuedDialogPort } from '../../main/services/queuedDialogPort'
import { defaultUserDataDir } from '../../main/services/userDataDir'
import { UsageError, type CliCommand } from '../command'

/** Prints the version, the data folder and the library folder as one JSON object. */
export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the version, the data folder and the library folder (JSON).',
  usage: '',
  async run(args, io) {
    if (args.length > 0) throw new UsageError(`info takes no arguments (got ${args.join(' ')}).`)
    const userDataDir = defaultUserDataDir(io.env)
    const services = createMainServices({
      host: 'cli',
      userDataDir,
      appVersion: packageJson.version,
      dialog: createQueuedDialogPort(),
    })
    const library = await services.libraryLocation.get()
    io.stdout(`${JSON.stringify({ version: packageJson.version, dataFolder: userDataDir, library })}\n`)
    return 0
  },
}
