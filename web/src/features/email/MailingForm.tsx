import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Mailing, Segment } from '../../../../src/contract/email';
import { fieldErrorsOf, type FieldErrors } from '../../api/fieldErrors';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useDeleteMailing, useSaveMailing } from './emailQueries';
import { MergeFieldHelp } from './MergeFieldHelp';
import { useEmailT } from './messages';
import { SegmentFields } from './SegmentFields';
import { SendPanel } from './SendPanel';
import { SubjectHint } from './SubjectHint';

interface Draft {
  name: string;
  kind: Mailing['kind'];
  subject: string;
  bodyHtml: string;
  bodyText: string;
  segment: Segment;
}

/**
 * Name, subject (with its length band), HTML and text body, segment. The HTML preview renders in a
 * sandboxed iframe without scripts or same-origin rights; the body is never put into this page.
 */
export function MailingForm({ workspaceId, mailing }: { workspaceId: string; mailing: Mailing | null }) {
  const t = useEmailT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { canEdit } = useCurrentWorkspace();
  const save = useSaveMailing(workspaceId, mailing?.id);
  const remove = useDeleteMailing(workspaceId);
  const form = useFormErrors();
  // The shared translation reads "…; known: …, email" as a bad e-mail address, so merge-field
  // complaints get their own wording here.
  const [mergeErrors, setMergeErrors] = useState<FieldErrors>({});
  const errors = { ...form.errors, ...mergeErrors };
  const clear = () => {
    form.clear();
    setMergeErrors({});
  };
  const fail = (error: unknown) => {
    form.fail(error);
    const found: FieldErrors = {};
    for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
      const m = /^unknown merge field (.*?); known: (.*)$/.exec(message);
      if (m) found[field] = t('editor.unknownMergeField', { fields: m[1], known: m[2] });
    }
    setMergeErrors(found);
  };
  const [draft, setDraft] = useState<Draft>(() => ({
    name: mailing?.name ?? '',
    kind: mailing?.kind ?? 'newsletter',
    subject: mailing?.subject ?? '',
    bodyHtml: mailing?.bodyHtml ?? '',
    bodyText: mailing?.bodyText ?? '',
    segment: mailing?.segment ?? { kind: 'all' },
  }));
  const locked = mailing !== null && mailing.status !== 'draft';
  const readOnly = !canEdit || locked;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    save.mutate(
      { ...draft, name: draft.name.trim() },
      {
        onSuccess: (saved) => {
          if (mailing) toast.success(t('editor.saved'));
          else {
            toast.success(t('editor.created', { name: saved.name }));
            void navigate(`/email/${saved.id}`, { replace: true });
          }
        },
        onError: fail,
      },
    );
  };
  const onDelete = () => {
    if (!mailing || !window.confirm(t('editor.confirmDelete', { name: mailing.name }))) return;
    remove.mutate(mailing.id, {
      onSuccess: () => {
        toast.success(t('editor.deleted'));
        void navigate('/email');
      },
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <section className="page" aria-labelledby="mailing-title">
      <p>
        <Link to="/email">← {t('editor.back')}</Link>
      </p>
      <h1 id="mailing-title">
        {mailing ? t('editor.editTitle', { name: mailing.name }) : t('editor.newTitle')}
      </h1>
      {locked && <p className="banner">{t('editor.locked')}</p>}
      {!canEdit && <p className="banner">{t('editor.readOnly')}</p>}
      <form onSubmit={submit} data-testid="mailing-form">
        <fieldset className="plain-fieldset" disabled={readOnly}>
          <div className="em-editor">
            <div>
              <Field label={t('editor.name')} error={errors.name}>
                {(props) => (
                  <input {...props} value={draft.name} onChange={(e) => set('name', e.target.value)} />
                )}
              </Field>
              <Field label={t('editor.kind')} error={errors.kind}>
                {(props) => (
                  <select
                    {...props}
                    value={draft.kind}
                    onChange={(e) => set('kind', e.target.value as Draft['kind'])}
                  >
                    <option value="newsletter">{t('kinds.newsletter')}</option>
                    <option value="single">{t('kinds.single')}</option>
                  </select>
                )}
              </Field>
              <Field
                label={t('editor.subject')}
                error={errors.subject}
                hint={<SubjectHint subject={draft.subject} />}
              >
                {(props) => (
                  <input {...props} value={draft.subject} onChange={(e) => set('subject', e.target.value)} />
                )}
              </Field>
              <Field label={t('editor.bodyHtml')} error={errors.bodyHtml}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={10}
                    value={draft.bodyHtml}
                    onChange={(e) => set('bodyHtml', e.target.value)}
                  />
                )}
              </Field>
              <Field label={t('editor.bodyText')} error={errors.bodyText}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={6}
                    value={draft.bodyText}
                    onChange={(e) => set('bodyText', e.target.value)}
                  />
                )}
              </Field>
              <MergeFieldHelp />
              <SegmentFields
                workspaceId={workspaceId}
                segment={draft.segment}
                onChange={(segment) => set('segment', segment)}
                error={errors.segment}
              />
            </div>
            <div>
              <h2>{t('editor.preview')}</h2>
              <iframe
                className="em-preview"
                title={t('editor.previewTitle')}
                sandbox=""
                srcDoc={draft.bodyHtml}
                data-testid="mailing-preview"
              />
            </div>
          </div>
          {!readOnly && (
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={save.isPending}>
                {t('editor.save')}
              </button>
              {mailing && (
                <button type="button" className="button button-danger" onClick={onDelete}>
                  {t('editor.delete')}
                </button>
              )}
            </div>
          )}
        </fieldset>
      </form>
      {mailing && canEdit && <SendPanel workspaceId={workspaceId} mailing={mailing} />}
    </section>
  );
}
