import { AttuneProvider, MomentFlowDialog, PatternLog, createIndexedDBStorage } from 'attune-ui';

// One storage object for the whole app (a new object would be a new log): the flow saves
// each moment into it, and the log on the same page reads from it.
const storage = createIndexedDBStorage({ name: 'attune-example' });

export function App() {
  return (
    <AttuneProvider theme="system">
      <main className="app">
        <header className="app-header">
          <h1>A moment of noticing</h1>
          <p>
            When you notice an old pattern while it is happening, take a moment with it here. What you save
            stays in this browser.
          </p>
          <MomentFlowDialog storage={storage} />
        </header>
        <PatternLog storage={storage} />
      </main>
    </AttuneProvider>
  );
}
