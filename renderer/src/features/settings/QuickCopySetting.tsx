import { useId, useState } from 'react'
import type { QuickCopySetting as QuickCopyChoice } from '../../../../shared/domain/settings'
import { BUILTIN_STYLES, isStyleName, LOCALES, STYLE_NAMES } from '../../../../shared/formats'
import { updateSetting, useDatabase, useSetting } from '../../db'
import { ACTIONS, formatShortcuts } from '../actions'
import { keyText } from '../../../../shared/cite/caywFormat'

type Kind = QuickCopyChoice['kind']
/** Saves a change to the stored choice (not to the one on screen, which may be a change behind). */
type Save = (change: (current: QuickCopyChoice) => QuickCopyChoice) => void

const KIND_NAMES: Record<Kind, string> = {
  reference: 'Formatted reference',
  citation: 'Formatted citation',
  key: 'Citation key',
  pandoc: 'Pandoc [@key]',
  latex: 'LaTeX \\cite{key}',
}

const SHORTCUTS = [
  { key: 'quickCopy.reference', action: 'copy-reference' },
  { key: 'quickCopy.citation', action: 'copy-citation' },
] as const

/** Settings → Quick copy: what Ctrl/Cmd+Shift+C and Ctrl/Cmd+Shift+A copy, kept in the library's settings. */
export function QuickCopySetting() {
  return (
    <section className="settings-section" aria-labelledby="quick-copy-heading">
      <h3 id="quick-copy-heading">Quick copy</h3>
      <p className="hint">
        What the shortcuts (and the Copy reference and Copy citation buttons) copy from the selected papers. Formatted text keeps its italics: Word and LibreOffice paste it
        formatted, plain editors as text.
      </p>
      {SHORTCUTS.map(({ key, action }) => (
        <QuickCopyShortcut key={key} settingKey={key} keys={formatShortcuts(ACTIONS[action].shortcuts)} />
      ))}
    </section>
  )
}

function QuickCopyShortcut({ settingKey, keys }: { settingKey: (typeof SHORTCUTS)[number]['key']; keys: string }) {
  const db = useDatabase()
  const stored = useSetting(settingKey)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const save: Save = (change) => {
    setError(null)
    updateSetting(db, settingKey, change).catch((reason: unknown) => setError(`What ${keys} copies could not be saved: ${reason instanceof Error ? reason.message : String(reason)}`))
  }
  const chooseKind = (value: string) => {
    const kind = kindOf(value)
    save((current) => ({ ...current, kind }))
  }
  const choice = stored?.value
  return (
    <fieldset className="quick-copy" disabled={!choice}>
      <legend>{keys}</legend>
      <div className="quick-copy__fields">
        <label htmlFor={`${id}-kind`}>Copies</label>
        <select id={`${id}-kind`} value={choice?.kind ?? ''} onChange={(event) => chooseKind(event.target.value)}>
          {Object.entries(KIND_NAMES).map(([kind, name]) => (
            <option key={kind} value={kind}>
              {name}
            </option>
          ))}
        </select>
        {choice && (choice.kind === 'reference' || choice.kind === 'citation') && <StyleFields id={id} choice={choice} save={save} />}
      </div>
      {choice && choice.kind !== 'reference' && choice.kind !== 'citation' && (
        <p className="hint">
          Two papers are copied as <code>{keyText(['maes2008', 'kelly2016'], choice.kind)}</code>
        </p>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}

function StyleFields({ id, choice, save }: { id: string; choice: QuickCopyChoice; save: Save }) {
  const chooseStyle = (style: string) => save((current) => ({ ...current, style }))
  const chooseLocale = (locale: string) => save((current) => withLocale(current, locale))
  return (
    <>
      <label htmlFor={`${id}-style`}>Style</label>
      <select id={`${id}-style`} value={choice.style} onChange={(event) => chooseStyle(event.target.value)}>
        {STYLE_NAMES.map((name) => (
          <option key={name} value={name}>
            {BUILTIN_STYLES[name].title}
          </option>
        ))}
        {!isStyleName(choice.style) && <option value={choice.style}>{choice.style} (not a bundled style)</option>}
      </select>
      <label htmlFor={`${id}-locale`}>Locale</label>
      <select id={`${id}-locale`} value={choice.locale ?? ''} onChange={(event) => chooseLocale(event.target.value)}>
        <option value="">Style’s default</option>
        {LOCALES.map((locale) => (
          <option key={locale.id} value={locale.id}>
            {locale.name} · {locale.id}
          </option>
        ))}
        {choice.locale && !LOCALES.some((locale) => locale.id === choice.locale) && <option value={choice.locale}>{choice.locale}</option>}
      </select>
    </>
  )
}

function kindOf(value: string): Kind {
  const kind = Object.keys(KIND_NAMES).find((name): name is Kind => name === value)
  if (!kind) throw new Error(`Unknown quick-copy kind "${value}".`)
  return kind
}

// "" is the style's own default-locale: the key is left out, as the setting's schema reads it
function withLocale({ kind, style }: QuickCopyChoice, locale: string): QuickCopyChoice {
  return locale === '' ? { kind, style } : { kind, style, locale }
}

