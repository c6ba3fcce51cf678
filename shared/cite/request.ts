import { z } from 'zod'

/**
 * The shapes citing shares between the CLI, the picker, the editors' endpoint (Better
 * BibTeX's "cite as you write", CAYW) and main: one cited item, a pending picker request and
 * the picker's answer.
 */

/** CSL locator labels (CSL 1.0.2 "locators" terms), in the order the picker offers them. */
export const LOCATOR_LABELS = [
  'page', 'chapter', 'figure', 'section', 'paragraph', 'table', 'line', 'note', 'volume', 'issue', 'part', 'book',
  'column', 'verse', 'folio', 'opus', 'sub-verbo', 'algorithm', 'appendix', 'canon', 'equation', 'rule', 'supplement', 'timestamp', 'title', 'version',
] as const
export type LocatorLabel = (typeof LOCATOR_LABELS)[number]

const text = (max: number) => z.string().max(max)

/**
 * One item of a citation as CSL's processors take it (and the CSL test suite writes it):
 * the item's id (a citation key in the app), where in it, and what surrounds it.
 */
export const citeItemSchema = z
  .object({
    id: text(500).min(1),
    locator: text(200).optional(),
    label: z.enum(LOCATOR_LABELS).optional(),
    prefix: text(1000).optional(),
    suffix: text(1000).optional(),
    'suppress-author': z.boolean().optional(),
    'author-only': z.boolean().optional(),
  })
  .strict()
export type CiteItem = z.output<typeof citeItemSchema>

/** One in-text citation: the items cited together, "(Maes et al., 2008; Kelly et al., 2016)". */
export const citationSchema = z.array(citeItemSchema).min(1).max(1000)

/**
 * What Better BibTeX's CAYW endpoint answers, by its `format` parameter (BBT's formatter and
 * JabRef's CAYW resource use the same names). `latex`, `cite`, `citep` and `citet` are
 * natbib-style commands; `formatted-*` use the quick-copy style.
 */
export const CAYW_FORMATS = [
  'pandoc', 'latex', 'cite', 'citep', 'citet', 'natbib', 'biblatex', 'mmd', 'scrivener',
  'formatted-citation', 'formatted-bibliography', 'json',
] as const
export type CaywFormat = (typeof CAYW_FORMATS)[number]

/** Who asked for a picker: an editor through the endpoint, or the user's shortcut (the answer goes to the clipboard). */
export const CITE_REQUEST_SOURCES = ['editor', 'shortcut'] as const

/**
 * A picker the window should show now. `options` are the endpoint's other query parameters
 * that shape the answer (`brackets`, `command`, `locale`, `style`…), as strings.
 */
export const citeRequestSchema = z.object({
  id: z.string().min(1).max(100),
  source: z.enum(CITE_REQUEST_SOURCES),
  format: z.enum(CAYW_FORMATS),
  options: z.record(z.string().max(100), z.string().max(1000)),
})
export type CiteRequest = z.output<typeof citeRequestSchema>

/** The user's answer to a picker: the formatted text of what they picked, or that they closed it. */
export const citeAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('picked'), text: z.string().max(64 * 1024 * 1024) }).strict(),
  z.object({ kind: z.literal('cancelled') }).strict(),
])
export type CiteAnswer = z.output<typeof citeAnswerSchema>
