/**
 * Styles that keep content readable by assistive technology but take no room on screen.
 * Plain strings, so both React's `style` prop and the DOM's `element.style` accept them.
 */
export const visuallyHiddenStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: '0',
  border: '0',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
