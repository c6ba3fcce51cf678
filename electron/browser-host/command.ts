/** `--port` as typed: a port from 0 (any free one) to 65535, or words saying what to type. */
export function parsePortOption(value = '0'): { ok: true; value: number } | { ok: false; message: string } {
  const port = Number(value)
  if (/^\d{1,5}$/.test(value) && port <= 65535) return { ok: true, value: port }
  return { ok: false, message: `--port ${value} is not a port: give a number from 1 to 65535, or omit --port and AxisRef picks a free one.` }
}
