import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** The folders that make up the product (not tests, benchmarks or scripts). */
export const PRODUCT_FOLDERS = ['electron', 'shared', 'renderer/src'] as const

/** Every .ts and .tsx file under the given folders of root, as paths relative to root with forward slashes. */
export function listSourceFiles(root: string, folders: readonly string[] = PRODUCT_FOLDERS): string[] {
  return folders.flatMap((folder) => walk(join(root, folder))).map((file) => relative(root, file).split(sep).join('/')).sort()
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}
