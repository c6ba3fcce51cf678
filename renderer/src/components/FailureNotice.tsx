/** Something that failed, in words, with a button that tries it again. */
export function FailureNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <p className="failure-notice error-message" role="alert">
      {message}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="button button--small" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
    </p>
  )
}
