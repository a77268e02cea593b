/**
 * Saves text as a file on the person's device, through the browser: a Blob and an object URL
 * clicked as a download link, never the network. The URL is let go once the click has
 * handed the file over.
 */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
