/** Turns the bytes of a file into text, or says in one sentence why they are not a plan's text. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface DecodedSource {
  text: string;
  /** The file started with a UTF-8 byte order mark (kept when a fix is written back). */
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      throw new InputError(`starts with a UTF-16 byte order mark but is not valid ${encoding.toUpperCase()} text`);
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) throw binary(text.slice(0, nul));
    return { text, bom: false };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // A NUL byte says binary before any encoding question does (an image renamed .md is rarely valid UTF-8 either).
  const nul = body.indexOf(0);
  if (nul !== -1) throw binary(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, nul)));
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const at = pointAt(firstInvalidUtf8(body));
    throw new InputError('is not valid UTF-8 text (save it as UTF-8)', at.line, at.column);
  }
  return { text, bom };
}

/** The text before the first byte that is not part of a valid UTF-8 sequence, decoded. */
function firstInvalidUtf8(bytes: Uint8Array): string {
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  for (let index = lenient.indexOf('\uFFFD'); index !== -1; index = lenient.indexOf('\uFFFD', index + 1)) {
    const offset = Buffer.byteLength(lenient.slice(0, index), 'utf8');
    // A U+FFFD written in the file is EF BF BD: keep looking past it.
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return lenient.slice(0, index);
  }
  return lenient;
}

/** 1-based line and column of the character just after `before`. */
function pointAt(before: string): { line: number; column: number } {
  const line = before.split(/\r\n|\r|\n/).length;
  const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, column };
}

function binary(before: string): InputError {
  const at = pointAt(before);
  return new InputError('looks like a binary file (it contains a NUL byte)', at.line, at.column);
}
