/** Claims of one page grouped by who made them; each item scrolls to its place. */
import { groupClaims } from '../utils/summary';
import { t, tn } from '../utils/i18n';
import type { Claim } from '../utils/types';

const excerpt = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n).trimEnd()}…` : s);

export function ClaimsSection({ claims, scrollTo }: { claims: Claim[]; scrollTo: (s: number, e: number) => void }) {
  if (claims.length === 0) return null;
  const groups = groupClaims(claims);
  return (
    <section aria-labelledby="claims-h" data-testid="claims">
      <h2 id="claims-h">{t('kindclaim')}</h2>
      <ul>
        {groups.map((g) => (
          <li key={g.source || '—'} class="claim-group">
            <div class="claim-source" data-testid="claim-source">
              <strong>{g.source || t('unattributed')}</strong> — {tn('claims', g.claims.length)}
            </div>
            <ul>
              {g.claims.map((c) => (
                <li key={c.start}>
                  <button type="button" class="claim-item" onClick={() => scrollTo(c.start, c.end)}>
                    {c.cue && <span class="cue">{c.cue.text}: </span>}
                    {excerpt(c.content.text)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
