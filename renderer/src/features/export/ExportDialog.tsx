import { useState } from 'react'
import { BUILTIN_STYLES, isExportFormat, LOCALES, STYLE_NAMES, validateCslStyle, type ExportFormat, type ExportRecord, type ReferenceFormat } from '../../../../shared/formats'
import { Dialog } from '../../components/Dialog'
import { downloadBlob } from '../../components/download'
import { useDatabase } from '../../db'
import { ExportWarnings } from './ExportWarnings'
import { fileExportWarnings } from './fileWarnings'
import { getFormatter, type FormatResult } from './formatter'
import { allExportRecords, exportRecordsFor, exportRecordsForKeys, parseCitedKeys, withInheritanceParents } from './records'

const FILE_FORMATS: { id: ExportFormat; label: string; extension: string; type: string }[] = [
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex' },
  { id: 'biblatex', label: 'BibLaTeX', extension: 'bib', type: 'application/x-bibtex' },
  { id: 'ris', label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  { id: 'csl-json', label: 'CSL-JSON', extension: 'json', type: 'application/json' },
]
const REFERENCE_FORMATS: { id: ReferenceFormat; label: string; extension: string; type: string }[] = [
  { id: 'text', label: 'Plain text', extension: 'txt', type: 'text/plain' },
  { id: 'html', label: 'HTML', extension: 'html', type: 'text/html' },
  { id: 'rtf', label: 'RTF (Word)', extension: 'rtf', type: 'application/rtf' },
]

type Scope = 'selection' | 'view' | 'library' | 'keys'

/** Manuscripts whose citations can be read: Markdown, Quarto, R Markdown, LaTeX and its .aux file. */
const MANUSCRIPT_TYPES = '.md,.markdown,.qmd,.Rmd,.rmd,.tex,.aux,.txt,text/markdown,text/plain'

interface ExportDialogProps {
  selectedIds: readonly string[]
  viewIds: readonly string[]
  onClose: () => void
}

/** Export a selection, the papers in view, or the whole library: as a file format, or as formatted references. */
export function ExportDialog({ selectedIds, viewIds, onClose }: ExportDialogProps) {
  const db = useDatabase()
  const [scope, setScope] = useState<Scope>(selectedIds.length > 0 ? 'selection' : 'view')
  const [target, setTarget] = useState<string>('bibtex')
  const [output, setOutput] = useState<ReferenceFormat>('text')
  /** A bundled locale id, or '' for the style's own default-locale. */
  const [locale, setLocale] = useState('')
  const [status, setStatus] = useState('')
  const [customStyle, setCustomStyle] = useState<{ name: string; xml: string } | null>(null)
  const [citedText, setCitedText] = useState('')
  /** What readers of the file just written will miss; shown, never blocking the export. */
  const [warnings, setWarnings] = useState<string[]>([])
  const isCustom = target === 'custom'
  const isStyle = isCustom || (STYLE_NAMES as readonly string[]).includes(target)

  async function loadStyle(file: File | undefined) {
    if (!file) return
    const xml = await file.text()
    const problem = validateCslStyle(xml)
    if (problem) {
      setCustomStyle(null)
      return setStatus(`${file.name}: ${problem} Choose a .csl file from the Zotero style repository or your journal.`)
    }
    setCustomStyle({ name: file.name, xml })
    setStatus(`Using ${file.name}.`)
  }

  /** A manuscript the user picked in the browser's own file chooser: its text replaces the pasted one. */
  async function readManuscript(file: File | undefined) {
    if (!file) return
    const text = await file.text()
    const keys = parseCitedKeys(text)
    setCitedText(text)
    setStatus(keys.length > 0 ? `${file.name} cites ${keys.length} key${keys.length === 1 ? '' : 's'}.` : `${file.name} cites no keys: it has no \\cite commands and no [@key] citations.`)
  }

  /** The papers in scope, and for cited keys a note on keys found as aliases or not at all. */
  async function recordsInScope(): Promise<{ records: ExportRecord[]; note: string }> {
    if (scope === 'library') return { records: await allExportRecords(db), note: '' }
    if (scope !== 'keys') return { records: await exportRecordsFor(db, scope === 'selection' ? selectedIds : viewIds), note: '' }
    const cited = await exportRecordsForKeys(db, parseCitedKeys(citedText))
    const aliased = cited.aliased.map(({ alias, key }) => `${alias} is now ${key}`).join(', ')
    const note = [aliased && ` Merged keys found: ${aliased}.`, cited.unknown.length > 0 && ` Not in the library: ${cited.unknown.join(', ')}.`].filter(Boolean).join('')
    return { records: cited.records, note }
  }

  async function produce(): Promise<{ result: FormatResult; count: number; note: string }> {
    setWarnings([])
    const inScope = await recordsInScope()
    const note = inScope.note
    // A BibLaTeX file carries crossref/xdata links: the parents go with their children.
    const records = target === 'biblatex' ? await withInheritanceParents(db, inScope.records) : inScope.records
    const formatter = getFormatter()
    if (isCustom && !customStyle) return { result: { ok: false, message: 'Choose a .csl file first.' }, count: 0, note: '' }
    const style = isCustom && customStyle ? { csl: customStyle.xml } : target
    if (isStyle || !isExportFormat(target)) return { result: await formatter.formatReferences(records, style, output, locale || undefined), count: records.length, note }
    const result = await formatter.exportFile(records, target)
    if (result.ok) setWarnings(fileExportWarnings(records, target))
    return { result, count: records.length, note }
  }

  async function copy() {
    setStatus('Formatting…')
    const { result, count, note } = await produce()
    if (!result.ok) return setStatus(result.message)
    await navigator.clipboard.writeText(result.text)
    setStatus(`Copied ${count} reference${count === 1 ? '' : 's'} to the clipboard.${note}`)
  }

  async function save() {
    setStatus('Formatting…')
    const { result, count, note } = await produce()
    if (!result.ok) return setStatus(result.message)
    const kind = isStyle ? REFERENCE_FORMATS.find((format) => format.id === output) : FILE_FORMATS.find((format) => format.id === target)
    downloadBlob(new Blob([result.text], { type: kind?.type ?? 'text/plain' }), `axisref-${isStyle ? (isCustom ? 'references' : target) : 'library'}.${kind?.extension ?? 'txt'}`)
    setStatus(`Saved ${count} reference${count === 1 ? '' : 's'}.${note}`)
  }

  return (
    <Dialog title="Export" onClose={onClose}>
      <fieldset className="export-fieldset">
        <legend>Papers</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'selection'} disabled={selectedIds.length === 0} onChange={() => setScope('selection')} /> Selected ({selectedIds.length})
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'view'} onChange={() => setScope('view')} /> Shown in the list ({viewIds.length})
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'library'} onChange={() => setScope('library')} /> Whole library
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'keys'} onChange={() => setScope('keys')} /> Cited in a document
        </label>
        {scope === 'keys' && (
          <>
            <textarea
              className="export-keys"
              aria-label="Cited keys"
              placeholder="Paste \cite{…} commands, a .aux file, Markdown or Quarto text with [@key] citations, or citation keys"
              rows={3}
              value={citedText}
              onChange={(event) => setCitedText(event.target.value)}
            />
            <label className="export-field">
              or read a manuscript{' '}
              <input type="file" accept={MANUSCRIPT_TYPES} aria-label="Manuscript file" onChange={(event) => void readManuscript(event.target.files?.[0])} />
            </label>
          </>
        )}
      </fieldset>
      <label className="export-field">
        Format{' '}
        <select value={target} onChange={(event) => setTarget(event.target.value)} aria-label="Export format">
          <optgroup label="Files">
            {FILE_FORMATS.map((format) => (
              <option key={format.id} value={format.id}>
                {format.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Formatted references">
            {STYLE_NAMES.map((name) => (
              <option key={name} value={name}>
                {BUILTIN_STYLES[name].title}
              </option>
            ))}
            <option value="custom">Your own style (.csl file)…</option>
          </optgroup>
        </select>
      </label>
      {isCustom && (
        <label className="export-field">
          CSL file <input type="file" accept=".csl,application/xml,text/xml" aria-label="CSL style file" onChange={(event) => void loadStyle(event.target.files?.[0])} />
        </label>
      )}
      {isStyle && (
        <label className="export-field">
          As{' '}
          <select value={output} onChange={(event) => setOutput(event.target.value as ReferenceFormat)} aria-label="Reference output">
            {REFERENCE_FORMATS.map((format) => (
              <option key={format.id} value={format.id}>
                {format.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {isStyle && (
        <label className="export-field">
          Language{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value)} aria-label="Reference language">
            <option value="">Style&rsquo;s default</option>
            {LOCALES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="button" onClick={() => void save()}>
          Save file…
        </button>
      </div>
      <p role="status" className="hint" data-testid="export-status">
        {status}
      </p>
      <ExportWarnings warnings={warnings} />
    </Dialog>
  )
}
