import { describe, expect, it } from 'vitest'
import { CHANNELS, contract, ipcChannelName, isChannel } from '../../../shared/ipc/contract'
import { createApi } from '../../../shared/ipc/api'

describe('the IPC contract', () => {
  it('defines exactly the channels the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
  })

  it('gives every channel a distinct Electron channel name', () => {
    const names = CHANNELS.map(ipcChannelName)
    expect(new Set(names).size).toBe(CHANNELS.length)
    expect(names.every((name) => name.startsWith('axisref:'))).toBe(true)
  })

  it('does not mistake inherited object keys for channels', () => {
    expect(isChannel('toString')).toBe(false)
    expect(isChannel('__proto__')).toBe(false)
    expect(isChannel('getAppInfo')).toBe(true)
  })

  it('builds window.api with one function per channel and nothing else', async () => {
    const calls: [string, unknown][] = []
    const api = createApi(CHANNELS, async (channel, input) => {
      calls.push([channel, input])
      return { ok: true, value: null }
    })
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
    await api.openFileDialog({ purpose: 'pdf' })
    await api.getAppInfo()
    expect(calls).toEqual([
      ['openFileDialog', { purpose: 'pdf' }],
      ['getAppInfo', undefined],
    ])
  })
})
