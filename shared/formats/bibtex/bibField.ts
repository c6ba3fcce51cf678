import type { CslName } from '../item'

/** How write.ts encodes a value; `latex` values are encoded already. */
export type FieldKind = 'title' | 'text' | 'names' | 'verbatim' | 'macro' | 'latex'

/** One field of an entry about to be written. */
export interface BibField {
  name: string
  kind: FieldKind
  value: string | CslName[]
}

/** Adds a field to the entry being made (one with no content is left out). */
export type AddField = (name: string, kind: FieldKind, value: string | number | CslName[] | undefined) => void
