import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  AXIS_INFERENCES,
  AXIS_NODES,
  AXIS_PATHWAYS,
  ID_MIGRATIONS,
  ONTOLOGY_VERSION,
  PUBLISHED_IDS,
  TOP_LEVEL_NODE_IDS,
  currentIds,
  followMigrations,
  isAxisNodeId,
  migrateId,
  type IdKind,
} from '../../../shared/axis'
import { axisNodeSchema, pathwaySchema } from '../../../shared/axis/schema'
import { REPO_ROOT } from '../../support/paths'

const KINDS = ['nodes', 'pathways', 'studyTypes', 'populations'] as const satisfies readonly IdKind[]
const knownIdsSchema = z.object({ nodes: z.array(z.string()), pathways: z.array(z.string()), studyTypes: z.array(z.string()), populations: z.array(z.string()) })
const snapshot = knownIdsSchema.parse(JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/axis/known-ids.json'), 'utf8')))

function snapshotIds(kind: IdKind): readonly string[] {
  return snapshot[kind]
}

describe('the ontology as data', () => {
  it('has a semantic version', () => {
    expect(ONTOLOGY_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('is well-formed: every node and pathway matches its schema', () => {
    for (const node of AXIS_NODES) expect(axisNodeSchema.safeParse(node).success, node.id).toBe(true)
    for (const pathway of AXIS_PATHWAYS) expect(pathwaySchema.safeParse(pathway).success, pathway.id).toBe(true)
  })

  it('has unique ids, the six top-level components, and parents that exist and are top-level', () => {
    const ids = AXIS_NODES.map((node) => node.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(AXIS_NODES.filter((node) => node.parent === null).map((node) => node.id)).toEqual([...TOP_LEVEL_NODE_IDS])
    for (const node of AXIS_NODES) {
      if (node.parent === null) continue
      expect(TOP_LEVEL_NODE_IDS, node.id).toContain(node.parent)
      expect(node.id.startsWith(`${node.parent}.`), node.id).toBe(true)
    }
  })

  it('gives every node terms to be found by and every pathway and inference existing nodes', () => {
    for (const node of AXIS_NODES) expect(node.terms.length, node.id).toBeGreaterThan(0)
    for (const pathway of AXIS_PATHWAYS) expect([pathway.from, pathway.to].every(isAxisNodeId), pathway.id).toBe(true)
    for (const rule of AXIS_INFERENCES) expect([...rule.when, rule.infer].every(isAxisNodeId)).toBe(true)
  })
})

describe('id stability', () => {
  it.each(KINDS)('keeps every published %s id, or migrates it to a current one', (kind) => {
    const current = currentIds()[kind]
    for (const id of [...snapshotIds(kind), ...PUBLISHED_IDS[kind]]) {
      const migrated = migrateId(kind, id)
      const droppedOnPurpose = ID_MIGRATIONS[kind][id] === null
      expect(migrated !== null || droppedOnPurpose, `${kind} id "${id}" disappeared without an entry in ID_MIGRATIONS`).toBe(true)
      if (migrated !== null) expect(current).toContain(migrated)
    }
  })

  it.each(KINDS)('lists every current %s id as published, and the snapshot knows them all', (kind) => {
    for (const id of currentIds()[kind]) {
      expect(PUBLISHED_IDS[kind], `add "${id}" to PUBLISHED_IDS`).toContain(id)
      expect(snapshotIds(kind), `add "${id}" to tests/fixtures/axis/known-ids.json`).toContain(id)
    }
  })

  it('follows renames through chains, drops removed ids, and survives cycles', () => {
    const migrations = { 'glia.oligo': 'glia.white', 'glia.white': 'glia.oligodendrocytes', 'immune.old': null, 'a.x': 'a.y', 'a.y': 'a.x' }
    const current = ['glia.oligodendrocytes']
    expect(followMigrations('glia.oligo', migrations, current)).toBe('glia.oligodendrocytes')
    expect(followMigrations('glia.oligodendrocytes', migrations, current)).toBe('glia.oligodendrocytes')
    expect(followMigrations('immune.old', migrations, current)).toBeNull()
    expect(followMigrations('a.x', migrations, current)).toBeNull()
    expect(followMigrations('never.heard.of', migrations, current)).toBeNull()
  })
})
