/**
 * base64url (RFC 4648 §5) without padding: the alphabet a URL fragment carries untouched.
 * Decoding is strict: any other character, or a length no encoder produces, is refused.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET.charCodeAt(i)] = i;

export function toBase64url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    text += ALPHABET[a >> 2];
    text += ALPHABET[((a & 0x03) << 4) | (b >> 4)];
    if (left > 1) text += ALPHABET[((b & 0x0f) << 2) | (c >> 6)];
    if (left > 2) text += ALPHABET[c & 0x3f];
  }
  return text;
}

type Base64urlResult =
  /**
   * `exact`: false when the text cannot have come whole from toBase64url — one character too many
   * for a whole byte, or a last character with bits no encoder sets (cut or changed on the way).
   * The whole bytes are decoded all the same, so a caller can tell a cut text from a changed one.
   */
  | { ok: true; bytes: Uint8Array; exact: boolean }
  /** a character outside base64url, at `index` */
  | { ok: false; index: number };

export function fromBase64url(text: string): Base64urlResult {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128 || VALUES[code] === -1) return { ok: false, index: i };
  }
  // A lone character after the last whole group carries no whole byte.
  const usable = text.length % 4 === 1 ? text.length - 1 : text.length;
  // The last character of a partial group has low bits an encoder leaves zero.
  const unusedBits = [0, 0, 0x0f, 0x03][usable % 4] ?? 0;
  const exact = usable === text.length && (value(text, usable - 1) & unusedBits) === 0;

  const bytes = new Uint8Array(Math.floor((usable * 3) / 4));
  let byte = 0;
  for (let i = 0; i < usable; i += 4) {
    const a = value(text, i);
    const b = value(text, i + 1);
    const c = value(text, i + 2);
    const d = value(text, i + 3);
    bytes[byte++] = (a << 2) | (b >> 4);
    if (i + 2 < usable) bytes[byte++] = ((b & 0x0f) << 4) | (c >> 2);
    if (i + 3 < usable) bytes[byte++] = ((c & 0x03) << 6) | d;
  }
  return { ok: true, bytes, exact };
}

function value(text: string, index: number): number {
  return index >= 0 && index < text.length ? (VALUES[text.charCodeAt(index)] ?? 0) : 0;
}
