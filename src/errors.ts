/**
 * Errors with a stable code. One place (`cli/report.ts` and the web error handler) turns them into
 * messages; the message never carries document content beyond the file name.
 */
export type ErrorCode =
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_NOT_MINUTES'
  | 'E_PDF_TRUNCATED'
  | 'E_PDF_UNREADABLE'
  | 'E_DOCX_UNREADABLE'
  | 'E_XML_UNREADABLE'
  | 'E_TOO_LARGE'
  | 'E_UNSUPPORTED'
  | 'E_IO';

export class ReferatError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReferatError';
    this.code = code;
  }
}

export function isReferatError(e: unknown): e is ReferatError {
  return e instanceof ReferatError;
}
