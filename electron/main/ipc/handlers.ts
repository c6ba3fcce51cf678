import type { MainServices } from '../services'
import { openFileDialog } from '../services/fileDialog'
import type { Handlers } from './router'

/** Each channel mapped to its service: adapters only, no logic of their own. */
export function createHandlers(services: MainServices): Handlers {
  return {
    getAppInfo: () => services.appInfo,
    openFileDialog: (input) => openFileDialog(services, input),
    getLibraryLocation: () => services.libraryLocation.get(),
    chooseLibraryLocation: () => services.libraryLocation.choose(),
    resetLibraryLocation: () => services.libraryLocation.reset(),
  }
}
