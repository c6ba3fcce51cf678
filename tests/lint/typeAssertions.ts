import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

/** One place in the source the lint tests look at: a type assertion or a swallowed promise failure. */
export interface Finding {
  file: string
  line: number
  text: string
}

export interface SourceFindings {
  /** Every `x as T` and `<T>x`, except `as const` (which asserts nothing about a value). */
  casts: Finding[]
  /** `x as unknown as T`: a cast that defeats the checker on purpose. */
  doubleCasts: Finding[]
  /** `.catch(() => undefined)` and its kin (`() => {}`, `() => null`): a failure turned into silence. */
  swallowedCatches: Finding[]
}

/** Scans the given root-relative files. */
export function scanFiles(root: string, files: readonly string[]): SourceFindings {
  const all: SourceFindings = { casts: [], doubleCasts: [], swallowedCatches: [] }
  for (const file of files) {
    const found = scanSource(file, readFileSync(join(root, file), 'utf8'))
    all.casts.push(...found.casts)
    all.doubleCasts.push(...found.doubleCasts)
    all.swallowedCatches.push(...found.swallowedCatches)
  }
  return all
}

/** Scans one file's text; `file` names it in the findings and tells TSX from TS. */
export function scanSource(file: string, text: string): SourceFindings {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: SourceFindings = { casts: [], doubleCasts: [], swallowedCatches: [] }
  const finding = (node: ts.Node): Finding => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
    text: node.getText(source).replace(/\s+/g, ' ').slice(0, 120),
  })
  const visit = (node: ts.Node): void => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isConstAssertion(node.type)) {
      found.casts.push(finding(node))
      if (isUnknownCast(node.expression)) found.doubleCasts.push(finding(node))
    }
    if (isSwallowedCatch(node)) found.swallowedCatches.push(finding(node))
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function isConstAssertion(type: ts.TypeNode): boolean {
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'const'
}

function isUnknownCast(expression: ts.Expression): boolean {
  const inner = unwrapParentheses(expression)
  return ts.isAsExpression(inner) && inner.type.kind === ts.SyntaxKind.UnknownKeyword
}

function unwrapParentheses(expression: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(expression) ? unwrapParentheses(expression.expression) : expression
}

/** `.catch(handler)` whose handler does nothing: gives undefined, null or `void 0`, or has an empty body. */
function isSwallowedCatch(node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'catch') return false
  const handler = node.arguments[0]
  if (!handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) return false
  const body = handler.body
  if (ts.isBlock(body)) return body.statements.length === 0
  const value = unwrapParentheses(body)
  if (ts.isIdentifier(value)) return value.text === 'undefined'
  return value.kind === ts.SyntaxKind.NullKeyword || (ts.isVoidExpression(value) && ts.isLiteralExpression(value.expression))
}
