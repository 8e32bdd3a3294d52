import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';

/** Passes bytes through while hashing and counting them, so a file's checksum costs no second read. */
export class HashTap extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.hash.update(buffer);
    this.bytes += buffer.length;
    callback(null, buffer);
  }

  /** The hex SHA-256 of everything that passed; call once the stream has finished. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** SHA-256 of a file, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What a writer reports about the file it wrote. */
export interface WrittenFile {
  file: string;
  sha256: string;
  bytes: number;
  rows: number;
}
