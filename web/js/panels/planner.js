// The planner's editor (planners and admins only): choose a neighbourhood in #move-target, click
// small areas on the map (or press Enter on one, or name one in #move-by-name: the way for keyboard
// users when the map is drawn from tiles) to move them into it, and see at once, from the
// server's preview (nothing saved), each affected neighbourhood's residents, 65+ and verdict.
// #undo-move takes back the last move; #save-moves saves them all against the plan's version,
// and if someone else saved first, says so in plain English and offers to reload.
import * as api from '../api.js';
import { renderMoveSummary } from './moveSummary.js';

/**
 * @param {object} options
 * @param {HTMLElement} options.root the #planner section, with the editor's controls in place
 * @param {Map<string, string>} options.areaNames small-area code → name
 * @param {(state: object) => void} options.onChange `{editing, assignment, moved, summaries, changed}`
 *   whenever the pending plan or the editing mode changes
 * @param {() => Promise<void>} options.onReload fetches the saved plan again and calls `load`
 * @returns {{load: (collection: object) => void, moveArea: (area: object) => void}}
 */
export function plannerPanel({ root, areaNames, onChange, onReload }) {
  const $ = (id) => root.querySelector(`#${id}`);
  const [toggle, editor, target] = [$('edit-neighbourhoods'), $('planner-editor'), $('move-target')];
  const [undoButton, saveButton, summary] = [$('undo-move'), $('save-moves'), $('move-summary')];
  const [problem, problemText, reloadButton] = [$('planner-problem'), $('planner-problem-text'), $('reload-plan')];
  const [byName, areaInput, areaProblem] = [$('move-by-name'), $('move-area'), $('move-area-problem')];
  let plan = null;
  let saved = [];
  let savedAssignment = new Map();
  let moves = [];
  let current = [];
  let editing = false;
  let sequence = 0;
  let note = '';

  const nameOf = (id) => saved.find((s) => s.id === id)?.name ?? `neighbourhood ${id}`;

  function assignment() {
    const pending = new Map(savedAssignment);
    for (const m of moves) pending.set(m.smallArea, m.to);
    return pending;
  }

  function affected() {
    const ids = new Set();
    for (const m of moves) ids.add(savedAssignment.get(m.smallArea)).add(m.to);
    return ids;
  }

  function render(checking = false) {
    renderMoveSummary({ container: summary, plan, saved, current, affected: affected(), moves: moves.length, note, checking });
    undoButton.disabled = moves.length === 0;
    saveButton.disabled = moves.length === 0;
    saveButton.textContent = moves.length === 1 ? 'Save 1 move' : `Save ${moves.length} moves`;
    // A button disabled under keyboard focus strands it: hand focus to the target instead.
    if (editing && [undoButton, saveButton].some((b) => b.disabled && document.activeElement === b)) target.focus();
    onChange({ editing, assignment: assignment(), moved: new Set(moves.map((m) => m.smallArea)), summaries: current, changed: affected() });
  }

  function showProblem(message, offerReload) {
    problem.hidden = false;
    problemText.textContent = message;
    reloadButton.hidden = !offerReload;
  }

  async function refresh() {
    problem.hidden = true;
    const mine = (sequence += 1);
    render(true);
    try {
      const view = moves.length ? await api.previewMoves(moves) : { neighbourhoods: saved };
      if (mine !== sequence) return;
      current = view.neighbourhoods;
      render();
    } catch (error) {
      if (mine !== sequence) return;
      render();
      showProblem(`The totals could not be checked: ${error.message}`, false);
    }
  }

  function setEditing(on) {
    if (!on && moves.length && !window.confirm(`Discard your ${moves.length} unsaved moves?`)) return;
    editing = on;
    moves = [];
    current = saved;
    note = '';
    sequence += 1;
    toggle.setAttribute('aria-pressed', String(on));
    editor.hidden = !on;
    problem.hidden = true;
    render();
    if (on) target.focus();
  }

  async function save() {
    saveButton.disabled = true;
    undoButton.disabled = true;
    problem.hidden = true;
    try {
      await api.saveMoves(plan.version, moves);
      const count = moves.length;
      await onReload();
      note = count === 1 ? 'Saved 1 move.' : `Saved ${count} moves.`;
      render();
    } catch (error) {
      render();
      showProblem(error.message, error.status === 412);
    }
  }

  // Options read "Name (code)"; a name or a code alone is found too.
  $('move-area-names').replaceChildren(...[...areaNames].map(([code, name]) => new Option(`${name} (${code})`)));
  function areaNamed(text) {
    const wanted = text.trim().toLowerCase();
    for (const [code, name] of areaNames) {
      if ([code, name, `${name} (${code})`].some((t) => t.toLowerCase() === wanted)) return { code, name };
    }
    return null;
  }
  byName.addEventListener('submit', (event) => {
    event.preventDefault();
    const area = areaNamed(areaInput.value);
    areaProblem.textContent = area ? '' : `No small area is called "${areaInput.value.trim()}". Pick one from the list.`;
    if (!area) return;
    areaInput.value = '';
    moveArea(area);
  });

  function moveArea({ code, name }) {
    const to = Number(target.value);
    const from = assignment().get(code);
    if (from === to) {
      note = `${name} is already in ${nameOf(to)}.`;
      render();
      return;
    }
    moves.push({ smallArea: code, to });
    note = `Moved ${name} from ${nameOf(from)} into ${nameOf(to)}.`;
    refresh();
  }

  toggle.addEventListener('click', () => setEditing(!editing));
  undoButton.addEventListener('click', () => {
    const undone = moves.pop();
    if (!undone) return;
    note = `Undid moving ${areaNames.get(undone.smallArea) || undone.smallArea} into ${nameOf(undone.to)}.`;
    refresh();
  });
  saveButton.addEventListener('click', save);
  reloadButton.addEventListener('click', async () => {
    moves = [];
    await onReload();
    note = 'Reloaded the saved plan; make your moves again.';
    render();
  });
  window.addEventListener('beforeunload', (event) => {
    if (moves.length) event.preventDefault();
  });
  root.hidden = false;

  return {
    /** Starts from a saved plan (a /api/neighbourhoods collection), dropping unsaved moves. */
    load(collection) {
      plan = collection.plan;
      saved = collection.features.map((f) => f.properties);
      savedAssignment = new Map(saved.flatMap((s) => s.smallAreas.map((code) => [code, s.id])));
      moves = [];
      current = saved;
      sequence += 1;
      const previous = target.value;
      target.replaceChildren(...saved.map((s) => new Option(s.name, String(s.id))));
      if (saved.some((s) => String(s.id) === previous)) target.value = previous;
      problem.hidden = true;
      render();
    },
    get editing() {
      return editing;
    },
    /** While editing, moves a small area (its properties) into the chosen neighbourhood. */
    moveArea,
  };
}
