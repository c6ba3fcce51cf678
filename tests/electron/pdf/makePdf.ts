/**
 * Writes small, valid PDFs for tests: text runs at given positions and sizes in the standard
 * Helvetica fonts, an optional info dictionary and an optional JavaScript open action. The
 * project makes its own fixtures; the shared corpus stays outside the repository.
 */

export interface TextRun {
  text: string
  /** Points from the left edge. */
  x: number
  /** Baseline, in points from the TOP edge (as the extractor measures). */
  top: number
  size: number
  bold?: boolean
}

export interface PdfSpec {
  pages: TextRun[][]
  info?: Record<string, string>
  /** JavaScript run by a PDF viewer on open; the extractor must never run it. */
  openActionJs?: string
  width?: number
  height?: number
  /** Raw entries added to the trailer dictionary, e.g. a hostile deeply nested array. */
  trailerExtra?: string
}

function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`)
}

function contentStream(runs: readonly TextRun[], height: number): string {
  return runs.map((run) => `BT /${run.bold ? 'F2' : 'F1'} ${run.size} Tf 1 0 0 1 ${run.x} ${height - run.top} Tm (${escapeText(run.text)}) Tj ET`).join('\n')
}

/** The PDF's bytes, with a correct cross-reference table. */
export function makePdf(spec: PdfSpec): Uint8Array {
  const width = spec.width ?? 595
  const height = spec.height ?? 842
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const pagesRef = add('')
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
  const kids = spec.pages.map((runs) => {
    const stream = contentStream(runs, height)
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`)
    return add(
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
    )
  })
  objects[pagesRef - 1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const action = spec.openActionJs ? add(`<< /Type /Action /S /JavaScript /JS (${escapeText(spec.openActionJs)}) >>`) : undefined
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R${action ? ` /OpenAction ${action} 0 R` : ''} >>`
  const info = spec.info
    ? add(`<< ${Object.entries(spec.info).map(([key, value]) => `/${key} (${escapeText(value)})`).join(' ')} >>`)
    : undefined
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${spec.trailerExtra ? ` ${spec.trailerExtra}` : ''} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(body, 'latin1'))
}

/** A plausible first page: banner, title, authors, abstract, body; `extra` runs are added as given. */
export function articlePage(extra: TextRun[] = []): TextRun[] {
  return [
    { text: 'Journal of Psychoneuroimmunology 12 (2021) 101-110', x: 50, top: 40, size: 8 },
    { text: 'Microglial priming links gut dysbiosis', x: 50, top: 120, size: 18, bold: true },
    { text: 'to depressive behaviour in mice', x: 50, top: 142, size: 18, bold: true },
    { text: 'Anna Berg, Jonas Lind and Maria Holm', x: 50, top: 172, size: 11 },
    { text: 'Department of Psychiatry, Uppsala University, Uppsala, Sweden', x: 50, top: 188, size: 8 },
    { text: 'Abstract', x: 50, top: 220, size: 10, bold: true },
    ...Array.from({ length: 12 }, (_, index) => ({
      text: 'Inflammation in the gut alters microglia and mood through several pathways that we test here.',
      x: 50,
      top: 240 + index * 12,
      size: 9,
    })),
    ...extra,
  ]
}
