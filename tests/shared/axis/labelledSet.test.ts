import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { STUDY_TYPES, isAxisNodeId, withAncestors } from '../../../shared/axis'
import { REPO_ROOT } from '../../support/paths'

const nodeId = z.string().refine(isAxisNodeId)
const record = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(10),
  year: z.number().int().min(1980).max(2030),
  doi: z.string().regex(/^10\.\d{4,}\//).optional(),
  pmid: z.string().regex(/^\d+$/).optional(),
  abstract: z.string().min(200).optional(),
  abstractSource: z.string().optional(),
  expected: z.object({ top: z.array(nodeId).min(1), sub: z.array(nodeId), studyType: z.enum(STUDY_TYPES.map((type) => type.id)).nullable() }),
})

const lines = readFileSync(join(REPO_ROOT, 'tests/fixtures/axis/labelled.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '')
const papers = lines.map((line) => record.parse(JSON.parse(line)))

// The eval is only as good as its labels: these checks keep the set honest as it grows.
describe('the labelled set of real papers', () => {
  it('has at least 50 papers, each once', () => {
    expect(papers.length).toBeGreaterThanOrEqual(50)
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(papers.length)
    expect(new Set(papers.map((paper) => paper.title.toLowerCase())).size).toBe(papers.length)
  })

  it('labels top-level nodes as top-level and sub-nodes as sub-nodes, with each sub-node’s parent', () => {
    for (const paper of papers) {
      expect(paper.expected.top.every((id) => !id.includes('.')), paper.id).toBe(true)
      expect(paper.expected.sub.every((id) => id.includes('.')), paper.id).toBe(true)
      expect(withAncestors(paper.expected.sub).filter((id) => !id.includes('.')).every((id) => paper.expected.top.includes(id)), paper.id).toBe(true)
    }
  })

  it('names the source of every abstract it carries', () => {
    for (const paper of papers) if (paper.abstract) expect(paper.abstractSource, paper.id).toMatch(/^https?:\/\//)
  })

  it('keeps synthetic trick inputs out (they belong in unit tests)', () => {
    expect(papers.some((paper) => /guttural|\bIL-60\b/i.test(paper.title))).toBe(false)
  })
})
