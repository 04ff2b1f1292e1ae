// A draggable Leaflet pin that the keyboard moves too: focus it (Tab) and press the arrow keys to
// move it 5 px on screen (Shift: 25 px), whatever the zoom, so a place can be chosen with care;
// Enter or Escape hands focus back.
// The keys are kept from the map, which would otherwise pan instead.
import * as L from 'leaflet';

const STEP_PX = 5;
const BIG_STEP_PX = 25;
const ARROWS = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/**
 * @param {L.Map} map
 * @param {L.LatLng} start where the pin begins
 * @param {(latlng: L.LatLng) => void} onMove called after each drag or key press
 * @param {() => void} [onDone] called when Enter or Escape is pressed on the pin (to go back to the form)
 * @returns {L.Marker}
 */
export function keyboardPin(map, start, onMove, onDone = () => {}) {
  const pin = L.marker(start, { draggable: true, keyboard: true, title: 'Where the asset is: drag, or use the arrow keys' }).addTo(map);
  pin.on('dragend', () => onMove(pin.getLatLng()));
  const icon = pin.getElement();
  icon.classList.add('keyboard-pin');
  icon.setAttribute('aria-label', 'Asset location pin: arrow keys move it, Shift with an arrow moves it further');
  icon.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
      return;
    }
    const arrow = ARROWS[event.key];
    if (!arrow) return;
    event.preventDefault();
    event.stopPropagation();
    const step = event.shiftKey ? BIG_STEP_PX : STEP_PX;
    const point = map.latLngToContainerPoint(pin.getLatLng()).add(L.point(arrow[0] * step, arrow[1] * step));
    pin.setLatLng(map.containerPointToLatLng(point));
    onMove(pin.getLatLng());
  });
  return pin;
}
