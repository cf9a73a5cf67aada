import { type ChildProcess, spawn } from 'node:child_process';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from './mock/upstream.ts';

// `npx distill-guard serve` as a user runs it: the real launcher in a child process.
let mock: MockUpstream;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  mock = await startMockUpstream();
  child = spawn(process.execPath, ['bin/distill-guard.mjs', 'serve', '--port', '0'], {
    env: {
      ...process.env,
      UPSTREAM_ANTHROPIC_URL: mock.url,
      UPSTREAM_OPENAI_URL: mock.url,
      ACCOUNT_ID_SECRET: 'x',
      WATERMARK_SECRET: 'y',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const match = /"msg":"distill-guard listening","url":"([^"]+)"/.exec(err);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}, 30_000);

afterAll(async () => {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  await mock.close();
});

describe('distill-guard serve (embedded defaults)', () => {
  it('carries both SDKs, streaming and not', async () => {
    const anthropic = new Anthropic({ apiKey: 'sk-a', baseURL: url, maxRetries: 0 });
    const msg = await anthropic.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 16,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(msg.content[0]?.type).toBe('text');
    const streamed = await anthropic.messages
      .stream({ model: 'claude-haiku-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] })
      .finalMessage();
    expect(streamed.stop_reason).toBe('end_turn');
    const openai = new OpenAI({ apiKey: 'sk-o', baseURL: `${url}/openai/v1`, maxRetries: 0 });
    const chat = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(chat.choices[0]?.message.content?.length).toBeGreaterThan(0);
    const final = await openai.chat.completions
      .stream({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .finalChatCompletion();
    expect(final.choices[0]?.finish_reason).toBe('stop');
    const response = await openai.responses.stream({ model: 'gpt-4.1', input: 'hi' }).finalResponse();
    expect(response.status).toBe('completed');
  });
});
