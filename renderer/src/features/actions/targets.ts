import { createContext, useCallback, useContext } from 'react'

/** The controls the palette and the keys move the focus to, or press, by name instead of by a DOM selector. */
export type TargetId = 'library.search' | 'details.addTag' | 'details.attachPdf' | 'axis.addNode' | 'collections.new' | 'searches.save' | 'integrity.check' | 'lookups.identifiers' | 'lookups.status' | 'lookups.retryAll'

/**
 * The controls on screen, each registered by its own component through a ref. Two mounted
 * at once under one name (the axis box of one paper and of several) leave the newest in charge.
 */
export class ActionTargets {
  private readonly elements = new Map<TargetId, HTMLElement[]>()

  register(id: TargetId, element: HTMLElement): () => void {
    this.elements.set(id, [...(this.elements.get(id) ?? []), element])
    return () => this.elements.set(id, (this.elements.get(id) ?? []).filter((other) => other !== element))
  }

  get(id: TargetId): HTMLElement | undefined {
    return this.elements.get(id)?.at(-1)
  }

  /** Moves the focus there and selects what is typed in it; false when it is not on screen. */
  focus(id: TargetId): boolean {
    const element = this.get(id)
    element?.focus()
    if (element instanceof HTMLInputElement) element.select()
    return element !== undefined
  }

  /** Presses the button as a click would (a disabled one does nothing); false when it is not on screen. */
  press(id: TargetId): boolean {
    const element = this.get(id)
    element?.click()
    return element !== undefined
  }
}

const TargetsContext = createContext<ActionTargets | null>(null)

export const ActionTargetsProvider = TargetsContext.Provider

/** The workspace's targets; a pane rendered on its own (in a test) has none. */
export function useActionTargets(): ActionTargets | null {
  return useContext(TargetsContext)
}

/** A ref for the control that is `id`'s target: registered while it is mounted. */
export function useActionTarget(id: TargetId): (element: HTMLElement | null) => (() => void) | undefined {
  const targets = useContext(TargetsContext)
  return useCallback((element: HTMLElement | null) => (element && targets ? targets.register(id, element) : undefined), [targets, id])
}
