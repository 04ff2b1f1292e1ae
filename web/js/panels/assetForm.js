// The add/edit form for an asset: a non-modal dialog beside the map (so the map stays usable),
// with a draggable pin for the location, which a place or postcode search puts near the spot and
// the arrow keys then move to it (so no mouse is needed). The server checks every field; its problem+json
// `errors` are shown beside the fields they name. A 412 (someone else saved first) offers to
// load their version rather than overwrite it.
import * as L from 'leaflet';
import { keyboardPin } from '../lib/keyboardPin.js';
import { placeSearch } from './placeSearch.js';
import { ApiError, createAsset, updateAsset } from '../api.js';

/** Street level, where 5 px of an arrow key is a few metres. */
const PIN_ZOOM = 17;

const FIELDS = [
  { name: 'name', label: 'Name', required: true },
  { name: 'category', label: 'Category', type: 'select', required: true },
  { name: 'description', label: 'Description', type: 'textarea' },
  { name: 'audience', label: 'Who it is for' },
  { name: 'cost', label: 'Cost', type: 'select', options: [['', 'Not known'], ['free', 'Free'], ['low', 'Low cost'], ['paid', 'Paid']] },
  { name: 'openingTimes', label: 'Opening times', type: 'textarea' },
  { name: 'address', label: 'Address' },
  { name: 'postcode', label: 'Postcode' },
  { name: 'phone', label: 'Phone', type: 'tel' },
  { name: 'email', label: 'Email', type: 'email' },
  { name: 'website', label: 'Website', type: 'url', hint: 'starting https://' },
  { name: 'accessibility', label: 'Accessibility', type: 'textarea' },
  { name: 'giftsAndSkills', label: 'Gifts and skills offered', list: true, hint: 'separate with ;' },
  { name: 'tags', label: 'Tags', list: true, hint: 'separate with ;' },
  { name: 'lastVerified', label: 'Last verified', type: 'date' },
];

function control(field, categories) {
  let input;
  if (field.type === 'select') {
    input = document.createElement('select');
    const options = field.name === 'category' ? categories.map((c) => [c.code, c.label]) : field.options;
    for (const [value, text] of options) input.append(new Option(text, value));
  } else if (field.type === 'textarea') {
    input = document.createElement('textarea');
    input.rows = 2;
  } else {
    input = document.createElement('input');
    input.type = field.type || 'text';
  }
  input.id = `asset-field-${field.name}`;
  input.name = field.name;
  if (field.required) input.setAttribute('aria-required', 'true');
  return input;
}

function build(categories, title) {
  const dialog = document.createElement('dialog');
  dialog.className = 'asset-form-dialog';
  dialog.id = 'asset-form';
  const form = document.createElement('form');
  form.noValidate = true;
  const heading = document.createElement('h2');
  heading.textContent = title;
  const where = document.createElement('p');
  where.className = 'asset-form-where';
  const message = document.createElement('p');
  message.className = 'asset-form-message';
  message.setAttribute('role', 'alert');
  form.append(heading, where);
  for (const field of FIELDS) {
    const row = document.createElement('div');
    row.className = 'asset-form-row';
    const label = document.createElement('label');
    label.htmlFor = `asset-field-${field.name}`;
    label.textContent = field.hint ? `${field.label} (${field.hint})` : field.label;
    const error = document.createElement('span');
    error.className = 'asset-field-error';
    error.id = `asset-error-${field.name}`;
    const input = control(field, categories);
    input.setAttribute('aria-describedby', error.id);
    row.append(label, input, error);
    form.append(row);
  }
  const buttons = document.createElement('div');
  buttons.className = 'asset-form-buttons';
  for (const [id, type, text] of [['asset-save', 'submit', 'Save'], ['asset-cancel', 'button', 'Cancel']]) {
    const button = document.createElement('button');
    Object.assign(button, { id, type, textContent: text });
    buttons.append(button);
  }
  form.append(message, buttons);
  dialog.append(form);
  return { dialog, form, where, message };
}

function fill(form, properties) {
  for (const field of FIELDS) {
    const value = properties[field.name];
    form.elements[field.name].value = Array.isArray(value) ? value.join('; ') : value ?? '';
  }
}

function read(form, latlng) {
  const properties = {};
  for (const field of FIELDS) {
    const value = form.elements[field.name].value.trim();
    properties[field.name] = field.list ? value.split(';').map((v) => v.trim()).filter(Boolean) : value || null;
  }
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [latlng.lng, latlng.lat] }, properties };
}

