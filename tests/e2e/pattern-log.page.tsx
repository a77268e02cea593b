// The page the durability tests open in Chromium (built by tests/e2e/harness.ts): one
// PatternLog on the storage the address names, `?storage=indexeddb` or `?storage=local`;
// with `&flow`, a MomentFlow saving to that storage instead.
import { createRoot } from 'react-dom/client';
import { MomentFlow } from '../../src/moment-flow';
import { createIndexedDBStorage, createLocalStorage, PatternLog } from '../../src/pattern-log';
import '../../src/styles/index.css';

const query = new URLSearchParams(location.search);
const kind = query.get('storage');
const storage =
  kind === 'local' ? createLocalStorage({ key: 'e2e-log' }) : createIndexedDBStorage({ name: 'e2e-log' });

createRoot(document.getElementById('root')!).render(
  query.has('flow') ? (
    <MomentFlow storage={storage} />
  ) : (
    // Every entry on one page, so a test sees them all without paging.
    <PatternLog storage={storage} pageSize={1000} />
  ),
);
