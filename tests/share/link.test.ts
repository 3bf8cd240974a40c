import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PRESET_ID, PRESETS, presetById } from '../../src/model/presets/index.ts';
import { restoreScenario } from '../../src/model/restore.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { toBase64url } from '../../src/share/base64url.ts';
import { crc32 } from '../../src/share/checksum.ts';
import {
  LINK_CORRUPTED,
  LINK_EMAIL_SAFE_LENGTH,
  LINK_EMPTY,
  LINK_INCOMPLETE,
  linkDuplicateField,
  LINK_MAX_LENGTH,
  LINK_NOT_JSON,
  LINK_NOT_OBJECT,
  LINK_NOT_OURS,
  LINK_TOO_LARGE,
  LINK_UNREADABLE,
  decodeScenarioLink,
  encodeLinkText,
  encodeScenarioLink,
  linkAdvice,
  linkBadCharacter,
  linkLength,
  linkNewerVersion,
  linkTooLong,
  shareUrl,
  type DecodeResult,
} from '../../src/share/link.ts';
import { arbNotedScenario, arbScenario } from '../model/arbitraries.ts';
import { expectNotPolluted, pollutingTexts, sampleJson, sampleScenario, versionOneTeamAsRead } from './fixtures.ts';

/** A long but ordinary address the app could be served from. */
const PAGE = 'https://council-finance.example.gov.uk/tools/payback-explorer/';

