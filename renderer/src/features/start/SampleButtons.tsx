import { type SampleId, sampleIds } from '@shared/contract/samples';
import { useT } from '../../app/i18n';

interface SampleButtonsProps {
  onOpen: (sample: SampleId) => void;
  /** Shows the first (English) sample as the screen's main action. */
  primary?: boolean;
}

/** One button per sample workspace Stackwise ships, in the order of `sampleIds`. */
export function SampleButtons({ onOpen, primary = false }: SampleButtonsProps) {
  const tr = useT();
  return sampleIds.map((sample, index) => (
    <button
      key={sample}
      type="button"
      className={primary && index === 0 ? 'button button--primary' : 'button'}
      onClick={() => onOpen(sample)}
    >
      {tr.t(`start.sample.${sample}`)}
    </button>
  ));
}
