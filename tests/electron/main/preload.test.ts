import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { CHANNELS, ipcChannelName } from '../../../shared/ipc/contract'
import { REPO_ROOT } from '../../support/paths'

// The preload is the only code with a door to the main process. It runs sandboxed (no Node
// modules but `electron`'s renderer half), and what it hands the page must be the contract's
// functions and nothing more: no ipcRenderer, no require, no process, no way to name a
// channel that is not in the contract.

const PRELOAD = join(REPO_ROOT, 'out/preload/index.cjs')

/** Runs the built preload as Electron's sandbox would, recording what it asks for and exposes. */
function runPreload() {
  if (!existsSync(PRELOAD)) throw new Error('The preload is not built: run "npm run build" first (npm test does).')
  const required: string[] = []
  const exposed = new Map<string, unknown>()
  const invoked: unknown[][] = []
  const ipcRenderer = { invoke: async (...args: unknown[]) => void invoked.push(args), send: () => undefined, on: () => undefined }
  const contextBridge = { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) }
  const module = { exports: {} }
  const sandbox = {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name)
      if (name !== 'electron') throw new Error(`the sandboxed preload cannot require ${name}`)
      return { contextBridge, ipcRenderer }
    },
  }
  runInNewContext(readFileSync(PRELOAD, 'utf8'), sandbox, { filename: PRELOAD })
  return { required, exposed, invoked, ipcRenderer }
}

describe('the built preload', () => {
  it('requires only electron, and exposes only window.api', () => {
    const { required, exposed } = runPreload()
    expect(required).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['api'])
  })

  it('window.api has exactly one function per contract channel, and no door besides them', async () => {
    const { exposed, invoked, ipcRenderer } = runPreload()
    const api = exposed.get('api') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(typeof api[channel], channel).toBe('function')
    const values = Object.values(api)
    expect(values).not.toContain(ipcRenderer)
    expect(values).not.toContain(ipcRenderer.invoke)
    await (api.getLibraryLocation as () => Promise<unknown>)()
    await (api.storePdfFile as (input: unknown) => Promise<unknown>)({ path: '/tmp/x.pdf' })
    expect(invoked).toEqual([
      [ipcChannelName('getLibraryLocation'), undefined],
      [ipcChannelName('storePdfFile'), { path: '/tmp/x.pdf' }],
    ])
  })

  it('names no Node module anywhere in its source', () => {
    const source = readFileSync(PRELOAD, 'utf8')
    expect(source.match(/require\(["'][^"']+["']\)/g)).toEqual(['require("electron")'])
    expect(source).not.toMatch(/\bprocess\.|child_process|node:|\bfs\b|remote\b/)
  })
})
