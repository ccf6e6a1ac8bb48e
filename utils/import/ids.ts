/**
 * Ids of imported annotations.
 *
 * - `urn:uuid:<uuid>` ids are kept, lower-cased.
 * - Any other IRI (`https://hypothes.is/a/…`, `urn:x-foo:…`, `tag:…`) becomes
 *   `urn:uuid:` + the RFC 9562 version-5 UUID of the IRI in the URL namespace
 *   (6ba7b811-9dad-11d1-80b4-00c04fd430c8). The same IRI always gives the same
 *   id, so importing the same file twice skips the second time.
 * - Anything else (no scheme, spaces, control characters) is refused.
 */
import { URL_UUID_NAMESPACE, isUuid, uuidV5 } from '../export/uuid5';

/** The result of {@link normaliseId}. */
export type IdResult = { ok: true; id: string; derived: boolean } | { ok: false; error: string };

const URN_UUID = /^urn:uuid:/i;
// scheme ":" then at least one character that may appear in an IRI.
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]+$/;

/** A Newsmark id for an annotation id read from a file (see the module doc). */
export function normaliseId(raw: string): IdResult {
  if (URN_UUID.test(raw)) {
    const uuid = raw.slice('urn:uuid:'.length);
    if (!isUuid(uuid)) return { ok: false, error: 'id starts with "urn:uuid:" but is not followed by a valid UUID' };
    return { ok: true, id: `urn:uuid:${uuid.toLowerCase()}`, derived: false };
  }
  if (!IRI.test(raw)) return { ok: false, error: 'id is not an IRI (expected "urn:uuid:…" or another absolute IRI such as "https://…")' };
  return { ok: true, id: `urn:uuid:${uuidV5(raw, URL_UUID_NAMESPACE)}`, derived: true };
}
