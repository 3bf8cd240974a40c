/**
 * Turning untrusted bytes into a plain JSON object, before the validation door sees it.
 * JSON.parse builds `__proto__` as an ordinary own key (never a prototype), and nothing here walks
 * the parsed value, so a value nested thousands deep costs nothing until restoreScenario reads it.
 */

export type JsonObjectResult =
  | { ok: true; value: Record<string, unknown> }
  /** `notUtf8`: bytes that are not UTF-8 text; `notJson`: text that is not JSON; `notObject`: JSON, but not `{…}` */
  | { ok: false; reason: 'notUtf8' | 'notJson' | 'notObject' };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BYTE_ORDER_MARK = '\uFEFF';

/** UTF-8 bytes to text; a leading byte-order mark (Windows editors write one) is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return null;
  }
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

export function parseJsonObject(text: string): JsonObjectResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // SyntaxError, or a RangeError from an engine whose parser recurses on deep nesting.
    return { ok: false, reason: 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'notObject' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export function parseJsonObjectBytes(bytes: Uint8Array): JsonObjectResult {
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, reason: 'notUtf8' } : parseJsonObject(text);
}
