import { useTranslation } from 'react-i18next';
import type { ContentAsset } from '../../../../src/contract/content';
import { Empty } from '../../components/States';
import { useContentMapT } from './messages';

/** Only web addresses become links: a stored `javascript:` URL must never run. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** Every content asset, also those not placed in any cell yet. */
export function AssetList({
  assets,
  canEdit,
  onEdit,
}: {
  assets: readonly ContentAsset[];
  canEdit: boolean;
  onEdit: (asset: ContentAsset) => void;
}) {
  const t = useContentMapT();
  const { t: shellT } = useTranslation();
  return (
    <section className="panel cm-assets" aria-labelledby="cm-assets-title">
      <h2 id="cm-assets-title">{t('assets.title')}</h2>
      {assets.length === 0 ? (
        <Empty>{t('assets.none')}</Empty>
      ) : (
        <ul className="plain-list" data-testid="content-assets">
          {assets.map((asset) => (
            <li key={asset.id} className="cm-asset-row">
              <div>
                <strong>{asset.title}</strong>
                {asset.kind && <span className="cm-kind">{asset.kind}</span>}
                <span className="muted">
                  {' '}
                  ·{' '}
                  {asset.mappings.length === 0
                    ? t('assets.unmapped')
                    : t('assets.mappings', { count: asset.mappings.length })}
                </span>
                {asset.description && <p className="cm-description">{asset.description}</p>}
              </div>
              <div className="row">
                {isWebUrl(asset.url) && (
                  <a
                    className="button button-small"
                    href={asset.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('openNamed', { title: asset.title })}
                  >
                    ↗ {t('open')}
                  </a>
                )}
                {canEdit && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onEdit(asset)}
                    aria-label={t('editNamed', { title: asset.title })}
                  >
                    {shellT('common.edit')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
