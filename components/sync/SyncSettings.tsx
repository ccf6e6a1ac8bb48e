/**
 * Settings → Sync (issue 21): off by default. The reader gives a CouchDB
 * server, a database, a user name and password, and optionally a team
 * database and the name put on their notes. The form is checked here first
 * (HTTPS except for this machine); then, in the click itself, the browser is
 * asked for that one server's origin (and, in Chromium, the alarms sync runs
 * on), and only then is anything sent. Turning sync off gives them back. The
 * stored password is never shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { originPattern, type SyncErrorCode } from '../../utils/sync/config';
import { t, type MessageKey } from '../../utils/i18n';
import { sendSync } from './api';
import { codeOf, syncErrorText } from './errors';
import {
  checkForm,
  configFromForm,
  formFromStatus,
  keepsStoredPassword,
  SYNC_FIELDS,
  type FieldErrors,
  type SyncField,
  type SyncForm,
} from './form';
import { askForSync, releaseOrigin, releaseSyncApis } from './permissions';
import { SyncStatusPanel } from './SyncStatusPanel';
import { useSyncStatus } from './use-sync-status';

type Message = { text: string; error?: boolean } | null;

/** The field a failed check points at, so its message sits beside it. */
const FIELD_OF: Partial<Record<SyncErrorCode, SyncField>> = {
  'bad-url': 'url',
  'https-required': 'url',
  unreachable: 'url',
  'bad-database': 'database',
  'no-database': 'database',
  unauthorized: 'password',
};

const LABELS: Record<SyncField, MessageKey> = {
  url: 'syncUrl',
  database: 'syncDatabase',
  username: 'syncUsername',
  password: 'syncPassword',
  teamDatabase: 'syncTeamDatabase',
  displayName: 'syncDisplayName',
};

