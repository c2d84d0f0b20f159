import { useEffect } from 'react';
import { useToastStore, type Toast } from '../../state/toastStore';
import { Icon } from './Icon';

/** How long a notice stays before it goes by itself, in milliseconds. */
const TOAST_MS = 12_000;

function ToastItem({ toast }: { toast: Toast }) {
  useEffect(() => {
    const id = window.setTimeout(() => useToastStore.getState().dismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(id);
  }, [toast.id]);
  return (
    <div className="toast" data-testid="toast">
      <p>{toast.message}</p>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss notice"
        onClick={() => useToastStore.getState().dismiss(toast.id)}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}

/** Short notices, read out politely, each with a dismiss button. */
export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
