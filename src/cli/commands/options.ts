import { CliError } from '../io';

export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a whole number from 0 to 65535, not "${text}"`);
  return port;
}

export function parseFormat<T extends string>(text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text))
    throw new CliError(`--format must be one of ${allowed.join(', ')}, not "${text}"`);
  return text as T;
}
