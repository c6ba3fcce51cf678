import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { assignCitationKeys } from '../../../shared/citekeys'
import { decodeBibliographyBytes, type ExportRecord, type ImportResult } from '../../../shared/formats'

/** The shared test corpus (AXISREF_CORPUS overrides `<repo>/../shared/corpus`). */
export const CORPUS = resolve(process.env.AXISREF_CORPUS ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus'))

/** False when the corpus is absent: corpus suites then skip, saying why. */
export const HAS_CORPUS = existsSync(CORPUS)
if (!HAS_CORPUS) console.warn(`Corpus not found at ${CORPUS}: corpus tests are skipped (set AXISREF_CORPUS).`)

/** A corpus file's text, decoded as the app decodes user files. */
export function corpusText(relative: string): string {
  return decodeBibliographyBytes(readFileSync(join(CORPUS, relative)))
}

/** Every file under a corpus folder, as paths relative to the corpus. */
export function corpusFiles(folder: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(join(CORPUS, relative)).flatMap((name) => {
      const path = join(relative, name)
      return statSync(join(CORPUS, path)).isDirectory() ? walk(path) : [path]
    })
  return walk(folder).sort()
}

/** Import result as export records with unique keys, the way the app would save them. */
export function toRecords(result: ImportResult): ExportRecord[] {
  const keys = assignCitationKeys(result.entries)
  return result.entries.map((entry, index) => ({ item: entry.item, extension: entry.extension, citationKey: keys[index]?.key ?? `k${index}` }))
}
