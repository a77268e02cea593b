// A React Server Component. attune-ui's data and pure logic run here, on the server, at build
// time: a built-in script checked with parseScript, a breathing preset, the log's parser and a
// locale table. The widget itself is a client component, rendered from here with that data.
import { ObserverScript, observerScripts, parseScript } from 'attune-ui/observer-script';
import { breathPresets } from 'attune-ui/breath-pacer';
import { parsePatternLog } from 'attune-ui/pattern-log';
import { es } from 'attune-ui';

const checked = parseScript(observerScripts.rain);
if (!checked.ok) throw new Error(checked.errors.map((error) => error.message).join('\n'));
const script = checked.script;

const emptyLog = parsePatternLog('{"version":2,"entries":[],"removed":{}}');
if (!emptyLog.ok) throw new Error('parsePatternLog refused an empty log');

export default function Page() {
  return (
    <main>
      <p id="checked-on-the-server">
        {`${script.id}: ${script.steps.length} steps · box breathing: ${breathPresets.box.phases.length} phases · ` +
          `Spanish tables: ${Object.keys(es).length}`}
      </p>
      <ObserverScript script={script} />
    </main>
  );
}
