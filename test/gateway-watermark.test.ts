import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.ts';
import { main } from '../src/cli/main.ts';
import { accountIdFor } from '../src/gateway/identity.ts';
import { type Harness, startHarness, tempDir } from './harness.ts';

// Every account flagged: global, campaign and account layers at full strength. The mock upstream
// answers with a document of the watermark corpus (x-mock-doc) as text, thinking and tool input.
const POLICY = readFileSync('config/examples/watermark-all.yaml', 'utf8');
const CORPUS = 'test/fixtures/watermark-corpus';
const KEY = 'sk-watermark-e2e-key';
const original = (doc: string) => readFileSync(join(CORPUS, doc), 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await startHarness(POLICY);
});
afterAll(() => h.close());

const anthropic = () => new Anthropic({ apiKey: KEY, baseURL: h.proxy.url, maxRetries: 0 });
const openai = () => new OpenAI({ apiKey: KEY, baseURL: `${h.proxy.url}/v1`, maxRetries: 0 });
const doc = (name: string, scenario?: string) => ({
  headers: { 'x-mock-doc': name, ...(scenario ? { 'x-mock-scenario': scenario } : {}) },
});
const user = [{ role: 'user' as const, content: 'Please answer.' }];
const textOf = (blocks: Anthropic.ContentBlock[]) =>
  blocks.map((b) => (b.type === 'text' ? b.text : '')).join('');

/** One answer through each SDK call; all must agree. */
const ENDPOINTS: Record<string, (name: string) => Promise<string>> = {
  'anthropic messages': async (name) =>
    textOf(
      (
        await anthropic().messages.create(
          { model: 'claude-sonnet-4-5', max_tokens: 900, messages: user },
          doc(name),
        )
      ).content,
    ),
  'anthropic messages, streamed': async (name) =>
    textOf(
      (
        await anthropic()
          .messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 900, messages: user }, doc(name))
          .finalMessage()
      ).content,
    ),
  'chat completions': async (name) =>
    (await openai().chat.completions.create({ model: 'gpt-4o', messages: user }, doc(name))).choices[0]
      ?.message.content ?? '',
  'chat completions, streamed': async (name) =>
    (
      await openai()
        .chat.completions.stream({ model: 'gpt-4o', messages: user }, doc(name))
        .finalChatCompletion()
    ).choices[0]?.message.content ?? '',
  responses: async (name) =>
    (await openai().responses.create({ model: 'gpt-4.1', input: 'Please answer.' }, doc(name))).output_text,
  'responses, streamed': async (name) =>
    (
      await openai()
        .responses.stream({ model: 'gpt-4.1', input: 'Please answer.' }, doc(name))
        .finalResponse()
    ).output_text,
};

describe('watermark through the proxy (watermark-all.yaml)', () => {
  it('marks streamed and non-streamed answers identically on every endpoint, as the SDKs assemble them', async () => {
    const name = 'emails/01-deadline-extension.txt';
    const outputs = await Promise.all(Object.values(ENDPOINTS).map((call) => call(name)));
    expect(outputs[0]).not.toBe(original(name));
    for (const out of outputs) expect(out).toBe(outputs[0]);
    // Only words in variant classes change: the answer keeps its shape and its numbers.
    expect(outputs[0]!.replace(/[^\d\n]/g, '')).toBe(original(name).replace(/[^\d\n]/g, ''));
  });

  it('leaves code blocks, inline code and math byte-identical', async () => {
    for (const name of ['code/04-git-undo.txt', 'code/09-bash-loop-files.txt', 'maths/02-bayes.txt']) {
      const out = await ENDPOINTS['chat completions, streamed']!(name);
      const spans = (t: string) => t.match(/```[\s\S]*?```|`[^`\n]+`|\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g);
      expect(out).not.toBe(original(name));
      expect(spans(out)).toEqual(spans(original(name)));
    }
  });

  it('leaves JSON-mode output, tool-call arguments and thinking untouched', async () => {
    const name = 'essays/01-remote-work.txt';
    const text = original(name);
    const json = await openai().chat.completions.create(
      { model: 'gpt-4o', messages: user, response_format: { type: 'json_object' } },
      doc(name),
    );
    expect(json.choices[0]?.message.content).toBe(text);
    const structured = await openai().responses.create(
      { model: 'gpt-4.1', input: 'x', text: { format: { type: 'json_object' } } },
      doc(name),
    );
    expect(structured.output_text).toBe(text);
    // Anthropic structured outputs (`output_format`, a beta parameter the SDK does not type yet).
    const res = await fetch(`${h.proxy.url}/v1/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': KEY,
        'anthropic-version': '2023-06-01',
        'x-mock-doc': name,
      },
      body: JSON.stringify({
        model: 'claude-sonnet-4-5',
        max_tokens: 900,
        messages: user,
        output_format: { type: 'json_schema', schema: { type: 'object' } },
      }),
    });
    expect(((await res.json()) as { content: { text: string }[] }).content[0]?.text).toBe(text);

    const chatTools = await openai()
      .chat.completions.stream({ model: 'gpt-4o', messages: user }, doc(name, 'tools'))
      .finalChatCompletion();
    const call = chatTools.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ note: text });

    const thinking = await anthropic()
      .messages.stream(
        {
          model: 'claude-sonnet-4-5',
          max_tokens: 4096,
          thinking: { type: 'enabled', budget_tokens: 1024 },
          messages: user,
        },
        doc(name, 'thinking'),
      )
      .finalMessage();
    const [think, said, tool] = thinking.content;
    expect(think?.type === 'thinking' && think.thinking).toBe(text);
    expect(tool?.type === 'tool_use' && tool.input).toEqual({ note: text });
    // The same text in the visible block is watermarked, so the checks above can fail.
    expect(said?.type === 'text' && said.text).not.toBe(text);
  });

  it('`watermark detect` attributes the proxy output to the account that received it', async () => {
    const names = readdirSync(CORPUS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(CORPUS, d.name))
          .slice(0, 4)
          .map((f) => `${d.name}/${f}`),
      );
    const calls = Object.values(ENDPOINTS);
    const texts = await Promise.all(names.map((name, i) => calls[i % calls.length]!(name)));
    const file = join(tempDir(), 'leaked.jsonl');
    writeFileSync(file, texts.map((text) => JSON.stringify({ text })).join('\n'));

    const account = await accountIdFor('test-account-secret', KEY);
    const others = Array.from({ length: 999 }, (_, i) => `acct_${i.toString(16).padStart(16, '0')}`);
    let stdout = '';
    const io: CliIo = {
      stdout: (t) => {
        stdout += t;
      },
      stderr: () => {},
      env: { WATERMARK_SECRET: 'test-watermark-secret' },
      readStdin: async () => '',
    };
    const args = ['watermark', 'detect', '--policy', 'config/examples/watermark-all.yaml'];
    expect(await main([...args, '--accounts', [...others, account].join(','), file], io)).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.verdict).toBe('watermarked');
    expect(report.pValue).toBeLessThan(1e-9);
    expect(report.attribution[0].account).toBe(account);
    expect(report.attribution[0].pAdjusted).toBeLessThan(1e-6);
    expect(report.attribution[1].pAdjusted).toBeGreaterThan(1e-3);
  });
});
