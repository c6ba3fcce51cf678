/**
 * The Content-Security-Policy of the renderer, sent as a header by both hosts and repeated
 * in renderer/index.html (a test keeps the two equal). No inline script, no eval, no
 * remote anything; workers and images may come from blob: for pdf.js.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
