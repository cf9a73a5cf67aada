import { arr, canonicalJson, isObject, str } from './json.ts';

/**
 * Render message content (a string, or an array of typed blocks in either API's shape) as text.
 * Tool calls and results are kept as text so that detectors see what is being harvested.
 */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  const parts: string[] = [];
  for (const block of arr(content)) {
    if (typeof block === 'string') {
      parts.push(block);
      continue;
    }
    if (!isObject(block)) continue;
    const text = str(block.text) ?? str(block.input_text) ?? str(block.refusal);
    if (text !== undefined) parts.push(text);
    else if (block.type === 'tool_use' || block.type === 'function_call') {
      parts.push(
        `[tool call ${str(block.name) ?? ''}] ${canonicalJson(block.input ?? block.arguments ?? null)}`,
      );
    } else if (block.type === 'tool_result' || block.type === 'function_call_output') {
      parts.push(contentText(block.content ?? block.output));
    } else if (Array.isArray(block.content)) {
      parts.push(contentText(block.content));
    }
  }
  return parts.join('\n');
}
