/** A random `urn:uuid:` identifier (RFC 4122 version 4) for a new note. */
export function newNoteId(): string {
  return `urn:uuid:${crypto.randomUUID()}`;
}
