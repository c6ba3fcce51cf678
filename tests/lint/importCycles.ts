import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import ts from 'typescript'
import { listSourceFiles } from './sourceFiles'

/** Files each file imports (relative imports only; type-only imports count, as they tie the files together too). */
export type ImportGraph = Map<string, string[]>

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx']

/** The import graph of the .ts/.tsx files under folders of root, keyed by root-relative path. */
export function readImportGraph(root: string, folders?: readonly string[]): ImportGraph {
  const files = listSourceFiles(root, folders)
  const known = new Set(files)
  const graph: ImportGraph = new Map()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true)
    const targets = importedFiles
      .map((imported) => resolveImport(root, file, imported.fileName))
      .filter((target): target is string => target !== undefined && known.has(target))
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** The root-relative file a relative specifier names (vite's `?worker` style suffixes dropped), or undefined for packages. */
function resolveImport(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = posix.join(posix.dirname(from), specifier.replace(/\?.*$/, ''))
  const stem = base.replace(/\.(js|mjs|jsx)$/, '')
  const candidates = [base, ...EXTENSIONS.map((extension) => stem + extension)]
  return candidates.find((candidate) => isFile(join(root, candidate)))
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

/**
 * The groups of files that import each other in a circle (strongly connected components of
 * more than one file, or a file importing itself), each sorted, found with Tarjan's algorithm.
 */
export function findImportCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>()
  const lowLink = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []

  function visit(file: string): void {
    index.set(file, index.size)
    lowLink.set(file, index.get(file) ?? 0)
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target)
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, lowLink.get(target) ?? 0))
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, index.get(target) ?? 0))
      }
    }
    if (lowLink.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()
      if (member === undefined) break
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort())
  }

  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
}
