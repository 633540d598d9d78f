import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

type Tone = 'success' | 'error' | 'info';
interface Toast {
  id: number;
  tone: Tone;
  text: string;
}

interface ToastApi {
  success(text: string): void;
  error(text: string): void;
  info(text: string): void;
}

const ToastContext = createContext<ToastApi | null>(null);

/**
 * Feedback for every action. Messages appear in two live regions that exist from the start, so
 * screen readers announce them: a polite one for success and an assertive one for errors.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const push = useCallback(
    (tone: Tone, text: string) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-2), { id, tone, text }]);
      window.setTimeout(() => dismiss(id), tone === 'error' ? 10_000 : 4_000);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({
      success: (text) => push('success', text),
      error: (text) => push('error', text),
      info: (text) => push('info', text),
    }),
    [push],
  );

  // A modal <dialog> sits in the browser's top layer; re-showing the toasts as a popover puts
  // them above it, so feedback from inside a dialog is not hidden behind its backdrop.
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = container.current;
    if (!el || typeof el.showPopover !== 'function' || toasts.length === 0) return;
    if (el.matches(':popover-open')) el.hidePopover();
    el.showPopover();
  }, [toasts]);

  const list = (tones: Tone[]) =>
    toasts
      .filter((x) => tones.includes(x.tone))
      .map((x) => (
        <div key={x.id} className={`toast toast-${x.tone}`}>
          <span>{x.text}</span>
          <button
            type="button"
            className="toast-close"
            onClick={() => dismiss(x.id)}
            aria-label={t('common.close')}
          >
            ×
          </button>
        </div>
      ));

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" ref={container} popover="manual">
        <div role="status" aria-live="polite" data-testid="status-region">
          {list(['success', 'info'])}
        </div>
        <div role="alert" aria-live="assertive" data-testid="alert-region">
          {list(['error'])}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider');
  return api;
}
