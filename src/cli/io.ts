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
}

/** Exit codes shared by every command: 0 ok, 1 findings at or above --fail-on, 2 usage or internal error. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

export type CliCommand = (args: string[], io: CliIO) => Promise<number>

export class UsageError extends Error {}
