// "Find a place or postcode": one labelled text field that lists the council's towns and villages,
// wards and postcode sectors as you type (GET /api/places/search), in the ARIA combobox pattern:
// Down/Up move through the list, Enter chooses, Escape closes the list (a second Escape clears the
// field). The list is the server's answer, best match first; nothing is counted here.
import { searchPlaces } from '../api.js';
import { el } from '../lib/html.js';

const MIN_CHARACTERS = 2;
const MAX_CHARACTERS = 60;
const WAIT_MS = 200; // after the last key press, so each word typed is one request, not five
const KINDS = { town: 'town or village', ward: 'ward', 'postcode-sector': 'postcode sector' };
// A street-level view of a town; wards and sectors are fitted to their box instead.
const TOWN_ZOOM = 15;

/** What a person reads for a place in the list: "RM17 6, postcode sector (Grays)". */
export function placeText(place) {
  return `${place.name}, ${KINDS[place.kind] || place.kind}${place.label ? ` (${place.label})` : ''}`;
}

/** Moves `map` to a found place: a ward's or sector's box, or a town's point at street zoom. */
export function moveMapTo(map, place, { minZoom = 0 } = {}) {
  map.getContainer().dataset.movedTo = place.name; // what the map was last moved to (read by tests)
  if (place.bbox) {
    const [west, south, east, north] = place.bbox;
    map.fitBounds([[south, west], [north, east]], { padding: [24, 24], maxZoom: 17, animate: false });
    if (map.getZoom() < minZoom) map.setView([place.lat, place.lon], minZoom, { animate: false });
  } else {
    map.setView([place.lat, place.lon], Math.max(TOWN_ZOOM, minZoom), { animate: false });
  }
}

function option(place, id, choose) {
  const item = el('li', { className: 'place-option', text: placeText(place) });
  item.id = id;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  // mousedown, not click: the field keeps focus, so the list is not closed by its blur first.
  item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(place); });
  return item;
}

/**
 * @param {object} options
 * @param {string} options.id the field's id (the list, hint and status take ids from it)
 * @param {string} options.label the field's visible label
 * @param {string} [options.hint] a line under the label
 * @param {(place: object) => void} options.onChoose called with the chosen `{kind, name, label, lon, lat, bbox}`
 * @returns {HTMLElement} the field, to put in a panel or form
 */
export function placeSearch({ id, label, hint = 'A town or village, ward or postcode sector, e.g. Grays or RM17 6.', onChoose }) {
  const box = el('div', { className: 'place-search' });
  const text = el('label', { text: label });
  text.htmlFor = id;
  const help = el('p', { className: 'hint', text: hint });
  help.id = `${id}-hint`;
  const input = el('input');
  Object.assign(input, { id, type: 'text', autocomplete: 'off', spellcheck: false, maxLength: MAX_CHARACTERS });
  const list = el('ul', { className: 'place-options' });
  list.id = `${id}-options`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', `${label}: places found`);
  list.hidden = true;
  const status = el('p', { className: 'visually-hidden' });
  status.id = `${id}-status`;
  status.setAttribute('role', 'status');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-describedby', help.id);
  box.append(text, help, input, list, status);

  let places = [];
  let active = -1;
  let timer = null;
  let asked = 0; // answers that arrive after a newer question are dropped
  const open = (shown) => {
    list.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    if (!shown) { active = -1; input.removeAttribute('aria-activedescendant'); }
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    const item = list.children[index];
    if (item) { input.setAttribute('aria-activedescendant', item.id); item.scrollIntoView({ block: 'nearest' }); }
  };
  const choose = (place) => {
    input.value = place.name;
    open(false);
    status.textContent = `Chose ${placeText(place)}.`;
    onChoose(place);
  };
  const show = (answer) => {
    places = answer.places;
    list.replaceChildren(...places.map((p, i) => option(p, `${id}-option-${i}`, choose)));
    status.textContent = places.length
      ? `${places.length} ${places.length === 1 ? 'place' : 'places'} found: arrow down to choose.`
      : `No town, ward or postcode sector of this council matches “${answer.q}”.`;
    open(places.length > 0);
  };
  const ask = async () => {
    const q = input.value.trim();
    if (q.length < MIN_CHARACTERS) { open(false); status.textContent = ''; return; }
    const mine = ++asked;
    try {
      const answer = await searchPlaces(q);
      if (mine === asked) show(answer);
    } catch (error) {
      if (mine === asked) { open(false); status.textContent = error.message; }
    }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(ask, WAIT_MS); });
  input.addEventListener('keydown', (event) => {
    const shown = !list.hidden && places.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown) { if (places.length) open(true); else ask(); return; }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + places.length) % places.length);
    } else if (event.key === 'Enter') {
      event.preventDefault(); // never submits a surrounding form
      if (shown) choose(places[Math.max(active, 0)]);
      else { clearTimeout(timer); ask(); }
    } else if (event.key === 'Escape') {
      // Kept from a dialog around the field: Escape closes the list first, then clears.
      if (shown) { event.preventDefault(); event.stopPropagation(); open(false); } else if (input.value) {
        event.preventDefault(); event.stopPropagation(); input.value = ''; places = []; status.textContent = '';
      }
    }
  });
  input.addEventListener('blur', () => open(false));
  return box;
}
