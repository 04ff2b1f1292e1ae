// The sign-in page: signs in with fetch (so the CSRF header can be sent) and then goes to the map.
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
    await signIn(username, password);
    window.location.assign(urls.home);
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
