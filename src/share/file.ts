/**
 * Scenario files: one scenario, or the whole library, as JSON in a small envelope
 *
 *   { "format": "payback-explorer", "kind": "scenario", "version": 1, "exportedAt": "…", "presetId": "…", "scenario": {…} }
 *   { "format": "payback-explorer", "kind": "library",  "version": 1, "exportedAt": "…", "scenarios": [{ "presetId": "…", "scenario": {…} }] }
 *
 * Importing checks transport only — size before reading, emptiness, UTF-8 (a byte-order mark is
 * dropped), JSON, the envelope — and hands each scenario to restoreScenario, the one validation door.
 * A bare scenario (MODEL.md's JSON, as `npm run evaluate` reads it) is accepted too.
 */
import { isRecord, ownValue } from '../model/migrations.ts';
import { restoreScenario } from '../model/restore.ts';
import { TEXT_LENGTH } from '../model/fieldRules.ts';
import { cutText } from '../model/text.ts';
import { describeString } from '../model/validationMessages.ts';
import type { Scenario } from '../model/scenario.ts';
import { decodeUtf8, parseJsonObject } from './json.ts';

export const FILE_FORMAT = 'payback-explorer';
export const FILE_VERSION = 1;
/** Files larger than this are refused before a byte is read; a library of hundreds of scenarios is well under. */
export const FILE_MAX_BYTES = 5_000_000;
/** A library file lists at most this many scenarios. */
const FILE_MAX_SCENARIOS = 1_000;
export const FILE_TYPE = 'application/json';

export const FILE_EMPTY = 'This file is empty.';
export const FILE_NOT_TEXT = 'This file is not a Payback Explorer file: it is not text (UTF-8).';
export const fileDuplicateField = (key: string) =>
  `This file gives the field ${describeString(key)} twice in one place, so which value was meant is not known; it was not read.`;
export const FILE_NOT_JSON = 'This file is not a Payback Explorer file: it is not JSON.';
export const FILE_NOT_OBJECT = 'This file does not hold a scenario: its JSON is not an object.';
export const FILE_NOT_OURS = 'This file is not a Payback Explorer file.';
export const FILE_DAMAGED = 'This Payback Explorer file is damaged: its header is not readable.';
export const fileTooLarge = (bytes: number) =>
  `This file is ${megabytes(bytes)}, more than the ${megabytes(FILE_MAX_BYTES)} a scenario file can be, so it was not read.`;
export const fileNewerVersion = (version: number) =>
  `This file was made by a newer version of Payback Explorer (file format ${version}); reload the page to get the newer app.`;
export const fileTooManyScenarios = (count: number) =>
  `This library file lists ${count.toLocaleString('en-GB')} scenarios, more than the ${FILE_MAX_SCENARIOS.toLocaleString('en-GB')} it can hold, so it was not read.`;
export const fileInvalidScenario = (errors: readonly string[]) => `This file's scenario cannot be opened: ${errors.join('; ')}`;
export const FILE_LIBRARY_EMPTY = 'This library file holds no scenarios.';
export const fileNoScenarioUsable = (count: number) => `None of the ${count} scenarios in this library file can be opened.`;

/** The label of a refused library entry: its own name when it has a readable one. */
const entryLabel = (index: number, name: unknown) =>
  typeof name === 'string' && name.trim() !== '' ? cutText(name, TEXT_LENGTH) : `Scenario ${index + 1}`;

interface LibraryFileEntry {
  presetId: string | null;
  scenario: Scenario;
}

interface ImportedScenario {
  presetId: string | null;
  scenario: Scenario;
  /** restoreScenario's unknown fields, dropped */
  dropped: string[];
}

export interface RefusedScenario {
  /** position in the file, from 0 */
  index: number;
  /** the scenario's name, when it has a readable one, else "Scenario 3" */
  name: string;
  errors: string[];
}

export type ImportResult =
  | ({ ok: true; kind: 'scenario' } & ImportedScenario)
  /** `refused` lists the scenarios restoreScenario turned away; the others are in `scenarios` */
  | { ok: true; kind: 'library'; scenarios: ImportedScenario[]; refused: RefusedScenario[] }
  /** `error`: one sentence for the user; `details`: restoreScenario's field-named errors, or one line per refused scenario */
  | { ok: false; error: string; details?: string[] };

