import type { Rule } from 'eslint'

export const layeringRule: Rule.RuleModule
export const LAYERS: Record<string, { mayImport: string[]; packages: 'any' | string[]; forbiddenPackages?: string[]; nodeBuiltins: boolean }>
