import type { MeshHeading } from '../../../../shared/domain/csl'
import { isMajorTopic } from '../../../../shared/search'
import type { PaperRecord } from '../../db'
import './registryTerms.css'

/** A term of the search language for a value: quoted, with any quote inside dropped. */
function quotedTerm(field: string, value: string): string {
  return `${field}:"${value.replace(/"/g, '')}"`
}

/** "Depression/immunology*" read aloud: the qualifiers, a major one marked. */
function qualifierText(heading: MeshHeading): string {
  return (heading.qualifiers ?? []).map((qualifier) => `${qualifier.name}${qualifier.major ? '*' : ''}`).join(', ')
}

interface TermButtonProps {
  label: string
  query: string
  onSearch: ((query: string) => void) | undefined
  major?: boolean
  detail?: string
}

function TermButton({ label, query, onSearch, major, detail }: TermButtonProps) {
  const text = (
    <>
      {major && <span className="registry-terms__major" aria-label="major topic">★</span>}
      {label}
      {detail && <span className="registry-terms__detail"> / {detail}</span>}
    </>
  )
  if (!onSearch) return <span className="registry-term">{text}</span>
  return (
    <button type="button" className={`registry-term${major ? ' registry-term--major' : ''}`} title={`Search ${query}`} onClick={() => onSearch(query)}>
      {text}
    </button>
  )
}

/**
 * What PubMed or an imported file says the paper is about, beside its CSL record: MeSH
 * headings (major topics starred, qualifiers after a slash), publication types and keywords.
 * Each one searches the library for it (`mesh:"…"`, `pubtype:"…"`, a phrase for a keyword).
 */
export function RegistryTerms({ paper, onSearch }: { paper: Pick<PaperRecord, 'extension'>; onSearch?: (query: string) => void }) {
  const { mesh = [], publicationTypes = [], keywords = [] } = paper.extension ?? {}
  if (mesh.length + publicationTypes.length + keywords.length === 0) return null
  const majorFirst = [...mesh].sort((a, b) => Number(isMajorTopic(b)) - Number(isMajorTopic(a)))
  return (
    <section className="registry-terms" aria-labelledby="registry-terms-heading">
      <h3 id="registry-terms-heading">Subject</h3>
      {publicationTypes.length > 0 && (
        <>
          <h4 className="registry-terms__heading">Publication types</h4>
          <ul className="registry-terms__list" aria-label="Publication types">
            {publicationTypes.map((type) => (
              <li key={type}><TermButton label={type} query={quotedTerm('pubtype', type)} onSearch={onSearch} /></li>
            ))}
          </ul>
        </>
      )}
      {mesh.length > 0 && (
        <>
          <h4 className="registry-terms__heading">MeSH headings</h4>
          <ul className="registry-terms__list" aria-label="MeSH headings">
            {majorFirst.map((heading) => (
              <li key={heading.descriptor}>
                <TermButton label={heading.descriptor} query={quotedTerm('mesh', heading.descriptor)} onSearch={onSearch} major={isMajorTopic(heading)} detail={qualifierText(heading) || undefined} />
              </li>
            ))}
          </ul>
        </>
      )}
      {keywords.length > 0 && (
        <>
          <h4 className="registry-terms__heading">Keywords</h4>
          <ul className="registry-terms__list" aria-label="Keywords">
            {keywords.map((keyword) => (
              <li key={keyword}><TermButton label={keyword} query={`"${keyword.replace(/"/g, '')}"`} onSearch={onSearch} /></li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
