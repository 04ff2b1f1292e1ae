// "Record an introduction", for coordinators. Only what LAC Atlas may hold about a person: the
// day, who introduced them, support level, age band, needs, and a postcode sector chosen from
// a list (never typed, never finer). The answer says where the introduction is counted and in
// which month's release (a late one counts in the first month not yet released).
import * as api from '../api.js';
import { el } from '../lib/html.js';

const SOURCES = {
  COUNCIL_CONTACT_SERVICE: 'Council contact service', SOCIAL_WORKER_OR_SUPPORT_PLANNER: 'Social worker or support planner',
  HOUSING_OR_FLOATING_SUPPORT: 'Housing or floating support', GP_PRACTICE_MDT: 'GP practice MDT',
  COUNCILLOR_OR_MAYOR: 'Councillor or Mayor', COMMUNITY_EVENT_OR_HUB: 'Community event or hub',
  SELF_FAMILY_OR_NEIGHBOUR: 'Self, family or neighbour', OTHER: 'Other',
};
const AGE_BANDS = ['18-24', '25-44', '45-64', '65-74', '75-84', '85+'];
const NEEDS = {
  LEARNING_DISABILITY: 'Learning disability', MENTAL_HEALTH: 'Mental health', OLDER_PERSON: 'Older person',
  PHYSICAL_DISABILITY: 'Physical disability', SENSORY_IMPAIRMENT: 'Sensory impairment', CARER: 'Carer', OTHER: 'Other',
};

function labelled(id, text, control) {
  const wrapper = el('div', { className: 'intro-field' });
  const label = el('label', { text });
  label.htmlFor = id;
  Object.assign(control, { id, name: id, required: true });
  wrapper.append(label, control);
  return wrapper;
}

function selectOf(options, placeholder) {
  const node = el('select');
  if (placeholder) node.append(new Option(placeholder, ''));
  Object.entries(options).forEach(([value, text]) => node.append(new Option(text, value)));
  return node;
}

function choices(legendText, type, name, options) {
  const set = el('fieldset', { className: 'intro-choices' });
  set.id = `record-${name}`;
  set.append(el('legend', { text: legendText }));
  Object.entries(options).forEach(([value, text]) => {
    const item = el('div', { className: 'choice' });
    const box = el('input');
    Object.assign(box, { type, name, value, id: `record-${name}-${value}` });
    const label = el('label', { text });
    label.htmlFor = box.id;
    item.append(box, label);
    set.append(item);
  });
  return set;
}

/** The grid cell of `size` metres holding the chosen place (British National Grid). */
function gridCell(data, places) {
  const place = places.find((p) => p.name === data.get('record-place'));
  const size = Number(data.get('record-cell-size'));
  if (!place) return undefined;
  return { size, easting: Math.floor(place.easting / size) * size, northing: Math.floor(place.northing / size) * size };
}

function values(form, places) {
  const data = new FormData(form);
  const byCell = places.length && !data.get('record-sector');
  return {
    date: data.get('record-date'),
    source: data.get('record-source'),
    level: Number(data.get('level')),
    ageBand: data.get('record-age'),
    needs: data.getAll('needs'),
    ...(byCell ? { gridCell: gridCell(data, places) } : { sector: data.get('record-sector') }),
    workedWithOutOfArea: data.get('record-out-of-area') === 'on',
  };
}

function monthName(month) {
  const [year, number] = month.split('-').map(Number);
  return new Date(year, number - 1, 1).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
}

/**
 * One sentence: the patch the introduction counts in (its post's name, which may differ from the
 * neighbourhood's), or out of area, and the monthly release it first appears in. A sector may reach
 * into several patches, but an introduction counts in one of them only, and the sentence says so.
 */
function describe({ release, countedIn: c }, where) {
  const counted = c.outOfArea
    ? `as out of area: ${c.neighbourhood ? `the ${c.neighbourhood} neighbourhood` : 'the part of the council'} it falls in has no coordinator post`
    : `in one patch only, the ${c.patch} patch${c.patchStatus === 'VACANT' ? ' (post vacant)' : ''}${c.neighbourhood && c.neighbourhood !== c.patch ? `, which is the ${c.neighbourhood} neighbourhood` : ''}`;
  return `Recorded${where ? ` in ${where}` : ''}. It counts ${counted} (${c.ward} ward), and first shows in the figures for ${monthName(release)}, the next monthly release.`;
}

