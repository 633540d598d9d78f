/** The touchpoints of a workspace: read, save, take from the catalogue, retire, assess by checklist, move. */
export { listTouchpoints, getTouchpoint } from './listTouchpoints';
export { createTouchpoint, updateTouchpoint } from './saveTouchpoint';
export { createTouchpointFromCatalogue } from './createTouchpointFromCatalogue';
export { retireTouchpoint, restoreTouchpoint, deleteTouchpoint } from './retireTouchpoint';
export { setChecklistItem } from './setChecklistItem';
export { moveTouchpoint } from './moveTouchpoint';
