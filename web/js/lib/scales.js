// Colour scales for the small-area choropleth. Colours are ColorBrewer schemes typed by hand
// (colour-blind safe); continuous measures use class breaks at quantiles of the data shown,
// rounded so the legend reads cleanly.

const YL_GN_BU_5 = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const BU_PU_5 = ['#edf8fb', '#b3cde3', '#8c96c6', '#8856a7', '#810f7c'];
// RdYlBu, 10 classes: decile 1 (most deprived) is the dark red end.
const RD_YL_BU_10 = [
  '#a50026', '#d73027', '#f46d43', '#fdae61', '#fee090',
  '#e0f3f8', '#abd9e9', '#74add1', '#4575b4', '#313695',
];
export const NO_DATA_COLOUR = '#d9d9d9';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Formats a count; a non-number (e.g. a suppressed "<5") is shown as the server sent it. */
export function formatCount(value) {
  return typeof value === 'number' ? whole.format(value) : String(value ?? '–');
}

export function formatPercent(value) {
  return Number.isFinite(value) ? `${oneDecimal.format(value)}%` : '–';
}

export function formatDecimal(value) {
  return Number.isFinite(value) ? oneDecimal.format(value) : '–';
}

/** Class breaks in the legend: no trailing ".0". */
const formatBreak = (value) => upToOneDecimal.format(value);
const formatBreakPercent = (value) => `${upToOneDecimal.format(value)}%`;

const finite = (n) => (typeof n === 'number' && Number.isFinite(n) ? n : null);

/** Residents per hectare (areaHectares is land area in hectares). */
export const density = (p) => (finite(p.residents) !== null && p.areaHectares > 0 ? p.residents / p.areaHectares : null);

/** Percentage of residents aged 65 or over. */
export const share65 = (p) =>
  finite(p.residents65Plus) !== null && p.residents > 0 ? (100 * p.residents65Plus) / p.residents : null;

function roundBreak(value) {
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** Up to `classes - 1` ascending, distinct, rounded quantile breaks of the finite values. */
export function quantileBreaks(values, classes) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks = [];
  for (let i = 1; i < classes; i += 1) {
    const b = roundBreak(sorted[Math.floor((i * sorted.length) / classes)]);
    if (b > sorted[0] && !breaks.includes(b)) breaks.push(b);
  }
  return breaks;
}

/** A scale over breaks: value < breaks[0] is class 0, breaks[i-1] <= value < breaks[i] is class i. */
function classedScale(breaks, palette, format) {
  const colours = palette.slice(palette.length - breaks.length - 1);
  const classes = colours.map((colour, i) => {
    let label;
    if (breaks.length === 0) label = 'All areas';
    else if (i === 0) label = `Under ${format(breaks[0])}`;
    else if (i === breaks.length) label = `${format(breaks[i - 1])} or more`;
    else label = `${format(breaks[i - 1])} to under ${format(breaks[i])}`;
    return { colour, label };
  });
  const colourFor = (value) => {
    if (value === null) return NO_DATA_COLOUR;
    const i = breaks.findIndex((b) => value < b);
    return colours[i === -1 ? breaks.length : i];
  };
  return { classes, colourFor };
}

function continuousMeasure({ id, label, unit, value, palette, format }) {
  return {
    id,
    label,
    unit,
    value,
    scaleFor(properties) {
      return classedScale(quantileBreaks(properties.map(value), palette.length), palette, format);
    },
  };
}

const imdMeasure = {
  id: 'imd',
  label: 'Deprivation (IMD decile)',
  unit: 'English Indices of Deprivation 2025, decile within England.',
  value: (p) => (Number.isInteger(p.imdDecile) && p.imdDecile >= 1 && p.imdDecile <= 10 ? p.imdDecile : null),
  scaleFor() {
    const classes = RD_YL_BU_10.map((colour, i) => {
      const suffix = i === 0 ? ' most deprived' : i === 9 ? ' least deprived' : '';
      return { colour, label: `${i + 1}${suffix}` };
    });
    return { classes, colourFor: (d) => (d === null ? NO_DATA_COLOUR : RD_YL_BU_10[d - 1]) };
  },
};

/** The measures the choropleth can show, keyed by the value of the measure radio buttons. */
export const measures = Object.freeze({
  density: continuousMeasure({
    id: 'density',
    label: 'Residents per hectare',
    unit: 'Census 2021. Each colour holds about a fifth of the small areas.',
    value: density,
    palette: YL_GN_BU_5,
    format: formatBreak,
  }),
  share65: continuousMeasure({
    id: 'share65',
    label: 'Share aged 65+',
    unit: 'Residents aged 65 or over, Census 2021. Each colour holds about a fifth of the small areas.',
    value: share65,
    palette: BU_PU_5,
    format: formatBreakPercent,
  }),
  imd: imdMeasure,
});
