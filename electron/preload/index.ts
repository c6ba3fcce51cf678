import { contextBridge, ipcRenderer } from 'electron'
import { createApi } from '../../shared/ipc/api'
import { CHANNELS, ipcChannelName } from '../../shared/ipc/channels'

// Exactly the contract, nothing else: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'api',
  createApi(CHANNELS, (channel, input) => ipcRenderer.invoke(ipcChannelName(channel), input)),
)
