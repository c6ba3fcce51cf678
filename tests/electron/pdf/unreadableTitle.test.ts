import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { extractPdfMetadata } from '../../../electron/main/services/pdf/extract'
import { unreadableTitleReason } from '../../../shared/lookup/unreadableTitle'
import { articlePage, makePdf } from './makePdf'

const dirs: string[] = []

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('a title the PDF reader read that is not text', () => {
  it('a running header drawn twice to look bold comes out doubled, and is flagged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'axisref-unreadable-'))
    dirs.push(dir)
    const body = articlePage().filter((run) => run.size !== 18)
    const header = { text: 'Critical Care', x: 50, top: 100, size: 18, bold: true }
    await writeFile(join(dir, 'bold.pdf'), makePdf({ pages: [[header, { ...header, x: 50.3 }, ...body]] }))
    const result = await extractPdfMetadata(join(dir, 'bold.pdf'))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.item.title).toBe('Critical CareCritical Care')
    expect(unreadableTitleReason(result.item.title ?? '')).toBe('a running header printed twice ("Critical Care")')
  })
})
