import { ArrowLeft } from 'lucide-react';
import { Link } from '../../app/router.js';

/**
 * A detail URL whose record the server does not know (a deleted record, a mistyped or old link): says so with the
 * id as asked, and offers the way back to the list.
 */
export function RecordNotFound({
  message,
  backHref,
  backLabel,
}: {
  message: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div className="state state-not-found" role="status" data-testid="record-not-found">
      <p>{message}</p>
      <Link href={backHref} className="back-link">
        <ArrowLeft className="icon" aria-hidden="true" /> {backLabel}
      </Link>
    </div>
  );
}
