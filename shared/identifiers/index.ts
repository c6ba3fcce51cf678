export type { Identifier, IdentifierKind, IdentifierParse } from './identifierParse'
export { parseIdentifier, MAX_IDENTIFIER_LENGTH, MAX_LIST_LENGTH } from './parseIdentifier'
export { parseIdentifierList, splitIdentifierList, uniqueIdentifiers } from './parseIdentifierList'
