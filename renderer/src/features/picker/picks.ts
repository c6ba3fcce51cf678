import type { CiteItem, LocatorLabel } from '../../../../shared/cite/request'

/** A paper chosen in the picker, with what the user filled in for it. */
export interface CitePick {
  paperId: string
  citationKey: string
  /** What the chip shows: "Maes M. 2008". */
  name: string
  title: string
  label: LocatorLabel
  locator: string
  prefix: string
  suffix: string
  suppressAuthor: boolean
}

/** The paper a search result stands for. */
export interface PickedPaper {
  id: string
  citationKey: string
  firstAuthor: string
  year?: number
  title: string
}

/** A chosen paper with nothing filled in yet; the locator is a page until the user picks another label. */
export function newPick(paper: PickedPaper): CitePick {
  const name = [paper.firstAuthor || 'Anonymous', paper.year ?? 'n.d.'].join(' ')
  return { paperId: paper.id, citationKey: paper.citationKey, name, title: paper.title, label: 'page', locator: '', prefix: '', suffix: '', suppressAuthor: false }
}

/** The picks as the citation engine and the CAYW formats take them: blank fields left out, the citation key as id. */
export function toCiteItems(picks: readonly CitePick[]): CiteItem[] {
  return picks.map((pick) => {
    const locator = pick.locator.trim()
    const prefix = pick.prefix.trim()
    const suffix = pick.suffix.trim()
    return {
      id: pick.citationKey,
      ...(locator && { locator, label: pick.label }),
      ...(prefix && { prefix }),
      ...(suffix && { suffix }),
      ...(pick.suppressAuthor && { 'suppress-author': true }),
    }
  })
}

/** The picks with one changed. */
export function updatePick(picks: readonly CitePick[], index: number, change: Partial<Omit<CitePick, 'paperId' | 'citationKey'>>): CitePick[] {
  return picks.map((pick, at) => (at === index ? { ...pick, ...change } : pick))
}
