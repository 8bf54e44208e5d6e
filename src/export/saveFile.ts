// Saves a file the page made (CSV, JSON, SVG, PNG) through a temporary blob: link with `download`:
// nothing is uploaded and no request leaves the page's origin.

export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; a later revoke is safe for all of them.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file-name part from a label: "Key rate" → "key-rate". */
export function fileSlug(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'plot'
  );
}
