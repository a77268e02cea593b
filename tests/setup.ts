import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // A test may stub the DOM away to check server rendering.
  if (typeof document !== 'undefined') document.querySelector('[data-attune-announcer]')?.remove();
});
