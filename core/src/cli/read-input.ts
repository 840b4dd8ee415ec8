/**
 * Reading a user's input file (Node only), with one clear error for each way it can be unusable:
 * missing, a directory, too large, empty, binary, or in an encoding that cannot be told.
 *
 * Offsets in every report are JavaScript string indices into the decoded text *with its byte
 * order mark kept* as U+FEFF at offset 0: for UTF-8 that is exactly the string Node's
 * `readFileSync(file, 'utf8')` returns, so a consumer can slice its own copy with our offsets.
 */
import { open, stat } from 'node:fs/promises';
import chardet from 'chardet';

export class InputError extends Error {
  override name = 'InputError';
}

/** Inputs larger than this are refused before reading (override with `--max-size`). */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * Encodings a file without a BOM may be read as without being named: the Chinese encodings the
 * sources come in. A guess of anything else (Latin-1, Shift_JIS, ...) is too easily wrong on short
 * text, so it is only suggested in the error, for the user to confirm with `--encoding`.
 */
const DETECTED_ENCODINGS: Record<string, string> = { GB18030: 'gb18030', Big5: 'big5' };
/** chardet's confidence (0–100) needed before a detected encoding is used. */
const MIN_CONFIDENCE = 50;
/** Bytes looked at to guess an encoding: enough for the detector, cheap on a 100 MB file. */
const SNIFF_BYTES = 64 * 1024;

export interface InputText {
  text: string;
  /** The file name as given, or "stdin". */
  name: string;
  /** The WHATWG name of the encoding the text was decoded from ("utf-8", "gb18030", ...). */
  encoding: string;
  /** How the encoding was chosen. */
  encodingSource: 'default' | 'bom' | 'detected' | 'option';
}

export interface ReadOptions {
  /** Refuse input larger than this many bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Decode with this encoding (any name TextDecoder knows) instead of detecting one. */
  encoding?: string;
}

/** Parses a size such as "200MB", "1.5GB", "50000000" (bytes) for `--max-size`. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!m) throw new InputError(`--max-size "${text}": expected a size such as 200MB or 1GB`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

/** A size for messages: "550 MB", "12 KB", "56 bytes". */
export function formatSize(bytes: number): string {
  // (One decimal under ten units, so that "1.3 KB, over the limit of 1 KB" reads as a difference.)
  const unit = (n: number, name: string) => `${n < 10 ? Math.round(n * 10) / 10 : Math.round(n)} ${name}`;
  if (bytes >= 1024 ** 2) return unit(bytes / 1024 ** 2, 'MB');
  return bytes >= 1024 ? unit(bytes / 1024, 'KB') : `${bytes} bytes`;
}

function tooLarge(name: string, size: string, max: number): InputError {
  return new InputError(
    `${name}: is ${size}, over the limit of ${formatSize(max)} (raise it with --max-size, e.g. --max-size 500MB)`,
  );
}

/**
 * Reads a stream into one buffer, stopping with an InputError as soon as it passes `maxBytes`
 * (a huge pipe is refused without being held in memory).
 */
export async function readCapped(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
  name = 'stdin',
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(name, `over ${formatSize(maxBytes)}`, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads FILE (or stdin for "-") and decodes it: a BOM (UTF-8, UTF-16 LE or BE) decides; else
 * valid UTF-8 is UTF-8; else GB18030 (GBK) or Big5 when the detector is sure. Rejects missing,
 * directory, too large, empty and binary input before decoding anything it need not.
 * @param readStdin gets the byte limit; it should stop reading past it
 */
export async function readInput(
  file: string,
  readStdin: (maxBytes: number) => Promise<Buffer>,
  options: ReadOptions = {},
): Promise<InputText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = file === '-' ? 'stdin' : file;
  let bytes: Buffer;
  if (file === '-') {
    bytes = await readStdin(maxBytes);
    if (bytes.length > maxBytes) throw tooLarge(name, formatSize(bytes.length), maxBytes);
  } else {
    bytes = await readFileCapped(file, maxBytes);
  }
  return decodeInput(bytes, name, options.encoding);
}

async function readFileCapped(file: string, maxBytes: number): Promise<Buffer> {
  const cannotRead = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    return new InputError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot read (${code ?? (error as Error).message})`,
    );
  };
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw cannotRead(error);
  }
  if (info.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
  // Refused from its size alone, before a byte is read (a regular file says its size).
  if (info.isFile() && info.size > maxBytes) throw tooLarge(file, formatSize(info.size), maxBytes);
  try {
    const handle = await open(file, 'r');
    try {
      // A regular file is read in one allocation of its size; anything else (a FIFO, a device)
      // is read in chunks and stopped at the limit.
      const bytes = info.isFile()
        ? await handle.readFile()
        : await readCapped(handle.createReadStream({ highWaterMark: 1024 * 1024 }), maxBytes, file);
      if (bytes.length > maxBytes) throw tooLarge(file, formatSize(bytes.length), maxBytes);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(error);
  }
}

/** Decodes input bytes as described at readInput. Exported for tests and other front ends. */
export function decodeInput(bytes: Uint8Array, name: string, encoding?: string): InputText {
  if (bytes.length === 0) throw new InputError(`${name}: is empty`);
  let result: InputText;
  if (encoding !== undefined) {
    result = decodeAs(bytes, name, encoding, 'option');
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = decodeAs(bytes, name, 'utf-8', 'bom');
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = decodeAs(bytes, name, 'utf-16le', 'bom');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = decodeAs(bytes, name, 'utf-16be', 'bom');
  } else {
    if (bytes.includes(0))
      throw new InputError(
        `${name}: looks like a binary file (contains NUL bytes), expected text (UTF-16 needs a byte order mark, or --encoding utf-16le)`,
      );
    result = decodeUnmarked(bytes, name);
  }
  if (result.text.replace(/^\uFEFF/, '').trim() === '')
    throw new InputError(`${name}: is empty (only whitespace)`);
  return result;
}

function decodeAs(
  bytes: Uint8Array,
  name: string,
  encoding: string,
  encodingSource: InputText['encodingSource'],
): InputText {
  let decoder: TextDecoder;
  try {
    // ignoreBOM keeps the mark in the text, so offsets match Node's readFileSync(f, 'utf8').
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError(`--encoding "${encoding}": not an encoding this Node.js can decode`);
  }
  try {
    return { text: decoder.decode(bytes), name, encoding: decoder.encoding, encodingSource };
  } catch {
    const where =
      decoder.encoding === 'utf-8' ? ` (first bad byte at offset ${firstInvalidUtf8(bytes)})` : '';
    throw new InputError(`${name}: is not valid ${decoder.encoding} text${where}`);
  }
}

function decodeUnmarked(bytes: Uint8Array, name: string): InputText {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      name,
      encoding: 'utf-8',
      encodingSource: 'default',
    };
  } catch {
    // Not UTF-8: ask the detector, on a sample (it is linear but slow per byte).
  }
  const guesses = chardet.analyse(bytes.subarray(0, SNIFF_BYTES));
  const best = guesses[0];
  const detected = best && best.confidence >= MIN_CONFIDENCE ? DETECTED_ENCODINGS[best.name] : undefined;
  if (detected) {
    try {
      return decodeAs(bytes, name, detected, 'detected');
    } catch {
      // The sample looked like it, the whole file is not: fall through to the UTF-8 error.
    }
  }
  const hint =
    best && best.name !== 'ASCII' && best.name !== 'UTF-8'
      ? `; it may be ${best.name}: try --encoding ${best.name.toLowerCase()}`
      : '';
  throw new InputError(
    `${name}: is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})${hint}`,
  );
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
