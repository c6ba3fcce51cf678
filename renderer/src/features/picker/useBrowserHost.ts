import { useEffect, useState } from 'react'
import { useApi } from '../../ipc/ApiContext'

/**
 * True once the host says it is the browser host, where the page itself shows the citation
 * picker for editors (in Electron a small window of its own does). A host that cannot say is
 * reported through `say`, in words.
 */
export function useBrowserHost(say: (message: string) => void): boolean {
  const api = useApi()
  const [browser, setBrowser] = useState(false)
  useEffect(() => {
    let live = true
    void api.getAppInfo().then((info) => {
      if (!live) return
      if (info.ok) setBrowser(info.value.host === 'browser')
      else say(`Editors cannot use the citation picker: AxisRef could not tell where it runs (${info.error.message.replace(/\.$/, '')}).`)
    })
    return () => {
      live = false
    }
  }, [api, say])
  return browser
}
