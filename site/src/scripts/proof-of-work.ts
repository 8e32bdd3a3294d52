/*
 * Solves the gateway's WORK challenge in the browser: the first counter (base 36) for which
 * SHA-256(token ":" counter) starts with `bits` zero bits. Web Crypto does the hashing; batches of digests run in
 * parallel and the page is told the progress now and then.
 */

function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export async function solveChallenge(token: string, bits: number, progress: (tried: number) => void): Promise<string> {
  const encoder = new TextEncoder();
  const batch = 512;
  for (let start = 0; ; start += batch) {
    const digests = await Promise.all(
      Array.from({ length: batch }, (_, offset) =>
        crypto.subtle.digest('SHA-256', encoder.encode(`${token}:${(start + offset).toString(36)}`)),
      ),
    );
    const found = digests.findIndex((digest) => leadingZeroBits(new Uint8Array(digest)) >= bits);
    if (found >= 0) return (start + found).toString(36);
    if (start % (batch * 64) === 0) progress(start + batch);
  }
}
