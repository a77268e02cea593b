import PouchDB, { type BrowserPouchDB } from 'pouchdb-browser';
import { useEffect, useId, useState } from 'react';
import {
  PatternLog,
  PatternLogList,
  PatternLogQuickAdd,
  type PatternLogStorage,
} from '../../../src/pattern-log';
import { networkLink } from './networkLink';
import { createCouchStorage } from '../../../src/pattern-log/couch';
import './syncDemo.css';

type Storage = PatternLogStorage & { close: () => unknown };

interface Device {
  name: string;
  local: BrowserPouchDB;
  link: ReturnType<typeof networkLink>;
  storage: Storage;
}

interface World {
  server: BrowserPouchDB;
  devices: Device[];
}

/** Fresh databases for every showing, so runs never share a log; removed when the story goes. */
function createWorld(passphrase: string): World {
  const run = Math.random().toString(36).slice(2, 8);
  const server = new PouchDB(`attune-story-server-${run}`);
  const devices = ['Phone', 'Laptop'].map((name) => {
    const local = new PouchDB(`attune-story-${name.toLowerCase()}-${run}`);
    const link = networkLink(server);
    return { name, local, link, storage: createCouchStorage({ local, remote: link.remote, passphrase }) };
  });
  return { server, devices };
}

async function dispose({ server, devices }: World) {
  for (const device of devices) await device.storage.close();
  await Promise.all([server, ...devices.map((device) => device.local)].map((db) => db.destroy()));
}

function DevicePane({ device }: { device: Device }) {
  const [online, setOnline] = useState(true);
  const where = `on the ${device.name.toLowerCase()}`;
  return (
    <div className="sync-demo-device">
      <label className="sync-demo-switch">
        <input
          type="checkbox"
          checked={online}
          onChange={(event) => {
            device.link.setOnline(event.target.checked);
            setOnline(event.target.checked);
          }}
        />
        {device.name} is online
      </label>
      {/* Two logs on one page: each part's name says whose it is, so the landmarks stay distinct. */}
      <PatternLog
        storage={device.storage}
        messages={{
          title: device.name,
          addHeading: `Log a moment ${where}`,
          listHeading: `Entries ${where}`,
        }}
      >
        <PatternLogQuickAdd />
        <PatternLogList />
      </PatternLog>
    </div>
  );
}

/** What the server holds, as anyone running it could read it. */
function ServerPane({ server }: { server: BrowserPouchDB }) {
  const [docs, setDocs] = useState<string[]>([]);
  const heading = useId();
  useEffect(() => {
    const read = () =>
      server.allDocs({ include_docs: true }).then(
        ({ rows }) => setDocs(rows.map((row) => JSON.stringify((row as { doc: unknown }).doc))),
        () => undefined,
      );
    void read();
    const feed = server.changes({ since: 'now', live: true });
    feed.on('change', () => void read());
    return () => feed.cancel();
  }, [server]);
  return (
    <section className="sync-demo-server" aria-labelledby={heading}>
      <h2 id={heading} className="sync-demo-heading">
        The server
      </h2>
      <p>
        {docs.length === 1 ? '1 document' : `${docs.length} documents`}. What it stores, as its operator would
        see it:
      </p>
      <ul>
        {docs.slice(0, 4).map((doc, index) => (
          <li key={index}>
            <code>{doc.length > 240 ? `${doc.slice(0, 240)}…` : doc}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Two devices, each a PatternLog on its own in-browser PouchDB, replicating through a third
 * PouchDB that stands in for the server. Each device has a switch that takes it offline.
 */
export function TwoDevices({ passphrase = 'a story passphrase' }: { passphrase?: string }) {
  const [world, setWorld] = useState<World | null>(null);
  useEffect(() => {
    const made = createWorld(passphrase);
    // Made and removed by the effect, so a remount (StrictMode) never uses destroyed databases.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setWorld(made);
    return () => {
      setWorld(null);
      void dispose(made);
    };
  }, [passphrase]);
  if (!world) return null;
  return (
    <div className="sync-demo">
      {world.devices.map((device) => (
        <DevicePane key={device.name} device={device} />
      ))}
      <ServerPane server={world.server} />
    </div>
  );
}
