import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Persona } from '../../../../src/contract/personas';
import { Dialog } from '../../components/Dialog';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { PersonaForm } from './PersonaForm';
import { useCreatePersona } from './useCreatePersona';
import { useDeletePersona } from './useDeletePersona';
import { usePersonas } from './usePersonas';
import { useUpdatePersona } from './useUpdatePersona';

/** List, create, edit and delete personas; reached from the persona filter of the journey map. */
export function PersonasPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const personas = usePersonas(workspaceId);
  const create = useCreatePersona(workspaceId);
  const update = useUpdatePersona(workspaceId);
  const remove = useDeletePersona(workspaceId);
  const createErrors = useFormErrors();
  const editErrors = useFormErrors();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Persona | null>(null);

  if (personas.isPending) return <Loading />;
  if (personas.isError) return <LoadError error={personas.error} onRetry={() => void personas.refetch()} />;

  const confirmDelete = (persona: Persona) => {
    if (!window.confirm(t('personas.confirmDelete', { name: persona.name }))) return;
    remove.mutate(persona.id, {
      onSuccess: () => toast.success(t('personas.deleted', { name: persona.name })),
      onError: (error) => toast.error(errorMessage(t, error)),
    });
  };

  return (
    <div className="page">
      <p>
        <Link to="/map">← {t('app.backToMap')}</Link>
      </p>
      <div className="detail-head">
        <div>
          <h1>{t('personas.title')}</h1>
          <p className="muted">{t('personas.intro')}</p>
        </div>
        {canEdit && !creating && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            + {t('personas.new')}
          </button>
        )}
      </div>
      {canEdit && creating && (
        <section className="panel" aria-labelledby="new-persona">
          <h2 id="new-persona">{t('personas.new')}</h2>
          <PersonaForm
            errors={createErrors.errors}
            pending={create.isPending}
            onCancel={() => {
              createErrors.clear();
              setCreating(false);
            }}
            onSubmit={(input) => {
              createErrors.clear();
              create.mutate(input, {
                onSuccess: (p) => {
                  toast.success(t('personas.created', { name: p.name }));
                  setCreating(false);
                },
                onError: createErrors.fail,
              });
            }}
          />
        </section>
      )}
      {personas.data.length === 0 ? (
        <Empty>{t('personas.none')}</Empty>
      ) : (
        <ul className="persona-grid">
          {personas.data.map((p) => (
            <li key={p.id} className="panel" data-testid="persona">
              <h2>{p.name}</h2>
              <p className="muted">{[p.role, p.industry, p.companySize].filter(Boolean).join(' · ')}</p>
              {p.description && <p>{p.description}</p>}
              {(['needs', 'goals', 'pains', 'preferredChannels'] as const).map((f) =>
                p[f].length > 0 ? (
                  <div key={f}>
                    <strong>{t(`personas.${f}`)}:</strong> {p[f].join(', ')}
                  </div>
                ) : null,
              )}
              {canEdit && (
                <div className="form-actions">
                  <button type="button" className="button button-small" onClick={() => setEditing(p)}>
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    onClick={() => confirmDelete(p)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && editing && (
        <Dialog
          open
          wide
          title={t('personas.editTitle')}
          onClose={() => {
            editErrors.clear();
            setEditing(null);
          }}
        >
          <PersonaForm
            initial={editing}
            errors={editErrors.errors}
            pending={update.isPending}
            onCancel={() => setEditing(null)}
            onSubmit={(patch) => {
              editErrors.clear();
              update.mutate(
                { id: editing.id, patch },
                {
                  onSuccess: (p) => {
                    toast.success(t('personas.updated', { name: p.name }));
                    setEditing(null);
                  },
                  onError: editErrors.fail,
                },
              );
            }}
          />
        </Dialog>
      )}
    </div>
  );
}
