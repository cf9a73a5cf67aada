import type { NormalizedMessage, NormalizedRequest } from '../../providers/types.ts';

/**
 * Reference material quoted into a prompt: retrieved documents, search results, a policy or a
 * paper the user asks about. It is data, not the user's instruction, yet it is full of the
 * words the detectors look for (a model card's "410k instruction/response pairs", an AI-use
 * policy on "training models on outputs"). `withoutMaterial` returns the request with such
 * material blanked, or `undefined` when there is none; the scorer reads both and lets the
 * material count only at a discount, so instructions hidden in it still weigh something.
 *
 * What counts as material, without guessing at intent:
 * - XML-tagged retrieval blocks: `<documents>`, `<document>`, `<document_content>`,
 *   `<search_results>`, `<context>`, `<excerpts>`, `<passages>`, `<retrieved…>`;
 * - long string values of retrieval fields in JSON (`"snippet"`, `"content"`, `"page_content"`…);
 * - everything after a line that declares material below ("Answer only from the excerpts
 *   below", "Here's the model card for …:"), up to the turn's last paragraph when that is the
 *   question about it.
 */

const XML_BLOCK =
  /<(documents?|document_content|search_results?|context|excerpts?|passages?|retrieved[a-z_]*|source_documents?|knowledge)\b[^>]{0,200}>[\s\S]*?<\/\1\s*>/giu;

const JSON_FIELD =
  /"(snippet|content|page_content|text|body|passage|chunk|excerpt|document)"\s*:\s*"(?:[^"\\]|\\.){120,}"/giu;

/** A line that says reference material follows. */
const DECLARES =
  /(?:^|\n)[^\n]{0,200}?(?:(?:answer|respond|reply|help)[^.\n]{0,80}?(?:only )?(?:from|using|based on|about|with)[^.\n]{0,40}?(?:the )?(?:[a-z-]+ ){0,3}(?:excerpts?|documents?|results|context|passages|sections|polic(?:y|ies)|handbook|manual|protocol|contract|agreement|text|notes|knowledge base|faq|articles?|guidelines|terms)[^.\n]{0,40}?(?:below|following|provided|attached|pasted)|(?:here(?:'s| is| are)|below (?:is|are)|attached (?:is|are)|i(?:'ve| have) pasted|pasting) (?:the|a|an|our|my|some|this|these) [^.\n:]{0,160}(?::|\.|below))[^\n]*(?:\n|$)/iu;

/** The last paragraph of a turn, when it is short enough to be the question about the material. */
const LAST_PARAGRAPH_MAX = 600;

/** The text with its material blanked; the same string when there is none. */
export function stripMaterial(text: string, keepLastParagraph: boolean): string {
  if (text.length < 300) return text;
  let out = text.replace(XML_BLOCK, ' [material] ').replace(JSON_FIELD, (_m, key: string) => `"${key}": ""`);
  const m = DECLARES.exec(out);
  if (m) {
    const start = m.index + m[0].length;
    let end = out.length;
    if (keepLastParagraph) {
      const cut = out.lastIndexOf('\n\n');
      if (cut > start && out.length - cut <= LAST_PARAGRAPH_MAX) end = cut;
    }
    // Material worth the name: a long stretch, not a one-line aside.
    if (end - start >= 300) out = `${out.slice(0, start)} [material] ${out.slice(end)}`;
  }
  return out;
}

export function withoutMaterial(request: NormalizedRequest): NormalizedRequest | undefined {
  let changed = false;
  const system = stripMaterial(request.system, false);
  if (system !== request.system) changed = true;
  const lastUser = request.messages.findLastIndex((m) => m.role === 'user');
  const messages: NormalizedMessage[] = request.messages.map((m, i) => {
    if (m.role !== 'user') return m;
    const text = stripMaterial(m.text, i === lastUser);
    if (text === m.text) return m;
    changed = true;
    return { ...m, text };
  });
  return changed ? { ...request, system, messages } : undefined;
}
