import type { NormalizedRequest } from '../providers/types.ts';

/**
 * Input tokens before the call, without a tokenizer: ~4 characters per token for Latin-script
 * text, about one per character for CJK (where BPE vocabularies spend roughly a token per
 * character). Errs high rather than low, since output and the real input are reconciled later.
 */
export function estimateTokens(text: string): number {
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) wide++;
  }
  return Math.ceil((text.length - wide) / 4) + wide;
}

export function estimateInputTokens(request: NormalizedRequest): number {
  let tokens = estimateTokens(request.system);
  for (const m of request.messages) tokens += estimateTokens(m.text) + 4; // per-message framing
  for (const t of request.tools)
    tokens += estimateTokens(t.name) + estimateTokens(t.description) + estimateTokens(t.schema);
  return Math.max(1, tokens);
}
