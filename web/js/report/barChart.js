// Horizontal bar charts as SVG. Each chart carries role="img" and a label, and the page shows the
// same numbers in a table, so the chart is never the only way to read them.
import { svgEl } from '../lib/html.js';

/**
 * @param {object} options
 * @param {{label: string, value: number, text: string, colour?: string}[]} options.bars values 0–1
 * @param {string} options.title what the chart shows, for screen readers
 * @param {number} [options.labelWidth] pixels kept for the labels on the left
 * @param {boolean} [options.labelsAbove] each label on its own line above its bar (for long names)
 * @returns {SVGSVGElement}
 */
export function barChart({ bars, title, labelWidth = 150, labelsAbove = false, className = 'bar-chart' }) {
  const width = 420;
  const row = labelsAbove ? 34 : 22;
  const height = bars.length * row + 6;
  const left = labelsAbove ? 0 : labelWidth;
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: className });
  const titleNode = svgEl('title');
  titleNode.textContent = title;
  svg.append(titleNode);
  const room = width - left - 60;
  bars.forEach((bar, i) => {
    const top = i * row + 3;
    const y = labelsAbove ? top + 16 : top;
    const label = labelsAbove ? svgEl('text', { x: 0, y: top + 12 }) : svgEl('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' });
    label.textContent = bar.label;
    const length = Math.max(0, Math.min(1, bar.value)) * room;
    const rect = svgEl('rect', { x: left, y, width: length.toFixed(1), height: labelsAbove ? 14 : row - 6, fill: bar.colour || '#1d5fa0' });
    const value = svgEl('text', { x: left + length + 4, y: y + (labelsAbove ? 12 : 14) });
    value.textContent = bar.text;
    svg.append(label, rect, value);
  });
  return svg;
}
