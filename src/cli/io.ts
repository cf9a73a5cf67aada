/**
 * What a CLI command may touch. Commands take this instead of reading `process` directly, so
 * they are testable in-process and their output can be captured.
 */
export interface CliIo {
  /** Write to standard output (no newline added). */
  stdout(text: string): void;
  /** Write to standard error (no newline added). */
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Read all of standard input as UTF-8. */
  readStdin(): Promise<string>;
}

/** A command: parses its own arguments, returns the process exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
