/**
 * Structural checks of request bodies against the provider APIs' rules that a real server would
 * reject on: required fields, role order, tool call/result pairing. Returns the problems found.
 */
type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export function bodyProblems(provider: string, path: string, body: unknown): string[] {
  if (!isObj(body)) return ['body is not an object'];
  if (typeof body.model !== 'string' || body.model === '') return ['no model'];
  if (path === '/v1/messages') return anthropic(body);
  if (path === '/v1/chat/completions') return chat(body);
  if (path === '/v1/responses') return responses(body);
  return [`unexpected path ${path} for ${provider}`];
}

function anthropic(b: Obj): string[] {
  const out: string[] = [];
  if (typeof b.max_tokens !== 'number' || b.max_tokens < 1) out.push('max_tokens missing');
  if (isObj(b.thinking)) {
    if (b.temperature !== undefined || b.top_p !== undefined) out.push('thinking with temperature/top_p');
    if (typeof b.thinking.budget_tokens !== 'number' || b.thinking.budget_tokens < 1024)
      out.push('thinking budget below 1024');
    else if ((b.max_tokens as number) <= b.thinking.budget_tokens)
      out.push('max_tokens not above thinking budget');
  }
  const messages = Array.isArray(b.messages) ? b.messages : [];
  if (messages.length === 0) out.push('no messages');
  let expect = 'user';
  let open = new Set<string>();
  for (const m of messages) {
    if (!isObj(m) || m.role !== expect) out.push(`expected a ${expect} turn`);
    expect = expect === 'user' ? 'assistant' : 'user';
    if (!isObj(m)) continue;
    const blocks =
      typeof m.content === 'string'
        ? [{ type: 'text', text: m.content }]
        : Array.isArray(m.content)
          ? m.content
          : [];
    if (blocks.length === 0) out.push('empty content');
    for (const block of blocks) {
      if (!isObj(block)) continue;
      if (block.type === 'text' && (typeof block.text !== 'string' || block.text === ''))
        out.push('empty text block');
      if (block.type === 'tool_result' && !open.has(String(block.tool_use_id)))
        out.push('tool_result without tool_use');
    }
    open = new Set(blocks.filter((x) => isObj(x) && x.type === 'tool_use').map((x) => String((x as Obj).id)));
  }
  if (messages.length > 0 && expect !== 'assistant') out.push('last turn is not the user');
  return out;
}

function chat(b: Obj): string[] {
  const out: string[] = [];
  const messages = Array.isArray(b.messages) ? b.messages : [];
  if (messages.length === 0) out.push('no messages');
  let open = new Set<string>();
  for (const m of messages) {
    if (!isObj(m)) continue;
    if (m.role === 'tool') {
      if (!open.has(String(m.tool_call_id))) out.push('tool message without a call');
      continue;
    }
    open = new Set(
      (Array.isArray(m.tool_calls) ? m.tool_calls : []).map((c) => String(isObj(c) ? c.id : '')),
    );
    if (m.content === null && open.size === 0) out.push('null content without tool calls');
  }
  const last = messages[messages.length - 1];
  if (!isObj(last) || (last.role !== 'user' && last.role !== 'tool'))
    out.push('last message is not user/tool');
  if (b.top_logprobs !== undefined && b.logprobs !== true) out.push('top_logprobs without logprobs');
  return out;
}

function responses(b: Obj): string[] {
  if (typeof b.input === 'string') return b.input === '' ? ['empty input'] : [];
  if (!Array.isArray(b.input) || b.input.length === 0) return ['no input'];
  const out: string[] = [];
  const calls = new Set<string>();
  for (const item of b.input) {
    if (!isObj(item)) continue;
    if (item.type === 'function_call') calls.add(String(item.call_id));
    if (item.type === 'function_call_output' && !calls.has(String(item.call_id)))
      out.push('output without call');
  }
  return out;
}
