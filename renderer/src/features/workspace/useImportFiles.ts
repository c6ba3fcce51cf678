import { useCallback, useState } from 'react'
import { useApi } from '../../ipc/ApiContext'

/**
 * The Import… action: the host's file dialog. What happens to the chosen files is the
 * import feature's job; until it exists the status line says so plainly.
 */
export function useImportFiles(): { status: string; chooseFiles: () => Promise<void> } {
  const api = useApi()
  const [status, setStatus] = useState('')
  const chooseFiles = useCallback(async () => {
    const result = await api.openFileDialog({ purpose: 'any' })
    if (!result.ok) return setStatus(result.error.message)
    if (result.value.canceled) return setStatus('')
    const count = result.value.files.length
    setStatus(`${count} file${count === 1 ? '' : 's'} chosen. Importing them is not available in this version yet.`)
  }, [api])
  return { status, chooseFiles }
}
