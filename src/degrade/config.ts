import * as v from 'valibot';

/**
 * What `degrade` does to a request and its response. Every rewrite lowers the training value of
 * an answer (DistillGuard: removing chain-of-thought roughly halves a distilled student's maths
 * score) while leaving it a usable answer for a person.
 */
export const DegradeConfigSchema = v.strictObject({
  /** Cap on `max_tokens` / `max_completion_tokens` / `max_output_tokens`. */
  maxTokens: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1024),
  /**
   * Anthropic thinking: `drop` it (manual and adaptive), or `cap` a manual budget at
   * `thinkingBudget` (adaptive thinking is then bounded by `reasoningEffort`).
   */
  thinking: v.optional(v.picklist(['drop', 'cap']), 'drop'),
  thinkingBudget: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1024)), 1024),
  /**
   * OpenAI `reasoning_effort` / Responses `reasoning.effort`, and Anthropic
   * `output_config.effort` when the client sets it, are lowered to at most this (Anthropic has
   * no `minimal`: it becomes `low`). Responses reasoning summaries are switched off.
   */
  reasoningEffort: v.optional(v.picklist(['minimal', 'low', 'medium']), 'low'),
  /** Remove `logprobs`, `top_logprobs` and `logit_bias` from the request, logprobs from the response. */
  stripLogprobs: v.optional(v.boolean(), true),
  /** Cap on `n` (completions per prompt). */
  maxN: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
  /** Add `instruction` to the system prompt, in each API's own form. */
  withholdReasoning: v.optional(v.boolean(), true),
  instruction: v.optional(
    v.pipe(v.string(), v.minLength(1)),
    'Answer with the final result and a brief justification only. Do not write out step-by-step reasoning, internal deliberation, or a reconstruction of how the answer was reached.',
  ),
  /** Strip thinking / reasoning content from responses (re-indexing Anthropic blocks). */
  stripReasoningOutput: v.optional(v.boolean(), true),
  /** Downgrade models, e.g. `claude-opus-4-1: claude-haiku-4-5`. */
  modelMap: v.optional(v.record(v.string(), v.string()), {}),
});

export type DegradeConfig = v.InferOutput<typeof DegradeConfigSchema>;
