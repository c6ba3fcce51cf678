import { builtinModules } from 'node:module'
import path from 'node:path'

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/**
 * Keeps the layers apart, as VS Code does with common/browser/node: each layer lists the
 * folders its relative imports may reach and the packages it may use.
 *
 * Options: { root, layers: { [folder]: { mayImport: string[], packages: 'any' | string[],
 *   forbiddenPackages?: string[], nodeBuiltins: boolean } } }
 */
export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the shared / electron / renderer layering' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      folder: '{{layer}}/ may not import from {{target}}/ ("{{source}}").',
      builtin: '{{layer}}/ may not import the Node built-in "{{source}}".',
      package: '{{layer}}/ may not import the package "{{source}}" (allowed: {{allowed}}).',
    },
  },
  create(context) {
    const { root, layers } = context.options[0]
    const file = path.resolve(context.filename)
    const layer = layerOf(root, file, layers)
    if (!layer) return {}
    const rules = layers[layer]

    function check(node, source) {
      if (typeof source !== 'string') return
      if (source.startsWith('.') || path.isAbsolute(source)) {
        const target = layerOf(root, path.resolve(path.dirname(file), source), layers) ?? topFolder(root, path.resolve(path.dirname(file), source))
        if (target !== layer && !rules.mayImport.includes(target)) {
          context.report({ node, messageId: 'folder', data: { layer, target, source } })
        }
        return
      }
      if (NODE_BUILTINS.has(source)) {
        if (!rules.nodeBuiltins) context.report({ node, messageId: 'builtin', data: { layer, source } })
        return
      }
      if ((rules.forbiddenPackages ?? []).some((name) => source === name || source.startsWith(`${name}/`))) {
        context.report({ node, messageId: 'package', data: { layer, source, allowed: `anything but ${rules.forbiddenPackages.join(', ')}` } })
        return
      }
      if (rules.packages === 'any') return
      const allowed = rules.packages.some((name) => source === name || source.startsWith(`${name}/`))
      if (!allowed) context.report({ node, messageId: 'package', data: { layer, source, allowed: rules.packages.join(', ') } })
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value)
        }
      },
    }
  },
}

function topFolder(root, file) {
  const relative = path.relative(root, file)
  return relative.startsWith('..') ? '(outside the project)' : relative.split(path.sep)[0]
}

function layerOf(root, file, layers) {
  const top = topFolder(root, file)
  return Object.hasOwn(layers, top) ? top : undefined
}

export const LAYERS = {
  shared: { mayImport: [], packages: ['zod', '@citation-js', 'fast-xml-parser', 'fastest-levenshtein'], nodeBuiltins: false },
  renderer: { mayImport: ['shared'], packages: 'any', forbiddenPackages: ['electron'], nodeBuiltins: false },
  electron: { mayImport: ['shared', 'package.json'], packages: 'any', nodeBuiltins: true },
}
