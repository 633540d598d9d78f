import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventTypes } from '../../../../src/core/events/eventVocabulary';
import { normalEventName } from '../../../../src/core/segment/touchpointTypeOfTrackEvent';
import type {
  EventNameMapping,
  EventNameMappingInput,
  SeenEventName,
} from '../../../../src/contract/eventNameMappings';
import { Field, FieldSet } from '../../components/Field';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useFormat } from '../../i18n/format';
import { errorMessage } from '../../i18n/errorMessage';
import { useEventTypeLabel } from '../../i18n/useEventTypeLabel';
import { useEventNameMappingsT } from './EventNameMappingsMessages';
import {
  useCreateEventNameMapping,
  useDeleteEventNameMapping,
  useEventNameMappings,
  useSeenEventNames,
  useUpdateEventNameMapping,
} from './EventNameMappingsQueries';

/** A track event can become any type but identify (its properties are not traits). */
const TARGETS = eventTypes.filter((t) => t !== 'identify');
type Target = EventNameMappingInput['eventType'];

/**
 * "Event name mapping": the track event names seen lately with their type today and a select to map
 * each, and the workspace's own lines (add, delete). Editors change; everyone reads.
 */
export function EventNameMappingsSection({
  workspaceId,
  canEdit,
}: {
  workspaceId: string;
  canEdit: boolean;
}) {
  const t = useEventNameMappingsT();
  const { t: shellT } = useTranslation();
  const eventTypeLabel = useEventTypeLabel();
  const format = useFormat();
  const toast = useToast();
  const seen = useSeenEventNames(workspaceId);
  const mappings = useEventNameMappings(workspaceId);
  const create = useCreateEventNameMapping(workspaceId);
  const update = useUpdateEventNameMapping(workspaceId);
  const remove = useDeleteEventNameMapping(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [pattern, setPattern] = useState('');
  const [eventType, setEventType] = useState('');
  const [conversionPoint, setConversionPoint] = useState('');
  const [revenueProperty, setRevenueProperty] = useState('');
  const onError = (error: unknown) => toast.error(errorMessage(shellT, error));

  const mapSeen = (row: SeenEventName) => {
    const type = (choice[row.name] ?? row.eventType) as Target;
    const done = () => toast.success(t('seen.mapped', { name: row.name, type: eventTypeLabel(type) }));
    const line = mappings.data?.find((m) => m.id === row.mappingId);
    // The name's own exact line changes; a glob stays for the other names it covers.
    if (line && normalEventName(line.pattern) === normalEventName(row.name))
      update.mutate({ id: line.id, patch: { eventType: type } }, { onSuccess: done, onError });
    else create.mutate({ pattern: row.name, eventType: type }, { onSuccess: done, onError });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    create.mutate(
      {
        pattern,
        eventType: eventType as Target,
        ...(conversionPoint.trim() && { conversionPoint: conversionPoint.trim() }),
        ...(revenueProperty.trim() && { revenueProperty: revenueProperty.trim() }),
      },
      {
        onSuccess: (m) => {
          toast.success(t('own.added', { pattern: m.pattern }));
          setPattern('');
          setEventType('');
          setConversionPoint('');
          setRevenueProperty('');
        },
        onError: fail,
      },
    );
  };

  const onDelete = (m: EventNameMapping) => {
    if (!window.confirm(t('own.confirmDelete', { pattern: m.pattern }))) return;
    remove.mutate(m.id, { onSuccess: () => toast.success(t('own.deleted')), onError });
  };

  return (
    <section className="panel tr-names" aria-labelledby="event-names-title" data-testid="event-name-mappings">
      <h2 id="event-names-title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <h3>{t('seen.title', { days: seen.data?.days ?? 30 })}</h3>
      <QueryContent query={seen} empty={t('seen.none')} isEmpty={(d) => d.names.length === 0}>
        {(data) => (
          <div className="tr-scroll">
            <table className="table" data-testid="seen-event-names">
              <thead>
                <tr>
                  <th scope="col">{t('seen.name')}</th>
                  <th scope="col" className="num">
                    {t('seen.count')}
                  </th>
                  <th scope="col">{t('seen.type')}</th>
                  {canEdit && <th scope="col">{t('seen.map')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.names.map((row) => (
                  <tr key={row.name} data-testid="seen-event-name">
                    <th scope="row">
                      <code>{row.name}</code>
                    </th>
                    <td className="num">{format.plain(row.count)}</td>
                    <td title={row.eventType}>
                      {eventTypeLabel(row.eventType)} <span className="hint">({t(`seen.by_${row.by}`)})</span>
                    </td>
                    {canEdit && (
                      <td>
                        <div className="tr-map">
                          <select
                            aria-label={t('seen.mapTo', { name: row.name })}
                            value={choice[row.name] ?? row.eventType}
                            onChange={(e) => setChoice({ ...choice, [row.name]: e.target.value })}
                          >
                            {TARGETS.map((type) => (
                              <option key={type} value={type} title={type}>
                                {eventTypeLabel(type)}
                              </option>
                            ))}
                          </select>
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t('seen.mapNamed', { name: row.name })}
                            disabled={(choice[row.name] ?? row.eventType) === row.eventType}
                            onClick={() => mapSeen(row)}
                          >
                            {t('seen.map')}
                          </button>
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryContent>

      <h3>{t('own.title')}</h3>
      <QueryContent query={mappings} empty={t('own.none')}>
        {(data) => (
          <div className="tr-scroll">
            <table className="table" data-testid="own-event-name-mappings">
              <thead>
                <tr>
                  <th scope="col">{t('own.pattern')}</th>
                  <th scope="col">{t('own.type')}</th>
                  <th scope="col">{t('own.conversionPoint')}</th>
                  <th scope="col">{t('own.revenueProperty')}</th>
                  {canEdit && (
                    <th scope="col">
                      <span className="visually-hidden">{t('own.delete')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {data.map((m) => (
                  <tr key={m.id} data-testid="own-event-name-mapping">
                    <th scope="row">
                      <code>{m.pattern}</code>
                    </th>
                    <td title={m.eventType}>{eventTypeLabel(m.eventType)}</td>
                    <td>{m.conversionPoint ?? '–'}</td>
                    <td>{m.revenueProperty ?? '–'}</td>
                    {canEdit && (
                      <td>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          aria-label={t('own.deleteNamed', { pattern: m.pattern })}
                          onClick={() => onDelete(m)}
                        >
                          {t('own.delete')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryContent>
      {canEdit ? (
        <form onSubmit={submit} noValidate data-testid="event-name-mapping-form">
          <FieldSet legend={t('own.add')}>
            <div className="form-grid">
              <Field label={t('own.pattern')} error={errors.pattern}>
                {(props) => <input {...props} value={pattern} onChange={(e) => setPattern(e.target.value)} />}
              </Field>
              <Field label={t('own.type')} error={errors.eventType}>
                {(props) => (
                  <select {...props} value={eventType} onChange={(e) => setEventType(e.target.value)}>
                    <option value="">{t('own.choose')}</option>
                    {TARGETS.map((type) => (
                      <option key={type} value={type} title={type}>
                        {eventTypeLabel(type)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                label={t('own.conversionPoint')}
                hint={t('own.conversionPointHint')}
                error={errors.conversionPoint}
              >
                {(props) => (
                  <input
                    {...props}
                    value={conversionPoint}
                    onChange={(e) => setConversionPoint(e.target.value)}
                  />
                )}
              </Field>
              <Field
                label={t('own.revenueProperty')}
                hint={t('own.revenueHint')}
                error={errors.revenueProperty}
              >
                {(props) => (
                  <input
                    {...props}
                    value={revenueProperty}
                    onChange={(e) => setRevenueProperty(e.target.value)}
                  />
                )}
              </Field>
            </div>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={create.isPending}>
                {t('own.add')}
              </button>
            </div>
          </FieldSet>
        </form>
      ) : (
        <p>{t('own.viewerHint')}</p>
      )}
    </section>
  );
}
