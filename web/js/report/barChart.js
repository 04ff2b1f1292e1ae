// Horizontal bar charts as SVG. Each chart carries role="img" and a label, and the page shows the
// same numbers in a table, so the chart is never the only way to read them.
import { svgEl } from '../lib/html.js';

/**
 * @param {object} options
 * @param {{label: string, value: number, text: string, colour?: string}[]} options.bars values 0–1
 * @param {string} options.title what the chart shows, for screen readers
 * @param {number} [options.labelWidth] pixels kept for the labels on the left
 * @returns {SVGSVGElement}
 */
export function barChart({ bars, title, labelWidth = 150, className = 'bar-chart' }) {
  const width = 420;
  const row = 22;
  const height = bars.length * row + 6;
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: className });
  const titleNode = svgEl('title');
  titleNode.textContent = title;
  svg.append(titleNode);
  const room = width - labelWidth - 60;
  bars.forEach((bar, i) => {
    const y = i * row + 3;
    const label = svgEl('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' });
    label.textContent = bar.label;
    const length = Math.max(0, Math.min(1, bar.value)) * room;
    const rect = svgEl('rect', { x: labelWidth, y, width: length.toFixed(1), height: row - 6, fill: bar.colour || '#1d5fa0' });
    const value = svgEl('text', { x: labelWidth + length + 4, y: y + 14 });
    value.textContent = bar.text;
    svg.append(label, rect, value);
  });
  return svg;
}
