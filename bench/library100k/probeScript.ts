import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

/**
 * The page probe (page/probe.ts, checked with the DOM's types in the web project) as a
 * classic script for `addInitScript`: type-only imports and the module marker removed.
 */
export function probeScript(): string {
  const source = readFileSync(join(import.meta.dirname, 'page/probe.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
  return outputText
    .split('\n')
    .filter((line) => !/^\s*(import\s.*from\s|export\s*\{\s*\};?\s*$)/.test(line))
    .join('\n')
}
