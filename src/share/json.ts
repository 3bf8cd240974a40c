/**
 * Turning untrusted bytes into a plain JSON object, before the validation door sees it.
 * JSON.parse builds `__proto__` as an ordinary own key (never a prototype), and nothing here walks
 * the parsed value, so a value nested thousands deep costs nothing until restoreScenario reads it.
 */

type JsonObjectResult =
  | { ok: true; value: Record<string, unknown> }
  /** `notUtf8`: bytes that are not UTF-8 text; `notJson`: text that is not JSON; `notObject`: JSON, but not `{…}` */
  | { ok: false; reason: 'notUtf8' | 'notJson' | 'notObject' }
  /** one object names `key` twice: JSON.parse would silently keep the last, so which was meant is not known */
  | { ok: false; reason: 'duplicateKey'; key: string };

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
  const duplicate = duplicateKey(text);
  if (duplicate !== null) return { ok: false, reason: 'duplicateKey', key: duplicate };
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * The first key that one object of `text` (already known to be valid JSON) names twice, or null. One pass over
 * the text with a stack of the keys seen in each open object; strings are skipped whole, escapes and all.
 */
export function duplicateKey(text: string): string | null {
  const objects: (Set<string> | null)[] = []; // null: an array
  let expectingKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      const keys = objects.at(-1);
      if (expectingKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
        expectingKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      objects.push(new Set());
      expectingKey = true;
    } else if (c === 0x5b /* [ */) {
      objects.push(null);
      expectingKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      objects.pop();
    } else if (c === 0x2c /* , */) {
      expectingKey = objects.at(-1) != null;
    }
  }
  return null;
}

export function parseJsonObjectBytes(bytes: Uint8Array): JsonObjectResult {
  const text = decodeUtf8(bytes);
  return text === null ? { ok: false, reason: 'notUtf8' } : parseJsonObject(text);
}
