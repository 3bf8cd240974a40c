/**
 * Share links: the whole scenario in the URL fragment (after `#`, so no server ever sees it).
 *
 *   fragment = "s1." + base64url( crc32 · length · deflate-raw( UTF-8( JSON( compact(scenario) ) ) ) )
 *
 * `s1` is the link format's version. `crc32` (4 bytes, big-endian) covers `length` and the deflated
 * bytes; `length` (unsigned LEB128) is the deflated byte count, so a link cut short at any point is
 * told apart from one that was changed. Decoding checks transport only — size, alphabet, length,
 * checksum, the 1 MB unpacked cap, JSON — and hands the parsed value to restoreScenario, the one
 * validation door, whose field-named errors are passed through.
 */
import { restoreScenario } from '../model/restore.ts';
import type { Scenario } from '../model/scenario.ts';
import { describeString } from '../model/validationMessages.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { crc32 } from './checksum.ts';
import { compactScenario, expandScenario } from './compact.ts';
import { deflateRaw, inflateRaw } from './deflate.ts';
import { parseJsonObjectBytes } from './json.ts';

const LINK_VERSION = 1;
const LINK_PREFIX = `s${LINK_VERSION}.`;

/** A fragment longer than this is refused before any decoding. */
export const LINK_MAX_LENGTH = 16_000;
/** Email clients keep links this short whole; the default scenario with a few edits fits. */
export const LINK_EMAIL_SAFE_LENGTH = 1_000;
/** Above this, suggest sending the scenario as a file instead. */
export const LINK_SUGGEST_FILE_LENGTH = 2_000;
/** A scenario never unpacks to more than this; inflating stops here. */
const LINK_MAX_UNPACKED_BYTES = 1_000_000;

const CHECKSUM_BYTES = 4;
/** LEB128 bytes of the length field: 3 carry up to 2 MB, far past LINK_MAX_LENGTH's 12 kB of bytes. */
const MAX_LENGTH_BYTES = 3;

export const LINK_EMPTY = 'This link holds no scenario.';
export const LINK_NOT_OURS = 'This link is not a Payback Explorer scenario link.';
export const LINK_INCOMPLETE =
  'This link is incomplete — it may have been cut short by the email client. ' +
  'Ask for the whole link again, or for the scenario as a file.';
export const LINK_CORRUPTED =
  'This link is damaged: its contents do not match its checksum, so it was changed on the way. ' + 'Ask for the link again.';
export const LINK_UNREADABLE = 'This link is damaged: its contents cannot be unpacked. Ask for the link again.';
export const LINK_TOO_LARGE = `This link unpacks to more than ${LINK_MAX_UNPACKED_BYTES / 1_000_000} MB, far more than any scenario, so it was not opened.`;
export const LINK_NOT_JSON = 'This link is damaged: its contents are not scenario data.';
export const LINK_NOT_OBJECT = 'This link does not hold a scenario: its data is not a JSON object.';
export const linkTooLong = (length: number) =>
  `This link is ${length.toLocaleString('en-GB')} characters long, more than the ` +
  `${LINK_MAX_LENGTH.toLocaleString('en-GB')} this app opens, so it was not read. Ask for the scenario as a file instead.`;
export const linkNewerVersion = (version: string) =>
  `This link was made by a newer version of Payback Explorer (link format ${version}); ` +
  'reload the page to get the newer app, then open the link again.';
export const linkBadCharacter = (character: string, position: number) =>
  `This link contains ${JSON.stringify(character)} at character ${position}, which never appears in a ` +
  'scenario link; it may have been changed on the way. Copy the whole link again.';
export const linkDuplicateField = (key: string) =>
  `This link is damaged: it gives the field ${describeString(key)} twice in one place, so which value was meant is not known. ` +
  'Ask for the link again.';
const linkInvalidScenario = (errors: readonly string[]) => `This link's scenario cannot be opened: ${errors.join('; ')}`;

export type DecodeResult =
  | { ok: true; scenario: Scenario; dropped: string[] }
  /** `error`: one sentence for the user; `details`: restoreScenario's field-named errors, when it refused */
  | { ok: false; error: string; details?: string[] };

export async function encodeScenarioLink(scenario: Scenario): Promise<string> {
  return encodeLinkText(JSON.stringify(compactScenario(scenario)));
}

/** Packs any text as a link fragment: what encodeScenarioLink does after making the JSON (tests build hostile links with it). */
export async function encodeLinkText(text: string): Promise<string> {
  const json = new TextEncoder().encode(text);
  const deflated = await deflateRaw(json);
  const length = leb128(deflated.length);
  const body = new Uint8Array(length.length + deflated.length);
  body.set(length, 0);
  body.set(deflated, length.length);
  const framed = new Uint8Array(CHECKSUM_BYTES + body.length);
  new DataView(framed.buffer).setUint32(0, crc32(body));
  framed.set(body, CHECKSUM_BYTES);
  return LINK_PREFIX + toBase64url(framed);
}

