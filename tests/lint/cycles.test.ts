import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, makeTempDir } from '../support/paths'
import { findImportCycles, readImportGraph } from './importCycles'

describe('imports between files of electron/, shared/ and renderer/src', () => {
  it('never go round in a circle (types included: a type in the wrong file ties two files together too)', () => {
    const cycles = findImportCycles(readImportGraph(REPO_ROOT))
    expect(cycles).toEqual([])
  })
})

describe('the circle finder', () => {
  it('finds a circle through type-only imports and re-exports, and only that one', async () => {
    const root = await makeTempDir('cycles')
    await mkdir(join(root, 'src/formats'), { recursive: true })
    await writeFile(join(root, 'src/formats/read.ts'), "import { map } from './map'\nexport interface Field { tag: string }\nexport const read = map")
    await writeFile(join(root, 'src/formats/map.ts'), "import type { Field } from './read'\nexport const map = (field: Field) => field.tag")
    await writeFile(join(root, 'src/formats/index.ts'), "export { read } from './read'")
    await writeFile(join(root, 'src/main.ts'), "import { read } from './formats'\nimport { join } from 'node:path'\nexport const run = [read, join]")
    await writeFile(join(root, 'src/self.ts'), "export * from './self.js'")
    expect(findImportCycles(readImportGraph(root, ['src']))).toEqual([['src/formats/map.ts', 'src/formats/read.ts'], ['src/self.ts']])
  })

  it('finds a circle of three files as one group', async () => {
    const root = await makeTempDir('cycles')
    await mkdir(join(root, 'src'), { recursive: true })
    await writeFile(join(root, 'src/a.ts'), "import './b'")
    await writeFile(join(root, 'src/b.ts'), "import './c'")
    await writeFile(join(root, 'src/c.tsx'), "import { a } from './a'")
    expect(findImportCycles(readImportGraph(root, ['src']))).toEqual([['src/a.ts', 'src/b.ts', 'src/c.tsx']])
  })
})
