// Printing: Leaflet lays the map out for the screen, so before printing we give the map its
// A4 size (class `printing` on <body>, see atlas.css), let Leaflet re-measure and refit, and
// put everything back afterwards.

/**
 * @param {object} options
 * @param {import('leaflet').Map} options.map
 * @param {() => void} options.fit fits what the printed map must show into the map
 */
export function preparePrinting({ map, fit }) {
  let view = null;
  window.addEventListener('beforeprint', () => {
    view = { center: map.getCenter(), zoom: map.getZoom() };
    document.body.classList.add('printing');
    map.invalidateSize({ animate: false });
    fit();
  });
  window.addEventListener('afterprint', () => {
    document.body.classList.remove('printing');
    map.invalidateSize({ animate: false });
    if (view) map.setView(view.center, view.zoom, { animate: false });
  });
}
