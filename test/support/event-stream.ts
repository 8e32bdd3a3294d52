/** A subscription through the gateway over server-sent events, as a browser's EventSource-like client sees it. */
export interface EventStreamClient<T = Record<string, unknown>> {
  /** The next `next` message's payload ({ data, errors }); rejects when the stream ends first. */
  next(): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  close(): void;
}

export async function subscribeOverSse<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<EventStreamClient<T>> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (!response.body) throw new Error(`no event stream (HTTP ${response.status})`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const messages: string[] = [];
  const readMessage = async (): Promise<string> => {
    for (;;) {
      const queued = messages.shift();
      if (queued !== undefined) return queued;
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        messages.push(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  };
  return {
    async next() {
      for (;;) {
        const message = await readMessage();
        const data = message
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (data) return JSON.parse(data) as never;
        if (/^event:\s*complete/m.test(message)) throw new Error('the subscription completed');
      }
    },
    close() {
      abort.abort();
    },
  };
}
