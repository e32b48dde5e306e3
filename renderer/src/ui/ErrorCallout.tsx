import type { AppError } from '@shared/contract/errors';
import { errorDetail, headlineFor } from '../app/error-messages';
import { useT } from '../app/i18n';

/** An error from main as people read it: what it means, then exactly what went wrong. */
export function ErrorCallout({ error }: { error: AppError }) {
  const tr = useT();
  return (
    <div className="callout callout--error" role="alert">
      <strong>{headlineFor(error, tr)}</strong>
      <p>{errorDetail(error, tr)}</p>
    </div>
  );
}
