/**
 * What the printed page holds, cut to fit ONE A4 landscape sheet: how many scheme rows and differences it
 * shows (the rest counted, "and 4 more"), the date in words, and the share link when it is short enough to print.
 */
import { formatDate } from '../format/time.ts';
import { cutText } from '../model/text.ts';

/** Scheme rows of the figures table on the sheet (the portfolio's row is always there, below them). */
export const PRINT_SCHEME_ROWS = 5;
/** Differences from the preset on the sheet: three columns of four. */
export const PRINT_CHANGES = 12;
/** Notes on the sheet: the scenario's cut to this many characters, each scheme's to the second, at most PRINT_SCHEME_NOTES of them. */
export const PRINT_NOTE_LENGTH = 600;
export const PRINT_SCHEME_NOTE_LENGTH = 240;
export const PRINT_SCHEME_NOTES = 5;

/** A note as printed: whole when it fits, else cut between words' characters (never inside one) and ended "…". */
export function printedNote(note: string, max: number): string {
  return note.length <= max ? note : `${cutText(note, max - 1).trimEnd()}…`;
}

/** A longer link would not fit its box on the sheet, and no one types it in from paper anyway. */
export const PRINT_LINK_MAX = 1_500;

export const printLinkTooLong = (length: number) =>
  `The link to this scenario is ${length.toLocaleString('en-GB')} characters, too long to print: ` +
  'send the scenario as a file instead (“Export this scenario”).';

/**
 * At most `max` of `items`: all of them when they fit, else the first `max − 1` and how many are left, so the
 * "and N more" line takes the last place.
 */
export function cutList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  if (items.length <= max) return { shown: [...items], more: 0 };
  const kept = Math.max(0, max - 1);
  return { shown: items.slice(0, kept), more: items.length - kept };
}

/** "and 1 more difference", "and 5 more schemes" */
export function andMore(count: number, one: string, many: string): string {
  return `and ${count.toLocaleString('en-GB')} more ${count === 1 ? one : many}`;
}

/** The day `now` falls on where the officer is, in words: "1 December 2026". */
export function printedDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

/** The link as printed, or why it is not. */
export function printedLink(url: string): { kind: 'link'; url: string } | { kind: 'tooLong'; text: string } {
  return url.length <= PRINT_LINK_MAX ? { kind: 'link', url } : { kind: 'tooLong', text: printLinkTooLong(url.length) };
}
