import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShortcutsDialog } from '../../state/shortcutsDialogStore';
import { Icon } from '../common/Icon';
import { SHORTCUTS } from './shortcuts';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** A modal list of the keyboard shortcuts. Focus stays inside while it is open and returns afterwards. */
export function ShortcutsDialog() {
  const open = useShortcutsDialog((s) => s.open);
  const dialog = useRef<HTMLDivElement>(null);
  const close = () => useShortcutsDialog.getState().setOpen(false);

  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => before?.focus?.();
  }, [open]);

  if (!open) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      const items = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        ref={dialog}
        className="modal card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-heading"
        onKeyDown={onKeyDown}
      >
        <header className="modal__head">
          <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <Icon name="close" />
          </button>
        </header>
        <dl className="shortcuts">
          {SHORTCUTS.map((s) => (
            <div key={s.action} className="shortcuts__row">
              <dt>{s.keys.map((k, i) => (k === '…' ? <span key={i}>–</span> : <kbd key={i}>{k}</kbd>))}</dt>
              <dd>{s.action}</dd>
            </div>
          ))}
        </dl>
        <p className="caption">Shortcuts rest while you type in a box.</p>
      </div>
    </div>
  );
}
