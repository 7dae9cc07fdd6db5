// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where document bytes live. Every instance must see the same files, so in production this is a shared volume
 * or an object store behind this same interface (docs/adr/0010-document-storage.md). Keys are random ids made
 * by `newKey`, never a user's file name, so no upload can choose or overwrite a path.
 */
export interface DocumentStorage {
  /** A fresh random key for a new document. */
  newKey(): string;
  /** A local file an upload may be written to before it is checked; on the storage's own volume, so `put` can move it. */
  stagingPath(): Promise<string>;
  /** Takes over a checked staging file under `key` (the staging file is gone afterwards). */
  put(key: string, stagedFile: string): Promise<void>;
  /** The stored bytes; undefined when the key has no file. */
  open(key: string): Promise<Readable | undefined>;
  /** Removes the file; removing a key without a file is not an error. */
  remove(key: string): Promise<void>;
}

const keyPattern = /^[a-f0-9]{32}$/;

function checkedKey(key: string): string {
  // Keys come from our own table, but a path must never be built from anything else.
  if (!keyPattern.test(key)) throw new Error(`invalid document storage key: ${key}`);
  return key;
}

/**
 * Files in a directory (a mounted shared volume when several instances run). Files are spread over 256
 * sub-folders by the key's first two characters, so no folder grows too large; uploads are staged in
 * `.incoming` on the same volume, so `put` is an atomic rename.
 */
export function directoryStorage(root: string): DocumentStorage {
  const incoming = path.join(root, '.incoming');
  const fileOf = (key: string) => path.join(root, checkedKey(key).slice(0, 2), key);
  return {
    newKey: () => crypto.randomBytes(16).toString('hex'),
    async stagingPath() {
      await fs.promises.mkdir(incoming, { recursive: true });
      return path.join(incoming, `${crypto.randomBytes(16).toString('hex')}.part`);
    },
    async put(key, stagedFile) {
      const target = fileOf(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rename(stagedFile, target);
    },
    async open(key) {
      const file = fileOf(key);
      try {
        const handle = await fs.promises.open(file, 'r');
        return handle.createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async remove(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}
