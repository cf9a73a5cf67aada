/**
 * UTF-8 bytes → text, chunk by chunk, the same text as one `TextDecoder` with `stream: true`
 * (replacement characters included), but through the non-streaming `decode`, which Node answers
 * with its fast UTF-8 path: ~7× faster here (a 21 KB stream: ~3 µs against ~24 µs). A chunk is
 * decoded up to its last complete character; the 1–3 bytes of a character cut by the chunk
 * boundary wait for the next chunk. The decoder's output depends only on the bytes, never on
 * where they were split, so deferring bytes that may still form a character changes nothing.
 */
export class Utf8ChunkDecoder {
  // ignoreBOM: a BOM is text like any other here (the SSE parser drops the stream's first one).
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  private held: Uint8Array | undefined = undefined;

  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.held) {
      const joined = new Uint8Array(this.held.length + chunk.length);
      joined.set(this.held, 0);
      joined.set(chunk, this.held.length);
      bytes = joined;
      this.held = undefined;
    }
    const cut = completeLength(bytes);
    if (cut < bytes.length) {
      this.held = bytes.slice(cut);
      bytes = bytes.subarray(0, cut);
    }
    return bytes.length === 0 ? '' : this.decoder.decode(bytes);
  }

  /** The end of the stream: whatever was held back (an incomplete character is U+FFFD). */
  end(): string {
    const held = this.held;
    this.held = undefined;
    return held ? this.decoder.decode(held) : '';
  }
}

/**
 * Length of `b` without a trailing character that is still incomplete: the last lead byte
 * within the last four bytes, when fewer bytes follow it than it announces. (Invalid lead
 * bytes may be held back too; they decode to the same replacement characters a chunk later.)
 */
function completeLength(b: Uint8Array): number {
  const n = b.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const x = b[i] as number;
    if ((x & 0xc0) === 0x80) continue; // a continuation byte
    const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return n - i < need ? i : n;
  }
  return n;
}
