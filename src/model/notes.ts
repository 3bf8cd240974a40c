/**
 * Notes (schema version 2): free text on the scenario and on each scheme. "No note" is said one way
 * everywhere — the field left out — so a blank note is never kept, whether typed or read (restore.ts).
 */
import { NOTE_LENGTH } from './fieldRules.ts';
import { cutText } from './text.ts';

/** The note to keep for `text`: none when it is empty or only spaces, else the text, cut to NOTE_LENGTH. */
export function noteOf(text: string): string | undefined {
  return text.trim() === '' ? undefined : cutText(text, NOTE_LENGTH);
}

/** A copy of `owner` holding `note`, or without the field when there is none. */
export function withNote<T extends { note?: string }>(owner: T, note: string | undefined): T {
  if (note !== undefined) return { ...owner, note };
  const copy = { ...owner };
  delete copy.note;
  return copy;
}
