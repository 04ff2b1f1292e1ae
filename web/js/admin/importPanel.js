// Importing a council from the admin page: upload its manifest and files, then a progress bar
// that follows the import step by step, and every problem when it is refused.
import * as api from '../api.js';
import { el } from '../lib/html.js';

const POLL_MILLIS = 700;

function showJob(progress, job) {
  const bar = el('progress');
  bar.max = job.steps;
  bar.value = job.step;
  bar.id = 'import-bar';
  bar.setAttribute('aria-label', `Import of ${job.council}`);
  const parts = [el('p', { text: `Council ${job.council}: step ${job.step} of ${job.steps} — ${job.stepName}.` }), bar];
  if (job.state === 'done') {
    const r = job.report;
    parts.push(el('p', { text: r.changed
      ? `Imported ${r.authorityName}: ${r.wards} wards, ${r.smallAreas} small areas, ${r.residents.toLocaleString('en-GB')} residents.`
      : `${r.authorityName} is already loaded from these files; nothing changed.` }));
  }
  if (job.problems.length) {
    const list = el('ul');
    job.problems.forEach((p) => list.append(el('li', { text: p })));
    parts.push(el('p', { className: 'problem', text: `The import was refused and nothing was changed (${job.problems.length} problems):` }), list);
  }
  progress.replaceChildren(...parts);
  progress.dataset.state = job.state;
}

export function importPanel({ root, form, progress, me }) {
  const button = form.querySelector('button');
  if (me.role === 'ADMIN') {
    root.querySelector('h2').textContent = 'Update your council’s boundaries and data';
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const files = [...form.querySelectorAll('input[type=file]')].flatMap((input) => [...input.files]);
    if (!files.length) {
      progress.replaceChildren(el('p', { className: 'problem', text: 'Choose the folder (or the files) to import first.' }));
      return;
    }
    const data = new FormData();
    files.forEach((f) => data.append('files', f, f.webkitRelativePath || f.name));
    button.disabled = true;
    progress.replaceChildren(el('p', { text: `Uploading ${files.length} files…` }));
    try {
      let job = await api.startImport(data);
      showJob(progress, job);
      while (job.state === 'queued' || job.state === 'running') {
        await new Promise((resolve) => { setTimeout(resolve, POLL_MILLIS); });
        job = await api.getImport(job.id);
        showJob(progress, job);
      }
    } catch (error) {
      const list = el('ul');
      (error.problem?.problems || []).forEach((p) => list.append(el('li', { text: p })));
      progress.replaceChildren(el('p', { className: 'problem', text: error.message }), list);
    } finally {
      button.disabled = false;
    }
  });
  root.hidden = false;
}
