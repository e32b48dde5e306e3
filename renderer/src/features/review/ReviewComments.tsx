import { fieldLabel, reviewableFields } from '@shared/domain/review';
import type { Module } from '@shared/schemas/module';
import type { ReviewComment } from '@shared/schemas/review';
import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../ui/fields';

interface ReviewCommentsProps {
  comments: readonly ReviewComment[];
  /** The pathway's modules, the ones a comment can be pinned to. */
  modules: readonly Module[];
  /** Adds the comment; a refusal about the comment itself comes back as the message to show under it. */
  onAdd: (comment: { moduleId: string; field: string; text: string }) => { added: boolean; message?: string };
  onResolve: (comment: ReviewComment) => void;
  onShow: (comment: ReviewComment) => void;
}

const fieldPaths = reviewableFields.map((f) => f.path);

/** Open comments first, each with its module and field; resolved ones folded away, struck through. */
export function ReviewComments({ comments, modules, onAdd, onResolve, onShow }: ReviewCommentsProps) {
  const open = comments.filter((c) => c.resolvedAt === undefined);
  const resolved = comments.filter((c) => c.resolvedAt !== undefined);
  const moduleName = (id: string | undefined) => modules.find((m) => m.id === id)?.code ?? 'Removed module';
  const pinnedTo = (c: ReviewComment) =>
    c.field ? `${moduleName(c.moduleId)} · ${fieldLabel(c.field)}` : moduleName(c.moduleId);

  return (
    <section className="review-section" aria-labelledby="review-comments-title">
      <h3 id="review-comments-title">
        Comments <span className="chip">{open.length} open</span>
      </h3>
      {open.length === 0 ? (
        <p className="field__hint">No open comments.</p>
      ) : (
        <ul className="plain-list review-comments" aria-label="Open comments">
          {open.map((comment) => (
            <li key={comment.id} className="review-comment">
              <div className="review-comment__head">
                <button
                  type="button"
                  className="review-comment__target"
                  onClick={() => onShow(comment)}
                  title="Show this module in the inspector"
                >
                  {pinnedTo(comment)}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onResolve(comment)}
                  aria-label={`Resolve comment on ${pinnedTo(comment)}`}
                >
                  Resolve
                </button>
              </div>
              <p className="review-comment__text">{comment.text}</p>
              <p className="review-event__meta">
                {comment.author}
                {comment.designVersion ? ` · on version ${comment.designVersion}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <details className="review-resolved">
          <summary>Resolved comments ({resolved.length})</summary>
          <ul className="plain-list review-comments" aria-label="Resolved comments">
            {resolved.map((comment) => (
              <li key={comment.id} className="review-comment review-comment--resolved">
                <p className="review-comment__target-text">{pinnedTo(comment)}</p>
                <p className="review-comment__text">
                  <s>{comment.text}</s>
                </p>
                <p className="review-event__meta">
                  {comment.author}
                  {comment.resolvedBy ? ` · resolved by ${comment.resolvedBy}` : ' · resolved'}
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
      <AddComment modules={modules} onAdd={onAdd} />
    </section>
  );
}

function AddComment({ modules, onAdd }: Pick<ReviewCommentsProps, 'modules' | 'onAdd'>) {
  const [moduleId, setModuleId] = useState(modules[0]?.id ?? '');
  const [field, setField] = useState('');
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const chosen = modules.some((m) => m.id === moduleId) ? moduleId : (modules[0]?.id ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onAdd({ moduleId: chosen, field, text });
    setRefusal(result.message ?? null);
    if (result.added) setText('');
  };

  if (modules.length === 0) {
    return <p className="field__hint">Place modules on the pathway to comment on them.</p>;
  }
  return (
    <form className="review-add-comment" aria-label="Add a comment" onSubmit={submit} noValidate>
      <div className="grid grid--2">
        <SelectField
          label="Module"
          value={chosen}
          options={modules.map((m) => m.id)}
          optionLabel={(id) => {
            const module = modules.find((m) => m.id === id);
            return module ? `${module.code} – ${module.title}` : id;
          }}
          onChange={setModuleId}
        />
        <SelectField
          label="Field"
          value={field}
          options={fieldPaths}
          emptyLabel="Whole module"
          optionLabel={fieldLabel}
          onChange={setField}
        />
      </div>
      <TextField label="Comment" value={text} onChange={setText} multiline error={refusal ?? undefined} />
      <div>
        <button type="submit" className="button">
          Add comment
        </button>
      </div>
    </form>
  );
}
