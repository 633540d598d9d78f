import { useEffect, useMemo, useState } from 'react';
import type { QuickcheckResultRowView } from '../../../../src/contract/quickcheck';
import { defaultAdoptSelection } from '../../../../src/core/quickcheck';
import { useTouchpoints } from '../touchpoints/useTouchpoints';

/**
 * The ticked interfaces of a result: the top recommendations to begin with (src/core/quickcheck), and
 * which interfaces the inventory already has, so the list can say so instead of offering a duplicate.
 */
export function useAdoptSelection(workspaceId: string, rows: readonly QuickcheckResultRowView[] | null) {
  const touchpoints = useTouchpoints(workspaceId);
  const existing = useMemo(() => {
    const keys = new Set((touchpoints.data ?? []).map((tp) => tp.catalogueKey));
    return new Set((rows ?? []).filter((row) => keys.has(row.key)).map((row) => row.interface));
  }, [touchpoints.data, rows]);
  const proposal = useMemo(
    () => (rows && touchpoints.isSuccess ? defaultAdoptSelection(rows, existing) : []),
    [rows, existing, touchpoints.isSuccess],
  );
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const proposalKey = proposal.join('|');
  useEffect(() => {
    // A new result (or a changed inventory) starts again from the proposal.
    setSelected(new Set(proposalKey ? proposalKey.split('|') : []));
  }, [proposalKey]);

  const toggle = (name: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  const ordered = (rows ?? [])
    .map((row) => row.interface)
    .filter((name) => selected.has(name) && !existing.has(name));
  return { selected, toggle, existing, ordered, ready: touchpoints.isSuccess };
}
