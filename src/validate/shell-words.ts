// The engine's messages name settings the way the shell running it spells them: action inputs (`eksctl-version`,
// `install-eksctl: true`) in the action, flags (`--eksctl-version`) on the command line. The shell passes its words;
// the engine never guesses.

export interface ShellWords {
  /** How the user sets an option the action calls `input`: `eksctl-version` or `--eksctl-version`. */
  setting: (input: string) => string
  /** What to do when a field or value needs a newer eksctl than the one validated against. */
  upgrade: string
}

export const ACTION_WORDS: ShellWords = {
  setting: (input) => input,
  upgrade: 'Upgrade eksctl (install-eksctl: true installs the release eksctl-version names)'
}

/** The CLI's words; `upgrade` says `brew upgrade eksctl` only when Homebrew installed the eksctl on PATH. */
export function cliWords(homebrew: boolean): ShellWords {
  return {
    setting: (input) => `--${input}`,
    upgrade: homebrew ? 'Upgrade eksctl (brew upgrade eksctl)' : 'Upgrade eksctl'
  }
}
