/** Token usage as reported by the upstream, in the units rate limits are kept in. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** True once a `usage` object was actually seen (streams may omit it). */
  reported: boolean;
}

export function emptyUsage(): Usage {
  return { inputTokens: 0, outputTokens: 0, reported: false };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

/**
 * Merge a provider `usage` object into `into`. Anthropic reports input in `message_start` and a
 * cumulative `output_tokens` in `message_delta`, so later values replace earlier ones field by
 * field; cache tokens count as input. OpenAI chat uses prompt/completion, Responses input/output.
 */
export function readUsage(into: Usage, usage: unknown): void {
  if (typeof usage !== 'object' || usage === null) return;
  const u = usage as Record<string, unknown>;
  const input =
    u.input_tokens !== undefined
      ? count(u.input_tokens) + count(u.cache_creation_input_tokens) + count(u.cache_read_input_tokens)
      : u.prompt_tokens !== undefined
        ? count(u.prompt_tokens)
        : undefined;
  const output =
    u.output_tokens !== undefined
      ? count(u.output_tokens)
      : u.completion_tokens !== undefined
        ? count(u.completion_tokens)
        : undefined;
  // Anthropic's message_delta carries input_tokens only on some versions; never let 0 erase a count.
  if (input !== undefined && (input > 0 || !into.reported)) into.inputTokens = input;
  if (output !== undefined) into.outputTokens = output;
  into.reported = true;
}