/** Reads a fragment (with or without its leading `#`). Never throws; never touches storage. */
export async function decodeScenarioLink(fragment: string): Promise<DecodeResult> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > LINK_MAX_LENGTH) return refuse(linkTooLong(text.length));
  if (text === '') return refuse(LINK_EMPTY);

  const version = /^s(\d+)\./.exec(text);
  if (version === null) {
    // "s", "s1": the prefix itself was cut.
    return refuse(/^s\d{0,6}$/.test(text) ? LINK_INCOMPLETE : LINK_NOT_OURS);
  }
  if (version[0] !== LINK_PREFIX) {
    return refuse(Number(version[1]) > LINK_VERSION ? linkNewerVersion(version[1] ?? '') : LINK_NOT_OURS);
  }

  const payload = text.slice(LINK_PREFIX.length);
  const decoded = fromBase64url(payload);
  if (!decoded.ok) {
    const character = String.fromCodePoint(payload.codePointAt(decoded.index) ?? 0);
    return refuse(linkBadCharacter(character, LINK_PREFIX.length + decoded.index + 1));
  }

  const framed = unframe(decoded.bytes);
  if (!framed.ok) return refuse(framed.short && (await wholeDespiteLength(decoded.bytes)) ? LINK_CORRUPTED : framed.error);
  // Whole, yet not as the encoder wrote it: changed on the way.
  if (!decoded.exact) return refuse(LINK_CORRUPTED);

  const inflated = await inflateRaw(framed.deflated, LINK_MAX_UNPACKED_BYTES);
  if (!inflated.ok) return refuse(inflated.reason === 'tooLarge' ? LINK_TOO_LARGE : LINK_UNREADABLE);

  const parsed = parseJsonObjectBytes(inflated.bytes);
  if (!parsed.ok) {
    if (parsed.reason === 'duplicateKey') return refuse(linkDuplicateField(parsed.key));
    return refuse(parsed.reason === 'notObject' ? LINK_NOT_OBJECT : LINK_NOT_JSON);
  }

  const restored = restoreScenario(expandScenario(parsed.value));
  if (!restored.ok) return { ok: false, error: linkInvalidScenario(restored.errors), details: restored.errors };
  return { ok: true, scenario: restored.scenario, dropped: restored.dropped };
}

/** The address to share: the page's address without any fragment, then `#` and the fragment. */
export function shareUrl(pageUrl: string, fragment: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash === -1 ? pageUrl : pageUrl.slice(0, hash)}#${fragment}`;
}

/** The length a reader sees: the fragment is plain base64url, so no character is escaped on the way. */
export function linkLength(url: string): number {
  return url.length;
}

/**
 * `fits`: safe in an email; `long`: some email clients may cut it; `useFile`: suggest a file;
 * `tooLong`: over the hard limit, it will not open — send a file.
 */
export type LinkAdvice = 'fits' | 'long' | 'useFile' | 'tooLong';

export function linkAdvice(length: number): LinkAdvice {
  if (length > LINK_MAX_LENGTH) return 'tooLong';
  if (length > LINK_SUGGEST_FILE_LENGTH) return 'useFile';
  if (length > LINK_EMAIL_SAFE_LENGTH) return 'long';
  return 'fits';
}

/** `short`: fewer bytes than the length field declares — cut short, or a changed length field */
type Unframed = { ok: true; deflated: Uint8Array } | { ok: false; error: string; short?: true };

function unframe(bytes: Uint8Array): Unframed {
  if (bytes.length <= CHECKSUM_BYTES) return { ok: false, error: LINK_INCOMPLETE };
  const body = bytes.subarray(CHECKSUM_BYTES);
  const length = readLeb128(body);
  if (length.ok === false) return { ok: false, error: length.cut ? LINK_INCOMPLETE : LINK_CORRUPTED };
  const available = body.length - length.size;
  if (available < length.value) return { ok: false, error: LINK_INCOMPLETE, short: true };
  if (available > length.value) return { ok: false, error: LINK_CORRUPTED };
  const checksum = new DataView(bytes.buffer, bytes.byteOffset, CHECKSUM_BYTES).getUint32(0);
  if (checksum !== crc32(body)) return { ok: false, error: LINK_CORRUPTED };
  return { ok: true, deflated: body.subarray(length.size) };
}

/**
 * A link with fewer bytes than its length field says was cut short — unless what is there is whole, and only
 * the length field was changed: the checksum holds once the field is rewritten for the bytes there (for each
 * size the field could have had), or the deflate stream after the field is complete in itself.
 */
async function wholeDespiteLength(bytes: Uint8Array): Promise<boolean> {
  const checksum = new DataView(bytes.buffer, bytes.byteOffset, CHECKSUM_BYTES).getUint32(0);
  const body = bytes.subarray(CHECKSUM_BYTES);
  for (let size = 1; size <= MAX_LENGTH_BYTES && size < body.length; size += 1) {
    const deflated = body.subarray(size);
    const length = leb128(deflated.length);
    const rewritten = new Uint8Array(length.length + deflated.length);
    rewritten.set(length, 0);
    rewritten.set(deflated, length.length);
    if (crc32(rewritten) === checksum) return true;
  }
  const length = readLeb128(body);
  if (!length.ok) return false;
  return (await inflateRaw(body.subarray(length.size), LINK_MAX_UNPACKED_BYTES)).ok;
}

function leb128(value: number): Uint8Array {
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = rest & 0x7f;
    rest = Math.floor(rest / 128);
    bytes.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return Uint8Array.from(bytes);
}

type Leb128 = { ok: true; value: number; size: number } | { ok: false; cut: boolean };

function readLeb128(bytes: Uint8Array): Leb128 {
  let value = 0;
  for (let i = 0; i < MAX_LENGTH_BYTES; i += 1) {
    const byte = bytes[i];
    if (byte === undefined) return { ok: false, cut: true };
    value += (byte & 0x7f) * 128 ** i;
    if ((byte & 0x80) === 0) return { ok: true, value, size: i + 1 };
  }
  return { ok: false, cut: false };
}

function refuse(error: string): DecodeResult {
  return { ok: false, error };
}
