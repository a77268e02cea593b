import fc from 'fast-check';
import { saveTextFile } from '../../src/pattern-log/saveTextFile';
import { readBlob } from './readBlob';

/** What a click on the download link handed the browser: the file, its name and its URL. */
function catchDownloads() {
  const files: Array<{ blob: Blob; url: string; fileName: string; inDocument: boolean }> = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:attune/${next++}`;
    blobs.set(url, blob);
    return url;
  });
  const revoke = vi.fn<(url: string) => void>();
  URL.revokeObjectURL = revoke;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({
      blob: blobs.get(this.href)!,
      url: this.href,
      fileName: this.download,
      inDocument: document.contains(this),
    });
  });
  return { files, revoke };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('given text to save as a file', () => {
  afterEach(() => vi.restoreAllMocks());

  it('should hand the browser exactly that text, type and name, and let the URL go after', async () => {
    const { files, revoke } = catchDownloads();
    saveTextFile('a,b\r\n1,2\r\n', 'moments.csv', 'text/csv;charset=utf-8');
    expect(files).toHaveLength(1);
    const [file] = files;
    // The link is never put in the page, and the URL stays valid until the click is handled.
    expect(file!.inDocument).toBe(false);
    expect(revoke).not.toHaveBeenCalled();
    expect(file!.fileName).toBe('moments.csv');
    expect(file!.blob.type).toBe('text/csv;charset=utf-8');
    expect(await readBlob(file!.blob)).toBe('a,b\r\n1,2\r\n');
    await tick();
    expect(revoke).toHaveBeenCalledExactlyOnceWith(file!.url);
  });

  it('should keep any text whole, whatever it holds', async () => {
    const { files } = catchDownloads();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        saveTextFile(text, 'log.json', 'application/json');
        expect(await readBlob(files.at(-1)!.blob)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it('should ask nothing of the network', () => {
    catchDownloads();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    saveTextFile('{}', 'log.json', 'application/json');
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
