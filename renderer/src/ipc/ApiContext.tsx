import { createContext, useContext, type ReactNode } from 'react'
import type { AxisRefApi } from '../../../shared/ipc/api'

const ApiContext = createContext<AxisRefApi | null>(null)

export function ApiProvider({ api, children }: { api: AxisRefApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): AxisRefApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi needs an <ApiProvider> above it.')
  return api
}
