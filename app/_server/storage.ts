import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { uploadsDir } from "@/env";

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Where uploaded files live. Local disk by default; a deployment with several app instances
 * points UPLOADS_DIR at shared storage, or swaps in an object store behind the same three calls.
 */
export interface Storage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}

const contentTypes = { webp: "image/webp", jpg: "image/jpeg", png: "image/png" } as const;
type Extension = keyof typeof contentTypes;

// Keys become file names and URL segments, so only a strict shape is ever accepted: no dots
// beyond the extension, no slashes, nothing that could walk out of the uploads directory.
const keyPattern = /^[a-z0-9][a-z0-9-]{7,80}\.(webp|jpg|png)$/;

export function isStorageKey(key: string): boolean {
  return keyPattern.test(key);
}

/** A fresh, unguessable key: photo URLs are shared publicly, so they must not be enumerable. */
export function newStorageKey(extension: Extension): string {
  return `${randomUUID()}.${extension}`;
}

function extensionOf(key: string): Extension {
  const extension = key.slice(key.lastIndexOf(".") + 1);
  if (extension === "webp" || extension === "jpg" || extension === "png") return extension;
  throw new Error(`not a storage key: ${key}`);
}

function assertKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`not a storage key: ${key}`);
}

export function localDiskStorage(root: string): Storage {
  const fileFor = (key: string) => {
    assertKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, bytes, contentType) {
      if (contentTypes[extensionOf(key)] !== contentType) throw new Error(`${key} is not ${contentType}`);
      await mkdir(root, { recursive: true });
      // Written beside its final name and renamed, so a reader never sees half a file.
      const partial = path.join(root, `.${randomUUID()}.partial`);
      await writeFile(partial, bytes);
      await rename(partial, fileFor(key));
    },
    async get(key) {
      if (!isStorageKey(key)) return null;
      try {
        return { bytes: await readFile(fileFor(key)), contentType: contentTypes[extensionOf(key)] };
      } catch (error) {
        if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileFor(key), { force: true });
    },
  };
}

/** The app's storage; read per call so tests and deployments can point UPLOADS_DIR elsewhere. */
export function getStorage(): Storage {
  return localDiskStorage(uploadsDir());
}
