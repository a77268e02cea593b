import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI has two cores: a find that waits on storage and a render can take over the default 1 s there.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
  // A test may stub the DOM away to check server rendering.
  if (typeof document !== 'undefined') document.querySelector('[data-attune-announcer]')?.remove();
});
