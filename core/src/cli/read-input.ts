/** Reading a user's input file (Node only), with one clear error for each way it can be unusable. */
import { readFile, stat } from 'node:fs/promises';

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads FILE (or stdin for "-") as UTF-8 text; rejects missing, directory, empty and binary input. */
export async function readInput(
  file: string,
  readStdin: () => Promise<Buffer>,
): Promise<{ text: string; name: string }> {
  let bytes: Buffer;
  const name = file === '-' ? 'stdin' : file;
  if (file === '-') {
    bytes = await readStdin();
  } else {
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    } catch (error) {
      if (error instanceof InputError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        code === 'ENOENT'
          ? `${file}: no such file`
          : `${file}: cannot read (${code ?? (error as Error).message})`,
      );
    }
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new InputError(
        `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  if (bytes.length === 0) throw new InputError(`${name}: is empty`);
  if (bytes.includes(0))
    throw new InputError(`${name}: looks like a binary file (contains NUL bytes), expected text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `${name}: is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})`,
    );
  }
  if (text.trim() === '') throw new InputError(`${name}: is empty (only whitespace)`);
  return { text, name };
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Bisect on prefixes: a prefix decodes (in streaming mode) until it contains the bad byte.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode(); // reset the stream state
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
