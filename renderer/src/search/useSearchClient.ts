import { useEffect, useState } from 'react'
import { useDatabase } from '../db'
import type { SearchClient } from './searchClient'
import { startSearchWorker } from './startSearchWorker'

/**
 * The search client of the open library: one worker per window, started when the
 * workspace mounts and ended when it unmounts (StrictMode's trial mount ends its own);
 * undefined until then.
 */
export function useSearchClient(): SearchClient | undefined {
  const db = useDatabase()
  const [client, setClient] = useState<{ db: typeof db; client: SearchClient }>()
  useEffect(() => {
    const started = startSearchWorker(db.name)
    let live = true
    // published from a callback, after the effect: an unmount before then disposes it unseen
    void Promise.resolve().then(() => live && setClient({ db, client: started }))
    return () => {
      live = false
      started.dispose()
    }
  }, [db])
  return client?.db === db ? client.client : undefined
}
