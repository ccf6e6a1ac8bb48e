import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncSettings } from '../../../components/sync/SyncSettings';
import { checkForm, configFromForm, formFromStatus, type SyncForm } from '../../../components/sync/form';
import { byId, installBrowser, MANIFESTS, settle, status, type } from './fake-browser';

const good: SyncForm = {
  url: 'https://couch.example.org',
  database: 'notes-anna',
  username: 'anna',
  password: 's3cret',
  teamDatabase: '',
  displayName: 'Anna',
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Fills the form as a reader would, field by field. */
function fill(form: Partial<SyncForm>) {
  const ids: Record<keyof SyncForm, string> = {
    url: 'sync-url',
    database: 'sync-database',
    username: 'sync-username',
    password: 'sync-password',
    teamDatabase: 'sync-teamDatabase',
    displayName: 'sync-displayName',
  };
  for (const [k, v] of Object.entries(form)) type(root, ids[k as keyof SyncForm], v);
}

describe('the sync form checks', () => {
  it('asks for each missing field and explains a bad address, plain http and a bad database name', () => {
    expect(checkForm(good, null)).toEqual({});
    const empty = checkForm(formFromStatus(null), null);
    expect(empty).toEqual({
      url: 'Enter the server’s address.',
      database: 'Enter the database’s name.',
      username: 'Enter your user name.',
      password: 'Enter your password.',
    });
    expect(checkForm({ ...good, url: 'couch.example.org' }, null).url).toMatch(/^That is not a server address/);
    expect(checkForm({ ...good, url: 'https://anna:pw@couch.example.org' }, null).url).toMatch(/^That is not a server address/);
    expect(checkForm({ ...good, url: 'http://couch.example.org' }, null).url).toMatch(/^The address must start with https:\/\//);
    for (const local of ['http://localhost:5984', 'http://127.0.0.1:5984', 'http://[::1]:5984'])
      expect(checkForm({ ...good, url: local }, null), local).toEqual({});
    // `$$` in messages.json is a literal `$` in both browsers, and here.
    expect(checkForm({ ...good, database: 'Notes' }, null).database).toBe(
      'A database name starts with a lower-case letter and holds only a–z, 0–9 and _ $ ( ) + - /.',
    );
    expect(checkForm({ ...good, teamDatabase: '_users' }, null).teamDatabase).toMatch(/^A database name/);
    expect(checkForm({ ...good, teamDatabase: 'notes-anna' }, null).teamDatabase).toBe('The team database must not be your own database.');
    expect(checkForm({ ...good, displayName: 'x'.repeat(201) }, null).displayName).toBe('The name is longer than 200 characters.');
  });

  it('keeps a stored password only for the same server and user name', () => {
    const stored = status({ enabled: true, url: good.url, database: good.database, username: 'anna', hasPassword: true });
    const form = { ...formFromStatus(stored), password: '' };
    expect(checkForm(form, stored)).toEqual({});
    expect(configFromForm(form, true).password).toBe('');
    expect(checkForm({ ...form, url: 'https://other.example.org' }, stored).password).toBe('Enter your password.');
    expect(checkForm({ ...form, username: 'bob' }, stored).password).toBe('Enter your password.');
    expect(checkForm({ ...form, database: 'notes-bob' }, stored).password).toBe('Enter your password.');
    expect(checkForm({ ...form, url: `${good.url}/` }, stored)).toEqual({});
  });
});

describe('Settings → Sync', () => {
  it('is busy until the stored settings fill the form, and keeps what the reader typed before they arrived', async () => {
    const stored = status({ url: 'https://stored.example.org', database: 'notes-stored', username: 'stored' });
    let release = (): void => {};
    installBrowser((msg) =>
      msg.type === 'sync:status'
        ? new Promise((resolve) => (release = () => resolve({ ok: true, status: stored })))
        : { ok: true, status: stored },
    );
    render(<SyncSettings />, root);
    await settle();
    expect(byId(root, 'sync-settings').getAttribute('aria-busy')).toBe('true');
    fill({ url: good.url });
    release();
    await settle();
    expect(byId(root, 'sync-settings').getAttribute('aria-busy')).toBe('false');
    expect((byId(root, 'sync-url') as HTMLInputElement).value).toBe(good.url);
  });

  it('fills the form from the stored settings when the reader has typed nothing', async () => {
    const stored = status({ url: 'https://stored.example.org', database: 'notes-stored', username: 'stored' });
    installBrowser(() => ({ ok: true, status: stored }));
    render(<SyncSettings />, root);
    await settle();
    expect(byId(root, 'sync-settings').getAttribute('aria-busy')).toBe('false');
    expect((byId(root, 'sync-url') as HTMLInputElement).value).toBe('https://stored.example.org');
    expect((byId(root, 'sync-database') as HTMLInputElement).value).toBe('notes-stored');
  });

  it('is off by default, and shows each check beside its field without asking for a permission or sending anything', async () => {
    const b = installBrowser(() => ({ ok: true, status: status() }));
    render(<SyncSettings />, root);
    await settle();
    expect(byId(root, 'sync-state').textContent).toBe('Sync is off.');
    expect(byId(root, 'sync-save').textContent).toBe('Turn on sync');
    expect(root.querySelector('[data-testid=sync-status]')).toBeNull();
    fill({ ...good, url: 'http://couch.example.org' });
    await settle();
    byId(root, 'sync-test').click();
    await settle();
    expect(byId(root, 'sync-url-error').textContent).toMatch(/^The address must start with https:\/\//);
    expect(byId(root, 'sync-url').getAttribute('aria-invalid')).toBe('true');
    expect(byId(root, 'sync-url').getAttribute('aria-describedby')).toContain('sync-url-error');
    expect(document.activeElement).toBe(byId(root, 'sync-url'));
    expect(byId(root, 'sync-message').textContent).toBe('Some fields need a fix; nothing was sent.');
    expect(b.calls.filter((c) => c.kind !== 'message')).toEqual([]);
    expect(b.messages()).toEqual([{ type: 'sync:status' }]);
  });

  for (const [build, asked] of [
    ['chromium', { origins: ['https://couch.example.org/*'], permissions: ['alarms'] }],
    ['firefox', { origins: ['https://couch.example.org/*'] }],
  ] as const)
    it(`asks for exactly the server’s origin (${build}: ${JSON.stringify(asked)}), only on the click, before sending the test`, async () => {
      const b = installBrowser((m) => (m.type === 'sync:status' ? { ok: true, status: status() } : { ok: true }), true, MANIFESTS[build]);
      render(<SyncSettings />, root);
      await settle();
      fill({ ...good, url: 'https://couch.example.org:6984/db-root' });
      await settle();
      // Typing asks for nothing.
      expect(b.calls.map((c) => c.kind)).toEqual(['message']);
      byId(root, 'sync-test').click();
      // Asked in the click itself, before any await.
      expect(b.calls[1]).toEqual({ kind: 'request', value: asked });
      await settle();
      expect(b.calls.slice(1)).toEqual([
        { kind: 'request', value: asked },
        {
          kind: 'message',
          value: {
            type: 'sync:test',
            config: { ...good, url: 'https://couch.example.org:6984/db-root', enabled: true },
          },
        },
      ]);
      expect(byId(root, 'sync-message').textContent).toMatch(/^Connected/);
    });

  it('sends nothing when the permission is refused, and says so', async () => {
    const b = installBrowser(() => ({ ok: true, status: status() }), false);
    render(<SyncSettings />, root);
    await settle();
    fill(good);
    await settle();
    byId(root, 'sync-form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(b.calls.map((c) => c.kind)).toEqual(['message', 'request']);
    expect(byId(root, 'sync-message').textContent).toMatch(/^The browser did not allow Newsmark to reach this server/);
  });

  it('words each error code from the server beside the field it concerns', async () => {
    const cases = [
      ['unauthorized', 'sync-password-error', /^The server refused the user name or password/],
      ['no-database', 'sync-database-error', /^The server has no database of that name/],
      ['unreachable', 'sync-url-error', /^The server could not be reached/],
      ['bad-response', null, /^The server’s answer was not what a CouchDB server sends/],
      ['no-permission', null, /^The browser did not allow/],
    ] as const;
    for (const [code, field, words] of cases) {
      installBrowser((m) => (m.type === 'sync:status' ? { ok: true, status: status() } : { ok: false, error: `raw ${code}`, code }));
      render(<SyncSettings />, root);
      await settle();
      fill(good);
      await settle();
      byId(root, 'sync-test').click();
      await settle();
      expect(byId(root, 'sync-message').textContent, code).toMatch(words);
      if (field) expect(byId(root, field).textContent, code).toMatch(words);
      render(null, root);
    }
  });

  it('turns on with the typed settings, then never shows the stored password back', async () => {
    const on = status({ enabled: true, url: good.url, database: good.database, username: 'anna', displayName: 'Anna', hasPassword: true });
    const b = installBrowser((m) => (m.type === 'sync:status' ? { ok: true, status: status() } : { ok: true, status: on }));
    render(<SyncSettings />, root);
    await settle();
    fill(good);
    await settle();
    (byId(root, 'sync-save') as HTMLButtonElement).click();
    await settle();
    const sent = b.messages().find((m) => m.type === 'sync:configure');
    expect(sent).toEqual({ type: 'sync:configure', config: { ...good, enabled: true } });
    expect(byId(root, 'sync-message').textContent).toBe('Sync is on.');
    const password = byId(root, 'sync-password') as HTMLInputElement;
    expect(password.type).toBe('password');
    expect(password.value).toBe('');
    expect(root.innerHTML).not.toContain('s3cret');
    expect(root.querySelector('#sync-password-help')!.textContent).toBe('A password is stored. Leave this empty to keep it.');
    expect(byId(root, 'sync-save').textContent).toBe('Save');
    expect(root.querySelector('[data-testid=sync-status]')).not.toBeNull();
  });

  it('turning sync off stores it off and gives the server’s origin and the alarms back', async () => {
    const on = status({ enabled: true, url: 'http://127.0.0.1:5984', database: 'notes', username: 'anna', hasPassword: true });
    const b = installBrowser((m) =>
      m.type === 'sync:status' ? { ok: true, status: on } : { ok: true, status: { ...on, enabled: false } },
    );
    render(<SyncSettings />, root);
    await settle();
    expect(byId(root, 'sync-state').textContent).toBe('Sync is on.');
    byId(root, 'sync-off').click();
    await settle();
    expect(b.calls.slice(1)).toEqual([
      {
        kind: 'message',
        value: {
          type: 'sync:configure',
          config: { enabled: false, url: on.url, database: 'notes', username: 'anna', password: '', teamDatabase: '', displayName: '' },
        },
      },
      // Apart, so that the origin the gate's required host permissions cover (not removable) does not keep alarms.
      { kind: 'remove', value: { permissions: ['alarms'] } },
      { kind: 'remove', value: { origins: ['http://127.0.0.1/*'] } },
    ]);
    expect(byId(root, 'sync-message').textContent).toBe('Sync is off. Newsmark no longer has access to the server.');
    expect(byId(root, 'sync-state').textContent).toBe('Sync is off.');
  });

  it('renders what the server sends as text', async () => {
    const hostile = '<img src=x onerror="globalThis.__syncRan=1">';
    installBrowser((m) =>
      m.type === 'sync:status'
        ? { ok: true, status: status({ enabled: true, url: 'https://c.example', database: 'n', username: hostile, displayName: hostile }) }
        : { ok: false, error: hostile },
    );
    render(<SyncSettings />, root);
    await settle();
    fill({ password: 'pw' });
    await settle();
    byId(root, 'sync-test').click();
    await settle();
    expect(root.querySelectorAll('img').length).toBe(0);
    expect(byId(root, 'sync-message').textContent).toBe(hostile);
    expect((globalThis as { __syncRan?: number }).__syncRan).toBeUndefined();
  });
});
