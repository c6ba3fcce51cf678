import { describe, expect, it } from 'vitest'
import { createPickerBroker } from '../../../../electron/main/services/cayw/broker'
import { manualTimers } from '../../../support/caywClient'

const PANDOC = { source: 'editor', format: 'pandoc', options: { brackets: '1' } } as const

describe('the citation picker broker', () => {
  it('hands a request to the waiting window and gives the editor the window\'s answer', async () => {
    const broker = createPickerBroker({ timers: manualTimers().timers })
    const shown = broker.wait()
    const answered = broker.request(PANDOC)
    const request = await shown
    expect(request).toMatchObject(PANDOC)
    expect(broker.answer(request?.id ?? '', { kind: 'picked', text: '[@maes2008]' })).toEqual({ delivered: true })
    expect(await answered).toEqual({ kind: 'picked', text: '[@maes2008]' })
    expect(broker.current()).toBeUndefined()
  })

  it('opens one picker at a time', async () => {
    const broker = createPickerBroker({ timers: manualTimers().timers })
    const first = broker.request(PANDOC)
    expect(await broker.request({ ...PANDOC, format: 'latex' })).toEqual({ kind: 'busy' })
    const request = await broker.wait()
    broker.answer(request?.id ?? '', { kind: 'cancelled' })
    expect(await first).toEqual({ kind: 'cancelled' })
  })

  it('answers no-window when no window takes the request in time, and then takes the next one', async () => {
    const { timers, fire } = manualTimers()
    const broker = createPickerBroker({ timers, pickupMs: 100, pollMs: 500 })
    const unanswered = broker.request(PANDOC)
    fire(100)
    expect(await unanswered).toEqual({ kind: 'no-window' })
    expect(broker.current()).toBeUndefined()
    const poll = broker.wait()
    fire(500)
    expect(await poll).toBeNull()
  })

  it('gives a reloaded window the request it was showing, and keeps it past the pickup time', async () => {
    const { timers, fire } = manualTimers()
    const broker = createPickerBroker({ timers, pickupMs: 100 })
    const answered = broker.request(PANDOC)
    const first = await broker.wait()
    fire(100)
    const again = await broker.wait()
    expect(again?.id).toBe(first?.id)
    broker.answer(again?.id ?? '', { kind: 'picked', text: '@a' })
    expect(await answered).toEqual({ kind: 'picked', text: '@a' })
  })

  it('withdraws a request whose editor hung up: a late answer is not delivered', async () => {
    const broker = createPickerBroker({ timers: manualTimers().timers })
    const hangUp = new AbortController()
    const answered = broker.request(PANDOC, hangUp.signal)
    const request = await broker.wait()
    hangUp.abort()
    expect(await answered).toEqual({ kind: 'cancelled' })
    expect(broker.answer(request?.id ?? '', { kind: 'picked', text: '@late' })).toEqual({ delivered: false })
  })
})

describe('the broker telling Electron a picker ended', () => {
  it('reports each request once with how it ended: picked, withdrawn, or not taken in time', async () => {
    const { timers, fire } = manualTimers()
    const settled: string[] = []
    const broker = createPickerBroker({ timers, pickupMs: 100, onSettled: (request, outcome) => settled.push(`${request.format}:${outcome.kind}`) })
    const picked = broker.request(PANDOC)
    const shown = await broker.wait()
    broker.answer(shown?.id ?? '', { kind: 'picked', text: '@a' })
    broker.answer(shown?.id ?? '', { kind: 'cancelled' })
    await picked
    const hangUp = new AbortController()
    const withdrawn = broker.request({ ...PANDOC, format: 'latex' }, hangUp.signal)
    hangUp.abort()
    await withdrawn
    const untaken = broker.request({ ...PANDOC, format: 'json' })
    fire(100)
    await untaken
    expect(settled).toEqual(['pandoc:picked', 'latex:cancelled', 'json:no-window'])
  })
})
