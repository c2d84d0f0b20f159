import { MEDICAL_NOTICE, MEDICAL_NOTICE_SHORT } from '../../domain/content/guidance';

interface Props {
  /** The full sentence, or the short form for tight spaces. */
  full?: boolean;
}

/** The "not medical advice" notice, shown wherever instructions are. */
export function MedicalNotice({ full = false }: Props) {
  return (
    <p className="medical-notice" role="note">
      <span aria-hidden="true" className="medical-notice__icon">
        i
      </span>
      {full ? MEDICAL_NOTICE : MEDICAL_NOTICE_SHORT}
    </p>
  );
}
