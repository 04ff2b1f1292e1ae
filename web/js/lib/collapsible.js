// A map legend that folds away: its heading becomes a button (aria-expanded) that shows or hides
// everything under it. Folded from the start on a phone-sized screen, so the map stays in view.
import { el } from './html.js';

const PHONE = '(max-width: 40rem)';

/**
 * @param {HTMLElement} container the legend (gets class `collapsed` when folded)
 * @param {HTMLElement} heading its heading, emptied and given the button
 * @returns {HTMLElement} the span inside the button that holds the heading's text
 */
export function makeCollapsible(container, heading) {
  const button = el('button', { className: 'legend-toggle' });
  button.type = 'button';
  const text = el('span');
  text.textContent = heading.textContent;
  button.append(text);
  heading.replaceChildren(button);
  const show = (open) => {
    container.classList.toggle('collapsed', !open);
    button.setAttribute('aria-expanded', String(open));
  };
  show(!window.matchMedia(PHONE).matches);
  button.addEventListener('click', () => show(container.classList.contains('collapsed')));
  return text;
}
