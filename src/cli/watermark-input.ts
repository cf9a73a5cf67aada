import { readFile } from 'node:fs/promises';
import type { CliIo } from './io.ts';

/** A line that is a JSON object with a string `text`: the JSONL form of a suspect corpus. */
function textOf(line: string): string | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string')
      return value.text;
  } catch {
    // not JSON: the file is plain text
  }
  return undefined;
}

/**
 * The documents of one input: a `.jsonl` / `.ndjson` file is one document per line (its `text`
 * field); any other file is JSONL when every non-blank line is such an object, and otherwise one
 * plain-text document. `-` is standard input.
 */
export async function readDocuments(file: string, io: CliIo): Promise<string[]> {
  const content = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  const lines = content.split(/\r?\n/).filter((l) => l.trim() !== '');
  const declared = /\.(jsonl|ndjson)$/i.test(file);
  const texts = lines.map(textOf);
  if (declared || (lines.length > 0 && texts.every((t) => t !== undefined))) {
    texts.forEach((t, i) => {
      if (t === undefined) io.stderr(`${file}: line ${i + 1} has no string "text" field; skipped\n`);
    });
    return texts.filter((t): t is string => t !== undefined);
  }
  return [content];
}

/** Candidate ids from `--accounts a,b` and/or `--accounts-file F` (one per line, # comments). */
export async function readIds(list: string | undefined, file: string | undefined): Promise<string[]> {
  const ids = (list ?? '').split(',');
  if (file !== undefined) ids.push(...(await readFile(file, 'utf8')).split(/\r?\n/));
  const clean = ids.map((s) => s.replace(/#.*/, '').trim()).filter((s) => s !== '');
  return [...new Set(clean)];
}
