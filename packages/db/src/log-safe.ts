/**
 * Describes an unexpected error for the log without the data that travelled with it. TypeORM's
 * QueryFailedError carries the statement's `parameters` (the client's variables), pg errors carry `detail`
 * (key values) and `where`, and some messages quote a value (`invalid input syntax for type integer: "…"`):
 * none of that is logged. What is kept: the error's class, its SQLSTATE or system code, the constraint or
 * table named by the server, the message with quoted values elided (identifiers such as `relation "x"` stay),
 * and the stack frames.
 */
export function describeErrorForLog(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error value thrown (${typeof error})`;
  const fields = error as Error & {
    code?: unknown;
    constraint?: unknown;
    table?: unknown;
    driverError?: { code?: unknown; constraint?: unknown; table?: unknown };
  };
  const code = fields.code ?? fields.driverError?.code;
  const constraint = fields.constraint ?? fields.driverError?.constraint;
  const table = fields.table ?? fields.driverError?.table;
  const facts = [
    typeof code === 'string' ? `code ${code}` : undefined,
    typeof table === 'string' ? `table ${table}` : undefined,
    typeof constraint === 'string' ? `constraint ${constraint}` : undefined,
  ].filter(Boolean);
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join('\n');
  const head = `${error.name}: ${elideQuotedValues(error.message)}${facts.length ? ` (${facts.join(', ')})` : ''}`;
  return frames ? `${head}\n${frames}` : head;
}

/**
 * Elides the values a message quotes: PostgreSQL puts a rejected value after a colon (`…for type uuid: "x"`),
 * single-quoted literals, and key details as `(code)=(x)`. Identifiers in double quotes without a colon before
 * them stay. Long messages are cut.
 */
export function elideQuotedValues(message: string): string {
  return message
    .replace(/:\s*"[^"]*"/g, ': "…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/=\([^)]*\)/g, '=(…)')
    .slice(0, 300);
}
