import type { CslItem } from '../../../../shared/domain/csl'

/** "Maes M": the first author as a short label (the duplicates view shows it). */
export function firstAuthor(item: CslItem): string {
  const author = item.author?.[0]
  if (!author) return ''
  return author.literal ?? [author.family, author.given?.[0]].filter(Boolean).join(' ')
}
