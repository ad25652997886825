/** One place that turns errors into CLI messages: the file and the reason, never a stack trace. */
import { isReferatError } from '../errors.js';

export function errorMessage(e: unknown, file?: string): string {
  if (isReferatError(e)) return `error ${e.code}: ${e.message}`;
  const msg = e instanceof Error ? e.message : String(e);
  return `error: ${file ? `${file}: ` : ''}${msg.split('\n')[0]}`;
}
