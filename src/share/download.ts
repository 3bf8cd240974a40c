/** Hands text or a picture to the browser as a file download: no server, a blob: address the page owns for a moment. */

/** How long the blob: address lives; the download has started long before. */
const REVOKE_AFTER_MS = 60_000;

export type Download = (text: string, fileName: string, type: string) => void;

export const downloadText: Download = (text, fileName, type) => downloadBlob(new Blob([text], { type }), fileName);

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
