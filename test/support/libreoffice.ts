/**
 * Turn a text, Markdown or HTML file into PDF or DOCX with LibreOffice, so tests can make real PDFs
 * and DOCX files from generated minutes (`src/sample`) and feed them to the readers.
 *
 * Uses `soffice --headless --convert-to` with a throw-away user profile per call (so parallel test
 * files don't fight over ~/.config/libreoffice) and a timeout. Installed by scripts/install-system-deps.sh
 * (Debian package libreoffice-writer-nogui).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type LibreOfficeTarget = 'pdf' | 'docx';

export interface ConvertOptions {
  /** Milliseconds before the conversion is killed; default 120 000 (the first start builds a profile). */
  timeoutMs?: number;
  /** The soffice executable; default `$SOFFICE` or `soffice` on PATH. */
  soffice?: string;
}

/** Thrown when soffice is not installed. */
export class LibreOfficeMissingError extends Error {
  readonly code = 'E_LIBREOFFICE_MISSING';
  constructor(command: string) {
    super(
      `LibreOffice (${command}) is not installed or not on PATH; run "bash scripts/install-system-deps.sh" ` +
        '(Debian package libreoffice-writer-nogui)',
    );
    this.name = 'LibreOfficeMissingError';
  }
}

/** Thrown when soffice ran but made no output file, failed or timed out. */
export class LibreOfficeConversionError extends Error {
  readonly code = 'E_LIBREOFFICE_CONVERSION';
  constructor(message: string) {
    super(message);
    this.name = 'LibreOfficeConversionError';
  }
}

/** Import filter per input extension: UTF-8 for text, Writer (not Writer/Web) for HTML. */
function inputFilter(inputPath: string): string | null {
  const ext = extname(inputPath).toLowerCase();
  if (ext === '.txt' || ext === '.md' || ext === '.text') return 'Text (encoded):UTF8';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'HTML (StarWriter)';
  return null;
}

const exportFilter: Record<LibreOfficeTarget, string> = {
  pdf: 'pdf:writer_pdf_Export',
  docx: 'docx:MS Word 2007 XML',
};

/** True when an soffice executable is on PATH (or at `$SOFFICE`). */
export function hasLibreOffice(command = process.env.SOFFICE || 'soffice'): boolean {
  if (command.includes('/')) return existsSync(command);
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, command))) return true;
  }
  return false;
}

/**
 * Convert `inputPath` to `targetFormat` in `outDir` (created when missing). Resolves to the output
 * file's path: `<outDir>/<input name without extension>.<pdf|docx>`.
 */
export async function convertWithLibreOffice(
  inputPath: string,
  targetFormat: LibreOfficeTarget,
  outDir: string,
  options: ConvertOptions = {},
): Promise<string> {
  const soffice = options.soffice ?? (process.env.SOFFICE || 'soffice');
  const timeoutMs = options.timeoutMs ?? 120_000;
  const input = resolve(inputPath);
  const out = resolve(outDir);
  if (!existsSync(input)) throw new LibreOfficeConversionError(`input file not found: ${input}`);
  if (!hasLibreOffice(soffice)) throw new LibreOfficeMissingError(soffice);
  await mkdir(out, { recursive: true });

  const profile = await mkdtemp(join(tmpdir(), 'referat-lo-profile-'));
  const args = [
    '--headless',
    '--norestore',
    '--nologo',
    '--nodefault',
    '--nolockcheck',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
  ];
  const filter = inputFilter(input);
  if (filter) args.push(`--infilter=${filter}`);
  args.push('--convert-to', exportFilter[targetFormat], '--outdir', out, input);

  const expected = join(out, `${basename(input, extname(input))}.${targetFormat}`);
  try {
    const { stdout, stderr } = await run(soffice, args, timeoutMs);
    let size = 0;
    try {
      size = (await stat(expected)).size;
    } catch {
      size = 0;
    }
    if (size === 0) {
      throw new LibreOfficeConversionError(
        `soffice made no ${targetFormat} from ${input}\nstdout: ${stdout.trim()}\nstderr: ${stderr.trim()}`,
      );
    }
    return expected;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, HOME: process.env.HOME ?? tmpdir() } },
      (error, stdout, stderr) => {
        if (!error) {
          resolvePromise({ stdout: String(stdout), stderr: String(stderr) });
          return;
        }
        const err = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (err.code === 'ENOENT') {
          reject(new LibreOfficeMissingError(command));
        } else if (err.killed || err.signal === 'SIGKILL') {
          reject(new LibreOfficeConversionError(`soffice timed out after ${timeoutMs} ms: ${args.join(' ')}`));
        } else {
          reject(new LibreOfficeConversionError(`soffice failed (${err.message})\nstdout: ${String(stdout).trim()}\nstderr: ${String(stderr).trim()}`));
        }
      },
    );
  });
}
