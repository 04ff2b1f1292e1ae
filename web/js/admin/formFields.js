// Labelled form fields for the administration forms, each with a place for its own error.
import { el } from '../lib/html.js';

/**
 * A labelled input (or `select` with `options`, or `textarea`) with a hint and an error line.
 * @returns {{wrap: HTMLElement, input: HTMLElement, setError: (text: string|null) => void}}
 */
export function field({ id, label, value = '', type = 'text', hint, options, wide, required, attrs = {} }) {
  const wrap = el('div', { className: `field${wide ? ' wide' : ''}` });
  const labelNode = el('label', { text: label });
  labelNode.htmlFor = id;
  let input;
  if (options) {
    input = el('select');
    options.forEach(([v, text]) => {
      const option = el('option', { text });
      option.value = v;
      input.append(option);
    });
  } else {
    input = el(type === 'textarea' ? 'textarea' : 'input');
    if (type !== 'textarea') input.type = type;
  }
  input.id = id;
  input.name = id;
  if (required) input.required = true;
  Object.entries(attrs).forEach(([k, v]) => input.setAttribute(k, v));
  input.value = value ?? '';
  const error = el('p', { className: 'field-error' });
  error.id = `${id}-error`;
  error.hidden = true;
  const described = [error.id];
  wrap.append(labelNode);
  if (hint) {
    const hintNode = el('p', { className: 'hint', text: hint });
    hintNode.id = `${id}-hint`;
    described.unshift(hintNode.id);
    wrap.append(hintNode);
  }
  input.setAttribute('aria-describedby', described.join(' '));
  wrap.append(input, error);
  return {
    wrap,
    input,
    setError(text) {
      error.hidden = !text;
      error.textContent = text || '';
      if (text) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}

/** A submit button and a status line that says what happened, for one form. */
export function submitRow(text) {
  const button = el('button', { className: 'button', text });
  button.type = 'submit';
  const status = el('p', { className: 'hint wide' });
  status.setAttribute('role', 'status');
  return { button, status };
}
