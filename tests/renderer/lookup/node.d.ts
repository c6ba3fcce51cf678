// The renderer project type-checks without Node's types (its code must not use Node); its
// tests run in Node, and the recorded-lookup helper reads corpus files with these two alone.
declare module 'node:fs' {
  export function readFileSync(path: string, encoding: 'utf8'): string
}
declare module 'node:process' {
  export const env: Record<string, string | undefined>
  export function cwd(): string
}
