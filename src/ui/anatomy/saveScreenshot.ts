/** A file name with the date and time, so repeated saves don't overwrite each other. */
function fileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `lumbar-lab-${date}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}.png`;
}

/**
 * Saves the 3D view as a PNG. The renderer keeps its drawing buffer, so the canvas can be read at any time.
 * Returns false when there is no canvas to save.
 */
export function saveScreenshot(): boolean {
  const canvas = document.querySelector<HTMLCanvasElement>('.viewport canvas');
  if (!canvas) return false;
  const link = document.createElement('a');
  link.href = canvas.toDataURL('image/png');
  link.download = fileName(new Date());
  document.body.append(link);
  link.click();
  link.remove();
  return true;
}
