// One request at a time from a button: while the work runs the button says "Working…" and is
// marked disabled, and pressing it again (or pressing Enter in its form) sends nothing. It is
// marked with aria-disabled rather than `disabled` so keyboard focus stays on it, where the
// person pressed, instead of falling back to the page.

/**
 * @param {HTMLButtonElement} button
 * @param {(...args: any[]) => Promise<any>} work
 * @param {{label?: () => string}} [options] the button's text once done (default: as it was)
 * @returns {(...args: any[]) => Promise<any>} runs `work`, or does nothing while it runs
 */
export function oneAtATime(button, work, { label } = {}) {
  let running = false;
  return async (...args) => {
    if (running) return undefined;
    running = true;
    const before = button.textContent;
    button.setAttribute('aria-disabled', 'true');
    button.textContent = 'Working…';
    try {
      return await work(...args);
    } finally {
      running = false;
      button.removeAttribute('aria-disabled');
      button.textContent = label ? label() : before;
    }
  };
}
