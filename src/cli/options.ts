/** Option value parsers shared by the commands: a clear message instead of a NaN deep inside. */
import { InvalidArgumentError } from 'commander';

export function wholeNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('not a whole number');
  return n;
}

export function share(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('not a number between 0 and 1');
  return n;
}

export function portNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('not a port number (0–65535)');
  return n;
}
