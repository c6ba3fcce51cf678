/** Tags typed into the box ("gut, microglia"), trimmed, without ones the paper has (any case). */
export function tagsToAdd(existing: readonly string[], typed: string): string[] {
  const have = new Set(existing.map((tag) => tag.toLowerCase()))
  const added: string[] = []
  for (const part of typed.split(/[,;]/)) {
    const tag = part.trim().replace(/\s+/g, ' ')
    if (tag === '' || have.has(tag.toLowerCase())) continue
    have.add(tag.toLowerCase())
    added.push(tag)
  }
  return added
}

/**
 * Suggestions for the tag box: tags in the library starting with what is typed first,
 * then those containing it; never one the paper has.
 */
export function suggestTags(allTags: readonly string[], paperTags: readonly string[], typed: string, limit = 8): string[] {
  const query = typed.trim().toLowerCase()
  const have = new Set(paperTags.map((tag) => tag.toLowerCase()))
  const free = allTags.filter((tag) => !have.has(tag.toLowerCase()))
  if (query === '') return free.slice(0, limit)
  const starts = free.filter((tag) => tag.toLowerCase().startsWith(query))
  const contains = free.filter((tag) => !tag.toLowerCase().startsWith(query) && tag.toLowerCase().includes(query))
  return [...starts, ...contains].slice(0, limit)
}