export function scenarioFileText(
  scenario: Scenario,
  { presetId = null, now = new Date() }: { presetId?: string | null; now?: Date } = {},
): string {
  const file = { format: FILE_FORMAT, kind: 'scenario', version: FILE_VERSION, exportedAt: now.toISOString(), presetId, scenario };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function libraryFileText(entries: readonly LibraryFileEntry[], { now = new Date() }: { now?: Date } = {}): string {
  const scenarios = entries.map(({ presetId, scenario }) => ({ presetId, scenario }));
  const file = { format: FILE_FORMAT, kind: 'library', version: FILE_VERSION, exportedAt: now.toISOString(), scenarios };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file name from a scenario's name: `payback-cip-residential-model.json`, or with what the file holds,
 * `payback-cip-residential-model-chart.png`; never empty, never a path.
 */
export function fileNameFor(name: string, extension: 'json' | 'csv' | 'png' | 'svg', holds?: 'chart' | 'figures'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `payback-${slug === '' ? 'scenario' : slug}${holds ? `-${holds}` : ''}.${extension}`;
}

/** Reads a chosen or dropped file. Its size is checked before any byte is read. Never throws on data. */
export async function importFile(file: Blob): Promise<ImportResult> {
  if (file.size > FILE_MAX_BYTES) return refuse(fileTooLarge(file.size));
  if (file.size === 0) return refuse(FILE_EMPTY);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse(FILE_NOT_TEXT);
  }
  const text = decodeUtf8(bytes);
  return text === null ? refuse(FILE_NOT_TEXT) : importText(text);
}

/** The same checks as importFile, for text already in hand (a paste). */
export function importText(text: string): ImportResult {
  if (text.length > FILE_MAX_BYTES) return refuse(fileTooLarge(text.length));
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (content.trim() === '') return refuse(FILE_EMPTY);
  const parsed = parseJsonObject(content);
  if (!parsed.ok) {
    if (parsed.reason === 'duplicateKey') return refuse(fileDuplicateField(parsed.key));
    return refuse(parsed.reason === 'notObject' ? FILE_NOT_OBJECT : FILE_NOT_JSON);
  }
  const json = parsed.value;

  const format = ownValue(json, 'format');
  if (format === undefined) return importScenario(json, null);
  if (format !== FILE_FORMAT) return refuse(FILE_NOT_OURS);
  const version = ownValue(json, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return refuse(FILE_DAMAGED);
  if (version > FILE_VERSION) return refuse(fileNewerVersion(version));

  switch (ownValue(json, 'kind')) {
    case 'scenario':
      return importScenario(ownValue(json, 'scenario'), readPresetId(ownValue(json, 'presetId')));
    case 'library':
      return importLibrary(ownValue(json, 'scenarios'));
    default:
      return refuse(FILE_DAMAGED);
  }
}

function importScenario(value: unknown, presetId: string | null): ImportResult {
  const restored = restoreScenario(value);
  if (!restored.ok) return { ok: false, error: fileInvalidScenario(restored.errors), details: restored.errors };
  return { ok: true, kind: 'scenario', presetId, scenario: restored.scenario, dropped: restored.dropped };
}

function importLibrary(list: unknown): ImportResult {
  if (!Array.isArray(list)) return refuse(FILE_DAMAGED);
  if (list.length > FILE_MAX_SCENARIOS) return refuse(fileTooManyScenarios(list.length));
  if (list.length === 0) return refuse(FILE_LIBRARY_EMPTY);

  const scenarios: ImportedScenario[] = [];
  const refused: RefusedScenario[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const entry: unknown = ownValue(list, String(index));
    const scenario = isRecord(entry) ? ownValue(entry, 'scenario') : undefined;
    const restored = restoreScenario(scenario);
    if (restored.ok) {
      const presetId = isRecord(entry) ? readPresetId(ownValue(entry, 'presetId')) : null;
      scenarios.push({ presetId, scenario: restored.scenario, dropped: restored.dropped });
    } else {
      const name = isRecord(scenario) ? ownValue(scenario, 'name') : undefined;
      refused.push({ index, name: entryLabel(index, name), errors: restored.errors });
    }
  }
  if (scenarios.length === 0) {
    const details = refused.map(({ name, errors }) => `${name}: ${errors.join('; ')}`);
    return { ok: false, error: fileNoScenarioUsable(list.length), details };
  }
  return { ok: true, kind: 'library', scenarios, refused };
}

/** A preset id is a short slug (`leics-2021`); anything else is read as "no preset". */
function readPresetId(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

function refuse(error: string): ImportResult {
  return { ok: false, error };
}
