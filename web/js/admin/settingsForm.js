// The council's settings: name and kind, the patch band, costs with their source, the social value
// ratio, what one coordinator's cost equals (with sources), the caseload a coordinator can carry,
// and the data attribution.
import * as api from '../api.js';
import { field, submitRow } from './formFields.js';

const KINDS = [['borough', 'Borough'], ['city', 'City'], ['county', 'County'], ['district', 'District'], ['area', 'Area (none of these)']];

const toNumber = (text) => (text.trim() === '' ? null : Number(text.replace(/[£,\s]/g, '')));

/** "equivalent — source" lines ⇄ `[{equivalent, source}]`. */
const equivalentsText = (list) => list.map((e) => `${e.equivalent} — ${e.source}`).join('\n');
const equivalentsOf = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
  const [equivalent, ...source] = line.split(' — ');
  return { equivalent: equivalent.trim(), source: source.join(' — ').trim() };
});

export function settingsForm({ root, form, settings }) {
  let version = settings.version;
  const fields = {
    name: field({ id: 'name', label: 'Council name', value: settings.name, required: true }),
    kind: field({ id: 'kind', label: 'Its area is called', value: settings.kind, options: KINDS, hint: 'Pages say “the borough”, “the city”…' }),
    minResidents: field({ id: 'minResidents', label: 'Fewest residents in a patch', value: settings.minResidents, type: 'number', required: true }),
    maxResidents: field({ id: 'maxResidents', label: 'Most residents in a patch', value: settings.maxResidents, type: 'number', required: true }),
    coordinatorCost: field({ id: 'coordinatorCost', label: 'Cost of a coordinator (£ a year)', value: settings.coordinatorCost, attrs: { inputmode: 'numeric' } }),
    managerCost: field({ id: 'managerCost', label: 'Cost of the manager (£ a year)', value: settings.managerCost, attrs: { inputmode: 'numeric' } }),
    costSource: field({ id: 'costSource', label: 'Where the costs come from', value: settings.costSource, wide: true }),
    socialValueRatio: field({ id: 'socialValueRatio', label: 'Social value for each £1 (ratio)', value: settings.socialValueRatio, attrs: { inputmode: 'decimal' } }),
    socialValueSource: field({ id: 'socialValueSource', label: 'Where the ratio comes from', value: settings.socialValueSource, wide: true }),
    costEquivalents: field({ id: 'costEquivalents', label: 'One coordinator’s cost equals', type: 'textarea', wide: true, value: equivalentsText(settings.costEquivalents || []), hint: 'One per line: what it equals, a long dash (—), then the source.' }),
    caseloadPerYear: field({ id: 'caseloadPerYear', label: 'People a coordinator can take on in a year', value: settings.caseloadPerYear, attrs: { inputmode: 'numeric' }, hint: 'The caseload chart flags patches near or over this.' }),
    caseloadSource: field({ id: 'caseloadSource', label: 'Where the caseload figure comes from', value: settings.caseloadSource, wide: true }),
    attribution: field({ id: 'attribution', label: 'Data attribution shown on maps', type: 'textarea', wide: true, value: settings.attribution }),
  };
  const { button, status } = submitRow('Save settings');
  form.replaceChildren(...Object.values(fields).map((f) => f.wrap), button, status);
  root.hidden = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Object.values(fields).forEach((f) => f.setError(null));
    const value = (name) => fields[name].input.value;
    const body = {
      name: value('name'), kind: value('kind'), minResidents: toNumber(value('minResidents')), maxResidents: toNumber(value('maxResidents')),
      coordinatorCost: toNumber(value('coordinatorCost')), managerCost: toNumber(value('managerCost')), costSource: value('costSource') || null,
      socialValueRatio: toNumber(value('socialValueRatio')), socialValueSource: value('socialValueSource') || null,
      costEquivalents: equivalentsOf(value('costEquivalents')),
      caseloadPerYear: toNumber(value('caseloadPerYear')), caseloadSource: value('caseloadSource') || null,
      attribution: value('attribution'),
    };
    button.disabled = true;
    status.textContent = 'Saving…';
    try {
      const saved = await api.saveCouncilSettings(version, body);
      version = saved.version;
      status.textContent = `Saved at ${new Date().toLocaleTimeString('en-GB')}.`;
    } catch (error) {
      status.textContent = error.message;
      const errors = error.problem?.errors || {};
      Object.entries(errors).forEach(([name, text]) => fields[name]?.setError(text));
      const first = Object.keys(errors).find((name) => fields[name]);
      if (first) fields[first].input.focus();
    } finally {
      button.disabled = false;
    }
  });
}
