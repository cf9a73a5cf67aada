/**
 * A push parser for Server-Sent Events, after the WHATWG HTML "event stream interpretation"
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 *
 * - Linear: each input character is scanned once; an unfinished line is kept as a list of
 *   fragments and joined only when its end arrives.
 * - Bounded: a line or an event larger than `maxEventBytes` raises `SseTooLargeError`.
 * - Correct at any chunk split, including a CR at the end of one chunk and its LF at the start
 *   of the next (CRLF is one line break, not two).
 */
export interface SseEvent {
  /** The `event:` field; undefined means the default type ("message"). */
  event?: string;
  data: string;
  id?: string;
  retry?: number;
}

export class SseTooLargeError extends Error {
  constructor(limit: number) {
    super(`SSE event exceeds ${limit} characters`);
    this.name = 'SseTooLargeError';
  }
}

export interface SseParser {
  /** Feed decoded text. Complete events are passed to `onEvent` synchronously. */
  feed(text: string): void;
  /** End of stream: an event without its terminating blank line is discarded, per the spec. */
  end(): void;
}

export interface SseParserOptions {
  onEvent: (event: SseEvent) => void;
  /** Upper bound on one line and on one event's data, in UTF-16 units. Default 16 MiB. */
  maxEventBytes?: number;
}

export function createSseParser(options: SseParserOptions): SseParser {
  const { onEvent } = options;
  const limit = options.maxEventBytes ?? 16 * 1024 * 1024;
  let fragments: string[] = [];
  let fragmentLength = 0;
  let skipLeadingLf = false;
  let first = true;
  let data: string[] = [];
  let dataLength = 0;
  let eventType: string | undefined;
  // The id *field of this event*: re-encoding must not repeat an id on events that had none.
  let eventId: string | undefined;
  let retry: number | undefined;

  function dispatch(): void {
    if (data.length > 0) {
      const event: SseEvent = { data: data.length === 1 ? (data[0] as string) : data.join('\n') };
      if (eventType !== undefined) event.event = eventType;
      if (eventId !== undefined) event.id = eventId;
      if (retry !== undefined) event.retry = retry;
      onEvent(event);
    }
    data = [];
    dataLength = 0;
    eventType = undefined;
    eventId = undefined;
    retry = undefined;
  }

  function line(text: string): void {
    if (text === '') {
      dispatch();
      return;
    }
    if (text.charCodeAt(0) === 0x3a) return; // ":" comment (keep-alive)
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    switch (field) {
      case 'data':
        dataLength += value.length + 1;
        if (dataLength > limit) throw new SseTooLargeError(limit);
        data.push(value);
        break;
      case 'event':
        eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) eventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) retry = Number(value);
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  function feed(text: string): void {
    let start = 0;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) start = 1; // a leading BOM is not part of the stream
    }
    if (skipLeadingLf && start < text.length) {
      if (text.charCodeAt(start) === 0x0a) start++;
      skipLeadingLf = false;
    }
    const n = text.length;
    let i = start;
    // Line ends are found with indexOf (native scanning, several times faster than a loop over
    // charCodeAt on 20 KB streams); each position is searched for again only once passed, so
    // the scan stays linear.
    let lf = text.indexOf('\n', i);
    let cr = text.indexOf('\r', i);
    for (;;) {
      if (lf !== -1 && lf < i) lf = text.indexOf('\n', i);
      if (cr !== -1 && cr < i) cr = text.indexOf('\r', i);
      const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (at === -1) break;
      let current = text.slice(start, at);
      if (fragments.length > 0) {
        fragments.push(current);
        current = fragments.join('');
        fragments = [];
        fragmentLength = 0;
      }
      line(current);
      i = at + 1;
      if (at === cr) {
        if (i === n) skipLeadingLf = true;
        else if (text.charCodeAt(i) === 0x0a) i++;
      }
      start = i;
    }
    if (start < n) {
      fragmentLength += n - start;
      if (fragmentLength > limit) throw new SseTooLargeError(limit);
      fragments.push(text.slice(start));
    }
  }

  return {
    feed,
    end() {
      fragments = [];
      fragmentLength = 0;
      data = [];
      dataLength = 0;
    },
  };
}
