// The header's sign-in state: "Signed in as planner (Planner) · Sign out", or a "Sign in" link.
import { getMe, signOut } from './api.js';
import { urls } from './urls.js';
import { el } from './lib/html.js';

/** "PLANNER" → "Planner", "LAC_MANAGER" → "Lac manager". */
export function roleLabel(role) {
  const words = String(role || '').toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function signInLink() {
  const link = el('a', { className: 'auth-link', text: 'Sign in' });
  link.id = 'sign-in';
  // From any page but the map's home, signing in comes back to it (a shared ward link, say);
  // from home it goes where the role starts (a councillor's ward).
  link.href = window.location.pathname === urls.home ? urls.loginPage : urls.signInThenBack();
  return link;
}

function render(container, me, onSignOut) {
  container.dataset.signedIn = String(Boolean(me));
  if (!me) {
    container.replaceChildren(signInLink());
    return;
  }
  const user = el('span', { className: 'auth-user', text: `Signed in as ${me.username} (${roleLabel(me.role)})` });
  const separator = el('span', { className: 'auth-separator', text: ' · ' });
  separator.setAttribute('aria-hidden', 'true');
  const button = el('button', { className: 'link-button', text: 'Sign out' });
  button.id = 'sign-out';
  button.type = 'button';
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await signOut();
      render(container, null);
      onSignOut();
      container.querySelector('a')?.focus();
    } catch (error) {
      button.disabled = false;
      container.append(el('span', { className: 'auth-error', text: ` ${error.message}` }));
    }
  });
  container.replaceChildren(user, separator, button);
}

/**
 * Shows who is signed in. Never fails: if the server cannot say, it offers "Sign in".
 * @param {object} options
 * @param {HTMLElement} options.container the header's sign-in area
 * @param {() => void} [options.onSignOut] called after signing out
 * @returns {Promise<{username: string, role: string}|null>} who is signed in
 */
export async function showSignInState({ container, onSignOut = () => {} }) {
  let me = null;
  try {
    me = await getMe();
  } catch {
    me = null;
  }
  render(container, me, onSignOut);
  return me;
}
