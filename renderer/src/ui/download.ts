/** Offers text as a file download (the browser's download, or Electron's save dialog). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  download(fileName, new Blob([text], { type }));
}

/** Offers base64 bytes (a PDF from main) as a file download. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  download(fileName, new Blob([bytes], { type }));
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
