// The sign-in page: signs in with fetch (so the CSRF header can be sent), then goes back to the
// page that sent the person here (`?next=`, same origin only), else to where their role starts:
// a councillor's own ward page, everyone else the map.
import { getMe, signIn } from './api.js';
import { roleLabel } from './auth.js';
import { urls } from './urls.js';

const form = document.getElementById('login-form');
const errorBox = document.getElementById('login-error');
const submit = document.getElementById('login-submit');
const fields = [form.elements.username, form.elements.password];

function showError(message, field) {
  errorBox.textContent = message;
  for (const input of fields) input.setAttribute('aria-invalid', String(input === field || !field));
  (field || form.elements.username).focus();
  form.elements.password.value = '';
}

function clearError() {
  errorBox.textContent = '';
  for (const input of fields) input.removeAttribute('aria-invalid');
}

/**
 * A same-origin path to return to, or null: only "/…" paths (not "//host" or "/\\host", which
 * browsers read as another site), checked again by parsing against this origin.
 */
export function safeNext(raw) {
  if (!raw || !/^\/(?![\/\\])/.test(raw)) return null;
  const target = new URL(raw, window.location.origin);
  if (target.origin !== window.location.origin || target.pathname === urls.loginPage) return null;
  return target.pathname + target.search + target.hash;
}

async function landing(signedIn) {
  const next = safeNext(new URLSearchParams(window.location.search).get('next'));
  if (next) return next;
  const me = signedIn?.wards ? signedIn : await getMe().catch(() => null);
  if (me?.role === 'COUNCILLOR' && me.wards?.length) return urls.wardPage(me.wards[0]);
  return urls.home;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError();
  const username = form.elements.username.value.trim();
  const password = form.elements.password.value;
  const missing = fields.find((input) => !input.value.trim());
  if (missing) {
    showError(`Enter your ${missing.id}.`, missing);
    return;
  }
  submit.disabled = true;
  submit.textContent = 'Signing in…';
  try {
    const me = await signIn(username, password);
    window.location.assign(await landing(me));
  } catch (error) {
    submit.disabled = false;
    submit.textContent = 'Sign in';
    showError(error.message);
  }
});

// Also makes the server set the CSRF cookie before anyone submits.
getMe()
  .then((me) => {
    if (!me) return;
    const note = document.getElementById('signed-in-note');
    note.textContent = `You are signed in as ${me.username} (${roleLabel(me.role)}). Signing in again replaces that session.`;
    note.hidden = false;
  })
  .catch(() => undefined);
