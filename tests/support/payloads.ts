import type { Channel, ChannelInput } from '../../shared/ipc/contract'

/** Payloads that must never reach a service, for every channel (the type demands each one). */
export const INVALID_PAYLOADS: Record<Channel, unknown[]> = {
  getAppInfo: [{}, null, 'info', 1, [], { path: '/etc/passwd' }],
  openFileDialog: [undefined, null, {}, { purpose: 'exe' }, { purpose: 'pdf', multiple: 'yes' }, { purpose: 'pdf', defaultPath: '/' }, 'pdf'],
  getLibraryLocation: [{}, null, 'x', 0],
  chooseLibraryLocation: [{ path: '/tmp' }, '/tmp', null, {}],
  resetLibraryLocation: [{}, true, null],
}

export const VALID_PAYLOADS: { [C in Channel]: ChannelInput<C> } = {
  getAppInfo: undefined,
  openFileDialog: { purpose: 'pdf', multiple: false },
  getLibraryLocation: undefined,
  chooseLibraryLocation: undefined,
  resetLibraryLocation: undefined,
}
