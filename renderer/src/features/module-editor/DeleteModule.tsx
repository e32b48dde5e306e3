import { useState } from 'react';
import { useT } from '../../app/i18n';

/** Deleting a module asks first: it leaves every pathway too (undo brings it back). */
export function DeleteModule({ code, onDelete }: { code: string; onDelete: () => void }) {
  const tr = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="danger-zone" aria-label={tr.t('editor.delete.section')}>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="delete-question" className="confirm">
          <p id="delete-question">{tr.t('editor.delete.question', { code })}</p>
          <button type="button" className="button button--danger" onClick={onDelete}>
            {tr.t('editor.delete.confirm', { code })}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {tr.t('editor.delete.keep')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
          {tr.t('editor.delete.start')}
        </button>
      )}
    </section>
  );
}
