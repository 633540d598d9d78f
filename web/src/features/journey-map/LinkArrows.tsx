import { useEffect, useId, useLayoutEffect, useState, type RefObject } from 'react';
import type { TouchpointLink } from '../../../../src/contract/touchpointLinks';
import { linkKey } from '../../../../src/core/touchpointLinks';
import { arrowPath, closestPair, type Box } from './linkGeometry';

interface Arrow {
  key: string;
  from: string;
  to: string;
  d: string;
}

interface LinkArrowsProps {
  links: readonly TouchpointLink[];
  /** The element the arrows are drawn over; it must be positioned (the SVG fills it). */
  container: RefObject<HTMLElement | null>;
  /** Links on the highlighted path, as `from>to`; null when nothing is highlighted. */
  highlighted: ReadonlySet<string> | null;
  /** Changes whenever the cards may have moved (filter, view, data). */
  layoutKey: unknown;
}

function boxesOf(container: HTMLElement, origin: DOMRect, touchpointId: string): Box[] {
  return [
    ...container.querySelectorAll<HTMLElement>(
      `[data-testid="map-card"][data-touchpoint-id="${CSS.escape(touchpointId)}"]`,
    ),
  ].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height };
  });
}

/**
 * The "leads to" links drawn as arrows between the cards, measured from the cards' boxes. Drawn over
 * the board but deaf to the pointer, so cards stay clickable and draggable; hidden from screen readers,
 * which read the same links as text on the cards and in the touchpoint's detail.
 */
export function LinkArrows({ links, container, highlighted, layoutKey }: LinkArrowsProps) {
  const [arrows, setArrows] = useState<Arrow[]>([]);
  const [revision, setRevision] = useState(0);
  const markerId = `arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  // Re-measure when anything changes size: the window, the zoom, a column growing by a card.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let frame = 0;
    const remeasure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setRevision((r) => r + 1));
    };
    const observer = new ResizeObserver(remeasure);
    observer.observe(el);
    el.querySelectorAll('[data-testid="phase-column"]').forEach((c) => observer.observe(c));
    window.addEventListener('resize', remeasure);
    void document.fonts?.ready.then(remeasure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', remeasure);
    };
  }, [container, layoutKey]);

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const origin = el.getBoundingClientRect();
    const next: Arrow[] = [];
    for (const link of links) {
      const pair = closestPair(
        boxesOf(el, origin, link.fromTouchpointId),
        boxesOf(el, origin, link.toTouchpointId),
      );
      if (!pair) continue;
      const key = linkKey(link);
      // The same pair linked for all personas and for one is drawn once.
      if (next.some((a) => a.key === key)) continue;
      next.push({ key, from: link.fromTouchpointId, to: link.toTouchpointId, d: arrowPath(...pair) });
    }
    setArrows(next);
  }, [links, container, layoutKey, revision]);

  if (arrows.length === 0) return null;
  return (
    <svg className="link-arrows" aria-hidden="true" data-testid="link-arrows">
      <defs>
        {(['plain', 'on'] as const).map((kind) => (
          <marker
            key={kind}
            id={`${markerId}-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
            className={`link-arrow-head link-arrow-head-${kind}`}
          >
            <path d="M 0 0 L 10 5 L 0 10 z" />
          </marker>
        ))}
      </defs>
      {arrows.map((a) => {
        const on = highlighted?.has(a.key) ?? false;
        const dim = highlighted !== null && !on;
        return (
          <path
            key={a.key}
            d={a.d}
            className={`link-arrow${on ? ' is-on-path' : ''}${dim ? ' is-dimmed' : ''}`}
            markerEnd={`url(#${markerId}-${on ? 'on' : 'plain'})`}
            data-testid="link-arrow"
            data-from={a.from}
            data-to={a.to}
          />
        );
      })}
    </svg>
  );
}
