/** OpenAI reasoning efforts, least first (`none` on the GPT-5.1 family, `xhigh` on the newest). */
const ORDER = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'];

/** The lower of two reasoning efforts; unknown values are treated as the highest. */
export function lowerEffort(requested: string, cap: string): string {
  const r = ORDER.indexOf(requested);
  const c = ORDER.indexOf(cap);
  return r !== -1 && r <= c ? requested : cap;
}

/** Anthropic `output_config.effort`, least first; there is no `minimal`, so it maps to `low`. */
const ANTHROPIC_ORDER = ['low', 'medium', 'high', 'xhigh', 'max'];

export function lowerAnthropicEffort(requested: string, cap: string): string {
  const capped = ANTHROPIC_ORDER.includes(cap) ? cap : 'low';
  const r = ANTHROPIC_ORDER.indexOf(requested);
  return r !== -1 && r <= ANTHROPIC_ORDER.indexOf(capped) ? requested : capped;
}