function showErrors(form, message, error) {
  form.querySelectorAll('.asset-field-error').forEach((span) => { span.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  message.textContent = error ? error.message : '';
  for (const fault of error?.problem?.errors || []) {
    const span = form.querySelector(`#asset-error-${fault.field}`);
    if (!span) continue;
    span.textContent = fault.message;
    form.elements[fault.field]?.setAttribute('aria-invalid', 'true');
  }
  (form.querySelector('[aria-invalid="true"]') || message).scrollIntoView({ block: 'center' });
  form.querySelector('[aria-invalid="true"]')?.focus();
}

/**
 * Opens the form; resolves nothing, calls `onSaved(feature, etag)` after a save.
 * @param {L.Map} map
 * @param {object} options
 * @param {Array<object>} options.categories the taxonomy, in order
 * @param {L.LatLng} options.latlng where the pin starts
 * @param {object} [options.feature] the asset being edited (absent: a new asset)
 * @param {string} [options.etag] its version, sent as If-Match
 * @param {(feature: object, etag: string) => void} [options.onSaved]
 */
export function openAssetForm(map, { categories, latlng, feature, etag, onSaved = () => {} }) {
  document.getElementById('asset-form')?.remove();
  const editing = Boolean(feature);
  const { dialog, form, where, message } = build(categories, editing ? 'Edit asset' : 'Add an asset');
  let version = etag;
  let position = L.latLng(latlng);
  const showWhere = () => { where.textContent = `Location: ${position.lat.toFixed(5)}, ${position.lng.toFixed(5)} (drag the pin, or Tab to it and use the arrow keys)`; };
  const movePin = document.createElement('button');
  movePin.type = 'button';
  movePin.id = 'asset-move-pin';
  movePin.className = 'link-button';
  movePin.textContent = 'Move the pin with the arrow keys';
  where.after(movePin);
  const pin = keyboardPin(map, position, (latlng) => { position = latlng; showWhere(); }, () => movePin.focus());
  movePin.addEventListener('click', () => pin.getElement().focus());
  // While the pin has the keyboard, a phone shows the form as a short strip so the pin stays in view.
  pin.getElement().addEventListener('focus', () => dialog.classList.add('pin-active'));
  pin.getElement().addEventListener('blur', () => dialog.classList.remove('pin-active'));
  // A chosen place puts the pin on it at street zoom and hands the pin the keyboard for the last metres.
  movePin.after(placeSearch({ id: 'asset-pin-place', label: 'Put the pin at a place or postcode',
    hint: 'Then move it with the arrow keys to the exact spot; Enter comes back here.',
    onChoose: (place) => {
      position = L.latLng(place.lat, place.lon);
      map.setView(position, Math.max(map.getZoom(), PIN_ZOOM), { animate: false });
      pin.setLatLng(position);
      showWhere();
      pin.getElement().focus();
    } }));
  showWhere();
  if (editing) fill(form, feature.properties);
  // Focus goes back where it was (the button that opened the form), or to the map.
  const opener = document.activeElement !== document.body ? document.activeElement : map.getContainer();
  const close = () => {
    pin.remove(); dialog.close(); dialog.remove();
    (opener?.isConnected ? opener : map.getContainer()).focus();
  };
  form.querySelector('#asset-cancel').addEventListener('click', close);
  dialog.addEventListener('keydown', (event) => { if (event.key === 'Escape') { event.preventDefault(); close(); } });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const save = form.querySelector('#asset-save');
    save.disabled = true;
    try {
      const body = read(form, position);
      const saved = editing ? await updateAsset(feature.id, body, version) : await createAsset(body);
      close();
      onSaved(saved.feature, saved.etag);
    } catch (error) {
      showErrors(form, message, error instanceof ApiError ? error : { message: String(error) });
      if (error.status === 412 && error.problem?.current) offerCurrent(form, message, error.problem, (v) => { version = v; });
    } finally {
      save.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.show();
  form.elements.name.focus();
}

function offerCurrent(form, message, problem, setVersion) {
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'asset-load-current';
  button.textContent = 'Load their version (your changes here will be replaced)';
  button.addEventListener('click', () => {
    fill(form, problem.current.properties);
    setVersion(`"${problem.currentVersion}"`);
    message.textContent = 'Loaded the current version. Make your change again and save.';
  });
  message.append(' ', button);
}