/**
 * @param {object} options
 * @param {{code: string, label: string}[]} options.sectors the council's postcode sectors
 * @param {{name: string, easting: number, northing: number}[]} [options.places] the council's towns,
 *   for recording by grid cell where the council has no postcode sectors
 * @param {() => void} [options.onRecorded] called after an introduction is recorded
 * @returns {HTMLElement} the form's section
 */
/** Where the person lives, when there are no postcode sectors: a grid cell around a town, and why. */
function cellFields(places) {
  const note = el('p', { className: 'intro-hint', text: 'This council has no postcode sectors (its import named no '
    + 'postcode file), so introductions are recorded by grid cell: choose the town or village nearest where the '
    + 'person lives and how coarse the cell is. A council administrator can add an ONS Postcode Directory or OS '
    + 'Code-Point Open file to the council\u2019s import to record by postcode sector instead.' });
  note.id = 'record-cell-note';
  const sizes = { 1000: '1 km square', 500: '500 m square', 250: '250 m square (the finest allowed)' };
  return [note, labelled('record-place', 'Nearest town or village', selectOf(Object.fromEntries(places.map((p) => [p.name, p.name])), 'Choose…')),
    labelled('record-cell-size', 'Grid cell', selectOf(sizes))];
}

export function introductionForm({ sectors, places = [], onRecorded = () => {} }) {
  const section = el('section', { className: 'intro-record' });
  section.setAttribute('aria-labelledby', 'record-title');
  const title = el('h3', { text: 'Record an introduction' });
  title.id = 'record-title';
  const form = el('form', { className: 'intro-form' });
  form.id = 'introduction-form';
  const date = el('input');
  const today = new Date().toISOString().slice(0, 10);
  Object.assign(date, { type: 'date', defaultValue: today, value: today, max: today });
  const sectorList = Object.fromEntries(sectors.map((s) => [s.code, `${s.code} (${s.label})`]));
  const outOfArea = el('input');
  Object.assign(outOfArea, { type: 'checkbox', id: 'record-out-of-area', name: 'record-out-of-area' });
  const outLabel = el('label', { text: 'Out of area, but worked with' });
  outLabel.htmlFor = outOfArea.id;
  const outChoice = el('div', { className: 'choice' });
  outChoice.append(outOfArea, outLabel);
  const hint = el('p', { className: 'intro-hint', text: 'No names, addresses, full postcodes, dates of birth or notes: '
    + 'LAC Atlas keeps only what is asked here.' });
  const message = el('p', { className: 'form-error' });
  message.setAttribute('role', 'alert');
  const done = el('p', { className: 'intro-status' });
  done.setAttribute('role', 'status');
  done.tabIndex = -1; // focus goes here after recording, so the next Tab starts a new one
  const submit = el('button', { className: 'button', text: 'Record introduction' });
  submit.type = 'submit';
  form.append(hint, labelled('record-date', 'Date of the introduction', date),
    labelled('record-source', 'Introduced by', selectOf(SOURCES, 'Choose…')),
    choices('Support level', 'radio', 'level', { 1: 'Level 1', 2: 'Level 2' }),
    labelled('record-age', 'Age band', selectOf(Object.fromEntries(AGE_BANDS.map((a) => [a, a])), 'Choose…')),
    choices('Needs (one or more)', 'checkbox', 'needs', NEEDS),
    ...(sectors.length ? [labelled('record-sector', 'Postcode sector', selectOf(sectorList, 'Choose…'))] : cellFields(places)),
    outChoice, message, submit, done);
  form.querySelector('input[name="level"][value="1"]').checked = true;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    submit.disabled = true;
    const chosen = new FormData(form);
    const where = chosen.get('record-sector') || chosen.get('record-place');
    try {
      const answer = await api.recordIntroduction(values(form, sectors.length ? [] : places));
      done.textContent = describe(answer, where);
      form.reset();
      form.querySelector('input[name="level"][value="1"]').checked = true;
      onRecorded();
      done.focus();
    } catch (error) {
      message.textContent = error.message;
      const ids = {
        date: 'record-date', source: 'record-source', ageBand: 'record-age', sector: 'record-sector',
        workedWithOutOfArea: 'record-out-of-area',
      };
      const field = form.querySelector(`#${ids[error.field] || `record-${error.field}`}`);
      field?.setAttribute('aria-invalid', 'true');
      field?.focus(); // the field to fix; the alert says what is wrong
    } finally {
      submit.disabled = false;
    }
  });
  section.append(title, form);
  return section;
}
