// "Who holds each post", for planners and admins in the Neighbourhoods tab: per coordinator post a
// "Held by" choice of the council's coordinator accounts (or "Nobody yet") and its own Save. A save
// sends the version of the post this page read, so it never overwrites someone else's change; what
// happened — saved, someone else changed it first (412: their change is shown), that coordinator
// holds another post (409: nothing changed), no connection — is said beside the control, and focus
// goes to that sentence. A coordinator named on a post sees its patch as "My patch".
import * as api from '../api.js';
import { statusOf } from '../lib/coordinatorStatus.js';
import { el } from '../lib/html.js';

const NOBODY = '';

const heldText = (post, username) => (username ? `${post.name} is now held by ${username}.`
  : `Nobody holds ${post.name} now.`);

function optionText(account, postId) {
  const notes = [];
  if (account.holds && account.holds.id !== postId) notes.push(`holds ${account.holds.name}`);
  if (!account.enabled) notes.push('cannot sign in');
  return notes.length ? `${account.username} (${notes.join('; ')})` : account.username;
}

function postForm(post) {
  const form = el('form', { className: 'post-holder' });
  form.dataset.postId = String(post.id);
  const name = el('p', { className: 'post-holder-name', text: post.name });
  const patch = post.patch ? `, patch ${post.patch.name}` : ', no patch';
  name.append(el('span', { className: 'post-holder-meta', text: ` (${statusOf(post).short.toLowerCase()}${patch})` }));
  const select = el('select');
  select.id = `post-holder-${post.id}`;
  const label = el('label', { text: 'Held by' });
  label.htmlFor = select.id;
  label.append(el('span', { className: 'visually-hidden', text: ` ${post.name}` }));
  const save = el('button', { className: 'button', text: 'Save' });
  save.type = 'submit';
  save.id = `post-holder-save-${post.id}`;
  save.append(el('span', { className: 'visually-hidden', text: ` who holds ${post.name}` }));
  const status = el('p', { className: 'post-holder-status' });
  status.id = `post-holder-status-${post.id}`;
  status.tabIndex = -1;
  status.setAttribute('role', 'status');
  status.hidden = true;
  const row = el('div', { className: 'post-holder-row' });
  row.append(select, save);
  form.append(name, label, row, status);
  return { form, select, save, status };
}

/**
 * @param {object} options
 * @param {HTMLElement} options.section the empty, hidden #post-holders section
 * @returns {Promise<{remove: () => void}>}
 */
export async function showPostHolders({ section }) {
  section.hidden = false;
  const title = el('h2', { className: 'section-title', text: 'Who holds each post' });
  title.id = 'post-holders-title';
  const hint = el('p', { className: 'hint', text: 'Name the coordinator who works each post. When they sign in, '
    + 'the map opens on that post’s patch as “My patch”. A coordinator holds one post at a time.' });
  const list = el('ul', { className: 'post-holder-list' });
  section.replaceChildren(title, hint, list);
  let accounts = [];
  const forms = new Map();

  const holderOf = (postId) => accounts.find((a) => a.holds?.id === postId)?.username ?? NOBODY;

  function fillOptions(entry, chosen) {
    const { select, post } = entry;
    const options = [new Option('Nobody yet', NOBODY), ...accounts.map((a) => new Option(optionText(a, post.id), a.username))];
    const held = holderOf(post.id);
    if (held && !accounts.some((a) => a.username === held)) options.push(new Option(held, held));
    select.replaceChildren(...options);
    select.value = chosen;
  }

  /** Refreshes every choice's notes, keeping what each select shows unless told otherwise. */
  async function reloadAccounts(chosen = new Map()) {
    accounts = await api.getPostHolders();
    for (const entry of forms.values()) fillOptions(entry, chosen.has(entry.post.id) ? chosen.get(entry.post.id) : entry.select.value);
  }

  function say(entry, text, { problem = false, goTo = null } = {}) {
    const { status } = entry;
    status.replaceChildren(el('span', { text }));
    status.classList.toggle('problem', problem);
    if (goTo) {
      const button = el('button', { className: 'button secondary', text: `Go to ${goTo.post.name}` });
      button.type = 'button';
      button.addEventListener('click', () => goTo.select.focus());
      status.append(' ', button);
    }
    status.hidden = false;
    status.focus();
  }

  async function whenRefused(entry, chosen, error) {
    const { post } = entry;
    if (error.status === 412) {
      const theirs = await api.getPostHolder(post.id);
      entry.post = theirs.post;
      await reloadAccounts(new Map([[post.id, theirs.heldBy ?? NOBODY]]));
      say(entry, `Someone else changed ${post.name} since this page read it, so your choice was not saved. `
        + `It now shows their change: ${theirs.heldBy ? `held by ${theirs.heldBy}` : 'held by nobody'}. `
        + 'Choose again and press Save if you still want to change it.', { problem: true });
    } else if (error.status === 409) {
      await reloadAccounts(new Map([[post.id, chosen]]));
      const other = accounts.find((a) => a.username === chosen)?.holds;
      const where = other ? other.name : 'another post';
      say(entry, `Nothing was changed: ${chosen} already holds ${where}, and a coordinator holds one post at a time. `
        + `To move them here, first choose “Nobody yet” for ${where} and save it, then name them here.`,
      { problem: true, goTo: other ? forms.get(other.id) : null });
    } else if (error.status === 0) {
      say(entry, `The server could not be reached, so ${post.name} may not have been saved. `
        + 'Check your connection and press Save again.', { problem: true });
    } else {
      say(entry, `${post.name} was not saved: ${error.message}`, { problem: true });
    }
  }

  async function submit(entry) {
    const { post, select, save } = entry;
    const chosen = select.value;
    if (chosen === holderOf(post.id)) {
      say(entry, chosen ? `${post.name} is already held by ${chosen}: nothing to save.`
        : `Nobody holds ${post.name} already: nothing to save.`);
      return;
    }
    save.disabled = true;
    try {
      const held = await api.setPostHolder(post.id, chosen || null, post.version);
      entry.post = held.post;
      await reloadAccounts(new Map([[post.id, held.heldBy ?? NOBODY]]));
      say(entry, heldText(held.post, held.heldBy));
    } catch (error) {
      await whenRefused(entry, chosen, error).catch(() => say(entry, `${post.name} was not saved: ${error.message}`,
        { problem: true }));
    } finally {
      save.disabled = false;
    }
  }

  try {
    const [posts] = await Promise.all([api.getCoordinators(), reloadAccounts()]);
    if (!posts.length) hint.textContent = 'This council has no coordinator posts yet.';
    else if (!accounts.length) {
      hint.textContent = 'This council has no coordinator accounts yet: its administrator adds them on the '
        + 'Administration page, then you can name them here.';
    }
    for (const post of posts) {
      const entry = { post, ...postForm(post) };
      forms.set(post.id, entry);
      fillOptions(entry, holderOf(post.id));
      entry.form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (!entry.save.disabled) submit(entry);
      });
      const item = el('li');
      item.append(entry.form);
      list.append(item);
    }
  } catch (error) {
    hint.textContent = `Who holds each post could not be loaded: ${error.message}`;
  }
  section.dataset.ready = 'true';

  return {
    remove() {
      section.replaceChildren();
      section.hidden = true;
      delete section.dataset.ready;
    },
  };
}
