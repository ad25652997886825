/**
 * A bounded in-memory cache of rendered pages. The data changes only when something is imported,
 * so a page rendered once is valid until then: every entry carries the catalog generation it was
 * rendered under, and an entry of an older generation is never served (the catalog notices an
 * import within its check interval). Least recently used entries go first when the byte budget is
 * full. Only successful HTML pages are cached; errors, the API and feeds are not.
 */

interface Entry {
  generation: number;
  body: Buffer;
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    readonly maxBytes = 64 * 1024 * 1024,
    readonly maxEntryBytes = 512 * 1024,
  ) {}

  get(key: string, generation: number): Buffer | null {
    const e = this.entries.get(key);
    if (!e) {
      this.misses++;
      return null;
    }
    if (e.generation !== generation) {
      this.delete(key);
      this.misses++;
      return null;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    this.hits++;
    return e.body;
  }

  set(key: string, generation: number, body: string): void {
    const buf = Buffer.from(body);
    if (buf.length > this.maxEntryBytes || key.length > 2048) return;
    this.delete(key);
    this.entries.set(key, { generation, body: buf });
    this.bytes += buf.length;
    for (const [k] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.body.length;
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}
