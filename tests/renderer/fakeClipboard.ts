import { vi } from 'vitest'

/** The system clipboard as the async Clipboard API shows it: a list of items, each with its types. */
class FakeClipboardItem {
  readonly types: string[]
  constructor(private readonly data: Record<string, Blob>) {
    this.types = Object.keys(data)
  }
  async getType(type: string): Promise<Blob> {
    const blob = this.data[type]
    if (!blob) throw new DOMException(`No ${type} on the clipboard.`, 'NotFoundError')
    return blob
  }
}

/**
 * An in-memory clipboard in jsdom (which has none), holding what was last written and able
 * to refuse as Chromium does. Read it back with `contents()`, both types at once.
 */
export function installClipboard() {
  let items: FakeClipboardItem[] = []
  let refusal: DOMException | null = null
  const clipboard = {
    write: async (written: FakeClipboardItem[]) => {
      if (refusal) throw refusal
      items = written
    },
    writeText: async (text: string) => {
      if (refusal) throw refusal
      items = [new FakeClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }) })]
    },
  }
  vi.stubGlobal('ClipboardItem', FakeClipboardItem)
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true })
  return {
    refuse: (error: DOMException | null) => void (refusal = error),
    /** Each type on the clipboard with its text: { 'text/plain': …, 'text/html': … }. */
    async contents(): Promise<Record<string, string>> {
      const [item] = items
      if (!item) return {}
      return Object.fromEntries(await Promise.all(item.types.map(async (type) => [type, await (await item.getType(type)).text()] as const)))
    },
    /** As on a page served over plain HTTP from elsewhere: no clipboard at all. */
    remove: () => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    uninstall() {
      Reflect.deleteProperty(navigator, 'clipboard')
      vi.unstubAllGlobals()
    },
  }
}
