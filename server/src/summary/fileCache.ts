import { createHash } from 'node:crypto';
import type { RenderedFile } from './renderPool.js';

/** A rendered file with its entity tag. */
export interface CachedFile extends RenderedFile {
  etag: string;
}

/**
 * Published summary files, rendered once per session, version and format: a version never changes, so
 * fifty phones downloading it cost one render. Concurrent requests for a file not yet rendered wait for
 * the same render. Least recently used files leave first beyond `maxBytes`; a deleted session's files
 * leave at once (`dropSession`).
 */
export class FileCache<F extends RenderedFile = RenderedFile> {
  private readonly files = new Map<string, F & CachedFile>();
  private readonly pending = new Map<string, Promise<F & CachedFile>>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 2 ** 20) {}

  async get(sessionId: string, key: string, render: () => Promise<F>): Promise<F & CachedFile> {
    const id = `${sessionId}\u0000${key}`;
    const hit = this.files.get(id);
    if (hit) {
      // Map order is insertion order: re-inserting marks it as the most recently used.
      this.files.delete(id);
      this.files.set(id, hit);
      return hit;
    }
    const waiting = this.pending.get(id);
    if (waiting) return waiting;
    const job = render()
      .then((file) => {
        const cached = {
          ...file,
          etag: `"${createHash('sha256').update(file.body).digest('base64url').slice(0, 27)}"`,
        };
        this.put(id, cached);
        return cached;
      })
      .finally(() => this.pending.delete(id));
    this.pending.set(id, job);
    return job;
  }

  private put(id: string, file: F & CachedFile) {
    if (file.body.length > this.maxBytes) return;
    this.files.set(id, file);
    this.bytes += file.body.length;
    for (const [oldId, old] of this.files) {
      if (this.bytes <= this.maxBytes) break;
      this.files.delete(oldId);
      this.bytes -= old.body.length;
    }
  }

  dropSession(sessionId: string) {
    for (const [id, file] of this.files) {
      if (id.startsWith(`${sessionId}\u0000`)) {
        this.files.delete(id);
        this.bytes -= file.body.length;
      }
    }
  }

  /** Drops every file (a deletion whose files cannot be told apart by key: the project report's). */
  clear() {
    this.files.clear();
    this.bytes = 0;
  }
}
