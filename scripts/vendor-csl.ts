import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

// `npx tsx scripts/vendor-csl.ts`: regenerates the bundled CSL locales (shared/formats/locales/vendor)
// from a clone of citation-style-language/locales, and the bundled styles added for #15
// (shared/formats/styles/vendor) from the corpus copies of citation-style-language/styles.
// Paths: LOCALES_GIT (a git dir, default the mirror), AXISREF_CORPUS (default ../shared/corpus).

const root = resolve(import.meta.dirname, '..')
const localesGit = process.env.LOCALES_GIT ?? '/work/.mirror/citation-style-language+locales/repo'
const corpus = resolve(process.env.AXISREF_CORPUS ?? join(root, '..', 'shared', 'corpus'))
const STYLES_COMMIT = '0819c0e0b7d4a0301ff063521f91818cb697ca5b'

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pl-PL', 'pt-BR', 'zh-CN']

/** style file in the corpus → [module name, constant name] */
const STYLES: Record<string, [string, string]> = {
  'ieee.csl': ['ieee', 'IEEE_CSL'],
  'plos.csl': ['plos', 'PLOS_CSL'],
  'cell.csl': ['cell', 'CELL_CSL'],
  'bmj.csl': ['bmj', 'BMJ_CSL'],
  'the-lancet.csl': ['lancet', 'LANCET_CSL'],
  'modern-language-association.csl': ['modernLanguageAssociation', 'MODERN_LANGUAGE_ASSOCIATION_CSL'],
  'chicago-notes-bibliography.csl': ['chicagoNotesBibliography', 'CHICAGO_NOTES_BIBLIOGRAPHY_CSL'],
  'elsevier-harvard.csl': ['elsevierHarvard', 'ELSEVIER_HARVARD_CSL'],
  'elsevier-vancouver.csl': ['elsevierVancouver', 'ELSEVIER_VANCOUVER_CSL'],
  'nlm-citation-sequence.csl': ['nlmCitationSequence', 'NLM_CITATION_SEQUENCE_CSL'],
}

// String.raw keeps the XML byte for byte; only a backtick or `${` could end or splice it.
function literal(xml: string): string {
  if (xml.includes('`') || xml.includes('${')) return JSON.stringify(xml)
  return `String.raw\`${xml}\``
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function writeModule(path: string, header: string[], constant: string, xml: string): void {
  writeFileSync(path, `${header.map((line) => `// ${line}`).join('\n')}\nexport const ${constant} = ${literal(xml)}\n`)
}

const commit = execFileSync('git', ['-C', localesGit, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
for (const locale of LOCALES) {
  const xml = execFileSync('git', ['-C', localesGit, 'show', `${commit}:locales-${locale}.xml`], { encoding: 'utf8' })
  const constant = `LOCALE_${locale.replace('-', '_').toUpperCase()}`
  writeModule(join(root, 'shared/formats/locales/vendor', `${locale}.ts`), [
    `Vendored CSL locale: locales-${locale}.xml from https://github.com/citation-style-language/locales`,
    `(commit ${commit}; sha256 ${sha256(xml)}).`,
    'Licence: CC BY-SA 3.0 (see ./README.md). Regenerate with scripts/vendor-csl.ts; do not edit by hand.',
  ], constant, xml)
}

for (const [file, [module, constant]] of Object.entries(STYLES)) {
  const xml = readFileSync(join(corpus, 'csl/styles', file), 'utf8')
  writeModule(join(root, 'shared/formats/styles/vendor', `${module}.ts`), [
    `Vendored CSL style: ${file} from https://github.com/citation-style-language/styles`,
    `(commit ${STYLES_COMMIT}; sha256 ${sha256(xml)}).`,
    'Licence: CC BY-SA 3.0 (see the <rights> element and ./README.md). Regenerate with scripts/vendor-csl.ts; do not edit by hand.',
  ], constant, xml)
}
console.log(`Wrote ${LOCALES.length} locales (commit ${commit.slice(0, 8)}) and ${Object.keys(STYLES).length} styles.`)
