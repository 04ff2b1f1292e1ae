// The planner's workspace by task, as WAI-ARIA tabs: one tab per task (a button with role=tab in
// #workspace-tabs), each showing its panel and hiding the others. Arrow keys (and Home/End) move
// between tabs and open them, Tab goes on into the open panel, and the open tab is kept in the
// URL's hash (#plan) so a reload or a shared link opens it again. Other roles get no tabs: their
// panels stay one column, as the wrappers are left without roles.

/**
 * @param {object} options
 * @param {HTMLElement} options.tablist the empty, hidden #workspace-tabs
 * @param {{key: string, label: string, panel: HTMLElement}[]} options.tabs in order; `key` is the hash
 * @param {string} options.label what the tabs are, for screen readers
 * @returns {{select: (key: string) => void, remove: () => void}}
 */
export function workspaceTabs({ tablist, tabs, label }) {
  const wasHidden = tabs.map((t) => t.panel.hidden);
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', label);
  const buttons = tabs.map(({ key, label: text, panel }) => {
    const tab = document.createElement('button');
    Object.assign(tab, { type: 'button', id: `tab-${key}`, className: 'workspace-tab', textContent: text });
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    tab.dataset.key = key;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0; // Tab from the tab lands in the panel, even before its content has loaded
    return tab;
  });
  tablist.replaceChildren(...buttons);
  tablist.hidden = false;
  const keyOf = (hash) => tabs.find((t) => `#${t.key}` === hash)?.key;

  function select(key, { focus = false, remember = true } = {}) {
    tabs.forEach((t, i) => {
      const on = t.key === key;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    });
    const chosen = buttons.find((b) => b.dataset.key === key);
    if (focus) chosen.focus();
    if (remember && window.location.hash !== `#${key}`) {
      // Replaced, not pushed: the Back button leaves the page rather than stepping through tabs.
      const url = new URL(window.location.href);
      url.hash = key;
      window.history.replaceState(window.history.state, '', url);
    }
    document.body.dataset.workspaceTab = key;
  }

  const MOVES = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  tablist.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    let next = null;
    if (event.key in MOVES) next = (at + MOVES[event.key] + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    event.preventDefault();
    select(tabs[next].key, { focus: true });
  });
  tablist.addEventListener('click', (event) => {
    const tab = event.target.closest('[role=tab]');
    if (tab) select(tab.dataset.key);
  });
  // A link to another tab of this page (#scenarios) opens it; other hashes (#main) are left alone.
  const onHash = () => {
    const key = keyOf(window.location.hash);
    if (key) select(key);
  };
  window.addEventListener('hashchange', onHash);
  // Opening the page leaves its address as it is: only a tab someone picks goes into the hash.
  select(keyOf(window.location.hash) ?? tabs[0].key, { remember: false });

  return {
    select,
    remove() {
      window.removeEventListener('hashchange', onHash);
      tablist.replaceChildren();
      tablist.hidden = true;
      tablist.removeAttribute('role');
      tabs.forEach(({ panel }, i) => {
        ['role', 'aria-labelledby', 'tabindex'].forEach((a) => panel.removeAttribute(a));
        panel.hidden = wasHidden[i];
      });
      delete document.body.dataset.workspaceTab;
    },
  };
}
