import { useState } from 'react';

interface ConfirmDeleteProps {
  /** The words, from the caller's catalogue area: the button, the question, yes and no. */
  words: { delete: string; confirm: string; confirmed: string; keep: string };
  /** Deletes; returns why it was refused, or null when it was done. */
  onConfirm: () => string | null;
  /** Shows the refusal (or clears it with null) where the form says it. */
  onRefusal: (refusal: string | null) => void;
}

/** A delete button that asks once before it deletes, for the forms of a dialog's list. */
export function ConfirmDelete({ words, onConfirm, onRefusal }: ConfirmDeleteProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
        {words.delete}
      </button>
    );
  }
  return (
    <>
      <span className="field__error">{words.confirm}</span>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          const refused = onConfirm();
          onRefusal(refused);
          if (refused) setAsking(false);
        }}
      >
        {words.confirmed}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {words.keep}
      </button>
    </>
  );
}
