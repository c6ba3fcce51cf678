import { z } from 'zod'

/**
 * Where a field's value came from. The first five are the PDF reader's (embedded XMP, the
 * info dictionary, the printed page's layout, an identifier pattern, the file name); `import`
 * is a bibliography file, `user` an edit in the details pane, `registry` a look-up (PubMed,
 * Crossref).
 */
export const FIELD_SOURCES = ['xmp', 'info', 'layout', 'identifier', 'filename', 'import', 'user', 'registry'] as const

export const fieldSourceSchema = z.enum(FIELD_SOURCES)

/** The sources the PDF reader reports: a subset, so its results stay inside the stored vocabulary. */
export const pdfFieldSourceSchema = fieldSourceSchema.extract(['xmp', 'info', 'layout', 'identifier', 'filename'])

/**
 * How one field of a paper was filled. Stored on the paper (`fieldSources`) in this shape
 * since version 1 as `{ source, confidence }`; `at` and `by` are optional, so rows written
 * before they existed stay valid.
 */
export const fieldProvenanceSchema = z.object({
  source: fieldSourceSchema,
  /** 0..1; below 0.5 the app should ask the user to check the value. */
  confidence: z.number().min(0).max(1),
  /** When the value was set, in milliseconds since 1970. */
  at: z.number().optional(),
  /** Who set it: the reader or registry by name and version, or `user`. */
  by: z.string().optional(),
})

/** What the PDF reader says about one field it filled. */
export const pdfFieldProvenanceSchema = fieldProvenanceSchema.extend({ source: pdfFieldSourceSchema })

export type FieldSource = z.output<typeof fieldSourceSchema>
export type PdfFieldSource = z.output<typeof pdfFieldSourceSchema>
export type FieldProvenance = z.output<typeof fieldProvenanceSchema>
export type PdfFieldProvenance = z.output<typeof pdfFieldProvenanceSchema>
