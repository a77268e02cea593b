// The page the durability tests open in Chromium (built by tests/e2e/harness.ts): one
// PatternLog on the storage the address names, `?storage=indexeddb` or `?storage=local`.
import { createRoot } from 'react-dom/client';
import { createIndexedDBStorage, createLocalStorage, PatternLog } from '../../src/pattern-log';
import '../../src/styles/index.css';

const kind = new URLSearchParams(location.search).get('storage');
const storage =
  kind === 'local' ? createLocalStorage({ key: 'e2e-log' }) : createIndexedDBStorage({ name: 'e2e-log' });

// Every entry on one page, so a test sees them all without paging.
createRoot(document.getElementById('root')!).render(<PatternLog storage={storage} pageSize={1000} />);
