// Renaming a saved scenario where it is listed: a "Rename" button opens a labelled text field
// below the name; Enter saves it (PATCH with the version the list showed, so a rename never
// overwrites someone else's change), Escape cancels, and either way focus returns to the button.
import * as api from '../api.js';
import { el } from '../lib/html.js';

function renameForm(scenario) {
  const form = el('form', { className: 'scenario-rename' });
  form.noValidate = true; // our own message beside the field, not the browser's bubble
  const input = el('input');
  Object.assign(input, { type: 'text', id: `scenario-name-${scenario.id}`, value: scenario.name, maxLength: 200, autocomplete: 'off' });
  const label = el('label', { text: 'New name' });
  label.htmlFor = input.id;
  const problem = el('p', { className: 'hint' });
  problem.id = `${input.id}-problem`;
  problem.setAttribute('aria-live', 'polite');
  input.setAttribute('aria-describedby', problem.id);
  const save = el('button', { className: 'button', text: 'Save name' });
  save.type = 'submit';
  form.append(label, input, save, problem);
  return { form, input, problem, save };
}

/**
 * @param {object} options
 * @param {{id: number, name: string, version: number}} options.scenario as listed
 * @param {HTMLElement} options.item the scenario's list item; the field opens at its end
 * @param {(message: string) => void} options.say announces what happened
 * @param {(scenario: object) => void} options.onRenamed with the renamed scenario (its new version)
 * @returns {HTMLButtonElement}
 */
export function renameButton({ scenario, item, say, onRenamed }) {
  let current = scenario;
  const button = el('button', { className: 'button secondary scenario-rename-button', text: 'Rename' });
  button.type = 'button';
  button.id = `scenario-rename-${scenario.id}`;
  const which = el('span', { className: 'visually-hidden', text: ` ${scenario.name}` });
  button.append(which);
  button.setAttribute('aria-expanded', 'false');

  function close(form) {
    form.remove();
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', () => {
    if (item.querySelector('.scenario-rename')) return;
    const { form, input, problem, save } = renameForm(current);
    item.append(form);
    button.setAttribute('aria-expanded', 'true');
    input.focus();
    input.select();
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(form);
      say(`Kept the name “${current.name}”.`);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (save.disabled) return; // one save per rename: Enter pressed twice sends one request
      if (!input.value.trim()) {
        problem.textContent = 'Give the scenario a name, up to 200 characters.';
        input.focus();
        return;
      }
      save.disabled = true;
      save.textContent = 'Saving…';
      try {
        current = await api.renameScenario(current.id, current.version, input.value.trim());
        which.textContent = ` ${current.name}`;
        onRenamed(current);
        close(form);
        say(`Renamed to “${current.name}”.`);
      } catch (error) {
        problem.textContent = `The name could not be saved: ${error.message}`;
        save.disabled = false;
        save.textContent = 'Save name';
        input.focus();
      }
    });
  });
  return button;
}
