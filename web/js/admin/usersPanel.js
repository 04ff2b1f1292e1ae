// The users an administrator manages: a table (with "can sign in" switches) and a form to add one.
import * as api from '../api.js';
import { roleLabel } from '../auth.js';
import { el } from '../lib/html.js';
import { field, submitRow } from './formFields.js';

const ROLES = ['PLANNER', 'COORDINATOR', 'COUNCILLOR', 'ADMIN'];

function row(user, onToggle) {
  const tr = el('tr');
  const cell = (text) => el('td', { text });
  const box = el('input');
  box.type = 'checkbox';
  box.checked = user.enabled;
  box.id = `enabled-${user.username}`;
  box.setAttribute('aria-label', `${user.username} can sign in`);
  box.addEventListener('change', () => onToggle(user, box));
  const toggle = el('td');
  toggle.append(box);
  tr.append(cell(user.username), cell(roleLabel(user.role)), cell(user.council || '—'), cell(user.wards.join(', ') || '—'), toggle);
  return tr;
}

export function usersPanel({ root, table, form, me, councils }) {
  const status = el('p', { className: 'hint' });
  status.setAttribute('role', 'status');
  root.insertBefore(status, form);

  async function load() {
    const users = await api.getUsers();
    table.tBodies[0].replaceChildren(...users.map((u) => row(u, toggle)));
  }

  async function toggle(user, box) {
    box.disabled = true;
    try {
      await api.setUserEnabled(user.username, box.checked);
      status.textContent = `${user.username} ${box.checked ? 'can' : 'cannot'} sign in now.`;
    } catch (error) {
      box.checked = !box.checked;
      status.textContent = error.message;
    } finally {
      box.disabled = false;
    }
  }

  const service = me.role === 'SERVICE_ADMIN';
  const roles = service ? [...ROLES, 'SERVICE_ADMIN'] : ROLES;
  const fields = {
    username: field({ id: 'new-username', label: 'User name', hint: '3 to 40 lower-case letters, digits, dots, dashes or underscores', attrs: { autocomplete: 'off', autocapitalize: 'none' } }),
    password: field({ id: 'new-password', label: 'First password', type: 'password', hint: 'At least 10 characters; tell it to them in person', attrs: { autocomplete: 'new-password' } }),
    role: field({ id: 'new-role', label: 'Role', options: roles.map((r) => [r, roleLabel(r)]) }),
    wards: field({ id: 'new-wards', label: 'Wards (councillors)', hint: 'Ward codes separated by commas, e.g. E05002235' }),
  };
  if (service) {
    fields.council = field({ id: 'new-council', label: 'Council', options: [['', 'None (service administrator)'], ...councils.map((c) => [c.code, c.name])] });
  }
  const { button, status: formStatus } = submitRow('Add user');
  form.replaceChildren(el('h3', { className: 'wide', text: 'Add a user' }), ...Object.values(fields).map((f) => f.wrap), button, formStatus);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = (name) => fields[name]?.input.value.trim() ?? '';
    button.disabled = true;
    try {
      const user = await api.createUser({
        username: v('username'), password: fields.password.input.value, role: v('role'),
        council: service ? v('council') || null : undefined, wards: v('wards') ? v('wards').split(/\s*,\s*/) : [],
      });
      formStatus.textContent = `Added ${user.username}.`;
      form.reset();
      await load();
    } catch (error) {
      formStatus.textContent = error.message;
      fields.username.input.focus();
    } finally {
      button.disabled = false;
    }
  });
  root.hidden = false;
  return load();
}
