import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

/** What the reader shows: a paper's PDF, and the page to go to (again, when `request` changes). */
export interface ReaderTarget {
  paperId: string
  /** The PDF to open; the paper's first PDF when absent. */
  attachmentId?: string
  page?: number
  /** Counts every open() call, so asking for the same page twice still jumps there. */
  request: number
}

export interface ReaderControls {
  target: ReaderTarget | null
  open(paperId: string, options?: { attachmentId?: string; page?: number }): void
  close(): void
}

const ReaderContext = createContext<ReaderControls | null>(null)

/** The reader's state; {@link ReaderProvider} holds one for the whole app. */
export function useReaderState(): ReaderControls {
  const [target, setTarget] = useState<ReaderTarget | null>(null)
  const open = useCallback((paperId: string, options: { attachmentId?: string; page?: number } = {}) => {
    setTarget((current) => ({ paperId, ...options, request: (current?.request ?? 0) + 1 }))
  }, [])
  const close = useCallback(() => setTarget(null), [])
  return useMemo(() => ({ target, open, close }), [target, open, close])
}

/** Gives everything below it (the list pane, the details pane) the same reader to open and close. */
export function ReaderProvider({ children }: { children: ReactNode }) {
  return <ReaderContext.Provider value={useReaderState()}>{children}</ReaderContext.Provider>
}

/** The reader's controls, or null outside a workspace (the details pane then hides its buttons). */
export function useReader(): ReaderControls | null {
  return useContext(ReaderContext)
}
