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
  /**
   * Feed decoded text. Complete events are passed to `onEvent` synchronously, until `pause()` is
   * called from one: the rest of the text is then kept, and parsed first by the next `feed`.
   */
  feed(text: string): void;
  /** Called from `onEvent`: stop after this event (see `feed`). */
  pause(): void;
  /** Text kept back by a pause, not parsed yet. */
  readonly pending: boolean;
  /** End of stream: an event without its terminating blank line is discarded, per the spec. */
  end(): void;
}

export interface SseParserOptions {
  onEvent: (event: SseEvent) => void;
  /** Upper bound on one line and on one event's data, in UTF-16 units. Default 16 MiB. */
  maxEventBytes?: number;
}

export function createSseParser(options: SseParserOptions): SseParser {
  return new Parser(options.onEvent, options.maxEventBytes ?? 16 * 1024 * 1024);
}

// A class rather than closures: one parser per streamed response, and under tsx (esbuild's
// keepNames) every named closure created costs a defineProperty.
class Parser implements SseParser {
  private fragments: string[] = [];
  private fragmentLength = 0;
  private skipLeadingLf = false;
  private first = true;
  private data: string[] = [];
  private dataLength = 0;
  private eventType: string | undefined = undefined;
  // The id *field of this event*: re-encoding must not repeat an id on events that had none.
  private eventId: string | undefined = undefined;
  private retry: number | undefined = undefined;
  private paused = false;
  private rest = '';

  constructor(
    private readonly onEvent: (event: SseEvent) => void,
    private readonly limit: number,
  ) {}

  private dispatch(): void {
    const data = this.data;
    if (data.length > 0) {
      const event: SseEvent = { data: data.length === 1 ? (data[0] as string) : data.join('\n') };
      if (this.eventType !== undefined) event.event = this.eventType;
      if (this.eventId !== undefined) event.id = this.eventId;
      if (this.retry !== undefined) event.retry = this.retry;
      this.data = [];
      this.dataLength = 0;
      this.eventType = undefined;
      this.eventId = undefined;
      this.retry = undefined;
      this.onEvent(event);
      return;
    }
    this.eventType = undefined;
    this.eventId = undefined;
    this.retry = undefined;
  }

  private line(text: string): void {
    if (text === '') {
      this.dispatch();
      return;
    }
    const c0 = text.charCodeAt(0);
    if (c0 === 0x3a) return; // ":" comment (keep-alive)
    // The two fields every provider event has, without slicing out the field name.
    if (c0 === 0x64 && text.startsWith('data: ')) {
      this.addData(text.slice(6));
      return;
    }
    if (c0 === 0x65 && text.startsWith('event: ')) {
      this.eventType = text.slice(7);
      return;
    }
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    switch (field) {
      case 'data':
        this.addData(value);
        break;
      case 'event':
        this.eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.eventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  private addData(value: string): void {
    this.dataLength += value.length + 1;
    if (this.dataLength > this.limit) throw new SseTooLargeError(this.limit);
    this.data.push(value);
  }

  pause(): void {
    this.paused = true;
  }

  get pending(): boolean {
    return this.rest !== '';
  }

  feed(input: string): void {
    let text = input;
    if (this.rest !== '') {
      text = this.rest + input;
      this.rest = '';
    }
    let start = 0;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) start = 1; // a leading BOM is not part of the stream
    }
    if (this.skipLeadingLf && start < text.length) {
      if (text.charCodeAt(start) === 0x0a) start++;
      this.skipLeadingLf = false;
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
      if (this.fragments.length > 0) {
        this.fragments.push(current);
        current = this.fragments.join('');
        this.fragments = [];
        this.fragmentLength = 0;
      }
      this.line(current);
      i = at + 1;
      if (at === cr) {
        if (i === n) this.skipLeadingLf = true;
        else if (text.charCodeAt(i) === 0x0a) i++;
      }
      start = i;
      if (this.paused) {
        // The rest starts at a line start: no fragments are pending.
        this.paused = false;
        if (start < n) this.rest = text.slice(start);
        return;
      }
    }
    if (start < n) {
      this.fragmentLength += n - start;
      if (this.fragmentLength > this.limit) throw new SseTooLargeError(this.limit);
      this.fragments.push(text.slice(start));
    }
  }

  end(): void {
    this.rest = '';
    this.paused = false;
    this.fragments = [];
    this.fragmentLength = 0;
    this.data = [];
    this.dataLength = 0;
  }
}
