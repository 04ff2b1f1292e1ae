// What a signed-in person may do to an asset from its popup: coordinators and planners edit,
// confirm it is still right (verified today), close and reopen; planners publish proposed
// assets. Closing is soft, and the message that confirms it offers Undo.
import { closeAsset, publishAsset, reopenAsset, updateAsset } from '../api.js';
import { openAssetForm } from './assetForm.js';

export const canEdit = (me) => Boolean(me) && ['COORDINATOR', 'PLANNER'].includes(me.role);

/**
 * @param {L.Map} map
 * @param {object} options
 * @param {object|null} options.me the signed-in user `{username, role}`
 * @param {Array<object>} options.categories the taxonomy
 * @param {{refresh: Function, openAsset: Function}} options.layer from assetsLayer
 * @param {(text: string, undo?: () => void) => void} options.say shows a message (with an Undo button)
 * @returns {(feature: object, etag: string) => Array<{id: string, label: string, run: Function}>}
 */
export function assetActions(map, { me, categories, layer, say }) {
  const after = (verb, saved) => {
    map.closePopup();
    layer.refresh();
    say(`${verb} “${saved.feature.properties.name}”.`);
  };
  const attempt = (run) => async () => {
    try {
      await run();
    } catch (error) {
      say(error.message);
    }
  };
  return (feature, etag) => {
    if (!canEdit(me)) return [];
    const { id, properties: p } = feature;
    const actions = [];
    if (p.status !== 'closed') {
      actions.push({
        id: 'asset-edit',
        label: 'Edit',
        run: () => {
          const [lng, lat] = feature.geometry.coordinates;
          map.closePopup();
          openAssetForm(map, { categories, latlng: { lat, lng }, feature, etag, onSaved: (saved) => { layer.refresh(); say(`Saved “${saved.properties.name}”.`); layer.openAsset(id); } });
        },
      });
      actions.push({
        id: 'asset-verified',
        label: 'Verified today',
        run: attempt(async () => {
          const today = new Date().toISOString().slice(0, 10);
          const body = { ...feature, properties: { ...p, lastVerified: today } };
          after('Marked as verified today:', await updateAsset(id, body, etag));
          layer.openAsset(id);
        }),
      });
      actions.push({
        id: 'asset-close',
        label: 'Mark closed',
        run: attempt(async () => {
          const saved = await closeAsset(id, etag);
          map.closePopup();
          layer.refresh();
          say(`Closed “${saved.feature.properties.name}”.`, attempt(async () => after('Reopened', await reopenAsset(id, saved.etag))));
        }),
      });
    } else {
      actions.push({ id: 'asset-reopen', label: 'Reopen', run: attempt(async () => after('Reopened', await reopenAsset(id, etag))) });
    }
    if (me.role === 'PLANNER' && p.status === 'proposed') {
      actions.push({ id: 'asset-publish', label: 'Publish', run: attempt(async () => after('Published', await publishAsset(id, etag))) });
    }
    return actions;
  };
}
