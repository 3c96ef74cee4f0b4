// What a CLI command gets from the process: arguments are parsed by the command, streams come from here,
// so tests can run a command in-process and the real CLI runs it on process streams.

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  /** stdin as a stream, for commands that read large input line by line (karpenter analyze -). */
  stdinStream: () => AsyncIterable<Buffer | string>
  cwd: string
  env: Record<string, string | undefined>
  /** stdout is a terminal (colour is then on unless NO_COLOR or --no-color). */
  isTTY?: boolean
  /** Colour the text output (decided once by src/cli.ts). */
  colour?: boolean
  /**
   * stdout for machine formats (JSON, SARIF, workflow commands, Markdown), written exactly as rendered; `stdout`
   * is for text, which src/cli.ts makes terminal-safe.
   */
  stdoutData?: (text: string) => void
}

/** Where a command writes a rendering: `stdoutData` for machine formats, `stdout` for text. */
export function writeOut(io: CliIO, text: string, machine: boolean): void {
  if (machine) (io.stdoutData ?? io.stdout)(text)
  else io.stdout(text)
}

/** Exit codes shared by every command: 0 ok, 1 findings at or above --fail-on, 2 usage or internal error. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

export type CliCommand = (args: string[], io: CliIO) => Promise<number>

export class UsageError extends Error {}
