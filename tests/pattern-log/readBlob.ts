/** A Blob's text, read the way jsdom allows: its Blob has no text(), which every browser has. */
export function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string); // readAsText gives a string
    reader.readAsText(blob);
  });
}
