import type { IpcError } from '../../../shared/ipc/result'

/** An error from the host, in the words the service chose. */
export function ErrorMessage({ error }: { error: IpcError }) {
  return (
    <p className="error-message" role="alert">
      {error.message}
    </p>
  )
}
