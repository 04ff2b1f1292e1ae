// "Generate neighbourhoods": the planner chooses a band (and sees how many neighbourhoods each band
// implies before choosing), asks for a proposal, looks at it on the map and saves it. A council
// with no plan yet starts here.
import * as L from 'leaflet';
import * as api from '../api.js';
import { el } from '../lib/html.js';
import { oneAtATime } from '../lib/oneAtATime.js';
import { formatCount } from '../lib/scales.js';

const PROPOSAL_STYLE = { color: '#0b0c0c', weight: 2.5, dashArray: '6 4', fill: false, opacity: 1 };

function bandSentence(b) {
  const band = `${formatCount(b.minResidents)}–${formatCount(b.maxResidents)} residents`;
  if (!b.feasible) return `${band}: not possible here (${b.problems.join('; ')}).`;
  const range = b.fewest === b.most ? `exactly ${b.fewest}` : `${b.fewest} to ${b.most}`;
  return `${band}: ${range} neighbourhoods for ${formatCount(b.residents)} residents; the generator aims for ${b.aim}.`;
}

function field(id, label, value) {
  const wrap = el('div', { className: 'field' });
  const labelNode = el('label', { text: label });
  labelNode.htmlFor = id;
  const input = el('input');
  Object.assign(input, { id, type: 'number', min: '1', max: '1000000', step: '100', required: true, value: String(value) });
  input.inputMode = 'numeric';
  wrap.append(labelNode, input);
  return { wrap, input };
}

/**
 * @param {object} options
 * @param {HTMLElement} options.root the section to fill
 * @param {L.Map} options.map where the proposal is drawn
 * @param {{minResidents: number, maxResidents: number}} options.council the council's band
 * @param {number|null} options.planVersion the saved plan's version, null when there is none
 * @param {() => Promise<void>} options.onSaved called once a plan is saved
 */
export function generatePanel({ root, map, council, planVersion, onSaved }) {
  const min = field('generate-min', 'Fewest residents in a neighbourhood', council.minResidents);
  const max = field('generate-max', 'Most residents in a neighbourhood', council.maxResidents);
  const count = el('p', { className: 'hint' });
  count.id = 'band-count';
  count.setAttribute('aria-live', 'polite');
  const choices = el('ul', { className: 'band-choices' });
  const propose = el('button', { className: 'button', text: 'Propose neighbourhoods' });
  propose.type = 'submit';
  const form = el('form', { className: 'generate-form' });
  form.noValidate = true;
  form.append(min.wrap, max.wrap, count, propose);
  const result = el('div', { className: 'generate-result' });
  result.id = 'generate-result';
  result.setAttribute('role', 'status');
  const intro = el('p', { className: 'hint', text: planVersion === null
    ? 'This council has no neighbourhoods yet. Choose the band of residents each should hold; LAC Atlas proposes contiguous neighbourhoods of whole small areas, and nothing is saved until you save them.'
    : 'Propose new neighbourhoods for the whole council in a band you choose. The saved ones stay until you save the new ones.' });
  root.replaceChildren(el('h3', { className: 'section-title', text: 'Generate neighbourhoods' }), intro,
    el('p', { className: 'hint', text: 'Common bands here:' }), choices, form, result);
  root.hidden = false;
  const drawn = L.geoJSON(null, { interactive: false, style: PROPOSAL_STYLE }).addTo(map);
  let proposal = null;

  const band = () => ({ minResidents: Number(min.input.value), maxResidents: Number(max.input.value) });

  async function showCount() {
    const b = band();
    if (!(b.minResidents > 0 && b.maxResidents >= b.minResidents)) {
      count.textContent = 'The most residents must be at least the fewest.';
      return;
    }
    try {
      const [answer] = await api.getBands([`${b.minResidents}-${b.maxResidents}`]);
      count.textContent = bandSentence(answer);
    } catch (error) {
      count.textContent = error.message;
    }
  }

  async function listChoices() {
    const bands = await api.getBands();
    choices.replaceChildren(...bands.map((b) => {
      const button = el('button', { className: 'link-button', text: bandSentence(b) + (b.councilBand ? ' (the council’s band)' : '') });
      button.type = 'button';
      button.addEventListener('click', () => {
        min.input.value = String(b.minResidents);
        max.input.value = String(b.maxResidents);
        showCount();
        min.input.focus();
      });
      const item = el('li');
      item.append(button);
      return item;
    }));
  }

  function showProposal(answer, saved) {
    proposal = answer;
    drawn.clearLayers();
    drawn.addData({ type: 'FeatureCollection', features: answer.features.filter((f) => f.geometry) });
    const valid = answer.features.filter((f) => f.properties.valid).length;
    const lines = [el('p', { text: saved
      ? `Saved: ${answer.features.length} neighbourhoods.`
      : `${answer.features.length} neighbourhoods proposed, ${valid} of them valid. They are drawn dashed on the map.` })];
    (answer.unplaced || []).forEach((u) => lines.push(el('p', { className: 'problem', text: `Could not place ${u.smallAreas.length} small areas: ${u.reason}.` })));
    const list = el('ol', { className: 'proposal-list' });
    answer.features.forEach((f) => list.append(el('li', { text: `${f.properties.name}: ${formatCount(f.properties.residents)} residents${f.properties.valid ? '' : ` (${f.properties.problems.join('; ')})`}` })));
    lines.push(list);
    if (!saved && answer.feasible) {
      const save = el('button', { className: 'button', text: 'Save these neighbourhoods' });
      save.type = 'button';
      save.id = 'save-generated';
      save.addEventListener('click', () => saveProposal(save));
      lines.push(save);
    }
    result.replaceChildren(...lines);
  }

  async function saveProposal(button) {
    button.disabled = true;
    button.textContent = 'Saving…';
    try {
      const answer = await api.generateNeighbourhoods({ ...band(), seed: 1, save: true, version: planVersion });
      drawn.remove();
      showProposal(answer, true);
      await onSaved();
    } catch (error) {
      button.disabled = false;
      button.textContent = 'Save these neighbourhoods';
      result.append(el('p', { className: 'problem', text: error.message }));
    }
  }

  const proposeOnce = oneAtATime(propose, async () => {
    result.replaceChildren(el('p', { text: 'Working out neighbourhoods; this takes a few seconds.' }));
    try {
      showProposal(await api.generateNeighbourhoods({ ...band(), seed: 1, save: false }), false);
    } catch (error) {
      if (error.status === 422 && error.problem?.features) showProposal(error.problem, false);
      else result.replaceChildren(el('p', { className: 'problem', text: error.message }));
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    proposeOnce();
  });
  min.input.addEventListener('input', showCount);
  max.input.addEventListener('input', showCount);
  listChoices().catch(() => undefined);
  showCount();
  return { remove: () => { drawn.remove(); root.hidden = true; }, proposal: () => proposal };
}
