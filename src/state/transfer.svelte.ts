/**
 * Scenarios in and out of the page: share links (the scenario in the URL fragment), JSON files of one
 * scenario or the whole library, and the cash-flow table as CSV. Everything that comes in passes the
 * one validation door (decodeScenarioLink and importFile both end in restoreScenario) and is shown
 * unsaved, never written over a saved scenario; keeping it is the user's choice.
 */
import type { Evaluation } from '../model/evaluate.ts';
import type { Scenario } from '../model/scenario.ts';
import { YearlyTables } from '../model/yearlyTable.ts';
import { FILE_TYPE, fileNameFor, importFile, libraryFileText, scenarioFileText, type RefusedScenario } from '../share/file.ts';
import { decodeScenarioLink, encodeScenarioLink, linkAdvice, linkLength, shareUrl, type LinkAdvice } from '../share/link.ts';
import { downloadText, type Download } from '../share/download.ts';
import { headlineCsv } from '../share/headlineCsv.ts';
import type { Adding, LibraryState } from './library.svelte.ts';
import type { Workbench } from './opened.svelte.ts';
import { presetFor } from './presetFor.ts';
import { yearlyCsvInSlices } from '../share/yearlyCsv.ts';

export interface ShareLink {
  url: string;
  length: number;
  advice: LinkAdvice;
  /** the scenario it was made from: once the scenario on screen is another, the link is out of date */
  scenario: Scenario;
}

export type Incoming =
  /** a scenario from a link or a file, on screen and not saved */
  | { kind: 'opened'; source: 'link' | 'file'; name: string; dropped: string[] }
  /** a library file, its scenarios added to the library; `refused` could not be read; `adding`: how far it has got, null once done */
  | { kind: 'added'; refused: RefusedScenario[]; adding: Adding | null }
  | { kind: 'refused'; source: 'link' | 'file'; message: string; details: string[] };

export const openedFrom = (source: 'link' | 'file', name: string) => `Opened “${name}” from a ${source}. It is not saved yet.`;
export const CSV_TYPE = 'text/csv';
const libraryFileName = (now: Date) => `payback-library-${now.toISOString().slice(0, 10)}.json`;

export class Transfer {
  readonly #explorer: Workbench & { readonly evaluation: Evaluation };
  readonly #library: LibraryState;
  readonly #download: Download;
  readonly #now: () => Date;
  /** the schemes' financial years, kept from one CSV export to the next */
  readonly #tables = new YearlyTables();

  #link: ShareLink | null = $state.raw(null);
  #incoming: Incoming | null = $state.raw(null);
  /** what came in last, with the library's progress while a library file's scenarios are being added */
  readonly incoming: Incoming | null = $derived.by(() => {
    const incoming = this.#incoming;
    return incoming?.kind === 'added' ? { ...incoming, adding: this.#library.adding } : incoming;
  });

  constructor(
    explorer: Workbench & { readonly evaluation: Evaluation },
    library: LibraryState,
    { download = downloadText, now = () => new Date() }: { download?: Download; now?: () => Date } = {},
  ) {
    this.#explorer = explorer;
    this.#library = library;
    this.#download = download;
    this.#now = now;
  }

  /** the share link last made, or null */
  get link(): ShareLink | null {
    return this.#link;
  }

  /** The link shown is still the scenario on screen. */
  get linkUpToDate(): boolean {
    return this.#link !== null && this.#link.scenario === this.#explorer.scenario;
  }

  /** The link to the scenario on screen, from the page's own address. */
  async makeLink(pageUrl: string): Promise<ShareLink> {
    const scenario = this.#explorer.scenario;
    const url = shareUrl(pageUrl, await encodeScenarioLink(this.#library.workingScenario));
    const length = linkLength(url);
    this.#link = { url, length, advice: linkAdvice(length), scenario };
    return this.#link;
  }

  /** Reads a link's fragment: its scenario goes on screen, unsaved; a bad link only shows why. */
  async openLink(fragment: string): Promise<void> {
    const decoded = await decodeScenarioLink(fragment);
    if (!decoded.ok) {
      this.#incoming = { kind: 'refused', source: 'link', message: decoded.error, details: decoded.details ?? [] };
      return;
    }
    this.#showIncoming('link', decoded.scenario, presetFor(decoded.scenario) ?? null, decoded.dropped);
  }

  /** A chosen file: one scenario goes on screen, unsaved; a library file's scenarios are added to the library. */
  async importFile(file: Blob): Promise<void> {
    const result = await importFile(file);
    if (!result.ok) {
      this.#incoming = { kind: 'refused', source: 'file', message: result.error, details: result.details ?? [] };
    } else if (result.kind === 'scenario') {
      this.#showIncoming('file', result.scenario, result.presetId ?? presetFor(result.scenario) ?? null, result.dropped);
    } else {
      this.#incoming = { kind: 'added', refused: result.refused, adding: null };
      await this.#library.addAll(
        result.scenarios.map(({ scenario, presetId }) => ({ scenario, presetId: presetId ?? presetFor(scenario) ?? null })),
      );
    }
  }

  /** Keeps the scenario that came in (as edited since) as a new saved scenario; a name in use gets a copy. */
  async keepIncoming(): Promise<void> {
    const incoming = this.#incoming;
    if (incoming?.kind !== 'opened') return;
    if (await this.#library.saveAs(incoming.name)) this.#incoming = null;
  }

  dismissIncoming(): void {
    this.#incoming = null;
  }

  exportScenario(): void {
    const scenario = this.#library.workingScenario;
    const text = scenarioFileText(scenario, { presetId: this.#explorer.preset.id, now: this.#now() });
    this.#download(text, fileNameFor(scenario.name, 'json'), FILE_TYPE);
  }

  async exportLibrary(): Promise<void> {
    const records = await this.#library.records();
    if (records.length === 0) return;
    const text = libraryFileText(records, { now: this.#now() });
    this.#download(text, libraryFileName(this.#now()), FILE_TYPE);
  }

  /** The cash-flow table of the scenario on screen as CSV: worked out in slices, so a big scenario does not hold the page. */
  async exportCsv(): Promise<void> {
    const fileName = fileNameFor(this.#library.workingScenario.name, 'csv');
    const text = await yearlyCsvInSlices(this.#explorer.evaluation, this.#tables);
    if (text !== null) this.#download(text, fileName, CSV_TYPE);
  }

  /** The headline figures, portfolio and schemes, as CSV for a board paper's table. */
  exportFiguresCsv(): void {
    const fileName = fileNameFor(this.#library.workingScenario.name, 'csv', 'figures');
    this.#download(headlineCsv(this.#explorer.evaluation.result), fileName, CSV_TYPE);
  }

  #showIncoming(source: 'link' | 'file', scenario: Scenario, presetId: string | null, dropped: string[]): void {
    this.#library.show(scenario, presetId, openedFrom(source, scenario.name));
    this.#incoming = { kind: 'opened', source, name: scenario.name, dropped };
  }
}
