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
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    return checkText(text, false);
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = utf8.decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text');
  }
  return checkText(text, bom);
}

function checkText(text: string, bom: boolean): DecodedSource {
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const before = text.slice(0, nul);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = nul - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    throw new InputError('looks like a binary file (it contains a NUL byte)', line, column);
  }
  return { text, bom };
}
