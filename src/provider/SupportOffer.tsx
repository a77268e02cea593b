import { useEffect, useId, useRef } from 'react';
import { announce } from './announcer';
import { exitMessages } from './common-messages';
import { useSupport } from './context';
import { useMessages } from './useMessages';
import type { SupportResource } from './support';
import { widgetRootProps, type WidgetStyleProps } from '../shared/widget';

export interface SupportOfferProps extends WidgetStyleProps {
  /**
   * Why it is shown: after the gentle exit (`exit`, always shown, with or without resources)
   * or after an intensity of 9–10 (`intensity`, shown only when there are resources).
   * @selector .attune-Support[data-reason="exit" | "intensity"]
   * @default 'exit'
   */
  reason?: 'exit' | 'intensity';
  /** The level of its heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Names the button back to what was paused, e.g. "Go back to the breathing". */
  continueLabel?: string;
  /** Called by that button; without it there is no button. */
  onContinue?: () => void;
  /**
   * Moves focus to its heading when it appears. Use it only when the offer replaces what had
   * focus (the exit button); otherwise it is announced politely and focus stays put.
   */
  takeFocus?: boolean;
}

/**
 * A calm offer of support: a short line of care, the host's resources as links or buttons,
 * and, after the exit, "You can come back to this any time." Every widget shows it; hosts can
 * place it themselves too, e.g. in their own screen after `onExit`. Never an alarm: no red,
 * no urgency words, announced politely.
 */
export function SupportOffer({
  reason = 'exit',
  headingLevel = 2,
  continueLabel,
  onContinue,
  takeFocus = false,
  className,
  unstyled,
}: SupportOfferProps) {
  // Only the provider's, checked there once: a nested AttuneProvider gives a part of the page others.
  const resources = useSupport();
  const { support: m } = useMessages('common', exitMessages);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  const title = reason === 'exit' ? m.exitTitle : m.intensityTitle;
  const body = reason === 'exit' ? m.exitBody : m.intensityBody;
  const shown = reason === 'exit' || resources.length > 0;

  // Once per appearance: the widget mounts a new offer for each new recording.
  useEffect(() => {
    if (!shown) return;
    if (takeFocus) heading.current?.focus();
    else announce(`${title} ${body}`);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when it appears
  }, [shown]);

  if (!shown) return null;
  return (
    <section
      {...widgetRootProps('Support', { className, unstyled })}
      data-reason={reason}
      aria-labelledby={`${id}-title`}
    >
      <Heading id={`${id}-title`} ref={heading} tabIndex={-1} className="attune-Support-title">
        {title}
      </Heading>
      <p className="attune-Support-body">{body}</p>
      {resources.length > 0 && (
        <>
          <p id={`${id}-list`} className="attune-Support-listLabel">
            {m.resourcesLabel}
          </p>
          <ul className="attune-Support-list" aria-labelledby={`${id}-list`}>
            {resources.map((resource, index) => (
              <SupportItem key={`${index}-${resource.label}`} resource={resource} id={`${id}-${index}`} />
            ))}
          </ul>
        </>
      )}
      {reason === 'exit' && <p className="attune-Support-comeBack">{m.comeBack}</p>}
      {onContinue && continueLabel && (
        <button type="button" className="attune-Button" data-variant="quiet" onClick={onContinue}>
          {continueLabel}
        </button>
      )}
    </section>
  );
}

function SupportItem({ resource, id }: { resource: SupportResource; id: string }) {
  const describedBy = resource.description ? `${id}-description` : undefined;
  return (
    <li className="attune-Support-item">
      {resource.href !== undefined ? (
        <a
          className="attune-Support-link"
          href={resource.href}
          target={resource.target}
          rel={resource.target ? 'noopener' : undefined}
          aria-describedby={describedBy}
        >
          {resource.label}
        </a>
      ) : (
        <button
          type="button"
          className="attune-Support-link"
          aria-describedby={describedBy}
          onClick={resource.onOpen}
        >
          {resource.label}
        </button>
      )}
      {resource.description && (
        <span id={describedBy} className="attune-Support-description">
          {resource.description}
        </span>
      )}
    </li>
  );
}

/** The level for an offer inside a widget whose own heading is at `level`: one below, at most h6. */
export function levelBelow(level: number): 3 | 4 | 5 | 6 {
  return Math.min(Math.max(level + 1, 3), 6) as 3 | 4 | 5 | 6;
}
