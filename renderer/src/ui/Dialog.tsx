import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../app/i18n';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal dialog: focus moves in, Escape closes it, the page behind is inert. */
export function Dialog({ title, onClose, children, wide }: DialogProps) {
  const tr = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className={`dialog${wide ? ' dialog--wide' : ''}`} aria-label={title} onClose={onClose}>
      <header className="dialog__header">
        <h2>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={tr.t('common.close')}
          onClick={() => ref.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {children}
    </dialog>
  );
}
