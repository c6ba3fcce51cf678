/**
 * The 1-based line each item starts on: the elements of a top-level array, or of the
 * `items` array of a top-level object (Better BibTeX JSON has `config` before it). Found by
 * tracking strings and nesting, so a skipped item can be reported where it is.
 */
export function itemLines(text: string): number[] {
  const lines: number[] = []
  let line = 1
  let depth = 0
  let inString = false
  let stringStart = -1
  let lastKey = ''
  let itemsDepth = -1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '\n') line++
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') {
        inString = false
        if (depth === 1) lastKey = text.slice(stringStart + 1, index)
      }
      continue
    }
    if (char === '"') {
      inString = true
      stringStart = index
    } else if (char === '[' || char === '{') {
      if (depth === 0 && char === '[') itemsDepth = 1
      else if (depth === 1 && char === '[' && lastKey === 'items' && itemsDepth === -1) itemsDepth = 2
      else if (depth === itemsDepth) lines.push(line)
      depth++
    } else if (char === ']' || char === '}') {
      depth--
      if (depth === itemsDepth - 1 && char === ']') itemsDepth = -2
    }
  }
  return lines
}
