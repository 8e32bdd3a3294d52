import { Worker } from 'node:worker_threads';

/*
 * The pseudonyms of a roster chunk, computed on a worker thread: HMAC-SHA-256 was the largest cost per row on the
 * import's main thread (about 1.5 µs a row, most of it the call into OpenSSL, not the hashing), and it is the one
 * step that needs nothing but the ID number. The main thread checks the next chunk while the worker hashes this
 * one. The result is exactly pseudonymOf's (tested): HMAC-SHA-256 under the same key, in hex.
 *
 * The worker's code is given inline (no file to resolve from the built or the source tree). It is started on first
 * use and kept; it does not keep the process alive while idle.
 */
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
parentPort.on('message', ({ id, key, ids, width }) => {
  try {
    const count = ids.length / width;
    const out = new Uint8Array(count * 64);
    const view = Buffer.from(out.buffer);
    for (let i = 0; i < count; i += 1) {
      view.write(createHmac('sha256', key).update(ids.slice(i * width, (i + 1) * width)).digest('hex'), i * 64, 'latin1');
    }
    parentPort.postMessage({ id, out }, [out.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) });
  }
});`;

interface Waiting {
  resolve: (hex: Buffer) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function failAll(error: Error) {
  worker = undefined;
  for (const entry of waiting.values()) entry.reject(error);
  waiting.clear();
}

function started(): Worker {
  if (worker) return worker;
  const created = new Worker(WORKER, { eval: true });
  created.on('message', (message: { id: number; out?: Uint8Array; error?: string }) => {
    const entry = waiting.get(message.id);
    if (!entry) return;
    waiting.delete(message.id);
    if (waiting.size === 0) created.unref();
    if (message.out) entry.resolve(Buffer.from(message.out.buffer, message.out.byteOffset, message.out.byteLength));
    else entry.reject(new Error(`pseudonym worker: ${message.error ?? 'failed'}`));
  });
  created.on('error', (error) => failAll(error));
  created.on('exit', (code) => failAll(new Error(`pseudonym worker exited (${code})`)));
  created.unref();
  worker = created;
  return created;
}

/**
 * The hex pseudonyms (64 ASCII bytes each, in order) of `ids`: ID numbers of `width` characters each, already
 * checked and upper-cased (as pseudonymOf would make them), written one after the other.
 */
export function pseudonymsOf(ids: string, width: number, key: string): Promise<Buffer> {
  const target = started();
  const id = (nextId += 1);
  return new Promise<Buffer>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // Kept alive while it works for someone.
    target.ref();
    target.postMessage({ id, key, ids, width });
  });
}
