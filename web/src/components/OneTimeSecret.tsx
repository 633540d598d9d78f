import { useEffect, useId, useRef } from 'react';
import { useCopyToClipboard } from './useCopyToClipboard';

/**
 * A secret the server shows only once (an API token, a webhook's signing secret): focused when it
 * appears, selectable, with a copy button and a button that puts it away.
 *
 * @example
 * {secret && <OneTimeSecret title={t('secretTitle')} hint={t('secretHint')} label={t('secretLabel')}
 *   value={secret} copyText={t('copy')} doneText={t('done')} onDone={() => setSecret(null)} testId="token-secret" />}
 */
export function OneTimeSecret(props: {
  title: string;
  hint: string;
  label: string;
  value: string;
  copyText: string;
  doneText: string;
  onDone: () => void;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const copy = useCopyToClipboard();
  useEffect(() => {
    box.current?.focus();
  }, [props.value]);
  return (
    <div className="team-secret" ref={box} tabIndex={-1} role="status" data-testid={props.testId}>
      <h3>{props.title}</h3>
      <p>
        <strong>{props.hint}</strong>
      </p>
      <div className="row">
        <label className="visually-hidden" htmlFor={inputId}>
          {props.label}
        </label>
        <input
          id={inputId}
          className="team-secret-value"
          readOnly
          value={props.value}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button button-primary" onClick={() => void copy(props.value)}>
          {props.copyText}
        </button>
        <button type="button" className="button" onClick={props.onDone}>
          {props.doneText}
        </button>
      </div>
    </div>
  );
}
