// STAND-IN (s-engine): deleted before the last commit; the real one is on s-conn.
import type { ConnectionTester } from './ports'

export const testSyncConnection: ConnectionTester = async (connection, deps) => {
  const auth = `Basic ${Buffer.from(`${connection.user}:${connection.password}`).toString('base64')}`
  try {
    const session = await deps.fetch(`${connection.url}/_session`, { headers: { authorization: auth } })
    if (session.status === 401) return { ok: false, problem: 'credentials', message: `The server at ${connection.url} refused the user name or password.`, canWrite: false, created: false }
    const db = await deps.fetch(`${connection.url}/${connection.database}`, { headers: { authorization: auth } })
    if (!db.ok) return { ok: false, problem: 'noDatabase', message: `No database ${connection.database}.`, canWrite: false, created: false }
    return { ok: true, message: 'Connected.', canWrite: true, created: false }
  } catch (error) {
    return { ok: false, problem: 'unreachable', message: `The server at ${connection.url} cannot be reached: ${String(error)}`, canWrite: false, created: false }
  }
}