export function SyncSettings() {
  const [loaded, setStatus] = useSyncStatus();
  const status = loaded.state === 'ready' ? loaded.status : null;
  const [form, setForm] = useState<SyncForm>(formFromStatus(null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<SyncField, HTMLInputElement | null>>>({});

  // The form starts from the stored settings once they are known, unless the reader has already typed; later
  // refreshes of the status leave what the reader typed. Busy until then: the stored settings would land on typing.
  const [filled, setFilled] = useState(false);
  const typed = useRef(false);
  useEffect(() => {
    if (loaded.state === 'ready' && !filled) {
      if (!typed.current) setForm(formFromStatus(loaded.status));
      setFilled(true);
    }
    if (loaded.state === 'unavailable') setMessage({ text: t('syncStatusUnavailable'), error: true });
  }, [loaded.state]);

  const edit = (field: SyncField, value: string) => {
    typed.current = true;
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const failed = (code: unknown, error: string) => {
    const field = typeof code === 'string' ? FIELD_OF[code as SyncErrorCode] : undefined;
    const text = syncErrorText(code, error);
    if (field) {
      setErrors((e) => ({ ...e, [field]: text }));
      inputs.current[field]?.focus();
    }
    setMessage({ text, error: true });
  };

  /** "Test connection" and "Turn on"/"Save": called from the click (or Enter) itself. */
  const run = (kind: 'test' | 'save') => {
    const found = checkForm(form, status);
    setErrors(found);
    const first = SYNC_FIELDS.find((f) => found[f]);
    if (first) {
      setMessage({ text: t('syncFixFields'), error: true });
      inputs.current[first]?.focus();
      return;
    }
    // Both are checked with sync on: the background checks the server's address only then.
    const config = configFromForm(form, true);
    const origin = originPattern(config.url);
    const granted = askForSync(config.url);
    const before = status;
    setBusy(true);
    setMessage({ text: t(kind === 'test' ? 'syncTesting' : 'syncSaving') });
    void (async () => {
      try {
        if (!(await granted)) return failed('no-permission', '');
        if (kind === 'test') {
          const reply = await sendSync({ type: 'sync:test', config });
          if (!reply) setMessage({ text: t('syncNoAnswer'), error: true });
          else if (reply.ok) setMessage({ text: t('syncTestOk') });
          else failed(codeOf(reply), reply.error);
          return;
        }
        const reply = await sendSync({ type: 'sync:configure', config });
        if (!reply) return setMessage({ text: t('syncNoAnswer'), error: true });
        if (!reply.ok) return failed(codeOf(reply), reply.error);
        setStatus(reply.status);
        setForm(formFromStatus(reply.status));
        setMessage({ text: t(before?.enabled ? 'syncSaved' : 'syncTurnedOn') });
        if (before?.enabled && before.url && originPattern(before.url) !== origin) await releaseOrigin(before.url);
      } catch {
        setMessage({ text: t('syncNoAnswer'), error: true });
      } finally {
        setBusy(false);
      }
    })();
  };

  const turnOff = async () => {
    if (!status) return;
    setBusy(true);
    try {
      // The stored settings, off; the empty password keeps the stored one for when sync is turned on again.
      const reply = await sendSync({ type: 'sync:configure', config: configFromForm(formFromStatus(status), false) });
      if (!reply) return setMessage({ text: t('syncNoAnswer'), error: true });
      if (!reply.ok) return failed(codeOf(reply), reply.error);
      setStatus(reply.status);
      await releaseSyncApis();
      await releaseOrigin(status.url);
      setMessage({ text: t('syncTurnedOff') });
    } catch {
      setMessage({ text: t('syncNoAnswer'), error: true });
    } finally {
      setBusy(false);
    }
  };

  const on = !!status?.enabled;
  const help: Partial<Record<SyncField, string>> = {
    url: t('syncUrlHelp'),
    password: keepsStoredPassword(form, status) ? t('syncPasswordKept') : undefined,
    teamDatabase: t('syncTeamHelp'),
    displayName: t('syncDisplayNameHelp'),
  };

  return (
    <section
      aria-labelledby="sync-h"
      data-testid="sync-settings"
      aria-busy={loaded.state === 'loading' || (loaded.state === 'ready' && !filled) || busy}
    >
      <h2 id="sync-h">{t('syncHeading')}</h2>
      <p class="muted">{t('syncHelp')}</p>
      <p data-testid="sync-state">
        <strong>{on ? t('syncIsOn') : t('syncIsOff')}</strong>
      </p>
      {status?.enabled && <SyncStatusPanel status={status} onStatus={setStatus} />}
      <form
        class="sync-form"
        noValidate
        aria-labelledby="sync-h"
        onSubmit={(e) => {
          e.preventDefault();
          run('save');
        }}
        data-testid="sync-form"
      >
        {SYNC_FIELDS.map((field) => {
          const id = `sync-${field}`;
          const described = [help[field] ? `${id}-help` : '', errors[field] ? `${id}-error` : ''].filter(Boolean).join(' ');
          const common = {
            id,
            ref: (el: HTMLInputElement | null) => {
              inputs.current[field] = el;
            },
            spellcheck: false,
            value: form[field],
            onInput: (e: Event) => edit(field, (e.target as HTMLInputElement).value),
            'aria-invalid': errors[field] ? ('true' as const) : undefined,
            'aria-describedby': described || undefined,
            'data-testid': id,
          };
          return (
            <div class="field" key={field}>
              <label for={id}>{t(LABELS[field])}</label>
              {field === 'password' ? (
                <input type="password" autoComplete="current-password" {...common} />
              ) : field === 'url' ? (
                <input type="url" autoComplete="url" {...common} />
              ) : (
                <input type="text" autoComplete={field === 'username' ? 'username' : 'off'} {...common} />
              )}
              {help[field] && (
                <p id={`${id}-help`} class="muted">
                  {help[field]}
                </p>
              )}
              {errors[field] && (
                <p id={`${id}-error`} class="error" data-testid={`${id}-error`}>
                  {errors[field]}
                </p>
              )}
            </div>
          );
        })}
        <div class="row">
          <button type="button" onClick={() => run('test')} disabled={busy} data-testid="sync-test">
            {t('syncTest')}
          </button>
          <button type="submit" class="primary" disabled={busy} data-testid="sync-save">
            {on ? t('syncSave') : t('syncTurnOn')}
          </button>
          {on && (
            <button type="button" onClick={() => void turnOff()} disabled={busy} data-testid="sync-off">
              {t('syncTurnOff')}
            </button>
          )}
        </div>
      </form>
      <p role="status" class={message?.error ? 'error' : 'muted'} data-testid="sync-message">
        {message?.text}
      </p>
    </section>
  );
}
