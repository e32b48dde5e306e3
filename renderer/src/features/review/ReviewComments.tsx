import type { Translator } from '@locales/translate';
import { reviewableFields } from '@shared/domain/review';
import type { Module } from '@shared/schemas/module';
import type { ReviewComment } from '@shared/schemas/review';
import { type FormEvent, useState } from 'react';
import { useT } from '../../app/i18n';
import { SelectField, TextField } from '../../ui/fields';
import { fieldLabel } from '../inspector/field-words';

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

/** Who wrote the comment, and on which version or who resolved it. */
function byLine(tr: Translator, comment: ReviewComment, resolved: boolean): string {
  const author = comment.author;
  if (resolved) {
    return comment.resolvedBy
      ? tr.t('review.comments.resolvedBy', { author, resolver: comment.resolvedBy })
      : tr.t('review.comments.resolvedUnknown', { author });
  }
  return comment.designVersion
    ? tr.t('review.comments.byOnVersion', { author, version: comment.designVersion })
    : author;
}

/** Open comments first, each with its module and field; resolved ones folded away, struck through. */
export function ReviewComments({ comments, modules, onAdd, onResolve, onShow }: ReviewCommentsProps) {
  const tr = useT();
  const open = comments.filter((c) => c.resolvedAt === undefined);
  const resolved = comments.filter((c) => c.resolvedAt !== undefined);
  const moduleName = (id: string | undefined) =>
    modules.find((m) => m.id === id)?.code ?? tr.t('review.comments.removedModule');
  const pinnedTo = (c: ReviewComment) =>
    c.field
      ? tr.t('review.comments.pinnedTo', {
          module: moduleName(c.moduleId),
          field: fieldLabel(tr, 'module', c.field),
        })
      : moduleName(c.moduleId);

  return (
    <section className="review-section" aria-labelledby="review-comments-title">
      <h3 id="review-comments-title">
        {tr.t('review.comments.title')}{' '}
        <span className="chip">{tr.t('review.comments.openCount', { count: open.length })}</span>
      </h3>
      {open.length === 0 ? (
        <p className="field__hint">{tr.t('review.comments.none')}</p>
      ) : (
        <ul className="plain-list review-comments" aria-label={tr.t('review.comments.open')}>
          {open.map((comment) => (
            <li key={comment.id} className="review-comment">
              <div className="review-comment__head">
                <button
                  type="button"
                  className="review-comment__target"
                  onClick={() => onShow(comment)}
                  title={tr.t('review.comments.show')}
                >
                  {pinnedTo(comment)}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onResolve(comment)}
                  aria-label={tr.t('review.comments.resolveLabel', { target: pinnedTo(comment) })}
                >
                  {tr.t('review.comments.resolve')}
                </button>
              </div>
              <p className="review-comment__text">{comment.text}</p>
              <p className="review-event__meta">{byLine(tr, comment, false)}</p>
            </li>
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <details className="review-resolved">
          <summary>{tr.t('review.comments.resolvedSummary', { count: resolved.length })}</summary>
          <ul className="plain-list review-comments" aria-label={tr.t('review.comments.resolved')}>
            {resolved.map((comment) => (
              <li key={comment.id} className="review-comment review-comment--resolved">
                <p className="review-comment__target-text">{pinnedTo(comment)}</p>
                <p className="review-comment__text">
                  <s>{comment.text}</s>
                </p>
                <p className="review-event__meta">{byLine(tr, comment, true)}</p>
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
  const tr = useT();
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
    return <p className="field__hint">{tr.t('review.comments.noModules')}</p>;
  }
  return (
    <form
      className="review-add-comment"
      aria-label={tr.t('review.comments.add')}
      onSubmit={submit}
      noValidate
    >
      <div className="grid grid--2">
        <SelectField
          label={tr.t('review.comments.module')}
          value={chosen}
          options={modules.map((m) => m.id)}
          optionLabel={(id) => {
            const module = modules.find((m) => m.id === id);
            return module
              ? tr.t('review.comments.moduleOption', { code: module.code, title: module.title })
              : id;
          }}
          onChange={setModuleId}
        />
        <SelectField
          label={tr.t('review.comments.field')}
          value={field}
          options={fieldPaths}
          emptyLabel={tr.t('review.comments.wholeModule')}
          optionLabel={(path) => fieldLabel(tr, 'module', path)}
          onChange={setField}
        />
      </div>
      <TextField
        label={tr.t('review.comments.text')}
        value={text}
        onChange={setText}
        multiline
        error={refusal ?? undefined}
      />
      <div>
        <button type="submit" className="button">
          {tr.t('review.comments.submit')}
        </button>
      </div>
    </form>
  );
}
