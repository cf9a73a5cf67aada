import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSseEvent } from './encoder.ts';
import { createSseParser, type SseEvent, SseTooLargeError } from './parser.ts';

function parseChunks(chunks: string[], maxEventBytes?: number): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser({
    onEvent: (e) => events.push(e),
    ...(maxEventBytes === undefined ? {} : { maxEventBytes }),
  });
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return events;
}

/** Every way of cutting a fixture in two, plus one character at a time. */
function everySplit(text: string): string[][] {
  const splits: string[][] = [[...text]];
  for (let i = 0; i <= text.length; i++) splits.push([text.slice(0, i), text.slice(i)]);
  return splits;
}

const fixture =
  '\uFEFFevent: message_start\ndata: {"type":"message_start"}\n\n' +
  ': keep-alive comment\r\n' +
  'event: content_block_delta\r\ndata: {"a":\r\ndata:  "two lines"}\r\n\r\n' +
  'id: 7\rretry: 1500\rdata:no-space\r\r' +
  'data\n\n' +
  'event: ignored-without-data\n\n' +
  'data: [DONE]\n\n' +
  'data: trailing without blank line';

const expected: SseEvent[] = [
  { event: 'message_start', data: '{"type":"message_start"}' },
  { event: 'content_block_delta', data: '{"a":\n "two lines"}' },
  { data: 'no-space', id: '7', retry: 1500 },
  { data: '' },
  { data: '[DONE]' },
];

describe('createSseParser', () => {
  it('parses the fixture identically at every split point and one character at a time', () => {
    for (const chunks of everySplit(fixture)) expect(parseChunks(chunks)).toEqual(expected);
  });

  it('treats CRLF split across chunks as one line break', () => {
    expect(parseChunks(['data: a\r', '\n', '\r', '\ndata: b\n\n'])).toEqual([{ data: 'a' }, { data: 'b' }]);
  });

  it('bounds the size of a line and of an event', () => {
    expect(() => parseChunks(['data: ', 'x'.repeat(100)], 64)).toThrow(SseTooLargeError);
    expect(() => parseChunks([`data: ${'x'.repeat(40)}\ndata: ${'y'.repeat(40)}\n`], 64)).toThrow(
      SseTooLargeError,
    );
  });

  it('round-trips encoded events under any chunking (property)', () => {
    const event = fc.record(
      {
        event: fc.stringMatching(/^[a-z_.]{1,12}$/),
        data: fc.string({ unit: 'binary' }).filter((s) => !s.includes('\r')),
      },
      { requiredKeys: ['data'] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), (events, cuts) => {
        const text = events.map((e) => encodeSseEvent(e)).join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let last = 0;
        for (const p of points) {
          chunks.push(text.slice(last, p));
          last = p;
        }
        chunks.push(text.slice(last));
        const got = parseChunks(chunks);
        expect(got).toEqual(events);
      }),
    );
  });

  it('assembles a 4 MB event fed in 7-character chunks', () => {
    const big = `data: ${'z'.repeat(4_000_000)}\n\n`;
    const chunks: string[] = [];
    for (let i = 0; i < big.length; i += 7) chunks.push(big.slice(i, i + 7));
    const [event] = parseChunks(chunks);
    expect(event?.data.length).toBe(4_000_000);
  });

  it('pausing after any event and resuming later gives the same events', () => {
    for (const chunks of everySplit(fixture)) {
      for (let stopAt = 0; stopAt < 2 * expected.length; stopAt++) {
        const resumeAtOnce = stopAt < expected.length;
        const events: SseEvent[] = [];
        const parser = createSseParser({
          onEvent: (e) => {
            events.push(e);
            if (events.length === (stopAt % expected.length) + 1) parser.pause();
          },
        });
        for (const chunk of chunks) {
          parser.feed(chunk); // a pending rest is parsed before the new text
          while (resumeAtOnce && parser.pending) parser.feed('');
        }
        while (parser.pending) parser.feed('');
        parser.end();
        expect(events).toEqual(expected);
      }
    }
  });
});
