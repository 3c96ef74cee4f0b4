// What differs between repeats of one error and that no catalog rule reads: token runs of 32+ letters, digits, `-`
// and `_` holding at least four digits (encoded authorization messages, request and trace ids, UUIDs), IPv4
// addresses and their port, numbers of 6+ digits (account ids), and the session part of an assumed-role ARN. The
// cause memo (catalog.ts causeKey) and the parser's repeat keys (parse.ts) both replace them with fixed values of
// the same shape, so a pattern that reads a shape still sees one.

const VOLATILE = /\b[A-Za-z0-9_-]{32,}|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b|\b\d{6,}\b/g
const ROLE_SESSION = /(assumed-role\/[^/\s]+\/)[^\s/]+/g
const FOUR_DIGITS = /(?:\D*\d){4}/
const NON_DIGIT = /\D/

export const STEADY_TOKEN = 'Volatile0Token0Of0Thirty0Two0Chars'

/** One fixed value of the same shape for a volatile part (a long token with fewer than four digits stays). */
function steady(part: string): string {
  // Regular expressions, not a loop over the characters: an encoded message is 1,000+ characters.
  if (part.length >= 32 && NON_DIGIT.test(part)) return FOUR_DIGITS.test(part) ? STEADY_TOKEN : part
  if (part.includes('.')) return part.includes(':') ? '10.0.0.1:1' : '10.0.0.1'
  return '100000'
}

/** The text with its volatile parts replaced by fixed values of the same shape. */
export function steadyText(text: string): string {
  const t = text.includes('assumed-role/') ? text.replace(ROLE_SESSION, '$1session') : text
  return t.replace(VOLATILE, steady)
}
