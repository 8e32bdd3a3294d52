/**
 * How a user runs the project's scripts on a fresh machine: pnpm is not installed there, so every hint the hub
 * prints spells the command the README's quick start uses.
 */
export const PNPM = 'npx -y pnpm@10.34.9';

export const scriptCommand = (script: string, args = '') => `${PNPM} ${script}${args ? ` ${args}` : ''}`;
