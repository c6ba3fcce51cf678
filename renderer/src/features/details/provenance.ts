import type { FieldProvenance, FieldSource } from '../../../../shared/domain/provenance'
import { LOOKUP_SOURCES, type LookupSource } from '../../../../shared/domain/registry'
import type { CslDate, CslName } from '../../../../shared/domain/csl'
import { REGISTRY_NAMES } from '../../../../shared/lookup/registryNames'

/** Below this the value is a guess the user should check (provenance.ts's own bar). */
export const CHECK_BELOW = 0.5

const SOURCES: Record<FieldSource, { short: string; long: string }> = {
  xmp: { short: 'PDF', long: "the PDF's XMP metadata" },
  info: { short: 'PDF', long: "the PDF's document information" },
  layout: { short: 'PDF', long: "the PDF's first page, by its layout" },
  identifier: { short: 'PDF', long: 'an identifier printed in the PDF' },
  filename: { short: 'file name', long: "the PDF's file name" },
  import: { short: 'file', long: 'an imported bibliography file' },
  user: { short: 'you', long: 'your edit' },
  registry: { short: 'registry', long: 'a registry lookup' },
}

/** The registry a provenance names in `by`, when it names one. */
function registryOf(provenance: FieldProvenance): LookupSource | undefined {
  return LOOKUP_SOURCES.find((source) => source === provenance.by)
}

/** What the small mark beside a field says: "PubMed", "PDF", "you" … */
export function provenanceShort(provenance: FieldProvenance): string {
  const registry = provenance.source === 'registry' ? registryOf(provenance) : undefined
  return registry ? REGISTRY_NAMES[registry] : SOURCES[provenance.source].short
}

/** The mark's full description on hover: where from, who, how sure, when; and to check it when unsure. */
export function provenanceDescription(provenance: FieldProvenance): string {
  const registry = provenance.source === 'registry' ? registryOf(provenance) : undefined
  const where = registry ? REGISTRY_NAMES[registry] : SOURCES[provenance.source].long
  const parts = [`From ${where}`]
  if (provenance.by && !registry && provenance.by !== 'user') parts.push(`by ${provenance.by}`)
  parts.push(`${Math.round(provenance.confidence * 100)}% sure`)
  if (provenance.at !== undefined) parts.push(`set ${new Date(provenance.at).toISOString().slice(0, 10)}`)
  const text = parts.join(', ')
  return needsCheck(provenance) ? `${text}. A guess: check this value.` : `${text}.`
}

export function needsCheck(provenance: FieldProvenance | undefined): boolean {
  return provenance !== undefined && provenance.confidence < CHECK_BELOW
}

/** A registry's value as the pane shows it: text as is, names as a list, a date as Y-M-D. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(nameText).join(', ')
  if (isDate(value)) return (value['date-parts']?.[0] ?? []).join('-') || (value.literal ?? value.raw ?? '')
  return JSON.stringify(value)
}

function nameText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value)
  const name: CslName = value
  return name.literal ?? [name.given, name.family].filter(Boolean).join(' ')
}

function isDate(value: unknown): value is CslDate {
  return typeof value === 'object' && value !== null && ('date-parts' in value || 'literal' in value || 'raw' in value)
}
