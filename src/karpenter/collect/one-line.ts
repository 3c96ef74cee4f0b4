// Cluster data (namespaces, Lease holders, versions, stderr) put on one line of a log, terminal or table cell.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * Control characters as visible escapes (`\n`, `\r`, `\u001b`; a tab as a space): nothing moves the cursor, and no
 * line break in the data can start a line with `::` (a workflow command when printed by an action or a `run:` step).
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARS, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** Control characters replaced by spaces (for markdown, where the escapes would read as text anyway). */
export function withoutControls(text: string): string {
  return text.replace(CONTROL_CHARS, ' ')
}
