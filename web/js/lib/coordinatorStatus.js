// How a neighbourhood's coordinator post is drawn and named. Colours are Okabe–Ito (told apart
// with the common colour-vision deficiencies), each at least 3:1 against the white casing drawn
// under every outline; line weight and dash pattern say the same thing without colour.

export const POST_STATUSES = Object.freeze([
  { key: 'IN_POST', label: 'Coordinator in post', short: 'In post', colour: '#009e73', weight: 4, dashArray: null },
  { key: 'VACANT', label: 'Post vacant (dashes)', short: 'Vacant', colour: '#d55e00', weight: 4, dashArray: '10 6' },
  { key: 'PROPOSED', label: 'Post proposed (dots)', short: 'Proposed', colour: '#0072b2', weight: 4, dashArray: '1 7' },
  { key: 'NONE', label: 'No coordinator (thin)', short: 'None', colour: '#3d3d3d', weight: 2, dashArray: null },
]);

const NONE = POST_STATUSES[POST_STATUSES.length - 1];

/** The drawing of a neighbourhood's post: `coordinator` is `{id, name, status}` or null. */
export function statusOf(coordinator) {
  return POST_STATUSES.find((s) => s.key === coordinator?.status) || NONE;
}

/** "Grays Riverside (in post)", "Purfleet (vacant)" or "No coordinator". */
export function postText(coordinator) {
  if (!coordinator) return 'No coordinator';
  return `${coordinator.name} (${statusOf(coordinator).short.toLowerCase()})`;
}
