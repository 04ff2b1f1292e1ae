// The administration page: a council's administrator edits its settings and users and re-imports
// its geography; a service administrator manages every user and adds councils.
import * as api from '../api.js';
import { showSignInState } from '../auth.js';
import { urls } from '../urls.js';
import { importPanel } from './importPanel.js';
import { settingsForm } from './settingsForm.js';
import { usersPanel } from './usersPanel.js';

const byId = (id) => document.getElementById(id);

function say(text, link) {
  const status = byId('admin-status');
  status.hidden = false;
  status.textContent = text;
  if (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    status.append(' ', a);
  }
}

async function start() {
  const me = await showSignInState({ container: byId('auth'), onSignOut: () => window.location.assign(urls.home) });
  if (!me) {
    say('Sign in as an administrator to manage your council.', { href: `${urls.loginPage}?next=${encodeURIComponent('/admin.html')}`, text: 'Sign in' });
    return;
  }
  if (me.role !== 'ADMIN' && me.role !== 'SERVICE_ADMIN') {
    say('Only administrators manage councils and users. Ask your council’s administrator if you need a change.', { href: urls.home, text: 'Back to the map' });
    return;
  }
  const councils = await api.getCouncils();
  if (me.role === 'ADMIN') {
    const settings = await api.getCouncilSettings();
    byId('admin-council').textContent = ` — ${settings.name}`;
    document.title = `Administration — ${settings.name} — LAC Atlas`;
    settingsForm({ root: byId('settings'), form: byId('settings-form'), settings });
  }
  usersPanel({ root: byId('users'), table: byId('user-table'), form: byId('user-form'), me, councils });
  importPanel({ root: byId('imports'), form: byId('import-form'), progress: byId('import-progress'), me });
  document.body.dataset.adminReady = 'true';
}

start().catch((error) => {
  say(`The administration page could not be loaded: ${error.message}`);
  document.body.dataset.adminReady = 'error';
});
