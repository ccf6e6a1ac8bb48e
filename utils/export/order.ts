/** The one order every export uses, so that exports are deterministic. */
import type { NoteRecord } from '../annotation';

/** Compares strings by UTF-16 code units (locale-independent, unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `notes` sorted by `created`, then by `id`. Does not modify the input. */
export function sortNotes(notes: readonly NoteRecord[]): NoteRecord[] {
  return [...notes].sort((a, b) => compareStrings(a.created, b.created) || compareStrings(a.id, b.id));
}
