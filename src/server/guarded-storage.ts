/**
 * A storage view that pins one file to the version the client last saw: reading it when its
 * hash differs from `expectedHash` throws {@link ConflictError}. The workspace edit functions
 * read, edit and write with compare-and-swap against what they read; through this view, what
 * they read is guaranteed to be what the user saw, so a stale page can never overwrite a
 * change made on disk meanwhile.
 */
import { ConflictError, contentHash, type Storage } from "../workspace/storage.js";

export function pinnedStorage(inner: Storage, file: string, expectedHash: string): Storage {
  return {
    async read(path) {
      const bytes = await inner.read(path);
      if (path === file && (bytes === null || contentHash(bytes) !== expectedHash)) {
        throw new ConflictError(file);
      }
      return bytes;
    },
    write: (path, data, options) => inner.write(path, data, options),
    list: (dir) => inner.list(dir),
    exists: (path) => inner.exists(path),
  };
}
