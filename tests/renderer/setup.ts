import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())

// jsdom lays nothing out, so every element measures 0×0 and a virtualised list would show
// no rows: give the paper list's scroller the size of a small window.
for (const [property, size] of [['clientHeight', 600], ['clientWidth', 800]] as const) {
  const native = Object.getOwnPropertyDescriptor(Element.prototype, property)
  Object.defineProperty(Element.prototype, property, {
    configurable: true,
    get(this: Element) {
      return this.getAttribute('data-testid') === 'paper-list-scroller' ? size : (native?.get?.call(this) as number)
    },
  })
}
