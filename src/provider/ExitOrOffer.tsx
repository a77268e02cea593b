import { forwardRef } from 'react';
import { exitMessages } from './common-messages';
import { useMessages } from './useMessages';
import { ExitButton } from '../shared/ExitButton';
import { SupportOffer, type SupportOfferProps } from './SupportOffer';
import type { GentleExit } from '../shared/useGentleExit';

interface ExitOrOfferProps {
  gentle: GentleExit;
  headingLevel: SupportOfferProps['headingLevel'];
  /** Names the button back, e.g. "Go back to the choice". */
  backLabel: string;
}

/**
 * The exit button, or, once it was pressed with no `onExit`, the offer that takes its place
 * (and focus, since the button is gone). The ref goes to the button, where focus comes back.
 */
export const ExitOrOffer = forwardRef<HTMLButtonElement, ExitOrOfferProps>(function ExitOrOffer(
  { gentle, headingLevel, backLabel },
  ref,
) {
  const common = useMessages('common', exitMessages);
  return gentle.offering ? (
    <SupportOffer
      headingLevel={headingLevel}
      takeFocus
      continueLabel={backLabel}
      onContinue={gentle.comeBack}
    />
  ) : (
    <ExitButton ref={ref} onClick={gentle.exit}>
      {common.exit}
    </ExitButton>
  );
});
