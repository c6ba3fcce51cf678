import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { citeRequestSchema } from '../../shared/cite/request'
import { startBrowserHost } from '../../electron/browser-host/server'
import { HOST_TOKEN_HEADER } from '../../shared/ipc/hostToken'
import { callCayw, freePort, manualTimers } from '../support/caywClient'
import { makeTempDir } from '../support/paths'

async function dataDir(settings: object): Promise<{ userDataDir: string; rendererDir: string }> {
  const userDataDir = await makeTempDir('host-cayw')
  const rendererDir = join(userDataDir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>AxisRef</title>')
  await writeFile(join(userDataDir, 'settings.json'), JSON.stringify(settings))
  return { userDataDir, rendererDir }
}

describe("the browser host and the editors' endpoint", () => {
  it('starts the endpoint the user turned on, relays a pick made in the page, and stops it when the host closes', async () => {
    const port = await freePort()
    const host = await startBrowserHost({ ...(await dataDir({ citeAsYouWrite: { enabled: true, port } })), appVersion: '1', checkOutput: true })
    try {
      const status = await fetch(`${host.origin}/api/getCiteAsYouWrite`, { method: 'POST', headers: { origin: host.origin, [HOST_TOKEN_HEADER]: host.token } })
      expect(await status.json()).toEqual({ ok: true, value: { enabled: true, port, listening: true } })
      const answer = callCayw(port, '/better-bibtex/cayw?format=pandoc').answer
      // the page's long poll, then its answer, through the host's own channels
      const api = (channel: string, payload?: unknown) =>
        fetch(`${host.origin}/api/${channel}`, { method: 'POST', headers: { origin: host.origin, [HOST_TOKEN_HEADER]: host.token, 'content-type': 'application/json' }, body: payload === undefined ? '' : JSON.stringify(payload) }).then((response) => response.json())
      const request = z.object({ ok: z.literal(true), value: citeRequestSchema }).parse(await api('waitForCiteRequest')).value
      expect(request).toMatchObject({ source: 'editor', format: 'pandoc' })
      expect(await api('answerCiteRequest', { id: request.id, answer: { kind: 'picked', text: '@maes2008' } })).toEqual({ ok: true, value: { delivered: true } })
      expect(await answer).toMatchObject({ status: 200, body: '@maes2008' })
    } finally {
      await host.close()
    }
    await expect(callCayw(port, '/better-bibtex/cayw?probe=true').answer).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('answers an editor that no page takes the picker for (the tab is closed)', async () => {
    const port = await freePort()
    const { timers, fire } = manualTimers()
    const host = await startBrowserHost({ ...(await dataDir({ citeAsYouWrite: { enabled: true, port } })), appVersion: '1', picker: { timers, pickupMs: 50 } })
    try {
      const answer = callCayw(port, '/better-bibtex/cayw?format=latex').answer
      await expect.poll(() => host.services.picker.current()).toBeDefined()
      fire(50)
      expect(await answer).toMatchObject({ status: 503, body: expect.stringMatching(/AxisRef's window is not open/) })
    } finally {
      await host.close()
    }
  })
})
