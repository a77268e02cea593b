import { tokenPairs } from '../../src/styles/tokenPairs';

/** Every text/background pair the default theme promises, as a person would see it. */
export function TokenPairs() {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: 8 }}>Colour pairs</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start' }}>
            Text
          </th>
          <th scope="col" style={{ textAlign: 'start' }}>
            On
          </th>
          <th scope="col" style={{ textAlign: 'start' }}>
            Sample
          </th>
        </tr>
      </thead>
      <tbody>
        {tokenPairs.map(({ fg, bg, minimum }) => (
          <tr key={`${fg}/${bg}`}>
            <td>
              <code>--attune-{fg}</code>
            </td>
            <td>
              <code>--attune-{bg}</code>
            </td>
            <td>
              <span
                style={{
                  display: 'inline-block',
                  padding: '6px 12px',
                  // A boundary pair is drawn as a border around readable text.
                  color:
                    minimum < 4.5
                      ? `var(--attune-${bg === 'bg' ? 'fg' : 'surface-fg'})`
                      : `var(--attune-${fg})`,
                  background: `var(--attune-${bg})`,
                  border: minimum < 4.5 ? `2px solid var(--attune-${fg})` : undefined,
                }}
              >
                {minimum < 4.5 ? 'Boundary' : 'Noticing is the win'}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
