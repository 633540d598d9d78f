import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ContentAsset, ContentMap } from '../../../../src/contract/content';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { usePhaseName } from '../workspace/usePhaseName';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { AssetList } from './AssetList';
import { ContentAssetDialog } from './ContentAssetDialog';
import './content-map.css';
import { useContentMapT } from './messages';
import { useContentAssets } from './useContentAssets';
import { useContentMap } from './useContentMap';

type DialogState = { asset: ContentAsset | null; cell?: { personaId: string; phaseId: string } } | null;

/** The content map: persona × phase, each cell with its content, empty cells marked as gaps. */
export function ContentMapPage() {
  const t = useContentMapT();
  const format = useFormat();
  const phaseName = usePhaseName();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const map = useContentMap(workspaceId);
  const assets = useContentAssets(workspaceId);
  const [dialog, setDialog] = useState<DialogState>(null);

  const assetById = useMemo(() => new Map((assets.data ?? []).map((a) => [a.id, a])), [assets.data]);
  // Posts of the editorial plan with a persona and a phase: shown in their cell, they close no gap.
  const plannedOf = useMemo(() => {
    const byCell = new Map<string, ContentMap['editorialItems']>();
    for (const item of map.data?.editorialItems ?? []) {
      const key = `${item.personaId}/${item.phaseId}`;
      byCell.set(key, [...(byCell.get(key) ?? []), item]);
    }
    return byCell;
  }, [map.data]);
  const cellOf = useMemo(
    () => new Map((map.data?.cells ?? []).map((c) => [`${c.personaId}/${c.phaseId}`, c.assetIds])),
    [map.data],
  );

  if (map.isPending || assets.isPending) return <Loading />;
  if (map.isError) return <LoadError error={map.error} onRetry={() => void map.refetch()} />;
  if (assets.isError) return <LoadError error={assets.error} onRetry={() => void assets.refetch()} />;

  const total = map.data.cells.length;
  const gaps = map.data.gaps.length;
  return (
    <div className="page page-wide cm-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className="hint">{t('intro')}</p>
      <div className="toolbar">
        <div className="cm-coverage" data-testid="coverage">
          <span className="cm-coverage-label">{t('coverage')}</span>
          <strong className="cm-coverage-value">
            {t('coverageValue', { value: format.number(map.data.coverage, 1) })}
          </strong>
          <progress max={100} value={map.data.coverage} aria-label={t('coverage')} />
          <span className="muted">{t('coverageDetail', { filled: total - gaps, total, gaps })}</span>
        </div>
        <div className="toolbar-spacer" />
        {canEdit && (
          <button type="button" className="button button-primary" onClick={() => setDialog({ asset: null })}>
            + {t('add')}
          </button>
        )}
      </div>
      {map.data.personas.length === 0 ? (
        <Empty>
          {t('none')} <Link to="/personas">{t('managePersonas')}</Link>
        </Empty>
      ) : (
        <div className="cm-scroll">
          <table className="cm-matrix" data-testid="content-matrix">
            <thead>
              <tr>
                <th scope="col" className="cm-corner">
                  {t('persona')}
                </th>
                {map.data.phases.map((ph) => (
                  <th scope="col" key={ph.id}>
                    {phaseName(ph)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.data.personas.map((persona) => (
                <tr key={persona.id}>
                  <th scope="row">{persona.name}</th>
                  {map.data.phases.map((ph) => {
                    const ids = cellOf.get(`${persona.id}/${ph.id}`) ?? [];
                    const cellAssets = ids.flatMap((id) => assetById.get(id) ?? []);
                    const where = { persona: persona.name, phase: phaseName(ph) };
                    const planned = (plannedOf.get(`${persona.id}/${ph.id}`) ?? []).map((item) => (
                      <li key={item.id} className="cm-planned" data-testid="content-planned-item">
                        <Link to="/editorial-plan">
                          <span aria-hidden="true">🗓 </span>
                          {item.title}
                        </Link>
                        <span className="cm-kind">
                          {t('plannedOn', { channel: item.channelName, date: format.date(item.plannedAt) })}
                        </span>
                      </li>
                    ));
                    if (cellAssets.length === 0)
                      return (
                        <td key={ph.id} className="cm-gap" data-testid="content-gap">
                          <span className="cm-gap-label">
                            <span aria-hidden="true">⚠ </span>
                            {t('gap')}
                            <span className="visually-hidden">: {t('gapHint', where)}</span>
                          </span>
                          {canEdit && (
                            <button
                              type="button"
                              className="button button-small cm-add-here"
                              onClick={() =>
                                setDialog({ asset: null, cell: { personaId: persona.id, phaseId: ph.id } })
                              }
                              aria-label={t('addHere', where)}
                            >
                              +
                            </button>
                          )}
                          {planned.length > 0 && <ul className="cm-cell-list">{planned}</ul>}
                        </td>
                      );
                    return (
                      <td key={ph.id} data-testid="content-cell">
                        <ul className="cm-cell-list">
                          {cellAssets.map((asset) => (
                            <li key={asset.id}>
                              {canEdit ? (
                                <button
                                  type="button"
                                  className="cm-asset"
                                  onClick={() => setDialog({ asset })}
                                  aria-label={t('editNamed', { title: asset.title })}
                                >
                                  {asset.title}
                                </button>
                              ) : (
                                <span className="cm-asset">{asset.title}</span>
                              )}
                              {asset.kind && <span className="cm-kind">{asset.kind}</span>}
                            </li>
                          ))}
                          {planned}
                        </ul>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AssetList assets={assets.data} canEdit={canEdit} onEdit={(asset) => setDialog({ asset })} />
      {canEdit && dialog && (
        <ContentAssetDialog
          key={dialog.asset?.id ?? `new-${dialog.cell?.personaId ?? ''}-${dialog.cell?.phaseId ?? ''}`}
          workspaceId={workspaceId}
          asset={dialog.asset}
          initialCell={dialog.cell}
          map={map.data}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
