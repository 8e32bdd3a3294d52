import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Errors the gateway raises itself while coercing a request's variables (a wrong enum value, an Int beyond 32
 * bits, a missing required variable) come without `extensions.code`, unlike every other refusal. They are the
 * client's input, so they become BAD_USER_INPUT with a message in both languages; the HTTP status (400) stays.
 */
export function useRequestErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          if (result.errors.every((error) => error.extensions?.code)) return;
          setResult({ ...result, errors: result.errors.map(withCode) });
        },
      };
    },
  };
}

function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
  const zh = variable ? `变量 $${variable} 的值无效：${error.message}` : `请求无效：${error.message}`;
  return new GraphQLError(`${error.message} / ${zh}`, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...error.extensions,
      code: 'BAD_USER_INPUT',
      messages: { en: error.message, zh },
      ...(variable ? { field: variable } : {}),
    },
  });
}
