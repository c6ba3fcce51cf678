import { describe, expect, it } from 'vitest'
import { withReadableTitle } from '../../renderer/src/features/import/importPdfs'

describe('a PDF title at import', () => {
  it('keeps a title read from the page aside when it is not text, and says why', () => {
    const read = withReadableTitle({ id: '', type: 'article-journal', title: 'Critical CareCritical Care' }, { title: { source: 'layout', confidence: 0.6 } })
    expect(read.csl.title).toBeUndefined()
    expect(read.fieldSources?.title).toBeUndefined()
    expect(read.unreadableTitle?.text).toBe('Critical CareCritical Care')
    expect(read.unreadableTitle?.reason).toBeTruthy()
  })

  it('keeps a title made from the file name, digits and all: the user named the file so', () => {
    const read = withReadableTitle({ id: '', type: 'document', title: 'pdfjs issue15590' }, { title: { source: 'filename', confidence: 0.1 } })
    expect(read.csl.title).toBe('pdfjs issue15590')
    expect(read.unreadableTitle).toBeUndefined()
  })
})
