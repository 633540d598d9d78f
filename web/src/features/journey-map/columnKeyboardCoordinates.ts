import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow left/right jump the dragged card to the neighbouring phase column, so a keyboard user moves
 * a card in one key press per column instead of nudging it pixel by pixel.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates, context },
) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const current = context.collisionRect;
  if (!current) return undefined;
  const centre = current.left + current.width / 2;
  const columns = context.droppableContainers
    .getEnabled()
    .map((container) => context.droppableRects.get(container.id))
    .filter((rect): rect is NonNullable<typeof rect> => rect !== undefined)
    .sort((a, b) => a.left - b.left);
  const target =
    event.code === 'ArrowRight'
      ? columns.find((rect) => rect.left > centre)
      : [...columns].reverse().find((rect) => rect.left + rect.width <= centre);
  if (!target) return currentCoordinates;
  return {
    x: currentCoordinates.x + (target.left + 12 - current.left),
    y:
      currentCoordinates.y +
      (Math.max(target.top + 48, Math.min(current.top, target.top + target.height - current.height)) -
        current.top),
  };
};
