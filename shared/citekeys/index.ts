export { foldToAscii } from './fold'
export { DEFAULT_KEY_PATTERN, KEY_TOKENS, parseKeyPattern, significantWords, type KeyPatternPart, type KeyPatternResult, type KeyToken } from './pattern'
export { assignCitationKeys, generateCitationKey, isAcceptableCitationKey, isSafeCitationKey, makeUniqueKey, type KeyAssignment } from './keys'
