import type { Pathway } from '@shared/schemas/pathway';
import { BadgesDialog } from '../features/export/BadgesDialog';
import type { ExportFixes } from '../features/export/ExportReadiness';
import { OpenPackageDialog } from '../features/export/OpenPackageDialog';
import { PackageDialog } from '../features/export/PackageDialog';
import { VerifyDialog } from '../features/export/VerifyDialog';
import { IssuersDialog } from '../features/issuers/IssuersDialog';
import { ProfilesDialog } from '../features/qa-profiles/ProfilesDialog';
import type { WorkbenchDialog } from './actions';

/** The workbench's dialog open now, if any: the exports act on the pathway shown. */
export function WorkbenchDialogs({
  dialog,
  pathway,
  fixes,
  onClose,
  onImported,
}: {
  dialog: WorkbenchDialog | null;
  pathway: Pathway | undefined;
  fixes: ExportFixes;
  onClose: () => void;
  /** A programme package's pathway was imported into the workspace. */
  onImported: (pathwayId: string) => void;
}) {
  switch (dialog) {
    case 'issuers':
      return <IssuersDialog onClose={onClose} />;
    case 'profiles':
      return <ProfilesDialog onClose={onClose} />;
    case 'verify':
      return <VerifyDialog onClose={onClose} />;
    case 'badges':
      return pathway ? <BadgesDialog pathway={pathway} onClose={onClose} fixes={fixes} /> : null;
    case 'package':
      return pathway ? <PackageDialog pathway={pathway} onClose={onClose} fixes={fixes} /> : null;
    case 'open-package':
      return <OpenPackageDialog onClose={onClose} onImported={onImported} />;
    default:
      return null;
  }
}
