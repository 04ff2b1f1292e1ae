// The standalone community-assets page (assets-dev.html): sign in, a map of the council with its
// outline, and the assets panel. Also the example of wiring the asset modules into a map page.
import * as L from 'leaflet';
import { getBorough, getConfig, getMe, signIn, signOut } from './assetsApi.js';
import { getCouncil } from './api.js';
import { assetPanel } from './panels/assetPanel.js';

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function signInForm(container) {
  const form = el('form', undefined, 'assets-sign-in');
  const fields = [['sign-in-username', 'User name', 'text', 'username'], ['sign-in-password', 'Password', 'password', 'current-password']];
  for (const [id, text, type, autocomplete] of fields) {
    const label = el('label', text);
    label.htmlFor = id;
    const input = el('input');
    Object.assign(input, { id, type, autocomplete, required: true });
    form.append(label, input);
  }
  const button = el('button', 'Sign in');
  Object.assign(button, { id: 'sign-in-submit', type: 'submit' });
  const error = el('span', '', 'assets-auth-error');
  form.append(button, error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn(form.querySelector('#sign-in-username').value, form.querySelector('#sign-in-password').value);
      window.location.reload();
    } catch (failure) {
      error.textContent = ` ${failure.message}`;
    }
  });
  container.replaceChildren(form);
}

function signedIn(container, me) {
  const role = me.role.charAt(0) + me.role.slice(1).toLowerCase();
  const out = el('button', 'Sign out', 'link-button');
  Object.assign(out, { id: 'sign-out', type: 'button' });
  out.addEventListener('click', async () => {
    await signOut().catch(() => undefined);
    window.location.reload();
  });
  container.replaceChildren(el('span', `Signed in as ${me.username} (${role})`, 'assets-user'), document.createTextNode(' · '), out);
}

async function start() {
  const auth = document.getElementById('assets-auth');
  try {
    const [config, me, council] = await Promise.all([getConfig(), getMe(), getCouncil()]);
    if (me) signedIn(auth, me); else signInForm(auth);
    document.querySelectorAll('[data-council-name]').forEach((n) => { n.textContent = `in ${council.name}`; });
    const map = L.map('assets-map', { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 8, maxZoom: 19 });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (config.basemap?.url) L.tileLayer(config.basemap.url, { maxZoom: 19, attribution: '&copy; OpenStreetMap contributors' }).addTo(map);
    const outline = L.geoJSON(await getBorough(), { interactive: false, style: { color: '#1b1b1b', weight: 3, fill: false } }).addTo(map);
    map.fitBounds(outline.getBounds(), { padding: [12, 12] });
    try {
      await assetPanel(map, { me, container: document.getElementById('assets-side') });
      document.body.dataset.assetsReady = 'true';
    } catch (error) {
      if (error.status !== 401) throw error;
      // Assets are not public here (lacatlas.assets.public-read): the map waits for sign-in.
      document.getElementById('assets-side').textContent = 'Sign in (top right) to see and add community assets.';
      document.body.dataset.assetsReady = 'signed-out';
    }
  } catch (error) {
    const status = document.getElementById('assets-status');
    status.hidden = false;
    status.textContent = `The map could not be loaded: ${error.message}`;
    document.body.dataset.assetsReady = 'error';
  }
}

start();