function restored(input: unknown): Scenario {
  const result = restoreScenario(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

function refusal(result: DecodeResult): string {
  if (result.ok) throw new Error('expected the link to be refused');
  return result.error;
}

/** Splits a link into its prefix and the bytes it carries, so tests can change them. */
function bytesOf(link: string): Uint8Array {
  return new Uint8Array(Buffer.from(link.slice('s1.'.length), 'base64url'));
}

function linkOf(bytes: Uint8Array): string {
  return `s1.${toBase64url(bytes)}`;
}

/** Frames `deflated` as a link the way the encoder does: crc32 · LEB128 length · bytes. */
function framed(
  deflated: Uint8Array,
  { declaredLength = deflated.length, checksum }: { declaredLength?: number; checksum?: number } = {},
): string {
  const length: number[] = [];
  let rest = declaredLength;
  do {
    length.push((rest & 0x7f) | (rest >= 0x80 ? 0x80 : 0));
    rest = Math.floor(rest / 128);
  } while (rest > 0);
  const body = new Uint8Array([...length, ...deflated]);
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, checksum ?? crc32(body));
  out.set(body, 4);
  return linkOf(out);
}

describe('encodeScenarioLink / decodeScenarioLink', () => {
  it('round trip: decoding an encoded scenario gives what restoreScenario gives, every field equal, notes too', async () => {
    await fc.assert(
      fc.asyncProperty(arbNotedScenario, async (scenario) => {
        const decoded = await decodeScenarioLink(await encodeScenarioLink(scenario));
        expect(decoded).toEqual({ ok: true, scenario: restored(scenario), dropped: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('round trip holds for every preset', async () => {
    for (const preset of PRESETS) {
      const decoded = await decodeScenarioLink(await encodeScenarioLink(preset.scenario));
      expect(decoded).toEqual({ ok: true, scenario: restored(preset.scenario), dropped: [] });
    }
  });

  it('round trip: decode(encode(s)) is s for version-2 scenarios with notes', async () => {
    await fc.assert(
      fc.asyncProperty(arbNotedScenario, async (scenario) => {
        const decoded = await decodeScenarioLink(await encodeScenarioLink(scenario));
        expect(decoded.ok && decoded.scenario).toStrictEqual(scenario);
      }),
      { numRuns: 150 },
    );
  });

  it('carries a note only when there is one', async () => {
    const noted = { ...sampleScenario(), note: 'Agreed by the board' };
    const json = async (scenario: Scenario) => (await encodeScenarioLink(scenario)).length;
    expect(await json(noted)).toBeGreaterThan(await json(sampleScenario()));
    const decoded = await decodeScenarioLink(await encodeScenarioLink(sampleScenario()));
    expect(decoded.ok && 'note' in decoded.scenario).toBe(false);
  });

  it('opens a link the version-1 app made, at version 2 with no notes', async () => {
    // made by the version-1 app (encodeScenarioLink at schema version 1) from "Version 1 team"
    const link =
      's1.XaiaxXgtzD0KwkAQQOGrhFePMhs3INN5BREbsVjjiov5I4k2Ye8uQbtXPL6FD-aEDuMcxyn1XeGKOYYWYWoxSi3dRj3CE3Mq3DHd6q4SBoy6f3d1atYbuywkjDDO_MjD8YTwwviTEXuEZorCDVtIAfPO7f3qrl2pquZ8zV8';
    expect(await decodeScenarioLink(link)).toStrictEqual({ ok: true, scenario: versionOneTeamAsRead(), dropped: [] });
  });

  it('reads a fragment with its leading #', async () => {
    const link = await encodeScenarioLink(sampleScenario());
    expect(await decodeScenarioLink(`#${link}`)).toEqual(await decodeScenarioLink(link));
  });

  it('writes a versioned fragment of base64url characters only', async () => {
    const link = await encodeScenarioLink(sampleScenario());
    expect(link).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
  });

  it('reads a link whose JSON uses the full field names (no compaction)', async () => {
    const decoded = await decodeScenarioLink(await encodeLinkText(JSON.stringify(sampleScenario())));
    expect(decoded).toEqual({ ok: true, scenario: restored(sampleScenario()), dropped: [] });
  });

  it('keeps HTML and script in a name as plain text', async () => {
    const scenario = { ...sampleScenario(), name: '<img src=x onerror="alert(1)"><script>alert(2)</script>' };
    const decoded = await decodeScenarioLink(await encodeScenarioLink(scenario));
    expect(decoded.ok && decoded.scenario.name).toBe(scenario.name);
  });

  it('drops unknown fields and lists them', async () => {
    const json = { ...sampleJson(), colour: 'red' };
    const decoded = await decodeScenarioLink(await encodeLinkText(JSON.stringify(json)));
    expect(decoded).toEqual({ ok: true, scenario: restored(sampleScenario()), dropped: ['colour'] });
  });
});

describe('decodeScenarioLink refuses a bad link with a clear message', () => {
  it('a link cut short at any length says it is incomplete', async () => {
    await fc.assert(
      fc.asyncProperty(arbScenario, fc.double({ min: 0, max: 1, noNaN: true }), async (scenario, where) => {
        const link = await encodeScenarioLink(scenario);
        const cut = 1 + Math.floor(where * (link.length - 1)); // 1 … length − 1
        expect(refusal(await decodeScenarioLink(link.slice(0, Math.min(cut, link.length - 1))))).toBe(LINK_INCOMPLETE);
      }),
      { numRuns: 150 },
    );
  });

  it('a link cut short at every single position says it is incomplete', async () => {
    const link = await encodeScenarioLink(sampleScenario());
    for (let cut = 1; cut < link.length; cut += 1) {
      expect(refusal(await decodeScenarioLink(link.slice(0, cut))), `cut at ${cut}`).toBe(LINK_INCOMPLETE);
    }
  });

  it('an empty fragment holds no scenario', async () => {
    expect(refusal(await decodeScenarioLink(''))).toBe(LINK_EMPTY);
    expect(refusal(await decodeScenarioLink('#'))).toBe(LINK_EMPTY);
  });

  it('a link over the hard limit is refused before any decoding (even one full of bad characters)', async () => {
    const long = `s1.${'!'.repeat(LINK_MAX_LENGTH)}`;
    expect(refusal(await decodeScenarioLink(long))).toBe(linkTooLong(long.length));
    expect(linkTooLong(16_004)).toContain('16,004 characters');
    // exactly at the limit, it is read (and here refused for its characters)
    const atLimit = `s1.${'!'.repeat(LINK_MAX_LENGTH - 3)}`;
    expect(refusal(await decodeScenarioLink(atLimit))).toBe(linkBadCharacter('!', 4));
  });

  it('a character outside base64url is named with its position', async () => {
    const link = await encodeScenarioLink(sampleScenario());
    for (const bad of ['+', '/', '=', ' ', '%', '"', '<', '😀']) {
      const changed = `${link.slice(0, 10)}${bad}${link.slice(11)}`;
      expect(refusal(await decodeScenarioLink(changed))).toBe(linkBadCharacter(bad, 11));
    }
    expect(linkBadCharacter('<', 11)).toBe(
      'This link contains "<" at character 11, which never appears in a scenario link; it may have been changed on the way. Copy the whole link again.',
    );
  });

  it('a link from a newer version says to reload; a link that is not ours says so', async () => {
    const link = await encodeScenarioLink(sampleScenario());
    expect(refusal(await decodeScenarioLink(`s2.${link.slice(3)}`))).toBe(linkNewerVersion('2'));
    expect(refusal(await decodeScenarioLink(`s17.${link.slice(3)}`))).toBe(linkNewerVersion('17'));
    for (const other of ['s0.AAAA', 'x1.AAAA', 'section-2', 'S1.AAAA', 'access_token=abc']) {
      expect(refusal(await decodeScenarioLink(other)), other).toBe(LINK_NOT_OURS);
    }
  });

  it('a changed character anywhere is caught (checksum, length or encoding), never opened', async () => {
    const link = await encodeScenarioLink(sampleScenario());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: link.length - 1 }), fc.integer({ min: 1, max: 63 }), async (at, shift) => {
        const was = alphabet.indexOf(link[at] ?? '');
        const changed = link.slice(0, at) + alphabet[(was + shift) % 64] + link.slice(at + 1);
        const result = await decodeScenarioLink(changed);
        expect(result.ok).toBe(false);
        expect([LINK_CORRUPTED, LINK_INCOMPLETE]).toContain(refusal(result));
      }),
      { numRuns: 300 },
    );
  });

  it('a changed character in the length field is called damaged, not incomplete (every flip of each of its characters)', async () => {
    const link = await encodeScenarioLink(sampleScenario());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // bytes 4–5 are the length field (two bytes for this link): characters 5–7 of the payload carry their bits
    const payload = 3;
    let flips = 0;
    for (const at of [payload + 5, payload + 6, payload + 7]) {
      for (const c of alphabet) {
        if (c === link[at]) continue;
        const changed = link.slice(0, at) + c + link.slice(at + 1);
        const result = await decodeScenarioLink(changed);
        expect(result.ok, `${at} → ${c}`).toBe(false);
        expect(refusal(result), `${at} → ${c}`).not.toBe(LINK_INCOMPLETE);
        flips += 1;
      }
    }
    expect(flips).toBe(3 * 63);
  });

  it('a link that gives a field twice is refused, naming the field (not read as the last one)', async () => {
    const json = JSON.stringify(sampleJson()).replace('{', '{"horizonYears":5,');
    expect(refusal(await decodeScenarioLink(await encodeLinkText(json)))).toBe(linkDuplicateField('horizonYears'));
    expect(linkDuplicateField('horizonYears')).toContain('the field "horizonYears" twice');
  });

  it('a checksum mismatch is called corrupted', async () => {
    const bytes = bytesOf(await encodeScenarioLink(sampleScenario()));
    const body = bytes.slice(4);
    const wrong = (crc32(body) ^ 1) >>> 0;
    const changed = bytes.slice();
    new DataView(changed.buffer).setUint32(0, wrong);
    expect(refusal(await decodeScenarioLink(linkOf(changed)))).toBe(LINK_CORRUPTED);
  });

  it('bytes past the declared length are called corrupted', async () => {
    const deflated = bytesOf(await encodeLinkText('{}')).slice(5);
    expect(refusal(await decodeScenarioLink(framed(deflated, { declaredLength: deflated.length - 1 })))).toBe(LINK_CORRUPTED);
  });

  it('a well-framed payload that is not deflate data cannot be unpacked', async () => {
    expect(refusal(await decodeScenarioLink(framed(Uint8Array.from([0xff, 0xfe, 0xfd, 0x10, 0x20]))))).toBe(LINK_UNREADABLE);
  });

  it('a decompression bomb is refused at 1 MB unpacked', async () => {
    const bomb = await encodeLinkText(`{"name":"${' '.repeat(5_000_000)}"}`);
    expect(bomb.length).toBeLessThan(LINK_MAX_LENGTH);
    expect(refusal(await decodeScenarioLink(bomb))).toBe(LINK_TOO_LARGE);
  });

  it('a scenario just under 1 MB unpacked is still read (and refused only by the validation door)', async () => {
    const result = await decodeScenarioLink(await encodeLinkText(JSON.stringify({ ...sampleJson(), name: 'x'.repeat(990_000) })));
    expect(refusal(result)).toContain('name: must be at most 200 characters long, got 990000 characters');
  });

  it('bytes that are not UTF-8, and text that is not JSON, are called not scenario data', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const latin1 = new Uint8Array(deflateRawSync(Buffer.from([0x7b, 0xe9, 0x7d])));
    expect(refusal(await decodeScenarioLink(framed(latin1)))).toBe(LINK_NOT_JSON);
    for (const text of ['', 'hello', '{"name":', '{name: 1}', "{'a':1}", 'NaN', '{"a":1}}']) {
      expect(refusal(await decodeScenarioLink(await encodeLinkText(text))), text).toBe(LINK_NOT_JSON);
    }
  });

  it('JSON that is not an object is refused as not a scenario', async () => {
    for (const text of ['[]', '[{"version":1}]', '"scenario"', '42', 'null', 'true']) {
      expect(refusal(await decodeScenarioLink(await encodeLinkText(text))), text).toBe(LINK_NOT_OBJECT);
    }
  });

  it('JSON nested thousands deep is refused without overflowing the stack', async () => {
    const depth = 100_000;
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(refusal(await decodeScenarioLink(await encodeLinkText(deepArray)))).toBe(LINK_NOT_OBJECT);
    const deepObject = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(refusal(await decodeScenarioLink(await encodeLinkText(deepObject)))).toMatch(
      /^This link's scenario cannot be opened: version: is required/,
    );
    // deep inside a field: named by the validation door; deep in an unknown field: dropped
    const inName = JSON.stringify(sampleJson()).replace('"name":"CIP residential model"', `"name":${deepArray}`);
    expect(refusal(await decodeScenarioLink(await encodeLinkText(inName)))).toContain('name: must be a string, got an array');
    const inSchemes = JSON.stringify(sampleJson()).replace('"schemes":[', `"schemes":[${deepArray},`);
    expect(refusal(await decodeScenarioLink(await encodeLinkText(inSchemes)))).toContain('schemes[0]: must be an object, got an array');
    const inUnknown = JSON.stringify(sampleJson()).replace('{', `{"extra":${deepObject},`);
    const decoded = await decodeScenarioLink(await encodeLinkText(inUnknown));
    expect(decoded).toEqual({ ok: true, scenario: restored(sampleScenario()), dropped: ['extra'] });
  });

  it("passes the validation door's field-named errors through", async () => {
    const cases: [string, string][] = [
      ['"occupancy":0.75', '"occupancy":1.5'],
      ['"discountRate":0.035', '"discountRate":1e400'],
      ['"beds":3', '"beds":"3"'],
      ['"horizonYears":10', '"horizonYears":"NaN"'],
      ['"version":2', '"version":3'],
    ];
    const expected = [
      'schemes[0].placements.occupancy: must be between 0 and 1, got 1.5',
      'discountRate: must be a finite number, got Infinity',
      'schemes[0].placements.beds: must be a number, got the string "3"',
      'horizonYears: must be a number, got the string "NaN"',
      'version: this scenario was saved by a newer version of Payback Explorer',
    ];
    for (const [index, [from, to]] of cases.entries()) {
      const text = JSON.stringify(sampleJson()).replace(from, to);
      expect(text).not.toBe(JSON.stringify(sampleJson()));
      const result = await decodeScenarioLink(await encodeLinkText(text));
      expect(refusal(result)).toContain(expected[index]);
      expect(!result.ok && result.details?.some((line) => line.startsWith(expected[index] ?? '?'))).toBe(true);
    }
  });

  it('names a missing field', async () => {
    const json = sampleJson();
    delete json.startMonth;
    expect(refusal(await decodeScenarioLink(await encodeLinkText(JSON.stringify(json))))).toContain('startMonth: is required');
  });

  it('__proto__, constructor and prototype keys pollute nothing: ({}).polluted stays undefined', async () => {
    for (const text of pollutingTexts()) {
      const result = await decodeScenarioLink(await encodeLinkText(text));
      if (result.ok) {
        expect(Object.getPrototypeOf(result.scenario)).toBe(Object.prototype);
        expect(JSON.stringify(result.scenario)).not.toContain('polluted');
      }
      expectNotPolluted(expect);
    }
    // the same through the link's short keys
    const short = await encodeLinkText(
      '{"__proto__":{"polluted":1},"v":1,"s":[{"__proto__":{"polluted":1},"pl":{"__proto__":{"polluted":1}}}]}',
    );
    await decodeScenarioLink(short);
    expectNotPolluted(expect);
  });
});

describe('link length', () => {
  it('shareUrl puts the fragment after the page address, replacing any fragment it had', () => {
    expect(shareUrl(`${PAGE}?x=1`, 's1.AAAA')).toBe(`${PAGE}?x=1#s1.AAAA`);
    expect(shareUrl(`${PAGE}#s1.old`, 's1.new')).toBe(`${PAGE}#s1.new`);
    expect(linkLength(shareUrl(PAGE, 's1.AAAA'))).toBe(PAGE.length + 8);
  });

  it('linkAdvice: fits to 1,000 characters, long to 2,000, then a file, and over the hard limit it will not open', () => {
    expect(linkAdvice(1_000)).toBe('fits');
    expect(linkAdvice(1_001)).toBe('long');
    expect(linkAdvice(2_000)).toBe('long');
    expect(linkAdvice(2_001)).toBe('useFile');
    expect(linkAdvice(16_000)).toBe('useFile');
    expect(linkAdvice(16_001)).toBe('tooLong');
  });

  it('the default preset with a few edits stays under 1,000 characters as a whole link', async () => {
    const preset = presetById(DEFAULT_PRESET_ID);
    expect(preset).toBeDefined();
    const edited = structuredClone(restored(preset?.scenario));
    edited.discountRate = 0.04;
    edited.horizonYears = 15;
    edited.generalInflation = 0.02;
    for (const scheme of edited.schemes) {
      scheme.feeInflation = 0.035;
      scheme.costInflation = 0.0275;
      if (scheme.placements !== null) {
        scheme.placements.occupancy = 0.85;
        scheme.placements.externalWeeklyFee += 275;
      }
    }
    const url = shareUrl(PAGE, await encodeScenarioLink(edited));
    expect(linkLength(url)).toBeLessThan(LINK_EMAIL_SAFE_LENGTH);
    expect(await decodeScenarioLink(new URL(url).hash)).toEqual({ ok: true, scenario: edited, dropped: [] });
  });

  it('the default preset with a short note (60 characters) stays under 1,000 characters as a whole link', async () => {
    const noted = {
      ...restored(presetById(DEFAULT_PRESET_ID)?.scenario),
      note: 'Agreed at the March board; fees from the 2024 tender rounds.',
    };
    expect(noted.note).toHaveLength(60);
    const url = shareUrl(PAGE, await encodeScenarioLink(noted));
    expect(linkLength(url)).toBeLessThan(LINK_EMAIL_SAFE_LENGTH);
    expect(await decodeScenarioLink(new URL(url).hash)).toStrictEqual({ ok: true, scenario: noted, dropped: [] });
  });

  it('every preset, as published, fits in an email-safe link', async () => {
    for (const preset of PRESETS) {
      const url = shareUrl(PAGE, await encodeScenarioLink(restored(preset.scenario)));
      expect(linkAdvice(linkLength(url)), preset.id).toBe('fits');
    }
  });
});
