/** Posts one of the site's operations (lib/public-operations.ts) to the gateway; throws the bilingual refusal. */
export class Refused extends Error {
  constructor(
    readonly code: string,
    readonly messages: { en: string; zh: string },
  ) {
    super(messages.en);
  }
}

/** `documentId`: a trusted document's id (lib/public-operations.ts, handed to the page at build time). */
export async function callApi<T>(url: string, documentId: string, variables: Record<string, unknown>): Promise<T> {
  let body: {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string; messages?: { en: string; zh: string } } }>;
  };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId, variables }),
      // Nothing of the complainant's browser session goes with it.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    body = await response.json();
  } catch {
    throw new Refused('UNAVAILABLE', {
      en: 'The service could not be reached; try again shortly or call the hotline',
      zh: '暂时无法连接服务，请稍后再试或拨打热线',
    });
  }
  const first = body.errors?.[0];
  if (first || !body.data) {
    throw new Refused(
      first?.extensions?.code ?? 'INTERNAL',
      first?.extensions?.messages ?? { en: 'The request failed', zh: '请求失败' },
    );
  }
  return body.data;
}

export const messageIn = (error: unknown, lang: string) =>
  error instanceof Refused
    ? lang === 'en'
      ? error.messages.en
      : error.messages.zh
    : lang === 'en'
      ? 'Something went wrong'
      : '出现错误';
