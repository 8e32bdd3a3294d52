import type { Plugin } from 'graphql-yoga';
import { SUBGRAPH_MAX_BODY_BYTES } from '@dibao/server';

/**
 * The default, and the most that may be configured: half the subgraphs' own limit, so that no request the
 * gateway accepts is refused by a subgraph for its size. 1 MiB holds any document and its variables.
 */
export const DEFAULT_MAX_BODY_BYTES = SUBGRAPH_MAX_BODY_BYTES / 2;

function tooLarge(maxBytes: number): Response {
  const messages = {
    en: `The request body exceeds the limit of ${maxBytes} bytes`,
    zh: `请求体超过 ${maxBytes} 字节的上限`,
  };
  return new Response(
    JSON.stringify({
      errors: [{ message: `${messages.en} / ${messages.zh}`, extensions: { code: 'BAD_REQUEST', messages } }],
    }),
    { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
}

/** Past this much discarded, the connection is dropped instead: a client that keeps sending gets a reset. */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    let discarded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      discarded += value.byteLength;
      if (discarded > MAX_DISCARDED_BYTES) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client gave up: nothing to drain.
  }
}

/**
 * Refuses a request body over `maxBytes` with HTTP 413 before anything parses or forwards it: at once when the
 * declared Content-Length says so, otherwise (chunked uploads) as soon as the bytes read pass the limit. A body
 * within the limit is handed on already read, so nothing downstream reads an unbounded stream.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse }) {
      if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        // Unread: node:http discards the rest after the answer (bounded by the server's request timeout), so
        // the client reads the 413 instead of a reset connection.
        endResponse(tooLarge(maxBytes));
        return;
      }
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          // The rest is read and dropped, not kept, so that the client reads the 413 (see above).
          void discardRest(reader);
          endResponse(tooLarge(maxBytes));
          return;
        }
        chunks.push(value);
      }
      setRequest(
        new Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: Buffer.concat(chunks),
          signal: request.signal,
        }),
      );
    },
  };
}
